package io.github.wnet4j.fake;

import io.github.wnet4j.ExtendedError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code afterCalls(n)} counts in a {@code long}: an armed error still fires after 2^31 calls, and n
 * may be up to {@link Long#MAX_VALUE}. The count is set near the boundary instead of making 2^31 calls.
 */
class ProviderErrorCountTest {
    private static final ExtendedError E = new ExtendedError(53, "The network path was not found.", "test");
    private static final long INT_LIMIT = Integer.MAX_VALUE;

    private final FakeLogon logon = FakeLogon.create();

    private int call() {
        return logon.backend().cancelConnection2("Q:", 0, false);
    }

    @Test
    void anErrorAfterFewCallsStillFiresOnceTheCountPassesTwoToTheThirtyOne() {
        logon.armProviderError(ProviderError.of(E).afterCalls(5), INT_LIMIT - 1);
        assertEquals(List.of(1208, 1208, 1208), List.of(call(), call(), call()), "calls 2^31 - 1, 2^31 and 2^31 + 1");
    }

    @Test
    void aCountPastTwoToTheThirtyOneLetsExactlyThatManyCallsPass() {
        long passing = INT_LIMIT + 2; // 2^31 + 1
        logon.armProviderError(ProviderError.of(E).afterCalls(passing), INT_LIMIT - 1);
        assertEquals(List.of(2250, 2250, 2250, 1208, 1208), List.of(call(), call(), call(), call(), call()));
        assertTrue(logon.toString().contains("after 2147483649 calls"), logon::toString);
    }

    @Test
    void theLargestCountIsAllowedAndTheCounterSaturatesInsteadOfWrapping() {
        logon.armProviderError(ProviderError.of(E).afterCalls(Long.MAX_VALUE), Long.MAX_VALUE - 2);
        assertEquals(List.of(2250, 2250, 1208, 1208), List.of(call(), call(), call(), call()));
        logon.armProviderError(ProviderError.of(E).afterCalls(0), Long.MAX_VALUE);
        assertEquals(List.of(1208, 1208), List.of(call(), call()), "a saturated count keeps firing");
        assertThrows(IllegalArgumentException.class, () -> ProviderError.of(E).afterCalls(Long.MIN_VALUE));
    }
}
