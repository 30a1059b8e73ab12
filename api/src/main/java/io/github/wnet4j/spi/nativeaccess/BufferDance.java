package io.github.wnet4j.spi.nativeaccess;

import io.github.wnet4j.spi.ConnectionAnswer;
import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.UniversalNameAnswer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The read functions' buffer dance, the same for every native backend: call with a buffer; on
 * {@code ERROR_MORE_DATA} call again with the size Windows wrote back (or twice the size, if it wrote
 * back no more than it had), up to {@link MprLibrary#MAX_BUFFER_BYTES} and {@link #MAX_ATTEMPTS}
 * calls; and the enumeration's shape: open, read until {@code ERROR_NO_MORE_ITEMS}, and close
 * whenever the open succeeded, also when reading failed or threw. A backend supplies only the calls
 * themselves, each with a buffer it allocates and frees (so no native memory outlives a call).
 */
public final class BufferDance {
    /** {@code ERROR_MORE_DATA}: the buffer was too small; the size needed was written back. */
    public static final int ERROR_MORE_DATA = 234;
    /** {@code ERROR_NO_MORE_ITEMS}: the enumeration's end. */
    public static final int ERROR_NO_MORE_ITEMS = 259;
    /**
     * Calls with ever larger buffers before giving up: one is the rule, two when the answer is long,
     * more only if the state grows between the calls; {@value}.
     */
    public static final int MAX_ATTEMPTS = 8;

    /** {@code ERROR_CONNECTION_UNAVAIL}: remembered but not connected; Windows may fill the buffer (R2). */
    public static final int ERROR_CONNECTION_UNAVAIL = 1201;

    private BufferDance() {
    }

    /**
     * What {@code WNetGetConnectionW} answered, read from its buffer: the remote name for {@code NO_ERROR},
     * and for {@code ERROR_CONNECTION_UNAVAIL} when Windows wrote one (the caller sets the buffer's first
     * unit to NUL before the call, so an unwritten buffer reads as no name); otherwise no name.
     *
     * @param code the function's code (not {@code ERROR_MORE_DATA})
     * @param remoteName the {@code lpRemoteName} buffer
     * @return the answer
     */
    public static ConnectionAnswer connectionAnswer(int code, NativeBuffer remoteName) {
        if (code == 0) {
            return new ConnectionAnswer(code, Structs.stringAt(remoteName, remoteName.address()));
        }
        if (code == ERROR_CONNECTION_UNAVAIL) {
            String remembered = Structs.stringAt(remoteName, remoteName.address());
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

    /**
     * One enumeration's native calls, over one handle the implementation keeps.
     */
    public interface EnumerationCalls {
        /**
         * {@code WNetOpenEnumW}; on success the implementation keeps the handle.
         *
         * @return the code
         */
        int open();

        /**
         * {@code WNetEnumResourceW} with a count of -1 (as many as fit) and a buffer of {@code bytes}.
         *
         * @param bytes the buffer's size
         * @param into where to add the entries read, on {@code NO_ERROR}
         * @return the code; with {@code ERROR_MORE_DATA}, {@link #sizeNeeded()} says how much
         */
        int read(int bytes, List<NetResource> into);

        /**
         * The size {@code WNetEnumResourceW} wrote back with its last {@code ERROR_MORE_DATA}.
         *
         * @return bytes, unsigned
         */
        long sizeNeeded();

        /**
         * {@code WNetCloseEnum} on the handle {@link #open()} got.
         *
         * @return the code
         */
        int closeHandle();
    }

    /**
     * Opens, reads every entry and closes: the close happens whenever the open succeeded, also when
     * a read failed or threw.
     *
     * <p>After a read that failed with {@code ERROR_EXTENDED_ERROR} the handle is closed before the
     * caller asks {@code WNetGetLastErrorW} on the same thread. Decision (no source says): a
     * {@code WNetCloseEnum} that succeeds leaves the thread's extended error alone, since providers
     * set it only when they fail with it; the Windows run of the {@code read17} clauses will say.
     *
     * @param calls the native calls
     * @return the entries, or the first failing call and its code
     */
    public static EnumerationAnswer enumerate(EnumerationCalls calls) {
        int code = calls.open();
        if (code != 0) {
            return new EnumerationAnswer(code, "WNetOpenEnum", List.of());
        }
        List<NetResource> entries = new ArrayList<>();
        int failure;
        int closed;
        try {
            failure = readAll(calls, entries);
        } finally {
            closed = calls.closeHandle(); // a read that threw still closes; its exception goes on
        }
        if (failure != 0) {
            return new EnumerationAnswer(failure, "WNetEnumResource", List.of());
        }
        return closed != 0 ? new EnumerationAnswer(closed, "WNetCloseEnum", List.of())
                : new EnumerationAnswer(0, null, entries);
    }

    /** Reads until the end; the first failing code, or 0. */
    private static int readAll(EnumerationCalls calls, List<NetResource> entries) {
        int bytes = MprLibrary.ENUMERATION_BYTES;
        int retries = 0;
        while (true) {
            int before = entries.size();
            int code = calls.read(bytes, entries);
            if (code == ERROR_NO_MORE_ITEMS) {
                return 0;
            }
            if (code == ERROR_MORE_DATA) {
                long next = calls.sizeNeeded() > bytes ? calls.sizeNeeded() : 2L * bytes;
                if (++retries >= MAX_ATTEMPTS || next > MprLibrary.MAX_BUFFER_BYTES) {
                    return code;
                }
                bytes = (int) next;
            } else if (code != 0) {
                return code;
            } else if (entries.size() == before) {
                return 0; // NO_ERROR with nothing read: Windows never answers so; end rather than loop
            } else {
                retries = 0;
            }
        }
    }
}
