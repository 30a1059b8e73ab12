package io.github.wnet4j.jna;

import com.sun.jna.Memory;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.nativetesting.FixedAnswer;
import io.github.wnet4j.nativetesting.MprDouble;
import io.github.wnet4j.spi.WNetBackend;
import org.junit.jupiter.api.Test;

import java.lang.ref.Reference;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Native memory the JNA backend holds does not grow with the number of threads that ever saw an
 * extended error. Counted exactly, from JNA's own registry of live {@link Memory} blocks (a private
 * field, read here only), while every one of those threads is still alive.
 */
class JnaNativeMemoryTest {
    private static final int THREADS = 200;
    private static final ExtendedError ERROR = new ExtendedError(53, "The network path was not found.", "Network");

    /** Bytes in live JNA Memory blocks. */
    private static long liveMemoryBytes() throws ReflectiveOperationException {
        Field field = Memory.class.getDeclaredField("allocatedMemory");
        field.setAccessible(true);
        long bytes = 0;
        for (Object ref : ((Map<?, ?>) field.get(null)).values()) {
            Memory m = (Memory) ((Reference<?>) ref).get();
            if (m != null && m.valid()) {
                bytes += m.size();
            }
        }
        return bytes;
    }

    @Test
    void threadsThatSawAnExtendedErrorHoldNoNativeMemory() throws Exception {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        MprDouble mpr = MprDouble.load();
        mpr.serve(new FixedAnswer(1208, ERROR));
        WNetBackend backend = new JnaBackendProvider().create();
        long before = liveMemoryBytes();
        CountDownLatch done = new CountDownLatch(THREADS);
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<ExtendedError> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            for (int i = 0; i < THREADS; i++) {
                Thread t = new Thread(() -> {
                    if (backend.cancelConnection2("Z:", 0, false) == 1208) {
                        seen.add(backend.lastExtendedError());
                    }
                    done.countDown();
                    try {
                        release.await(); // stay alive: what a thread keeps is kept while it lives
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                t.setDaemon(true);
                t.start();
                threads.add(t);
            }
            done.await();
            assertEquals(THREADS, seen.size());
            assertTrue(seen.stream().allMatch(ERROR::equals), "every thread read its error");
            long grown = liveMemoryBytes() - before;
            // Before: about 10 KiB per thread (2 MB here) stayed in thread-local buffers.
            assertTrue(grown < 64 * 1024, () -> "live JNA native memory grew by " + grown + " bytes over "
                    + THREADS + " live threads");
        } finally {
            release.countDown();
            for (Thread t : threads) {
                t.join();
            }
            mpr.stopServing();
        }
    }

    /** A model whose reads need a retry and a second enumeration buffer. */
    private static final class LargeReads extends io.github.wnet4j.nativetesting.ReadModel {
        private static final String REMOTE = "\\\\srv\\" + "ß".repeat(300);

        @Override
        public io.github.wnet4j.spi.ConnectionAnswer getConnection(String localName) {
            return new io.github.wnet4j.spi.ConnectionAnswer(0, REMOTE);
        }

        @Override
        public io.github.wnet4j.spi.EnumerationAnswer enumerate(int scope, int type, int usage) {
            List<io.github.wnet4j.spi.NetResource> entries = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                entries.add(new io.github.wnet4j.spi.NetResource(1, 1, 3, 1, null, REMOTE + i, null, "Network"));
            }
            return new io.github.wnet4j.spi.EnumerationAnswer(0, null, entries);
        }
    }

    @Test
    void threadsThatReadHoldNoNativeMemory() throws Exception {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        MprDouble mpr = MprDouble.load();
        mpr.serve(new LargeReads());
        WNetBackend backend = new JnaBackendProvider().create();
        long before = liveMemoryBytes();
        CountDownLatch done = new CountDownLatch(THREADS);
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<Integer> entriesRead = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            for (int i = 0; i < THREADS; i++) {
                Thread t = new Thread(() -> {
                    if (backend.getConnection("Z:").remoteName().equals(LargeReads.REMOTE)) {
                        entriesRead.add(backend.enumerate(1, 0, 0).resources().size());
                    }
                    done.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                t.setDaemon(true);
                t.start();
                threads.add(t);
            }
            done.await();
            assertEquals(java.util.Collections.nCopies(THREADS, 40), entriesRead);
            long grown = liveMemoryBytes() - before;
            // Each thread allocated about 40 KiB over its reads (retries, two enumeration buffers).
            assertTrue(grown < 64 * 1024, () -> "live JNA native memory grew by " + grown + " bytes over "
                    + THREADS + " live threads that read");
            assertEquals(0, mpr.openEnumerations(), "enumeration handles left open");
        } finally {
            release.countDown();
            for (Thread t : threads) {
                t.join();
            }
            mpr.stopServing();
        }
    }
}
