package io.github.wnet4j;

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
 * <p>A test can build one to stand in for the library's, for example
 * {@code new CancelOutcome(WNetFunction.CANCEL_CONNECTION2, "Z:", Set.of(), false, 2401, Optional.empty())}
 * for {@code ERROR_OPEN_FILES}; it describes and throws exactly as one the library made.
 *
 * @param function the function that was called: {@link WNetFunction#CANCEL_CONNECTION2} or
 *     {@link WNetFunction#CANCEL_CONNECTION}
 * @param name the name that was passed, as it was passed
 * @param flags the flags that were passed to {@code WNetCancelConnection2}; empty for the legacy
 *     function, which takes none (what it does in their place is the backend's affair)
 * @param force the {@code fForce} that was passed
 * @param code the Win32 code as the function returned it, known to {@link ErrorCode} or not (a DWORD:
 *     read it with {@link Integer#toUnsignedLong(int)} when it may exceed {@link Integer#MAX_VALUE})
 * @param extendedError the provider's own error for {@code ERROR_EXTENDED_ERROR}, as
 *     {@code WNetGetLastError} returned it on the calling thread right after the call; empty for every
 *     other code
 */
public record CancelOutcome(WNetFunction function, String name, Set<CancelFlag> flags, boolean force, int code,
                            Optional<ExtendedError> extendedError) implements WNetOutcome {
    /**
     * Checks the outcome and copies the flags.
     *
     * @param function a cancel function
     * @param name the name passed
     * @param flags the flags passed; copied
     * @param force the {@code fForce} passed
     * @param code the Win32 code
     * @param extendedError the provider's error, present only for {@code ERROR_EXTENDED_ERROR}
     * @throws NullPointerException if an argument is null or {@code flags} holds null
     * @throws IllegalArgumentException if {@code function} is not a cancel, flags are given to the
     *     legacy function, or an extended error is given for another code
     */
    public CancelOutcome {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(name, "name");
        flags = CancelFlag.copyOf(flags);
        if (!function.isCancel()) {
            throw new IllegalArgumentException("a cancel's outcome answers WNetCancelConnection2 or WNetCancelConnection, not "
                    + function.win32Name());
        }
        if (function == WNetFunction.CANCEL_CONNECTION && !flags.isEmpty()) {
            throw new IllegalArgumentException("WNetCancelConnection takes no flags, so its outcome has none: " + flags);
        }
        Outcomes.checkExtendedError(code, extendedError);
    }

    /** An outcome with the provider's error, or {@code null} when there is none. */
    static CancelOutcome of(WNetFunction function, String name, Set<CancelFlag> flags, boolean force,
                            int code, ExtendedError extendedError) {
        return new CancelOutcome(function, name, flags, force, code, Optional.ofNullable(extendedError));
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
     * Returns this outcome if it is a success, and otherwise throws.
     *
     * @return this outcome, if it is a success
     * @throws WNetException naming the code, its meaning and the name passed
     */
    public CancelOutcome orThrow() {
        return Outcomes.orThrow(this, isSuccess());
    }

    /**
     * Returns this outcome if the name is not connected afterwards
     * ({@link #isSuccessOrNotConnected()}), and otherwise throws.
     *
     * @return this outcome, if the name is not connected afterwards
     * @throws WNetException naming the code, its meaning and the name passed
     */
    public CancelOutcome orThrowUnlessNotConnected() {
        return Outcomes.orThrow(this, isSuccessOrNotConnected());
    }

    /** {@return the call as it would be written: {@code WNetCancelConnection2("Z:", CONNECT_UPDATE_PROFILE, force=false)}} */
    @Override
    public String describeCall() {
        StringBuilder s = new StringBuilder(function.win32Name()).append('(').append(Outcomes.quote(name));
        if (function == WNetFunction.CANCEL_CONNECTION2) {
            s.append(", ").append(flags.isEmpty() ? "no flags" : "CONNECT_UPDATE_PROFILE");
        }
        return s.append(", force=").append(force).append(')').toString();
    }

    /** {@return {@link #describe()}} */
    @Override
    public String toString() {
        return describe();
    }
}
