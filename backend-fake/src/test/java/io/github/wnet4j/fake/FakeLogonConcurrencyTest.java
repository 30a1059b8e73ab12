package io.github.wnet4j.fake;

import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.WNetFunction;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Calls race under the logon's lock: each is one atomic step, and the journal is its linear order. */
class FakeLogonConcurrencyTest {
    private static final int THREADS = 4;
    private static final int ROUNDS = 300;

    @Test
    void racingCancelsOfOneDeviceHaveExactlyOneWinnerPerRound() throws Exception {
        FakeLogon logon = FakeLogon.create();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                logon.connectDevice("Z:", "\\\\srv\\share" + round, o -> o.openFiles(1));
                List<Future<Integer>> results = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return logon.backend().cancelConnection2("Z:", 0, true);
                    }));
                }
                List<Integer> codes = new ArrayList<>();
                for (Future<Integer> f : results) {
                    codes.add(f.get());
                }
                assertEquals(1, codes.stream().filter(c -> c == ErrorCode.NO_ERROR.value()).count(), "round " + round + ": " + codes);
                assertEquals(THREADS - 1, codes.stream().filter(c -> c == ErrorCode.ERROR_NOT_CONNECTED.value()).count(),
                        "round " + round + ": " + codes);
                assertFalse(logon.isConnected("Z:"));
            }
        } finally {
            pool.shutdownNow();
        }

        List<JournalEntry> journal = logon.journal();
        assertEquals(THREADS * ROUNDS, journal.size(), "every call journaled");
        Set<String> threads = new HashSet<>();
        for (int i = 0; i < journal.size(); i++) {
            JournalEntry entry = journal.get(i);
            assertEquals(i + 1, entry.sequence(), "journal order is the sequence order");
            assertEquals(WNetFunction.CANCEL_CONNECTION2, entry.function());
            // Each round's first call in the linear order is the one that cancelled; the rest found nothing.
            int expected = i % THREADS == 0 ? ErrorCode.NO_ERROR.value() : ErrorCode.ERROR_NOT_CONNECTED.value();
            assertEquals(expected, entry.code(), entry::toString);
            threads.add(entry.threadName());
        }
        assertTrue(threads.size() > 1, "calls came from several threads: " + threads);
    }

    @Test
    void seedingAndCancellingConcurrentlyLeaveAConsistentState() throws Exception {
        FakeLogon logon = FakeLogon.create();
        String[] devices = {"P:", "Q:", "R:", "S:"};
        CyclicBarrier start = new CyclicBarrier(devices.length);
        ExecutorService pool = Executors.newFixedThreadPool(devices.length);
        try {
            List<Future<Integer>> successes = new ArrayList<>();
            for (String device : devices) {
                successes.add(pool.submit(() -> {
                    start.await();
                    int cancelled = 0;
                    for (int i = 0; i < ROUNDS; i++) {
                        logon.connectDevice(device, "\\\\srv\\" + i, o -> o.persistent());
                        if (logon.backend().cancelConnection2(device, 1, false) == ErrorCode.NO_ERROR.value()) {
                            cancelled++;
                        }
                    }
                    return cancelled;
                }));
            }
            for (Future<Integer> f : successes) {
                assertEquals(ROUNDS, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(new LogonState(List.of(), List.of(), new TreeMap<>(), true), logon.snapshot());
        assertEquals(devices.length * ROUNDS, logon.journal().size());
    }
}
