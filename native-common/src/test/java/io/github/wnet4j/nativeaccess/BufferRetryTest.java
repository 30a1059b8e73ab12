package io.github.wnet4j.nativeaccess;

import io.github.wnet4j.nativeaccess.BufferRetry.Step;
import io.github.wnet4j.spi.ConnectionAnswer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The retry with a larger buffer, and the remote name read from the buffer that fit. */
class BufferRetryTest {
    private static final String TOO_LARGE = "too large";

    @Test
    void retriesWithTheSizeWrittenBackThenAnswers() {
        List<Integer> sizes = new ArrayList<>();
        String answer = BufferRetry.untilItFits(260, 1000, size -> {
            sizes.add(size);
            return size < 700 ? Step.moreData(700) : Step.done("fits in " + size);
        }, TOO_LARGE);
        assertEquals("fits in 700", answer);
        assertEquals(List.of(260, 700), sizes);
    }

    @Test
    void aSizeWrittenBackThatIsNoLargerDoublesTheBuffer() {
        List<Integer> sizes = new ArrayList<>();
        BufferRetry.untilItFits(100, 1000, size -> {
            sizes.add(size);
            return size < 400 ? Step.moreData(size) : Step.done("ok");
        }, TOO_LARGE);
        assertEquals(List.of(100, 200, 400), sizes);
    }

    @Test
    void givesUpBeyondTheLimitOrAfterTheLastAttempt() {
        assertSame(TOO_LARGE, BufferRetry.untilItFits(100, 1000, size -> Step.moreData(1001), TOO_LARGE));
        int[] calls = {0};
        assertSame(TOO_LARGE, BufferRetry.untilItFits(1, Integer.MAX_VALUE, size -> {
            calls[0]++;
            return Step.moreData(size + 1L);
        }, TOO_LARGE));
        assertEquals(BufferRetry.MAX_ATTEMPTS, calls[0]);
        assertSame(TOO_LARGE, BufferRetry.untilItFits(100, 1 << 20, size -> Step.moreData(0xFFFFFFFFL), TOO_LARGE),
                "an unsigned size beyond the limit");
    }

    @Test
    void theRemoteNameIsReadUpToItsNulAndAFullUnterminatedBufferIsAViolation() {
        HeapBuffer name = new HeapBuffer(20, 8).putString(0, "\\\\srv\\s", true);
        assertEquals(new ConnectionAnswer(0, "\\\\srv\\s"), BufferRetry.connectionAnswer(0, name));
        HeapBuffer full = new HeapBuffer(20, 8).putString(0, "\\\\srv\\shar", false); // 10 units, no NUL
        ProviderContractException e = assertThrows(ProviderContractException.class, () -> BufferRetry.connectionAnswer(0, full));
        assertEquals("WNetGetConnectionW", e.function());
        assertTrue(e.getMessage().startsWith("WNetGetConnectionW broke its buffer contract: lpRemoteName has no"
                + " terminating NUL before the end of the caller's 20-byte buffer"), e.getMessage());
        assertThrows(ProviderContractException.class, () -> BufferRetry.connectionAnswer(1201, full));
        assertEquals(new ConnectionAnswer(1201, null), BufferRetry.connectionAnswer(1201, new HeapBuffer(20, 8)));
    }
}
