package io.github.wnet4j;

import java.util.Optional;

/**
 * What one call into mpr.dll answered: the function, the Win32 code as returned and, for
 * {@link ErrorCode#ERROR_EXTENDED_ERROR}, the provider's own error, read on the calling thread right
 * after the call. A cancel's outcome ({@link CancelOutcome}) and the read side's
 * ({@link LookupOutcome}, {@link ListingOutcome}, {@link UniversalNameOutcome}) share this error
 * model, and {@link WNetException} carries any of them.
 *
 * <p>Failures are values, not exceptions: branch on {@link #is(ErrorCode)}, or turn a failure into
 * an exception with each outcome's {@code orThrow()}. Every outcome is an immutable record: a test
 * can build one with its public constructor to stand in for the library's, and it describes and
 * throws exactly as one the library made.
 */
public sealed interface WNetOutcome permits CancelOutcome, LookupOutcome, ListingOutcome, UniversalNameOutcome, ConnectOutcome {

    /**
     * The function that answered: for an enumeration, the one that failed, or {@link WNetFunction#OPEN_ENUM}
     * when all of them succeeded.
     *
     * @return the function that answered
     */
    WNetFunction function();

    /**
     * The Win32 code as the function returned it, known to {@link ErrorCode} or not. It is a DWORD:
     * read it with {@link Integer#toUnsignedLong(int)} when it may exceed {@link Integer#MAX_VALUE}.
     *
     * @return the Win32 code as returned
     */
    int code();

    /**
     * The provider's own error for {@code ERROR_EXTENDED_ERROR}, as {@code WNetGetLastError} returned
     * it on the calling thread right after the call; empty for every other code.
     *
     * @return the provider's error, or empty
     */
    Optional<ExtendedError> extendedError();

    /** {@return the call as it would be written, for example {@code WNetGetConnection("Z:")}} */
    String describeCall();

    /** {@return the code as an {@link ErrorCode}, or empty if the functions do not document it} */
    default Optional<ErrorCode> knownCode() {
        return ErrorCode.forValue(code());
    }

    /**
     * Whether the function returned exactly {@code expected}.
     *
     * @param expected the code to compare with
     * @return whether the function returned exactly {@code expected}
     */
    default boolean is(ErrorCode expected) {
        return code() == expected.value();
    }

    /** {@return whether the function returned {@code NO_ERROR}} */
    default boolean isSuccess() {
        return code() == ErrorCode.NO_ERROR.value();
    }

    /**
     * One sentence a person reads: the call, the code by name and number, its meaning, what to do,
     * and the provider's error if there is one.
     *
     * @return one sentence a person reads
     */
    default String describe() {
        return Outcomes.describe(this);
    }
}
