package io.github.wnet4j.spi.nativeaccess;

import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.nativeaccess.BufferDance.Step;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static io.github.wnet4j.spi.nativeaccess.BufferDance.ERROR_MORE_DATA;
import static io.github.wnet4j.spi.nativeaccess.BufferDance.ERROR_NO_MORE_ITEMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The buffer dance and the enumeration's shape, with scripted calls in place of a native library. */
class BufferDanceTest {
    private static final String TOO_LARGE = "too large";

    @Test
    void retriesWithTheSizeWrittenBackThenAnswers() {
        List<Integer> sizes = new ArrayList<>();
        String answer = BufferDance.untilItFits(260, 1000, size -> {
            sizes.add(size);
            return size < 700 ? Step.moreData(700) : Step.done("fits in " + size);
        }, TOO_LARGE);
        assertEquals("fits in 700", answer);
        assertEquals(List.of(260, 700), sizes);
    }

    @Test
    void aSizeWrittenBackThatIsNoLargerDoublesTheBuffer() {
        List<Integer> sizes = new ArrayList<>();
        BufferDance.untilItFits(100, 1000, size -> {
            sizes.add(size);
            return size < 400 ? Step.moreData(size) : Step.done("ok");
        }, TOO_LARGE);
        assertEquals(List.of(100, 200, 400), sizes);
    }

    @Test
    void givesUpBeyondTheLimitOrAfterTheLastAttempt() {
        assertSame(TOO_LARGE, BufferDance.untilItFits(100, 1000, size -> Step.moreData(1001), TOO_LARGE));
        int[] calls = {0};
        assertSame(TOO_LARGE, BufferDance.untilItFits(1, Integer.MAX_VALUE, size -> {
            calls[0]++;
            return Step.moreData(size + 1L);
        }, TOO_LARGE));
        assertEquals(BufferDance.MAX_ATTEMPTS, calls[0]);
        assertSame(TOO_LARGE, BufferDance.untilItFits(100, 1 << 20, size -> Step.moreData(0xFFFFFFFFL), TOO_LARGE),
                "an unsigned size beyond the limit");
    }

    private static final NetResource ENTRY = new NetResource(1, 1, 3, 1, "Z:", "\\\\srv\\s", null, "Network");

    /** Scripted enumeration calls: the codes each read answers, in order. */
    private static class Script implements BufferDance.EnumerationCalls {
        final int openCode;
        final Deque<Integer> reads;
        final int closeCode;
        final List<Integer> sizes = new ArrayList<>();
        long needed;
        int closes;
        RuntimeException readThrows;

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
        public int read(int bytes, List<NetResource> into) {
            sizes.add(bytes);
            if (readThrows != null) {
                throw readThrows;
            }
            int code = reads.isEmpty() ? ERROR_NO_MORE_ITEMS : reads.removeFirst();
            if (code == 0) {
                into.add(ENTRY);
            } else if (code == ERROR_MORE_DATA) {
                needed = 3L * bytes;
            }
            return code;
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

    @Test
    void readsToTheEndRetryingWithTheSizeWrittenBackAndCloses() {
        Script script = new Script(0, List.of(0, ERROR_MORE_DATA, 0, 0), 0);
        assertEquals(new EnumerationAnswer(0, null, List.of(ENTRY, ENTRY, ENTRY)), BufferDance.enumerate(script));
        int first = MprLibrary.ENUMERATION_BYTES;
        assertEquals(List.of(first, first, 3 * first, 3 * first, 3 * first), script.sizes);
        assertEquals(1, script.closes);
    }

    @Test
    void aFailedOpenHasNoHandleToClose() {
        Script script = new Script(1222, List.of(), 0);
        assertEquals(new EnumerationAnswer(1222, "WNetOpenEnum", List.of()), BufferDance.enumerate(script));
        assertEquals(0, script.closes);
    }

    @Test
    void aFailedReadStillClosesAndReportsTheReadNotTheClose() {
        Script script = new Script(0, List.of(0, 1208), 6);
        assertEquals(new EnumerationAnswer(1208, "WNetEnumResource", List.of()), BufferDance.enumerate(script));
        assertEquals(1, script.closes);
    }

    @Test
    void aFailedCloseAfterAGoodReadIsReported() {
        Script script = new Script(0, List.of(0), 6);
        assertEquals(new EnumerationAnswer(6, "WNetCloseEnum", List.of()), BufferDance.enumerate(script));
    }

    @Test
    void aReadThatThrowsStillClosesAndTheExceptionGoesOn() {
        Script script = new Script(0, List.of(), 0);
        script.readThrows = new IllegalStateException("decoding failed");
        assertSame(script.readThrows, assertThrows(IllegalStateException.class, () -> BufferDance.enumerate(script)));
        assertEquals(1, script.closes);
    }

    @Test
    void endlessMoreDataEndsAsAFailureAndNoErrorWithNothingReadEnds() {
        Script more = new Script(0, java.util.Collections.nCopies(50, ERROR_MORE_DATA), 0);
        EnumerationAnswer answer = BufferDance.enumerate(more);
        assertEquals(new EnumerationAnswer(ERROR_MORE_DATA, "WNetEnumResource", List.of()), answer);
        assertEquals(1, more.closes);
        Script empty = new Script(0, List.of(), 0) {
            @Override
            public int read(int bytes, List<NetResource> into) {
                sizes.add(bytes);
                return 0; // NO_ERROR, nothing read
            }
        };
        assertEquals(new EnumerationAnswer(0, null, List.of()), BufferDance.enumerate(empty));
        assertEquals(1, empty.sizes.size());
    }
}
