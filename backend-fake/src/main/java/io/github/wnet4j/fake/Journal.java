package io.github.wnet4j.fake;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The journal of one user's {@link FakeLogon} sessions: every call's entry in the order the calls
 * took effect, each numbered from one counter. Either every entry is kept, or only the newest
 * {@link #limit()} (the shared logon's case); the entries a bound drops are counted. Not
 * thread-safe: {@link UserState} guards it with its lock, and a call numbers and records its entry
 * while holding it, so the journal's order is the order the calls took effect.
 */
final class Journal {

    /** No bound: every entry is kept. */
    static final int WHOLE = -1;
    /** The largest bound: {@value}. */
    static final int MAX_LIMIT = 1 << 24;

    private final ArrayDeque<JournalEntry> entries = new ArrayDeque<>();
    /** {@link #WHOLE} until bounded, then 0 to {@link #MAX_LIMIT}. */
    private int limit = WHOLE;
    /** The last call number handed out; never reset, so numbers are never reused. */
    private long lastSequence;
    /** Entries the bound dropped since the journal was made or cleared. */
    private long dropped;

    /** {@return the next call number} */
    long nextSequence() {
        return ++lastSequence;
    }

    /** Records a call's entry, dropping the oldest beyond the bound. */
    void record(JournalEntry entry) {
        entries.addLast(entry);
        trim();
    }

    /** {@return the entries kept, oldest first} */
    List<JournalEntry> entries() {
        return List.copyOf(entries);
    }

    /** {@return how many entries are kept} */
    int size() {
        return entries.size();
    }

    /** {@return how many entries the bound dropped since the journal was made or cleared} */
    long dropped() {
        return dropped;
    }

    /** {@return the bound, or {@link #WHOLE}} */
    int limit() {
        return limit;
    }

    /** Empties the journal and the count of dropped entries; numbering goes on. */
    void clear() {
        entries.clear();
        dropped = 0;
    }

    /** Keeps only the newest {@code newLimit} entries, now and from now on; a journal is kept whole until bounded. */
    void limit(int newLimit) {
        if (newLimit < 0 || newLimit > MAX_LIMIT) {
            throw new IllegalArgumentException("a journal limit is 0 to " + MAX_LIMIT + " entries, not "
                    + newLimit + " (a logon keeps its whole journal unless bounded)");
        }
        limit = newLimit;
        trim();
    }

    private void trim() {
        while (limit != WHOLE && entries.size() > limit) {
            entries.removeFirst();
            dropped++;
        }
    }
}
