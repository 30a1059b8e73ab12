package io.github.wnet4j;

import java.util.Optional;

/**
 * A failed cancel made into an exception by {@link CancelOutcome#orThrow()}. Its message names the
 * call, the code by name and number, the code's meaning, the name that was passed, what to do, and
 * for {@code ERROR_EXTENDED_ERROR} the provider's own error.
 */
public final class WNetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient CancelOutcome outcome;

    /**
     * An exception for a failed outcome.
     *
     * @param outcome the failed outcome
     */
    public WNetException(CancelOutcome outcome) {
        super(outcome.describe());
        if (outcome.isSuccess()) {
            throw new IllegalArgumentException("NO_ERROR is not a failure: " + outcome.describeCall());
        }
        this.outcome = outcome;
    }

    /**
     * The outcome that failed.
     *
     * @return the outcome that failed
     */
    public CancelOutcome outcome() {
        return outcome;
    }

    /**
     * The Win32 code.
     *
     * @return the Win32 code
     */
    public int code() {
        return outcome.code();
    }

    /**
     * The code as an {@link ErrorCode}, or empty if these functions do not document it.
     *
     * @return the code as an {@link ErrorCode}, or empty if these functions do not document it
     */
    public Optional<ErrorCode> knownCode() {
        return outcome.knownCode();
    }

    /**
     * The name that was passed.
     *
     * @return the name that was passed
     */
    public String name() {
        return outcome.name();
    }

    /**
     * The provider's error for {@code ERROR_EXTENDED_ERROR}.
     *
     * @return the provider's error for {@code ERROR_EXTENDED_ERROR}
     */
    public Optional<ExtendedError> extendedError() {
        return outcome.extendedError();
    }
}
