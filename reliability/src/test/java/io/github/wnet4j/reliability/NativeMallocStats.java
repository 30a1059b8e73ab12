package io.github.wnet4j.reliability;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Structure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the native-memory tests read: glibc's {@code mallinfo2()} (through JNA), the bytes malloc has
 * handed out and not had back over all arenas ({@code uordblks}, plus {@code hblkhd} for blocks malloc
 * mapped on its own). Every native buffer the backends and the double use comes from malloc: JNA's
 * {@code Memory}, jnr-ffi's {@code IO.allocateMemory}, an FFM arena's segments (the JDK's
 * {@code Unsafe.allocateMemory}, which is {@code os::malloc}), the double's {@code calloc}, and the
 * JVM's own {@code os::malloc} (JNI handles, what JNA's callbacks attach). So, unlike Native Memory
 * Tracking, which sees only the JVM's own allocations, it sees all of them. What malloc does not see
 * is memory mapped directly: the Java heap (where a virtual thread's stack lives), and a platform
 * thread's stack, which is why the tests count the process's threads too.
 */
final class NativeMallocStats {

    /** glibc's {@code struct mallinfo2}: ten {@code size_t}. */
    @Structure.FieldOrder({"arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost"})
    public static class MallInfo2 extends Structure implements Structure.ByValue {
        /** Non-mmapped space allocated (bytes). */
        public long arena;
        /** Free chunks. */
        public long ordblks;
        /** Free fastbin blocks. */
        public long smblks;
        /** Mmapped regions. */
        public long hblks;
        /** Space in mmapped regions (bytes). */
        public long hblkhd;
        /** Unused. */
        public long usmblks;
        /** Space in freed fastbin blocks (bytes). */
        public long fsmblks;
        /** Total allocated space (bytes). */
        public long uordblks;
        /** Total free space (bytes). */
        public long fordblks;
        /** Top-most, releasable space (bytes). */
        public long keepcost;
    }

    /** The C library's allocator statistics. */
    public interface LibC extends Library {
        /** glibc 2.33 and later. */
        MallInfo2 mallinfo2();
    }

    private static LibC libc;
    private static String whyNot;

    private NativeMallocStats() {
    }

    /** Why malloc's statistics cannot be read here, or null if they can. */
    static synchronized String whyUnavailable() {
        if (libc == null && whyNot == null) {
            if (!Platform.is64Bit()) {
                whyNot = "the mallinfo2 layout here is for 64-bit size_t";
            } else {
                try {
                    LibC loaded = Native.load("c", LibC.class);
                    loaded.mallinfo2();
                    libc = loaded;
                } catch (UnsatisfiedLinkError e) {
                    whyNot = "the C library has no mallinfo2() (glibc 2.33 or later is needed): " + e.getMessage();
                }
            }
        }
        return whyNot;
    }

    /** malloc's bytes in use now; call only when {@link #whyUnavailable()} is null. */
    static long inUse() {
        MallInfo2 m = libc.mallinfo2();
        return m.uordblks + m.hblkhd;
    }

    /**
     * malloc's bytes in use once the process has settled: the least of {@code readings} readings,
     * each after a full GC (so that cleaners have freed what they hold) and a pause of
     * {@code pauseMillis}. The JVM's own threads (the JIT compilers above all) borrow malloc memory for
     * a while; the least reading leaves most of that out.
     */
    static long settledInUse(int readings, long pauseMillis) throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < readings; i++) {
            System.gc();
            Thread.sleep(pauseMillis);
            least = Math.min(least, inUse());
        }
        return least;
    }

    /** The process's resident set (VmRSS), in bytes. */
    static long rssBytes() throws IOException {
        return status("VmRSS:") * 1024;
    }

    /** The process's threads (every platform thread, carriers included), from /proc/self/status. */
    static long osThreads() throws IOException {
        return status("Threads:");
    }

    private static long status(String key) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(key)) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IOException("no " + key + " in /proc/self/status");
    }

    static String signedKiB(long bytes) {
        return String.format("%+,d KiB", bytes / 1024);
    }
}
