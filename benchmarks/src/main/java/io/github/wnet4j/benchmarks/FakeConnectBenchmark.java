package io.github.wnet4j.benchmarks;

import io.github.wnet4j.ConnectRequest;
import io.github.wnet4j.WNet;
import io.github.wnet4j.WNetFunction;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.spi.Names;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 21's fake rows: a connect through the fake's door ({@code Z:} to {@code \\srv\share}, the
 * logon's own credentials, not remembered: the connect tests make most) and its cancel, on a logon of
 * the thread's own (what each test of a parallel suite has), against a {@link ConcurrentHashMap} put and
 * remove of the thread's own key in the same run (target: at most 2x, on one thread). run.sh runs it with
 * {@code -t 1} and {@code -t 2}: two logons share nothing, so two threads should make at least 1.8x the
 * connects of one. For context, the same with explicit credentials (a user name and a password, which
 * the fake keeps only as a salted digest, so the digest is part of the figure). Also for context,
 * {@link JournaledMap}: the least a journaling fake does for the same pair.
 *
 * <p>Each thread empties its logon's journal every {@value FakeCancelBenchmark#JOURNAL_KEPT} of its
 * calls, as {@link FakeCancelBenchmark} does.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class FakeConnectBenchmark {

    private static final String REMOTE = "\\\\srv\\share";
    private static final ConnectRequest PLAIN = ConnectRequest.device("Z:", REMOTE);

    /** The baseline's map, shared by the threads as a shared logon would be. */
    @State(Scope.Benchmark)
    public static class Shared {
        final ConcurrentHashMap<String, String> map = new ConcurrentHashMap<>();
        final AtomicInteger threads = new AtomicInteger();
    }

    /** A thread's own logon, and its own key in the baseline's map. */
    @State(Scope.Thread)
    public static class OwnLogon {
        final FakeLogon logon = FakeLogon.create();
        final WNet door = logon.wnet();
        final ConnectRequest withCredentials = NativeConnectBenchmark.request();
        String key;
        int calls;

        /** Takes the thread's key, and checks that both requests connect and cancel. */
        @Setup(Level.Trial)
        public void setUp(Shared shared) {
            key = "key-" + shared.threads.getAndIncrement();
            NativeConnectBenchmark.check("fake", NativeConnectBenchmark.connectAndCancel(door, PLAIN));
            NativeConnectBenchmark.check("fake with credentials", NativeConnectBenchmark.connectAndCancel(door, withCredentials));
        }

        void journaled() {
            calls += 2;
            if (calls >= FakeCancelBenchmark.JOURNAL_KEPT) {
                logon.clearJournal();
                calls = 0;
            }
        }
    }

    /** Connect, then cancel, on the thread's own logon. */
    @Benchmark
    public long ownLogonConnectCancel(OwnLogon own) {
        long codes = NativeConnectBenchmark.connectAndCancel(own.door, PLAIN);
        own.journaled();
        return codes;
    }

    /** The same with a user name and a password (context). */
    @Benchmark
    public long ownLogonConnectCancelWithCredentials(OwnLogon own) {
        long codes = NativeConnectBenchmark.connectAndCancel(own.door, own.withCredentials);
        own.journaled();
        return codes;
    }

    /**
     * What any fake that met issue 21 must do for a connect and its cancel, and nothing more: a device map
     * under a lock, each call's names checked by the grammar (the remote name's shape decides C13, the
     * device is checked before the backend runs), each call numbered and journaled with its device and
     * remote name (no description built, no thread name), each call answered with a value. No row decides,
     * no credentials, no network, no profile, no session. A context row: on one thread it shows what issue
     * 21's target of 2x a ConcurrentHashMap put + remove leaves for the rows themselves; on two threads, a
     * map each, whether this JVM's placement of two threads' small written objects lets even plain JDK
     * collections scale (docs/performance.md, "Two logons on two threads").
     */
    static final class JournaledMap {
        private final Map<String, String> devices = new HashMap<>();
        private final ArrayDeque<Entry> journal = new ArrayDeque<>();
        private long lastSequence;

        record Entry(long sequence, WNetFunction function, String device, String remoteName, int code) {
        }

        record Answer(int code, String connected) {
        }

        synchronized Answer connect(String device, String remoteName) {
            Names.checkRemoteName(remoteName);
            int code = devices.putIfAbsent(device, remoteName) == null ? 0 : 85;
            journal.addLast(new Entry(++lastSequence, WNetFunction.ADD_CONNECTION2, device, remoteName, code));
            return new Answer(code, device);
        }

        synchronized Answer cancel(String device) {
            int code = devices.remove(device) != null ? 0 : 2250;
            journal.addLast(new Entry(++lastSequence, WNetFunction.CANCEL_CONNECTION2, device, null, code));
            return new Answer(code, device);
        }

        synchronized void clearJournal() {
            journal.clear();
        }
    }

    /** A thread's own {@link JournaledMap}. */
    @State(Scope.Thread)
    public static class OwnJournaledMap {
        final JournaledMap map = new JournaledMap();
        int calls;
    }

    /** Context: {@link JournaledMap}'s connect and cancel, the names checked as the door checks them. */
    @Benchmark
    public long journaledMapConnectCancel(OwnJournaledMap own) {
        String device = Names.check(NativeConnectBenchmark.DEVICE);
        long codes = ((long) own.map.connect(device, REMOTE).code() << 32) | own.map.cancel(Names.check(device)).code();
        own.calls += 2;
        if (own.calls >= FakeCancelBenchmark.JOURNAL_KEPT) {
            own.map.clearJournal();
            own.calls = 0;
        }
        return codes;
    }

    /** The baseline: a put and a remove of the thread's own key. */
    @Benchmark
    public String concurrentHashMapPutRemove(Shared shared, OwnLogon own) {
        shared.map.put(own.key, REMOTE);
        return shared.map.remove(own.key);
    }
}
