package io.github.wnet4j.reliability;

import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.nativetesting.MprDouble;
import io.github.wnet4j.nativetesting.ReadModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Many threads call every native backend (JNA, JNR, and FFM where present) at once over the double; every call fails with
 * ERROR_EXTENDED_ERROR and a provider error unique to that call, kept per thread as WNetGetLastError
 * keeps it. Every thread must read back its own error, never another thread's, even though other
 * threads' failures land between its call and its read.
 */
class NativeThreadErrorsTest {

    static final int THREADS = 16;
    static final int CALLS_PER_THREAD = 2_000;

    /** A provider whose error says which call raised it, kept per thread. */
    static final class PerThreadErrors extends ReadModel {
        private final ThreadLocal<ExtendedError> last = ThreadLocal.withInitial(() -> new ExtendedError(0, "", ""));

        @Override
        public int cancelConnection2(String name, int flags, boolean force) {
            last.set(errorFor(name));
            Thread.yield(); // let other threads' failures land before this thread reads its error
            return ErrorCode.ERROR_EXTENDED_ERROR.value();
        }

        @Override
        public int cancelConnection(String name, boolean force) {
            return cancelConnection2(name, 0, force);
        }

        @Override
        public ExtendedError lastExtendedError() {
            return last.get();
        }
    }

    static ExtendedError errorFor(String name) {
        return new ExtendedError(name.hashCode(), "provider failure for " + name, "provider of " + name);
    }

    @BeforeAll
    static void needsTheDouble() {
        assumeTrue(NativeBackends.whyUnavailable() == null, NativeBackends::whyUnavailable);
    }

    @AfterAll
    static void stopServing() {
        if (NativeBackends.whyUnavailable() == null) {
            NativeBackends.mpr().stopServing();
        }
    }

    @Test
    void eachThreadReadsItsOwnExtendedErrorThroughEveryNativeBackend() throws Exception {
        MprDouble mpr = NativeBackends.mpr();
        mpr.serve(new PerThreadErrors());
        int violations = mpr.abiViolations();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            // Every native backend at once (JNA, JNR, and FFM where present), the threads shared out among them.
            NativeBackends.Native backend = NativeBackends.all().get(t % NativeBackends.all().size());
            int thread = t;
            results.add(pool.submit(() -> {
                ConnectionCanceller canceller = backend.canceller();
                start.await();
                int checked = 0;
                for (int i = 0; i < CALLS_PER_THREAD; i++) {
                    String name = "\\\\thread" + thread + "\\call" + i;
                    CancelOutcome outcome = i % 2 == 0 ? canceller.cancelConnection2(name, Set.of(), false)
                            : canceller.cancelConnection(name, true);
                    assertEquals(ErrorCode.ERROR_EXTENDED_ERROR.value(), outcome.code(), backend.name() + " " + name);
                    assertEquals(Optional.of(errorFor(name)), outcome.extendedError(),
                            backend.name() + ": thread " + thread + " read another call's extended error");
                    checked++;
                }
                return checked;
            }));
        }
        start.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.MINUTES), "the threads finished");
        int checked = 0;
        for (Future<Integer> f : results) {
            checked += f.get();
        }
        assertEquals(THREADS * CALLS_PER_THREAD, checked);
        assertEquals(List.of(), mpr.modelFailures(), "exceptions the model threw behind the double");
        assertEquals(violations, mpr.abiViolations(), "calls the double rejected for breaking the Windows ABI");
        Figures.of("3-stress-native").add("concurrency: native", "threads x calls, " + String.join(", ", NativeBackends.names()) + " at once, each thread's own extended error",
                THREADS + " x " + CALLS_PER_THREAD + " = " + checked).write();
    }
}
