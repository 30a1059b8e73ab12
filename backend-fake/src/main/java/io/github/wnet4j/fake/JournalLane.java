package io.github.wnet4j.fake;

import java.util.Arrays;

/**
 * One lock's part of the journal: the entries of the calls made under one device's monitor (a
 * device's lane is its {@link LogonTables.Slot}, which extends this class, so the lane sits inside
 * the slot's padding), or, the logon's own lane, of the calls made under all locks. A call appends
 * its numbered entry here inside its atomic step, under the lock that guards the lane: a call on
 * one device writes no journal memory a call on another device writes. Under all locks,
 * {@link LogonTables} moves every lane's entries to the {@link Journal}, each at its number's place.
 *
 * <p>A lane's entries are in increasing number order (its calls are serialised by its lock, and
 * each takes its number inside its critical section). Under a bound of N entries a lane keeps its
 * newest N (a ring that grows to N, then overwrites its oldest): an entry a lane drops has N newer
 * ones in its own lane, so it is outside the journal's newest N anyway.
 */
class JournalLane extends CacheLinePadding {

    private static final JournalEntry[] NO_ENTRIES = {};

    /** The entries kept since the lane was last emptied, a ring from {@link #head}; grown on a write. */
    private JournalEntry[] entries = NO_ENTRIES;
    private int head;
    private int size;

    /** Appends a call's entry, keeping at most {@code limit} ({@link Journal#WHOLE}: all); under the lane's lock. */
    final void append(JournalEntry entry, int limit) {
        if (limit == 0) {
            return;
        }
        if (size == entries.length) {
            if (limit == Journal.WHOLE || size < limit) {
                grow(limit);
            } else { // full at the bound: the oldest goes
                head = head + 1 == entries.length ? 0 : head + 1;
                size--;
            }
        }
        int at = head + size;
        entries[at >= entries.length ? at - entries.length : at] = entry;
        size++;
    }

    /** Doubles the ring (at most to the bound), its entries moved to the start. */
    private void grow(int limit) {
        int capacity = Math.max(16, 2 * entries.length);
        if (limit != Journal.WHOLE) {
            capacity = Math.min(capacity, limit);
        }
        JournalEntry[] grown = new JournalEntry[capacity];
        for (int i = 0; i < size; i++) {
            grown[i] = entries[(head + i) % entries.length];
        }
        entries = grown;
        head = 0;
    }

    /**
     * Hands every entry kept, oldest first, to {@code journal} (null: drops them), then empties the
     * lane, keeping its storage, so a lane in steady use allocates nothing once warm (its storage is
     * at most its bound, or what the whole journal once held); under all locks.
     */
    final void moveTo(Journal journal) {
        for (int i = 0; journal != null && i < size; i++) {
            journal.record(entries[(head + i) % entries.length]);
        }
        Arrays.fill(entries, null);
        head = 0;
        size = 0;
    }
}
