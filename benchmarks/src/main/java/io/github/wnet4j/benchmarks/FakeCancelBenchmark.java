package io.github.wnet4j.benchmarks;

import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.fake.FakeLogon;
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
import org.openjdk.jmh.infra.Blackhole;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A cancel through a {@link FakeLogon}'s validating canceller, two ways: each thread on a logon of
 * its own ({@code ownLogonCancel...}: what a parallel test suite does; two logons share nothing,
 * and two threads should scale), and each thread on a device of its own in one shared logon
 * ({@code cancel...}: a logon's state is under one lock, so its two threads take turns; context,
 * not a target). run.sh runs this with {@code -t 1} and {@code -t 2} (throughput, so the two
 * compare directly). The baseline: a {@link ConcurrentHashMap} put and
 * remove of one key.
 * A control that shares nothing shows how far two threads can scale on the machine at all while
 * it runs (other processes, frequency, SMT).
 *
 * <ul>
 *   <li>{@link #cancelSuccess}: seed the device, then cancel it (NO_ERROR). Seeding is part of the
 *       measured step because a cancel that succeeds removes what it cancels; the pair mirrors the
 *       baseline's put and remove.</li>
 *   <li>{@link #cancelFailure}: cancel a device with an open file, without force
 *       (ERROR_OPEN_FILES); nothing changes but the journal.</li>
 * </ul>
 *
 * <p>The journal keeps every call, so a fake that answers millions of calls holds millions of
 * entries and a benchmark of it would end up measuring the heap. Each thread empties the journal
 * every {@value #JOURNAL_KEPT} of its calls, as a long-running user of the fake would; the cost of
 * journaling a call is measured, the cost of keeping a million entries is not.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class FakeCancelBenchmark {

    static final int JOURNAL_KEPT = 1 << 16;
    /** About as long as a fake cancel, so the control scales under the same conditions. */
    private static final long CONTROL_TOKENS = 32;
    private static final Set<CancelFlag> NO_FLAGS = Set.of();
    private static final String REMOTE = "\\\\srv\\share";
    /** One device per thread, from a pool far larger than any thread count used here. */
    private static final String[] DEVICES = {"D:", "E:", "F:", "G:", "H:", "I:", "J:", "K:"};

    /** The logon all threads call, and the baseline's map. */
    @State(Scope.Benchmark)
    public static class Shared {
        final FakeLogon logon = FakeLogon.create();
        final ConnectionCanceller canceller = logon.canceller();
        final ConcurrentHashMap<String, String> map = new ConcurrentHashMap<>();
        final AtomicInteger threads = new AtomicInteger();
        final AtomicLong counter = new AtomicLong();
    }

    /** A thread's own device, not connected between calls. */
    @State(Scope.Thread)
    public static class OwnDevice {
        String device;
        int calls;

        /** Takes the next free device. */
        @Setup(Level.Trial)
        public void setUp(Shared shared) {
            device = DEVICES[shared.threads.getAndIncrement()];
        }

        void journaled(FakeLogon logon) {
            if (++calls % JOURNAL_KEPT == 0) {
                logon.clearJournal();
            }
        }
    }

    /** A thread's own device, connected with one open file, so a cancel without force fails. */
    @State(Scope.Thread)
    public static class BusyDevice {
        String device;
        int calls;

        /** Takes the next free device and seeds it with an open file. */
        @Setup(Level.Trial)
        public void setUp(Shared shared) {
            device = DEVICES[shared.threads.getAndIncrement()];
            shared.logon.connectDevice(device, REMOTE, o -> o.openFiles(1));
        }
    }

    /**
     * A thread's own logon (what each test of a parallel suite has): one free device and one with
     * an open file, so its calls share nothing with another thread's.
     */
    @State(Scope.Thread)
    public static class OwnLogon {
        final FakeLogon logon = FakeLogon.create();
        final ConnectionCanceller canceller = logon.canceller();
        int calls;

        /** Seeds the busy device. */
        @Setup(Level.Trial)
        public void setUp() {
            logon.connectDevice("Y:", REMOTE, o -> o.openFiles(1));
        }

        void journaled() {
            if (++calls % JOURNAL_KEPT == 0) {
                logon.clearJournal();
            }
        }
    }

    /** Seed, then cancel, on the thread's own logon: NO_ERROR. */
    @Benchmark
    public CancelOutcome ownLogonCancelSuccess(OwnLogon own) {
        own.logon.connectDevice("Z:", REMOTE);
        CancelOutcome outcome = own.canceller.cancelConnection2("Z:", NO_FLAGS, false);
        own.journaled();
        return outcome;
    }

    /** Cancel a device with an open file, without force, on the thread's own logon: ERROR_OPEN_FILES. */
    @Benchmark
    public CancelOutcome ownLogonCancelFailure(OwnLogon own) {
        CancelOutcome outcome = own.canceller.cancelConnection2("Y:", NO_FLAGS, false);
        own.journaled();
        return outcome;
    }

    /** Seed, then cancel: NO_ERROR. */
    @Benchmark
    public CancelOutcome cancelSuccess(Shared shared, OwnDevice own) {
        shared.logon.connectDevice(own.device, REMOTE);
        CancelOutcome outcome = shared.canceller.cancelConnection2(own.device, NO_FLAGS, false);
        own.journaled(shared.logon);
        return outcome;
    }

    /** Cancel a device with an open file, without force: ERROR_OPEN_FILES. */
    @Benchmark
    public CancelOutcome cancelFailure(Shared shared, BusyDevice busy) {
        CancelOutcome outcome = shared.canceller.cancelConnection2(busy.device, NO_FLAGS, false);
        if (++busy.calls % JOURNAL_KEPT == 0) {
            shared.logon.clearJournal();
        }
        return outcome;
    }

    /** The control: CPU work touching no shared memory; its two-thread scaling is the machine's ceiling. */
    @Benchmark
    public void controlNoSharing() {
        Blackhole.consumeCPU(CONTROL_TOKENS);
    }

    /**
     * One increment of a counter all threads share: its two-thread scaling shows what a single
     * per-call shared write costs here, the least that two threads on one shared logon pay.
     */
    @Benchmark
    public long sharedCounterIncrement(Shared shared) {
        return shared.counter.incrementAndGet();
    }

    /** The baseline: a put and a remove of the thread's own key. */
    @Benchmark
    public String concurrentHashMapPutRemove(Shared shared, OwnDevice own) {
        shared.map.put(own.device, REMOTE);
        return shared.map.remove(own.device);
    }
}
