package io.github.wnet4j.nativeaccess;

import io.github.wnet4j.spi.ConnectionAnswer;
import io.github.wnet4j.spi.UniversalNameAnswer;

import java.util.Objects;

/**
 * The read functions' retry with a larger buffer, the same for every native backend: call with a
 * buffer; on {@code ERROR_MORE_DATA} call again with the size Windows wrote back (or twice the size,
 * if it wrote back no more than it had), up to {@link MprLibrary#MAX_BUFFER_BYTES} and
 * {@link #MAX_ATTEMPTS} calls; and the answers read from the buffer that fit, within its bounds
 * ({@link Structs}). A backend supplies only the calls themselves, each with a buffer it allocates
 * and frees (so no native memory outlives a call). The enumeration's loop is {@link EnumerationReader}.
 */
public final class BufferRetry {
    /** {@code ERROR_MORE_DATA}: the buffer was too small; the size needed was written back. */
    public static final int ERROR_MORE_DATA = 234;
    /**
     * Calls with ever larger buffers before giving up: one is the rule, two when the answer is long,
     * more only if the state grows between the calls; {@value}.
     */
    public static final int MAX_ATTEMPTS = 8;

    /** {@code ERROR_CONNECTION_UNAVAIL}: remembered but not connected; Windows may fill the buffer (R2). */
    public static final int ERROR_CONNECTION_UNAVAIL = 1201;

    private static final String GET_CONNECTION = "WNetGetConnectionW";

    private BufferRetry() {
    }

    /**
     * What {@code WNetGetConnectionW} answered, read from its buffer: the remote name for {@code NO_ERROR},
     * and for {@code ERROR_CONNECTION_UNAVAIL} when Windows wrote one (the caller sets the buffer's first
     * unit to NUL before the call, so an unwritten buffer reads as no name); otherwise no name.
     *
     * @param code the function's code (not {@code ERROR_MORE_DATA})
     * @param remoteName the {@code lpRemoteName} buffer
     * @return the answer
     * @throws ProviderContractException if the name fills the buffer with no terminating NUL
     */
    public static ConnectionAnswer connectionAnswer(int code, NativeBuffer remoteName) {
        if (code == 0) {
            return new ConnectionAnswer(code, Structs.stringAt(remoteName, 0, GET_CONNECTION, "lpRemoteName"));
        }
        if (code == ERROR_CONNECTION_UNAVAIL) {
            String remembered = Structs.stringAt(remoteName, 0, GET_CONNECTION, "lpRemoteName");
            return new ConnectionAnswer(code, remembered.isEmpty() ? null : remembered);
        }
        return new ConnectionAnswer(code, null);
    }

    /**
     * What {@code WNetGetUniversalNameW} answered, read from its buffer on {@code NO_ERROR}.
     *
     * @param code the function's code (not {@code ERROR_MORE_DATA})
     * @param infoLevel the level asked for
     * @param structs the platform's layout
     * @param buffer the {@code lpBuffer} buffer
     * @return the answer; no names for a failure, or for a level without a layout
     * @throws ProviderContractException if a pointer is outside the buffer or a name has no NUL before its end
     */
    public static UniversalNameAnswer universalNameAnswer(int code, int infoLevel, Structs structs, NativeBuffer buffer) {
        if (code != 0 || (infoLevel != UniversalNameAnswer.UNIVERSAL_NAME_INFO_LEVEL
                && infoLevel != UniversalNameAnswer.REMOTE_NAME_INFO_LEVEL)) {
            return new UniversalNameAnswer(code, null, null, null);
        }
        String[] names = structs.universalNames(buffer, infoLevel);
        return names.length == 1 ? new UniversalNameAnswer(code, names[0], null, null)
                : new UniversalNameAnswer(code, names[0], names[1], names[2]);
    }

    /**
     * What one call with a buffer gave: an answer, or {@code ERROR_MORE_DATA} and the size written back.
     *
     * @param <A> the answer's type
     * @param answer the answer, or {@code null} for more data
     * @param sizeNeeded the size written back with {@code ERROR_MORE_DATA}, in the function's unit
     */
    public record Step<A>(A answer, long sizeNeeded) {
        /**
         * The call is answered.
         *
         * @param <A> the answer's type
         * @param answer the answer
         * @return the step
         */
        public static <A> Step<A> done(A answer) {
            return new Step<>(Objects.requireNonNull(answer, "answer"), 0);
        }

        /**
         * The call answered {@code ERROR_MORE_DATA}.
         *
         * @param <A> the answer's type
         * @param sizeNeeded the size written back (an unsigned DWORD, as a long)
         * @return the step
         */
        public static <A> Step<A> moreData(long sizeNeeded) {
            return new Step<>(null, sizeNeeded);
        }
    }

    /**
     * One call with a buffer of a given size.
     *
     * @param <A> the answer's type
     */
    @FunctionalInterface
    public interface Attempt<A> {
        /**
         * Makes the call.
         *
         * @param size the buffer's size, in the function's unit
         * @return the answer, or more data
         */
        Step<A> call(int size);
    }

    /**
     * Calls until the answer fits.
     *
     * @param <A> the answer's type
     * @param initialSize the first buffer's size, in the function's unit
     * @param maxSize the largest buffer allowed, in the same unit
     * @param attempt the call
     * @param tooLarge the answer when Windows still asks for more after {@link #MAX_ATTEMPTS} calls, or
     *     for more than {@code maxSize}
     * @return the first answer that fit
     */
    public static <A> A untilItFits(int initialSize, int maxSize, Attempt<A> attempt, A tooLarge) {
        int size = initialSize;
        for (int tries = 0; tries < MAX_ATTEMPTS; tries++) {
            Step<A> step = attempt.call(size);
            if (step.answer() != null) {
                return step.answer();
            }
            long next = step.sizeNeeded() > size ? step.sizeNeeded() : 2L * size;
            if (next > maxSize) {
                return tooLarge;
            }
            size = (int) next;
        }
        return tooLarge;
    }
}
