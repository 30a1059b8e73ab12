package io.github.wnet4j.reliability;

import io.github.wnet4j.BehaviourProfile;
import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.WNetFunction;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.fake.JournalEntry;
import io.github.wnet4j.fake.LogonState;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Several threads make tens of thousands of mixed calls on one fake logon, aiming at the same
 * connections. Afterwards: the journal holds every call exactly once, numbered without gaps, and each
 * thread's calls appear in it in the order the thread made them with the codes it got; no connection
 * was cancelled more often than possible; no connection was lost or kept wrongly; and replaying the
 * journal, one call at a time, on a freshly seeded fake and on the reference model gives the same codes
 * and the same final state.
 */
class FakeStressTest {

    static final int THREADS = 8;
    static final int CALLS_PER_THREAD = 6_000;
    static final int DEVICELESS = 8_000;
    static final BehaviourProfile PROFILE = BehaviourProfile.documented();

    /** A call as the calling thread saw it. */
    record Seen(WNetFunction function, String name, int flags, boolean force, int code) {
    }

    /** Persistent drives: their remembered entry can be forgotten by a second successful call. */
    static boolean persistent(char drive) {
        return drive >= 'N';
    }

    static FakeLogon seed(FakeLogon logon, ReferenceModel model) {
        for (char d = 'A'; d <= 'Z'; d++) {
            String dev = d + ":";
            String remote = "\\\\srv\\drive" + d;
            boolean p = persistent(d);
            int files = d % 3 == 0 ? 1 : 0;
            boolean inUse = d % 7 == 0;
            logon.connectDevice(dev, remote, o -> {
                if (p) {
                    o.persistent();
                }
                o.openFiles(files);
                if (inUse) {
                    o.usedByProcess();
                }
            });
            if (model != null) {
                model.connectDevice(dev, remote, p, files, inUse);
            }
        }
        for (int i = 0; i < DEVICELESS; i++) {
            String remote = remote(i);
            int files = i % 3 == 0 ? 1 : 0;
            boolean inUse = i % 17 == 0;
            logon.connectDeviceless(remote, o -> {
                o.openFiles(files);
                if (inUse) {
                    o.usedByProcess();
                }
            });
            if (model != null) {
                model.connectDeviceless(remote, files, inUse);
            }
        }
        return logon;
    }

    static String remote(int i) {
        return "\\\\srv\\s" + i;
    }

    @Test
    void concurrentCallsAreEachJournaledOnceAndReplayToTheSameState() throws Exception {
        FakeLogon logon = seed(FakeLogon.create(PROFILE), null);
        ConnectionCanceller canceller = logon.canceller();
        WNetBackend spi = logon.backend();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<Seen>>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long seed = 0x5EED + t;
            futures.add(pool.submit(() -> {
                Thread.currentThread().setName("stress-" + seed);
                Random random = new Random(seed);
                List<Seen> seen = new ArrayList<>(CALLS_PER_THREAD);
                start.await();
                for (int i = 0; i < CALLS_PER_THREAD; i++) {
                    String name = pickName(random);
                    boolean force = random.nextBoolean();
                    int kind = random.nextInt(20);
                    if (kind < 12) {
                        boolean update = random.nextBoolean();
                        CancelOutcome o = canceller.cancelConnection2(name, update ? Set.of(CancelFlag.CONNECT_UPDATE_PROFILE) : Set.of(), force);
                        seen.add(new Seen(WNetFunction.CANCEL_CONNECTION2, name, update ? 1 : 0, force, o.code()));
                    } else if (kind < 16) {
                        CancelOutcome o = canceller.cancelConnection(name, force);
                        seen.add(new Seen(WNetFunction.CANCEL_CONNECTION, name, 0, force, o.code()));
                    } else if (kind < 19) {
                        int flags = random.nextInt();
                        seen.add(new Seen(WNetFunction.CANCEL_CONNECTION2, name, flags, force, spi.cancelConnection2(name, flags, force)));
                    } else {
                        logon.snapshot(); // readers contend for the lock too; not a call, so not counted
                        i--;
                    }
                }
                return seen;
            }));
        }
        start.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.MINUTES), "the stress threads finished");
        Map<String, List<Seen>> byThread = new HashMap<>();
        for (int t = 0; t < THREADS; t++) {
            byThread.put("stress-" + (0x5EED + t), futures.get(t).get());
        }
        int total = THREADS * CALLS_PER_THREAD;
        List<JournalEntry> journal = logon.journal();
        LogonState end = logon.snapshot();

        // The journal is complete: every call once, numbered 1..N without gaps, each thread's calls in its order.
        assertEquals(total, journal.size(), "journal entries");
        for (int i = 0; i < journal.size(); i++) {
            assertEquals(i + 1L, journal.get(i).sequence(), "sequence numbers without gaps or repeats");
        }
        Map<String, List<Seen>> journaledByThread = new HashMap<>();
        for (JournalEntry e : journal) {
            journaledByThread.computeIfAbsent(e.threadName(), k -> new ArrayList<>())
                    .add(new Seen(e.function(), e.name(), e.function() == WNetFunction.CANCEL_CONNECTION ? 0 : e.flags(),
                            e.force(), e.code()));
        }
        assertEquals(byThread, journaledByThread, "each thread's calls, in its order, with the codes it got");

        // Cancelled at most once; nothing lost, nothing kept that was cancelled.
        Map<String, Integer> successes = new HashMap<>();
        for (JournalEntry e : journal) {
            if (e.code() == 0) {
                successes.merge(ReferenceModel.key(e.name()), 1, Integer::sum);
            }
        }
        Set<String> liveAtEnd = new HashSet<>();
        end.devicelessConnections().forEach(c -> liveAtEnd.add(ReferenceModel.key(c.remoteName())));
        end.deviceConnections().forEach(c -> liveAtEnd.add(c.device().orElseThrow()));
        int cancelled = 0;
        for (int i = 0; i < DEVICELESS; i++) {
            String key = ReferenceModel.key(remote(i));
            int n = successes.getOrDefault(key, 0);
            assertTrue(n <= 1, remote(i) + " was cancelled " + n + " times");
            assertEquals(n == 0, liveAtEnd.contains(key), remote(i) + ": live at the end exactly when never cancelled");
            cancelled += n;
        }
        for (char d = 'A'; d <= 'Z'; d++) {
            String dev = d + ":";
            int n = successes.getOrDefault(dev, 0);
            assertTrue(n <= (persistent(d) ? 2 : 1), dev + " succeeded " + n + " times");
            if (!persistent(d)) {
                assertEquals(n == 0, liveAtEnd.contains(dev), dev + ": live at the end exactly when never cancelled");
            }
        }
        assertTrue(cancelled > DEVICELESS / 4, "the stress cancelled a good share of the connections: " + cancelled);

        // The final state is a replay of the journal: on a fresh fake, and on the reference model.
        FakeLogon replay = seed(FakeLogon.create(PROFILE), null);
        ReferenceModel model = new ReferenceModel(PROFILE);
        seed(FakeLogon.create(PROFILE), model);
        for (JournalEntry e : journal) {
            int code = e.function() == WNetFunction.CANCEL_CONNECTION
                    ? replay.backend().cancelConnection(e.name(), e.force())
                    : replay.backend().cancelConnection2(e.name(), e.flags(), e.force());
            assertEquals(e.code(), code, "replayed on a fresh fake: " + e);
            ReferenceModel.Answer expected = e.function() == WNetFunction.CANCEL_CONNECTION
                    ? model.cancelLegacy(e.name(), e.force()) : model.cancel2(e.name(), e.flags(), e.force());
            assertEquals(e.code(), expected.code(), "replayed on the reference model: " + e);
        }
        assertEquals(end, replay.snapshot(), "final state against a replay of the journal on a fresh fake");
        assertEquals(model.view(), ModelHarness.view(end), "final state against a replay of the journal on the reference model");

        Figures.of("3-stress-fake").add("concurrency: fake", "threads x calls (mixed functions, flags, force, readers)",
                        THREADS + " x " + CALLS_PER_THREAD + " = " + total)
                .add("concurrency: fake", "seeded connections / successful cancels", (DEVICELESS + 26) + " / "
                        + journal.stream().filter(e -> e.code() == 0).count())
                .add("concurrency: fake", "journaled calls replayed on a fresh fake and on the model", journal.size())
                .write();
    }

    /** Mostly deviceless names (in two cases, so threads meet on the same connection), sometimes a drive. */
    private static String pickName(Random random) {
        int r = random.nextInt(10);
        if (r < 7) {
            String remote = remote(random.nextInt(DEVICELESS));
            return random.nextBoolean() ? remote : remote.toUpperCase(Locale.ROOT);
        }
        char d = (char) ('A' + random.nextInt(26));
        return r < 9 ? d + ":" : Character.toLowerCase(d) + ":";
    }
}
