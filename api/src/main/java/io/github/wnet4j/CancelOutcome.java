package io.github.wnet4j;

import io.github.wnet4j.spi.Names;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one cancel returned: the Win32 code, the call it answers, and for
 * {@link ErrorCode#ERROR_EXTENDED_ERROR} the provider's own error, read on the calling thread right
 * after the call.
 *
 * <p>Failures are values, not exceptions, so that callers can branch on them:
 * <pre>{@code
 * CancelOutcome outcome = canceller.cancelConnection2("Z:", Set.of(), false);
 * if (outcome.is(ErrorCode.ERROR_OPEN_FILES)) { ... }        // branch on the exact code
 * if (outcome.isSuccessOrNotConnected()) { ... }             // idempotent clean-up
 * outcome.orThrow();                                         // or make any failure an exception
 * }</pre>
 *
 * <p>Instances are immutable.
 */
public final class CancelOutcome implements WNetOutcome {
    private final WNetFunction function;
    private final String name;
    private final Set<CancelFlag> flags;
    private final boolean force;
    private final int code;
    private final ExtendedError extendedError;

    private CancelOutcome(WNetFunction function, String name, Set<CancelFlag> flags, boolean force,
                          int code, ExtendedError extendedError) {
        this.function = Objects.requireNonNull(function, "function");
        this.name = Objects.requireNonNull(name, "name");
        this.flags = Set.copyOf(flags);
        this.force = force;
        this.code = code;
        this.extendedError = Outcomes.checkExtendedError(code, extendedError);
    }

    /**
     * An outcome; only the validating canceller makes them.
     *
     * @param extendedError the provider's error, required to be null unless {@code code} is 1208
     */
    static CancelOutcome of(WNetFunction function, String name, Set<CancelFlag> flags, boolean force,
                                   int code, ExtendedError extendedError) {
        return new CancelOutcome(function, name, flags, force, code, extendedError);
    }

    /**
     * The function that was called.
     *
     * @return the function that was called
     */
    @Override
    public WNetFunction function() {
        return function;
    }

    /**
     * The name that was passed, as it was passed.
     *
     * @return the name that was passed, as it was passed
     */
    public String name() {
        return name;
    }

    /**
     * The flags that were passed to {@code WNetCancelConnection2}; empty for the legacy function,
     * which takes none (what it does in their place is the backend's affair).
     *
     * @return the flags that were passed to {@code WNetCancelConnection2}; empty for the legacy function, which takes none (what it does in their place is the backend's affair)
     */
    public Set<CancelFlag> flags() {
        return flags;
    }

    /**
     * The {@code fForce} that was passed.
     *
     * @return the {@code fForce} that was passed
     */
    public boolean force() {
        return force;
    }

    /**
     * The Win32 code as the function returned it, known to {@link ErrorCode} or not. It is a DWORD:
     * read it with {@link Integer#toUnsignedLong(int)} when it may exceed {@link Integer#MAX_VALUE}.
     *
     * @return the Win32 code as the function returned it, known to {@link ErrorCode} or not
     */
    @Override
    public int code() {
        return code;
    }

    /**
     * The code as an {@link ErrorCode}, or empty if these functions do not document it.
     *
     * @return the code as an {@link ErrorCode}, or empty if these functions do not document it
     */
    @Override
    public Optional<ErrorCode> knownCode() {
        return ErrorCode.forValue(code);
    }

    /**
     * Whether the function returned exactly {@code expected}.
     *
     * @param expected the code to compare with
     * @return whether the function returned exactly {@code expected}
     */
    @Override
    public boolean is(ErrorCode expected) {
        return code == expected.value();
    }

    /**
     * Whether the function returned {@code NO_ERROR}.
     *
     * @return whether the function returned {@code NO_ERROR}
     */
    @Override
    public boolean isSuccess() {
        return code == ErrorCode.NO_ERROR.value();
    }

    /**
     * Whether the name is not connected after the call: it was cancelled now
     * ({@code NO_ERROR}) or there was nothing to cancel ({@code ERROR_NOT_CONNECTED}). This is the
     * test idempotent clean-up code wants.
     *
     * @return whether the name is not connected after the call
     */
    public boolean isSuccessOrNotConnected() {
        return isSuccess() || is(ErrorCode.ERROR_NOT_CONNECTED);
    }

    /**
     * The provider's own error for {@code ERROR_EXTENDED_ERROR}, as {@code WNetGetLastError}
     * returned it on the calling thread right after the call; empty for every other code.
     *
     * @return the provider's own error for {@code ERROR_EXTENDED_ERROR}, as {@code WNetGetLastError} returned it on the calling thread right after the call; empty for every other code
     */
    @Override
    public Optional<ExtendedError> extendedError() {
        return Optional.ofNullable(extendedError);
    }

    /**
     * Returns this outcome if it is a success, and otherwise throws.
     *
     * @return this outcome, if it is a success
     * @throws WNetException naming the code, its meaning and the name passed
     */
    public CancelOutcome orThrow() {
        if (!isSuccess()) {
            throw new WNetException(this);
        }
        return this;
    }

    /**
     * Returns this outcome if the name is not connected afterwards
     * ({@link #isSuccessOrNotConnected()}), and otherwise throws.
     *
     * @return this outcome, if the name is not connected afterwards
     * @throws WNetException naming the code, its meaning and the name passed
     */
    public CancelOutcome orThrowUnlessNotConnected() {
        if (!isSuccessOrNotConnected()) {
            throw new WNetException(this);
        }
        return this;
    }

    /**
     * One sentence a person reads: the call, the code by name and number, its meaning, what to do,
     * and the provider's error if there is one.
     *
     * @return one sentence a person reads
     */
    @Override
    public String describe() {
        return Outcomes.describe(this);
    }

    /**
     * The call as it would be written: {@code WNetCancelConnection2("Z:", CONNECT_UPDATE_PROFILE, force=false)}.
     *
     * @return the call as it would be written
     */
    @Override
    public String describeCall() {
        StringBuilder s = new StringBuilder(function.win32Name()).append('(').append(quote(name));
        if (function == WNetFunction.CANCEL_CONNECTION2) {
            s.append(", ").append(flags.isEmpty() ? "no flags" : "CONNECT_UPDATE_PROFILE");
        }
        return s.append(", force=").append(force).append(')').toString();
    }

    /**
     * A name quoted for a message, with control, format and non-ASCII space characters escaped so a
     * right-to-left override or a newline cannot disguise which name was meant.
     */
    static String quote(String name) {
        return Names.quote(name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CancelOutcome other
                && function == other.function && name.equals(other.name) && flags.equals(other.flags)
                && force == other.force && code == other.code
                && Objects.equals(extendedError, other.extendedError);
    }

    @Override
    public int hashCode() {
        return Objects.hash(function, name, flags, force, code, extendedError);
    }

    @Override
    public String toString() {
        return describe();
    }
}
