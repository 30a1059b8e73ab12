package io.github.wnet4j.nativeaccess;

import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.NetResource;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

import static io.github.wnet4j.nativeaccess.BufferRetry.ERROR_MORE_DATA;
import static io.github.wnet4j.nativeaccess.EnumerationReader.ERROR_NO_MORE_ITEMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The enumeration's loop, its bounds and its close on every path, with scripted calls in place of a native library. */
class EnumerationReaderTest {
    private static final Structs X64 = new Structs(8);

    /** Scripted enumeration calls: the codes each read answers, in order; NO_ERROR writes entries. */
    private static class Script implements EnumerationReader.EnumerationCalls {
        final int openCode;
        final Deque<Integer> reads;
        final int closeCode;
        final List<Integer> sizes = new ArrayList<>();
        /** The remote name of the next entry written; a read with {@code sameEntry} writes the same again. */
        int nextName;
        boolean sameEntry;
        /** What a NO_ERROR read leaves in *lpcCount: -1 for the entries written, else this. */
        long countWritten = -1;
        long needed;
        int closes;
        Throwable readThrows;
        private HeapBuffer buffer;
        private long count;

        Script(int openCode, List<Integer> reads, int closeCode) {
            this.openCode = openCode;
            this.reads = new ArrayDeque<>(reads);
            this.closeCode = closeCode;
        }

        @Override
        public int open() {
            return openCode;
        }

        @Override
        public int read(int bytes) {
            sizes.add(bytes);
            if (readThrows instanceof RuntimeException r) {
                throw r;
            } else if (readThrows instanceof Error e) {
                throw e;
            }
            int code = reads.isEmpty() ? ERROR_NO_MORE_ITEMS : reads.removeFirst();
            if (code == 0) {
                buffer = new HeapBuffer(bytes, 8).putInt(0, 1).putPointer(X64.netResourceStringOffset(1), 200)
                        .putString(200, "\\\\srv\\s" + (sameEntry ? 0 : nextName++), true);
                count = countWritten < 0 ? 1 : countWritten;
            } else if (code == ERROR_MORE_DATA) {
                needed = 3L * bytes;
            }
            return code;
        }

        @Override
        public long count() {
            return count;
        }

        @Override
        public NativeBuffer entries() {
            return buffer;
        }

        @Override
        public long sizeNeeded() {
            return needed;
        }

        @Override
        public int closeHandle() {
            closes++;
            return closeCode;
        }
    }

    private static NetResource entry(int n) {
        return new NetResource(1, 0, 0, 0, null, "\\\\srv\\s" + n, null, null);
    }

    @Test
    void readsToTheEndRetryingWithTheSizeWrittenBackAndCloses() {
        Script script = new Script(0, List.of(0, ERROR_MORE_DATA, 0, 0), 0);
        assertEquals(new EnumerationAnswer(0, null, List.of(entry(0), entry(1), entry(2))),
                EnumerationReader.enumerate(script, X64));
        int first = MprLibrary.ENUMERATION_BYTES;
        assertEquals(List.of(first, first, 3 * first, 3 * first, 3 * first), script.sizes);
        assertEquals(1, script.closes);
    }

    @Test
    void aFailedOpenHasNoHandleToClose() {
        Script script = new Script(1222, List.of(), 0);
        assertEquals(new EnumerationAnswer(1222, "WNetOpenEnum", List.of()), EnumerationReader.enumerate(script, X64));
        assertEquals(0, script.closes);
    }

    @Test
    void aFailedReadStillClosesAndReportsTheReadNotTheClose() {
        Script script = new Script(0, List.of(0, 1208), 6);
        assertEquals(new EnumerationAnswer(1208, "WNetEnumResource", List.of()), EnumerationReader.enumerate(script, X64));
        assertEquals(1, script.closes);
    }

    @Test
    void aFailedCloseAfterAGoodReadIsReported() {
        Script script = new Script(0, List.of(0), 6);
        assertEquals(new EnumerationAnswer(6, "WNetCloseEnum", List.of()), EnumerationReader.enumerate(script, X64));
    }

    @Test
    void aReadThatThrowsStillClosesAndTheExceptionGoesOn() {
        Script script = new Script(0, List.of(), 0);
        script.readThrows = new IllegalStateException("decoding failed");
        assertSame(script.readThrows, assertThrows(IllegalStateException.class, () -> EnumerationReader.enumerate(script, X64)));
        assertEquals(1, script.closes);
    }

    @Test
    void anErrorWhileReadingStillClosesAndACloseThatThrowsGoesWithIt() {
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        IllegalStateException closeFailed = new IllegalStateException("close failed");
        Script script = new Script(0, List.of(), 0) {
            @Override
            public int closeHandle() {
                super.closeHandle();
                throw closeFailed;
            }
        };
        script.readThrows = oom;
        assertSame(oom, assertThrows(OutOfMemoryError.class, () -> EnumerationReader.enumerate(script, X64)));
        assertEquals(1, script.closes);
        assertSame(closeFailed, oom.getSuppressed()[0]);
    }

    @Test
    void endlessMoreDataEndsAsAFailure() {
        Script more = new Script(0, Collections.nCopies(50, ERROR_MORE_DATA), 0);
        assertEquals(new EnumerationAnswer(ERROR_MORE_DATA, "WNetEnumResource", List.of()), EnumerationReader.enumerate(more, X64));
        assertEquals(1, more.closes);
    }

    @Test
    void theSameEntryForeverIsAViolationAfterTheBoundAndTheHandleIsClosed() {
        Script same = new Script(0, Collections.nCopies(1000, 0), 0);
        same.sameEntry = true;
        ProviderContractException e = assertThrows(ProviderContractException.class, () -> EnumerationReader.enumerate(same, X64));
        assertTrue(e.getMessage().startsWith("WNetEnumResourceW broke its buffer contract: it answered 16 reads in a row"
                + " without a new entry and never ERROR_NO_MORE_ITEMS (259)."), e.getMessage());
        assertEquals(1 + EnumerationReader.MAX_READS_WITHOUT_NEW_ENTRY, same.sizes.size());
        assertEquals(1, same.closes);
    }

    @Test
    void noErrorWithNothingReadIsReadAgainThenEndsOrIsAViolation() {
        Script empty = new Script(0, List.of(0, 0, 0), 0);
        empty.countWritten = 0;
        assertEquals(new EnumerationAnswer(0, null, List.of()), EnumerationReader.enumerate(empty, X64));
        assertEquals(4, empty.sizes.size(), "three empty reads, then ERROR_NO_MORE_ITEMS");
        Script endless = new Script(0, Collections.nCopies(1000, 0), 0);
        endless.countWritten = 0;
        assertThrows(ProviderContractException.class, () -> EnumerationReader.enumerate(endless, X64));
        assertEquals(EnumerationReader.MAX_READS_WITHOUT_NEW_ENTRY, endless.sizes.size());
        assertEquals(1, endless.closes);
    }

    @Test
    void newEntriesForeverStopAtTheEntryBound() {
        Script endless = new Script(0, Collections.nCopies(EnumerationReader.MAX_ENTRIES + 10, 0), 0);
        ProviderContractException e = assertThrows(ProviderContractException.class, () -> EnumerationReader.enumerate(endless, X64));
        assertTrue(e.getMessage().contains("it gave more than 65536 entries in one enumeration"), e.getMessage());
        assertEquals(EnumerationReader.MAX_ENTRIES + 1, endless.sizes.size());
        assertEquals(1, endless.closes);
    }

    @Test
    void aCountLargerThanTheBufferHoldsIsAViolationNotAnEmptyListing() {
        Script allOnes = new Script(0, List.of(0), 0);
        allOnes.countWritten = 0xFFFF_FFFFL;
        ProviderContractException e = assertThrows(ProviderContractException.class, () -> EnumerationReader.enumerate(allOnes, X64));
        assertTrue(e.getMessage().startsWith("WNetEnumResourceW broke its buffer contract: it answered NO_ERROR with *lpcCount"
                + " = 4294967295, more entries than its 16384-byte buffer holds (at most 341)."), e.getMessage());
        assertEquals(1, allOnes.closes);
    }
}
