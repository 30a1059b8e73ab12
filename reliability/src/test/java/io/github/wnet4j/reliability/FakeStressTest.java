package io.github.wnet4j.reliability;

import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.ConnectionReader;
import io.github.wnet4j.ListingOutcome;
import io.github.wnet4j.UniversalNameOutcome;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.WNetFunction;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.fake.JournalEntry;
import io.github.wnet4j.fake.LogonState;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
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
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Several threads make tens of thousands of mixed calls on one fake logon, cancels and reads, aiming
 * at the same connections. Afterwards: the journal holds every call exactly once, numbered without
 * gaps, and each thread's calls appear in it in the order the thread made them with the codes it got;
 * no connection was cancelled more often than possible; no connection was lost or kept wrongly;
 * replaying the journal, one call at a time, on a freshly seeded fake and on the reference model gives
 * the same codes and the same final state; and every enumeration a thread took while the others
 * cancelled lists exactly the model's state at the enumeration's place in the journal (R11: a snapshot
 * of one moment).
 */
class FakeStressTest {

    static final int THREADS = 8;
    static final int CALLS_PER_THREAD = 6_000;
    static final int DEVICELESS = 8_000;
    static final BehaviourProfile PROFILE = BehaviourProfile.documented();

    /** A call as the calling thread saw it. */
    record Seen(WNetFunction function, String name, int flags, boolean force, int code) {
    }

    /** What one thread saw: its calls in order, and the entries of each enumeration it took, in order. */
    record ThreadRun(List<Seen> seen, List<Set<ReferenceModel.Entry>> listings) {
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
        ConnectionReader reader = logon.reader();
        WNetBackend spi = logon.backend();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<ThreadRun>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long seed = 0x5EED + t;
            futures.add(pool.submit(() -> {
                Thread.currentThread().setName("stress-" + seed);
                Random random = new Random(seed);
                List<Seen> seen = new ArrayList<>(CALLS_PER_THREAD);
                List<Set<ReferenceModel.Entry>> listings = new ArrayList<>();
                start.await();
                for (int i = 0; i < CALLS_PER_THREAD; i++) {
                    String name = pickName(random);
                    boolean force = random.nextBoolean();
                    int kind = random.nextInt(24);
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
                    } else if (kind == 19) {
                        logon.snapshot(); // snapshot readers contend for the lock too; not a call, so not counted
                        i--;
                    } else if (kind < 22) {
                        seen.add(new Seen(WNetFunction.GET_CONNECTION, name, 0, false, reader.getConnection(name).code()));
                    } else if (kind == 23 && random.nextInt(40) == 0) { // ~50 enumerations of ~8,000 entries each
                        boolean remembered = random.nextBoolean();
                        ListingOutcome o = remembered ? reader.rememberedConnections() : reader.connections();
                        seen.add(new Seen(WNetFunction.OPEN_ENUM, remembered ? "RESOURCE_REMEMBERED" : "RESOURCE_CONNECTED",
                                0, false, o.code()));
                        listings.add(o.connections().stream().map(ModelReads::entry).collect(Collectors.toSet()));
                    } else {
                        String path = ReferenceModel.device(name).isPresent() && random.nextBoolean() ? name + "\\dir\\f.txt" : name;
                        boolean remote = random.nextBoolean();
                        UniversalNameOutcome o = remote ? reader.remoteNameInfo(path) : reader.universalName(path);
                        seen.add(new Seen(WNetFunction.GET_UNIVERSAL_NAME, path, remote ? 2 : 1, false, o.code()));
                    }
                }
                return new ThreadRun(seen, listings);
            }));
        }
        start.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.MINUTES), "the stress threads finished");
        Map<String, List<Seen>> byThread = new HashMap<>();
        Map<String, Iterator<Set<ReferenceModel.Entry>>> listingsByThread = new HashMap<>();
        int enumerations = 0;
        for (int t = 0; t < THREADS; t++) {
            ThreadRun run = futures.get(t).get();
            byThread.put("stress-" + (0x5EED + t), run.seen());
            listingsByThread.put("stress-" + (0x5EED + t), run.listings().iterator());
            enumerations += run.listings().size();
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
            if (e.code() == 0 && cancel(e)) {
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
        int reads = 0;
        for (JournalEntry e : journal) {
            assertEquals(e.code(), replay(e, replay.backend()), "replayed on a fresh fake: " + e);
            if (cancel(e)) {
                ReferenceModel.Answer expected = e.function() == WNetFunction.CANCEL_CONNECTION
                        ? model.cancelLegacy(e.name(), e.force()) : model.cancel2(e.name(), e.flags(), e.force());
                assertEquals(e.code(), expected.code(), "replayed on the reference model: " + e);
                continue;
            }
            reads++;
            if (e.function() == WNetFunction.OPEN_ENUM) {
                ReferenceModel.Listing expected = model.enumerate(e.name().equals("RESOURCE_REMEMBERED"));
                assertEquals(e.code(), expected.code(), "replayed on the reference model: " + e);
                assertEquals(expected.entries(), listingsByThread.get(e.threadName()).next(),
                        "the enumeration lists the state at its place in the journal, one moment: " + e);
            } else if (e.function() == WNetFunction.GET_CONNECTION) {
                assertEquals(e.code(), model.getConnection(e.name()).code(), "replayed on the reference model: " + e);
            } else {
                assertEquals(e.code(), model.universalName(e.name(), e.flags() == 2).code(), "replayed on the reference model: " + e);
            }
        }
        assertTrue(enumerations >= 10, "the stress took enumerations while cancelling: " + enumerations);
        assertEquals(end, replay.snapshot(), "final state against a replay of the journal on a fresh fake");
        assertEquals(model.view(), ModelHarness.view(end), "final state against a replay of the journal on the reference model");

        Figures.of("3-stress-fake").add("concurrency: fake", "threads x calls (cancels with mixed functions, flags, force; reads)",
                        THREADS + " x " + CALLS_PER_THREAD + " = " + total)
                .add("concurrency: fake", "reads / of them enumerations, each equal to the model at its place in the journal",
                        reads + " / " + enumerations)
                .add("concurrency: fake", "seeded connections / successful cancels", (DEVICELESS + 26) + " / "
                        + journal.stream().filter(e -> e.code() == 0 && cancel(e)).count())
                .add("concurrency: fake", "journaled calls replayed on a fresh fake and on the model", journal.size())
                .write();
    }

    /** Whether a journal entry is a cancel (the reads change nothing). */
    private static boolean cancel(JournalEntry e) {
        return e.function() == WNetFunction.CANCEL_CONNECTION || e.function() == WNetFunction.CANCEL_CONNECTION2;
    }

    /** The journaled call made again through the backend SPI, as the entry records it; its code. */
    private static int replay(JournalEntry e, WNetBackend backend) {
        return switch (e.function()) {
            case CANCEL_CONNECTION -> backend.cancelConnection(e.name(), e.force());
            case CANCEL_CONNECTION2 -> backend.cancelConnection2(e.name(), e.flags(), e.force());
            case GET_CONNECTION -> backend.getConnection(e.name()).code();
            case GET_UNIVERSAL_NAME -> backend.getUniversalName(e.name(), e.flags()).code();
            case OPEN_ENUM -> backend.enumerate(e.name().equals("RESOURCE_REMEMBERED") ? NetResource.RESOURCE_REMEMBERED
                    : NetResource.RESOURCE_CONNECTED, e.flags(), 0).code();
            default -> throw new AssertionError("the fake journals no " + e.function() + " call: " + e);
        };
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
