package io.github.wnet4j;

import java.util.Optional;

/**
 * A failed call made into an exception by an outcome's {@code orThrow()}: a cancel
 * ({@link CancelOutcome}) or a read ({@link LookupOutcome}, {@link ListingOutcome},
 * {@link UniversalNameOutcome}). Its message names the call, the code by name and number, the
 * code's meaning, the name that was passed, what to do, and for {@code ERROR_EXTENDED_ERROR} the
 * provider's own error.
 */
public final class WNetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient WNetOutcome outcome;

    /**
     * An exception for a failed outcome.
     *
     * @param outcome the failed outcome
     * @throws IllegalArgumentException if the outcome is {@code NO_ERROR}
     */
    public WNetException(WNetOutcome outcome) {
        super(outcome.describe());
        if (outcome.isSuccess()) {
            throw new IllegalArgumentException("NO_ERROR is not a failure: " + outcome.describeCall());
        }
        this.outcome = outcome;
    }

    /**
     * {@return the outcome that failed; a {@code switch} over the sealed {@link WNetOutcome} tells which call it was}
     */
    public WNetOutcome outcome() {
        return outcome;
    }

    /** {@return the function that failed} */
    public WNetFunction function() {
        return outcome.function();
    }

    /** {@return the Win32 code} */
    public int code() {
        return outcome.code();
    }

    /** {@return the code as an {@link ErrorCode}, or empty if the functions do not document it} */
    public Optional<ErrorCode> knownCode() {
        return outcome.knownCode();
    }

    /**
     * The name that was passed: the cancel's name, the device looked up, the path, or the device (else
     * the remote name) a connect was asked for; {@code null}
     * for an enumeration, which takes none.
     *
     * @return the name that was passed, or {@code null} for an enumeration
     */
    public String name() {
        if (outcome instanceof CancelOutcome c) {
            return c.name();
        } else if (outcome instanceof LookupOutcome l) {
            return l.device();
        } else if (outcome instanceof UniversalNameOutcome u) {
            return u.localPath();
        } else if (outcome instanceof ConnectOutcome c) {
            return c.request().device().orElse(c.request().remoteName());
        }
        return null;
    }

    /** {@return the provider's error for {@code ERROR_EXTENDED_ERROR}} */
    public Optional<ExtendedError> extendedError() {
        return outcome.extendedError();
    }
}
