package io.github.wnet4j.fake;

/**
 * 64 bytes of fields that come before a subclass's own: superclass fields are laid out first, so the
 * fields a call writes on one device (a {@link JournalLane}'s, a slot's) do not share a cache line
 * with whatever object the garbage collector happens to put just before it, which the benchmark
 * showed as two-thread throughput that changed from one JVM to the next by up to 2x.
 */
@SuppressWarnings("unused")
abstract class CacheLinePadding {
    private long p0, p1, p2, p3, p4, p5, p6, p7;
}
