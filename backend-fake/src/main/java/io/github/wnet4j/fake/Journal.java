package io.github.wnet4j.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The journal of one {@link FakeLogon}: each call's entry stored at its sequence number's place, so
 * the order is the sequence order (one total order; moving the {@link JournalLane}s in needs no
 * merge). A call appends its entry to its lane; {@link #settle} moves the lanes here before the
 * journal is read. Either the whole journal is kept, or only the newest {@code limit} entries (the
 * shared logon's case); entries that fall out of the bound are dropped and counted.
 *
 * <p>Kept whole, the entries sit in chunks of {@value #CHUNK}, found through a directory that grows
 * (a chunk is made once per {@value #CHUNK} calls, like a list's growth). Bounded, they sit in one ring
 * allocated when the bound is set, of the bound rounded up to a whole chunk: recording allocates
 * nothing. A call that was slow to record may find its place taken by a newer entry: the newer one
 * wins (the older is out of the bound anyway). Within a chunk, consecutive sequence numbers are
 * spread {@value #SPREAD} places apart, so two threads recording one after the other do not write to
 * the same cache line.
 *
 * <p>Locking: every method runs under all of the logon's locks ({@link LogonTables#underAllLocks}),
 * when no call is half-way, so every number handed out up to {@code last} is in a lane or here.
 * (The atomic arrays and the directory's growth lock, a leaf, date from when calls recorded here
 * directly, on several devices at once; they remain correct, and cost nothing a call pays.)
 */
final class Journal {

    /** No bound: every entry is kept. */
    static final int WHOLE = -1;
    /** The largest bound: {@value}, a ring of 64 MiB of references at most. */
    static final int MAX_LIMIT = 1 << 24;

    private static final int SHIFT = 8;
    private static final int CHUNK = 1 << SHIFT;
    private static final int MASK = CHUNK - 1;
    /** Odd, so spreading is a permutation of a chunk; 17 references are more than a cache line. */
    private static final int SPREAD = 17;

    /** Guards the directory's growth. */
    private final Object growth = new Object();
    /** {@link #WHOLE}, or 0 to {@link #MAX_LIMIT}; written under all locks. */
    private int limit = WHOLE;
    /** Kept whole: chunk {@code n - base} holds positions {@code n * CHUNK ...}; replaced when it grows. */
    private volatile AtomicReferenceArray<JournalEntry[]> chunks = new AtomicReferenceArray<>(16);
    /** The chunk number of {@code chunks}' first element; written under all locks. */
    private long base;
    /** Bounded: the ring, or null while the whole journal is kept (or the bound is 0). */
    private AtomicReferenceArray<JournalEntry> ring;
    /** Entries numbered up to this were cleared; written under all locks. */
    private long clearedThrough;
    /** Entries numbered below this are gone, cleared or dropped; written under all locks. */
    private long keptFrom = 1;

    /** Records a call's entry at its number's place; under all locks, from a lane. Allocates nothing when bounded. */
    void record(JournalEntry entry) {
        long position = entry.sequence() - 1;
        AtomicReferenceArray<JournalEntry> r = ring;
        if (r != null) {
            int index = spread(position % r.length());
            for (JournalEntry held = r.get(index); held == null || held.sequence() < entry.sequence(); held = r.get(index)) {
                if (r.compareAndSet(index, held, entry)) {
                    return;
                }
            }
        } else if (limit == WHOLE) {
            chunk(position >>> SHIFT)[spread(position & MASK)] = entry;
        }
    }

    /**
     * Moves every lane's entries here, each at its number's place, or with {@code keep} false
     * discards them (the journal is being cleared); under all locks, when every number handed out
     * has its entry in a lane. The lanes are the slots made so far, then the logon's.
     */
    void settle(AtomicReferenceArray<? extends JournalLane> lanes, JournalLane logonLane, boolean keep) {
        for (int i = 0; i <= lanes.length(); i++) {
            JournalLane lane = i < lanes.length() ? lanes.get(i) : logonLane;
            if (lane != null) {
                lane.moveTo(keep ? this : null);
            }
        }
    }

    /** The entries kept, in sequence order; under all locks. */
    List<JournalEntry> entries(long last) {
        long first = first(last);
        List<JournalEntry> out = new ArrayList<>((int) Math.max(0, last - first + 1));
        for (long sequence = first; sequence <= last; sequence++) {
            JournalEntry entry = at(sequence);
            if (entry != null) { // always, as every call up to last has recorded
                out.add(entry);
            }
        }
        return List.copyOf(out);
    }

    /** How many entries are kept; under all locks. */
    int size(long last) {
        return (int) Math.max(0, last - first(last) + 1);
    }

    /** How many entries the bound dropped since the logon was made or the journal cleared; under all locks. */
    long dropped(long last) {
        return first(last) - 1 - clearedThrough;
    }

    /** The bound, or {@link #WHOLE}; under all locks. */
    int limit() {
        return limit;
    }

    /** Empties the journal; under all locks. */
    void clear(long last) {
        clearedThrough = last;
        keptFrom = last + 1;
        reset();
    }

    /** Keeps only the newest {@code newLimit} entries from now on ({@link #WHOLE}: all); under all locks. */
    void limit(int newLimit, long last) {
        List<JournalEntry> kept = entries(last);
        keptFrom = first(last);
        limit = newLimit;
        keptFrom = first(last); // the new bound may drop more
        reset();
        for (JournalEntry entry : kept) {
            if (entry.sequence() >= keptFrom) {
                record(entry);
            }
        }
    }

    /** The first sequence number kept. */
    private long first(long last) {
        return limit == WHOLE ? keptFrom : Math.max(keptFrom, last - limit + 1);
    }

    /** Fresh storage, for the entries to come and for those kept that {@link #limit(int, long)} records again. */
    private void reset() {
        if (limit == WHOLE) {
            base = (keptFrom - 1) >>> SHIFT;
            chunks = new AtomicReferenceArray<>(16);
            ring = null;
        } else {
            ring = limit == 0 ? null : new AtomicReferenceArray<>((limit + MASK) & ~MASK);
        }
    }

    private JournalEntry at(long sequence) {
        long position = sequence - 1;
        JournalEntry entry;
        if (ring != null) {
            entry = ring.get(spread(position % ring.length()));
        } else if (limit == WHOLE) {
            long index = (position >>> SHIFT) - base;
            JournalEntry[] chunk = index < chunks.length() ? chunks.get((int) index) : null;
            entry = chunk == null ? null : chunk[spread(position & MASK)];
        } else {
            entry = null;
        }
        return entry != null && entry.sequence() == sequence ? entry : null;
    }

    /** The chunk for chunk number {@code number}, made (and the directory grown) on first use. */
    private JournalEntry[] chunk(long number) {
        int index = (int) (number - base);
        AtomicReferenceArray<JournalEntry[]> directory = chunks;
        JournalEntry[] chunk = index < directory.length() ? directory.get(index) : null;
        if (chunk != null) {
            return chunk;
        }
        synchronized (growth) {
            directory = chunks;
            if (index >= directory.length()) {
                AtomicReferenceArray<JournalEntry[]> grown = new AtomicReferenceArray<>(Math.max(index + 1, 2 * directory.length()));
                for (int i = 0; i < directory.length(); i++) {
                    grown.set(i, directory.get(i));
                }
                chunks = directory = grown;
            }
            chunk = directory.get(index);
            if (chunk == null) {
                chunk = new JournalEntry[CHUNK];
                directory.set(index, chunk);
            }
            return chunk;
        }
    }

    /** A place within a chunk's span for {@code offset}: consecutive offsets land {@value #SPREAD} apart. */
    private static int spread(long offset) {
        return (int) ((offset & ~MASK) | ((offset * SPREAD) & MASK));
    }
}
