package io.github.wnet4j.nativeaccess;

import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.NetResource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The enumeration's loop, written once for every native backend: {@code WNetOpenEnumW}, then
 * {@code WNetEnumResourceW} until {@code ERROR_NO_MORE_ITEMS} (retrying with a larger buffer on
 * {@code ERROR_MORE_DATA} as {@link BufferRetry} does), then {@code WNetCloseEnum} whenever the open
 * succeeded, on every path: a failed read, a contract violation, or any throwable (an
 * {@link Error} included) while reading. A backend supplies only the calls and the entry buffer
 * ({@link EnumerationCalls}); the entries are decoded here, within that buffer ({@link Structs}).
 *
 * <p>One enumeration is bounded, so a provider that never answers {@code ERROR_NO_MORE_ITEMS}
 * cannot make it read forever: at most {@link #MAX_ENTRIES} entries, and at most
 * {@link #MAX_READS_WITHOUT_NEW_ENTRY} reads in a row that give no entry not already read. A real
 * logon holds a few dozen connections and each read gives new ones, so both bounds are far above
 * what Windows answers; crossing either is a {@link ProviderContractException}.
 */
public final class EnumerationReader {
    /** {@code ERROR_NO_MORE_ITEMS}: the enumeration's end. */
    public static final int ERROR_NO_MORE_ITEMS = 259;

    /**
     * The most entries one enumeration reads: 26 drive letters and a few hundred deviceless
     * connections are a large logon; {@value}.
     */
    public static final int MAX_ENTRIES = 65_536;

    /**
     * The most reads in a row that give no new entry (none, or only entries already read, or
     * {@code ERROR_MORE_DATA}) before the end: Windows gives new entries on every read; {@value}.
     */
    public static final int MAX_READS_WITHOUT_NEW_ENTRY = 16;

    private static final String ENUM_RESOURCE = "WNetEnumResourceW";

    private EnumerationReader() {
    }

    /**
     * One enumeration's native calls, over one handle and one entry buffer the implementation keeps.
     */
    public interface EnumerationCalls {
        /**
         * {@code WNetOpenEnumW}; on success the implementation keeps the handle.
         *
         * @return the code
         */
        int open();

        /**
         * {@code WNetEnumResourceW} with a count of 0xFFFFFFFF (as many as fit) and a buffer of
         * {@code bytes}, which stays readable through {@link #entries()} until the next read or close.
         *
         * @param bytes the buffer's size
         * @return the code; with {@code ERROR_MORE_DATA}, {@link #sizeNeeded()} says how much
         */
        int read(int bytes);

        /**
         * What {@code WNetEnumResourceW} wrote back into {@code *lpcCount} with its last {@code NO_ERROR}.
         *
         * @return the count, unsigned
         */
        long count();

        /**
         * The buffer the last read filled, of the size declared to it.
         *
         * @return the entry buffer
         */
        NativeBuffer entries();

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
     * @param structs the platform's layout
     * @return the entries, or the first failing call and its code
     * @throws ProviderContractException if a read broke the buffer contract or the enumeration
     *     crossed a bound; the handle is closed first
     */
    public static EnumerationAnswer enumerate(EnumerationCalls calls, Structs structs) {
        int code = calls.open();
        if (code != 0) {
            return new EnumerationAnswer(code, "WNetOpenEnum", List.of());
        }
        List<NetResource> entries = new ArrayList<>();
        int failure;
        try {
            failure = readAll(calls, structs, entries);
        } catch (Throwable readFailed) { // an Error too: the handle must not outlive the enumeration
            closeAfter(calls, readFailed);
            throw readFailed;
        }
        int closed = calls.closeHandle();
        if (failure != 0) {
            return new EnumerationAnswer(failure, "WNetEnumResource", List.of());
        }
        return closed != 0 ? new EnumerationAnswer(closed, "WNetCloseEnum", List.of())
                : new EnumerationAnswer(0, null, entries);
    }

    /** Closes the handle after a read threw; what the close throws goes with the read's throwable. */
    private static void closeAfter(EnumerationCalls calls, Throwable readFailed) {
        try {
            calls.closeHandle();
        } catch (Throwable closeFailed) {
            readFailed.addSuppressed(closeFailed);
        }
    }

    /** Reads until the end; the first failing code, or 0. */
    private static int readAll(EnumerationCalls calls, Structs structs, List<NetResource> entries) {
        Set<NetResource> seen = new HashSet<>();
        int bytes = MprLibrary.ENUMERATION_BYTES;
        int retries = 0;
        int withoutNew = 0;
        while (true) {
            int code = calls.read(bytes);
            if (code == ERROR_NO_MORE_ITEMS) {
                return 0;
            }
            boolean added = false;
            if (code == BufferRetry.ERROR_MORE_DATA) {
                long next = calls.sizeNeeded() > bytes ? calls.sizeNeeded() : 2L * bytes;
                if (++retries >= BufferRetry.MAX_ATTEMPTS || next > MprLibrary.MAX_BUFFER_BYTES) {
                    return code;
                }
                bytes = (int) next;
            } else if (code != 0) {
                return code;
            } else {
                added = decode(calls, structs, entries, seen);
                if (added) {
                    retries = 0;
                }
            }
            withoutNew = added ? 0 : withoutNew + 1;
            if (withoutNew >= MAX_READS_WITHOUT_NEW_ENTRY) {
                throw new ProviderContractException(ENUM_RESOURCE, "it answered " + withoutNew
                        + " reads in a row without a new entry and never ERROR_NO_MORE_ITEMS (259)");
            }
        }
    }

    /** Decodes the entries of one NO_ERROR read; whether one of them was new. */
    private static boolean decode(EnumerationCalls calls, Structs structs, List<NetResource> entries,
            Set<NetResource> seen) {
        NativeBuffer buffer = calls.entries();
        long count = calls.count();
        long fit = buffer.size() / structs.netResourceSize();
        if (count > fit) {
            throw new ProviderContractException(ENUM_RESOURCE, "it answered NO_ERROR with *lpcCount = " + count
                    + ", more entries than its " + buffer.size() + "-byte buffer holds (at most " + fit + ")");
        }
        if (entries.size() + count > MAX_ENTRIES) {
            throw new ProviderContractException(ENUM_RESOURCE, "it gave more than " + MAX_ENTRIES
                    + " entries in one enumeration and never ERROR_NO_MORE_ITEMS (259)");
        }
        boolean added = false;
        for (int i = 0; i < count; i++) {
            NetResource entry = structs.netResource(buffer, i);
            entries.add(entry);
            added |= seen.add(entry);
        }
        return added;
    }
}
