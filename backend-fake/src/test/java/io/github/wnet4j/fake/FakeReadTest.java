package io.github.wnet4j.fake;

import io.github.wnet4j.spi.UseConnectionAnswer;

import io.github.wnet4j.spi.NetResource;

import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.ConnectionReader;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.GuardedCancelOutcome;
import io.github.wnet4j.ListingOutcome;
import io.github.wnet4j.NetworkConnection;
import io.github.wnet4j.WNet;
import io.github.wnet4j.WNetFunction;
import io.github.wnet4j.spi.ConnectionAnswer;
import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.UniversalNameAnswer;
import io.github.wnet4j.spi.WNetBackend;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fake's read side beyond the conformance clauses: journaling, the snapshot an enumeration is
 * while other threads cancel, the extended error per thread, and the look-then-cancel window.
 */
class FakeReadTest {
    private static final String DEPLOY = "\\\\fileserver\\deploy";
    private static final ExtendedError DENIED = new ExtendedError(5, "Access is denied.", "Microsoft Windows Network");

    @Test
    void readsAreJournaledAndChangeNothing() {
        FakeLogon logon = FakeLogon.create().connectDevice("Z:", DEPLOY, o -> o.persistent().openFiles(1))
                .connectDeviceless("\\\\fileserver\\IPC$").remember("Y:", "\\\\fileserver\\old");
        LogonState before = logon.snapshot();
        ConnectionReader reader = logon.reader();
        assertEquals(DEPLOY, reader.getConnection("z:").remoteName().orElseThrow());
        assertTrue(reader.getConnection("Y:").isRememberedOnly());
        assertEquals(2, reader.connections().connections().size());
        assertEquals(2, reader.rememberedConnections().connections().size());
        assertEquals(DEPLOY + "\\a", reader.remoteNameInfo("Z:\\a").universalName().orElseThrow());
        assertEquals(before, logon.snapshot());
        String thread = Thread.currentThread().getName();
        assertEquals(List.of(
                new JournalEntry(1, WNetFunction.GET_CONNECTION, "z:", 0, false, 0, null, thread),
                new JournalEntry(2, WNetFunction.GET_CONNECTION, "Y:", 0, false, 1201, null, thread),
                new JournalEntry(3, WNetFunction.OPEN_ENUM, "RESOURCE_CONNECTED", 0, false, 0, null, thread),
                new JournalEntry(4, WNetFunction.OPEN_ENUM, "RESOURCE_REMEMBERED", 0, false, 0, null, thread),
                new JournalEntry(5, WNetFunction.GET_UNIVERSAL_NAME, "Z:\\a", 2, false, 0, null, thread)), logon.journal());
    }

    @Test
    void theExtendedErrorOfAReadBelongsToTheThreadThatGotIt() throws Exception {
        FakeLogon logon = FakeLogon.create().connectDevice("Z:", DEPLOY).armProviderError(ProviderError.of(DENIED).once());
        assertEquals(DENIED, logon.reader().getConnection("Z:").extendedError().orElseThrow());
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            assertEquals(new ExtendedError(0, "", ""), other.submit(() -> logon.backend().lastExtendedError()).get());
        } finally {
            other.shutdownNow();
        }
        assertEquals(DENIED, logon.backend().lastExtendedError());
        assertTrue(logon.reader().getConnection("Z:").isConnected(), "a once error disarms when a read reaches it");
    }

    @Test
    void readsCountTowardAProviderErrorArmedAfterCalls() {
        FakeLogon logon = FakeLogon.create().connectDevice("Z:", DEPLOY).armProviderError(ProviderError.of(DENIED).afterCalls(2));
        ConnectionReader reader = logon.reader();
        assertTrue(reader.getConnection("Z:").isConnected());
        assertTrue(reader.connections().isSuccess());
        assertTrue(reader.universalName("Z:\\f").is(ErrorCode.ERROR_EXTENDED_ERROR), "the third call fails");
        assertTrue(logon.canceller().cancelConnection2("Z:", Set.of(), false).is(ErrorCode.ERROR_EXTENDED_ERROR));
        assertTrue(logon.isConnected("Z:"));
    }

    @Test
    void aFixtureOverAnotherBackendDeclaresTheReadSideOnlyWhenTold() {
        FakeLogon logon = FakeLogon.create();
        assertTrue(new FakeLogonFixture(logon).capabilities().containsAll(FakeLogonFixture.READ_SIDE));
        Set<io.github.wnet4j.conformance.Capability> other = new FakeLogonFixture("jna", logon, logon.backend()).capabilities();
        assertTrue(other.stream().noneMatch(FakeLogonFixture.READ_SIDE::contains), other.toString());
        assertTrue(other.contains(io.github.wnet4j.conformance.Capability.ISOLATED_STATE));
        assertEquals(Set.of(io.github.wnet4j.conformance.Capability.CONNECTION_LOOKUP), new FakeLogonFixture("jna", logon,
                logon.backend(), Set.of(io.github.wnet4j.conformance.Capability.CONNECTION_LOOKUP)).capabilities().stream()
                .filter(FakeLogonFixture.READ_SIDE::contains).collect(Collectors.toSet()));
    }

    /**
     * Threads cancel every device and deviceless connection while others enumerate. Each
     * enumeration must equal the state at its place in the journal's order: the seeded
     * connections minus exactly the successful cancels numbered before it.
     */
    @Test
    void anEnumerationIsASnapshotOfOneMomentWhileOtherThreadsCancel() throws Exception {
        for (int round = 0; round < 20; round++) {
            FakeLogon logon = FakeLogon.create();
            List<String> names = new ArrayList<>();
            for (char d = 'A'; d <= 'Z'; d++) {
                logon.connectDevice(d + ":", "\\\\srv\\d" + d);
                names.add(d + ":");
                logon.connectDeviceless("\\\\srv\\x" + d);
                names.add("\\\\srv\\x" + d);
            }
            Map<Long, Set<String>> seen = new ConcurrentHashMap<>();
            CyclicBarrier start = new CyclicBarrier(4);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> jobs = new ArrayList<>();
                for (int c = 0; c < 2; c++) {
                    int offset = c;
                    jobs.add(pool.submit(() -> {
                        start.await();
                        for (int i = offset; i < names.size(); i += 2) {
                            logon.canceller().cancelConnection2(names.get(i), Set.of(), false);
                        }
                        return null;
                    }));
                }
                for (int r = 0; r < 2; r++) {
                    jobs.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < 30; i++) {
                            ListingOutcome listing = logon.reader().connections();
                            long at = lastEnumerationBy(logon, Thread.currentThread().getName(), seen.keySet());
                            seen.put(at, listing.connections().stream().map(FakeReadTest::key).collect(Collectors.toSet()));
                        }
                        return null;
                    }));
                }
                for (Future<?> job : jobs) {
                    job.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            Set<String> state = new HashSet<>(names);
            Map<Long, Set<String>> expected = new TreeMap<>();
            for (JournalEntry e : logon.journal()) {
                if (e.function() == WNetFunction.OPEN_ENUM) {
                    expected.put(e.sequence(), Set.copyOf(state));
                } else if (e.code() == 0) {
                    state.remove(e.name());
                }
            }
            assertEquals(expected, new TreeMap<>(seen), "round " + round);
            assertEquals(60, seen.size());
        }
    }

    private static String key(NetworkConnection c) {
        return c.device().orElse(c.remoteName());
    }

    /** The sequence of this thread's latest enumeration not yet recorded. */
    private static long lastEnumerationBy(FakeLogon logon, String thread, Set<Long> recorded) {
        List<JournalEntry> journal = logon.journal();
        for (int i = journal.size() - 1; i >= 0; i--) {
            JournalEntry e = journal.get(i);
            if (e.function() == WNetFunction.OPEN_ENUM && e.threadName().equals(thread) && !recorded.contains(e.sequence())) {
                return e.sequence();
            }
        }
        throw new AssertionError("no journaled enumeration by " + thread);
    }

    /** A backend that runs {@code between} after every lookup answers: the window between the look and the cancel. */
    private static WNetBackend withWindow(WNetBackend backend, Runnable between) {
        return new WNetBackend() {
            @Override
            public int cancelConnection2(String name, int flags, boolean force) {
                return backend.cancelConnection2(name, flags, force);
            }

            @Override
            public int cancelConnection(String name, boolean force) {
                return backend.cancelConnection(name, force);
            }

            @Override
            public ExtendedError lastExtendedError() {
                return backend.lastExtendedError();
            }

            @Override
            public ConnectionAnswer getConnection(String localName) {
                ConnectionAnswer answer = backend.getConnection(localName);
                between.run();
                return answer;
            }

            @Override
            public EnumerationAnswer enumerate(int scope, int type, int usage) {
                return backend.enumerate(scope, type, usage);
            }

            @Override
            public UniversalNameAnswer getUniversalName(String localPath, int infoLevel) {
                return backend.getUniversalName(localPath, infoLevel);
            }
        
            // Connecting is not this double's subject: every connect answers ERROR_NOT_SUPPORTED.

            @Override
            public int addConnection2(NetResource resource, char[] password, String userName, int flags) {
                return ERROR_NOT_SUPPORTED;
            }

            @Override
            public int addConnection3(NetResource resource, char[] password, String userName, int flags) {
                return ERROR_NOT_SUPPORTED;
            }

            @Override
            public UseConnectionAnswer useConnection(NetResource resource, char[] password, String userName, int flags) {
                return new UseConnectionAnswer(ERROR_NOT_SUPPORTED, null, 0);
            }

            @Override
            public int addConnection(String remoteName, char[] password, String localName) {
                return ERROR_NOT_SUPPORTED;
            }
        };
    }

    private static WNet cleanupWithWindow(FakeLogon logon, Runnable between) {
        return WNet.over("fake", withWindow(logon.backend(), between));
    }

    @Test
    void aDeviceRemappedBetweenTheLookAndTheCancelIsCancelledAsTheJavadocSays() {
        FakeLogon logon = FakeLogon.create().connectDevice("Z:", DEPLOY);
        WNet cleanup = cleanupWithWindow(logon, () -> {
            logon.canceller().cancelConnection2("Z:", Set.of(), false);   // the user remaps Z: meanwhile
            logon.connectDevice("Z:", "\\\\home\\mine");
        });
        GuardedCancelOutcome out = cleanup.cancelIfPointsAt("Z:", DEPLOY, Set.of(), false);
        assertEquals(GuardedCancelOutcome.Decision.CANCELLED, out.decision());
        assertEquals(DEPLOY, out.lookup().remoteName().orElseThrow(), "the look it decided on");
        assertTrue(out.cancel().orElseThrow().isSuccess());
        assertFalse(logon.isConnected("Z:"), "no compare-and-cancel: the new mapping went too");
    }

    @Test
    void aDeviceCancelledBetweenTheLookAndTheCancelAnswersNotConnectedAndCountsAsDone() {
        FakeLogon logon = FakeLogon.create().connectDevice("Z:", DEPLOY, o -> o.persistent());
        WNet cleanup = cleanupWithWindow(logon, () -> logon.canceller().cancelConnection2("Z:", Set.of(), false));
        GuardedCancelOutcome out = cleanup.cancelIfPointsAt("Z:", DEPLOY, Set.of(), false);
        assertTrue(out.cancel().orElseThrow().is(ErrorCode.ERROR_NOT_CONNECTED));
        assertTrue(out.isDone());
        assertTrue(logon.isRemembered("Z:"), "flags 0: the remembered entry stays");
    }

    @Test
    void theGuardLeavesTheUsersOwnDriveAloneAndForgetsOurs() {
        FakeLogon logon = FakeLogon.create().connectDevice("Z:", "\\\\home\\mine", o -> o.persistent())
                .connectDevice("Y:", DEPLOY, o -> o.persistent().openFiles(1));
        WNet cleanup = logon.wnet();
        Set<CancelFlag> forget = Set.of(CancelFlag.CONNECT_UPDATE_PROFILE);
        assertEquals(GuardedCancelOutcome.Decision.POINTS_ELSEWHERE, cleanup.cancelIfPointsAt("Z:", DEPLOY, forget, true).decision());
        assertTrue(cleanup.cancelIfPointsAt("Y:", DEPLOY, forget, true).orThrow().isDone());
        assertEquals(List.of("Z:"), logon.connections().stream().map(c -> c.device().orElseThrow()).toList());
        assertFalse(logon.isRemembered("Y:"));
        assertTrue(logon.isRemembered("Z:"));
    }
}
