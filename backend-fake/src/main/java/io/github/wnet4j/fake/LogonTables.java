package io.github.wnet4j.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The mutable state of one {@link FakeLogon}, split so that calls on different devices do not
 * contend. Locking (the invariant every reader and writer keeps):
 *
 * <ul>
 *   <li>A device's state (its live redirection, its remembered entry, and the journal entries of the
 *       calls decided on it alone) is guarded by its {@link Slot}'s monitor.</li>
 *   <li>Everything else (deviceless connections, the network, armed faults and errors, the general
 *       journal, which slots exist) is guarded by the logon's own lock. The fields here other than
 *       {@link #slots} and {@link #deviceless} are written only while holding the logon's lock and
 *       every slot's monitor ("all locks"), so a call holding just one slot's monitor reads them safely.</li>
 *   <li>Lock order: the logon's lock, then slot monitors in index order. A slot is created (never
 *       removed) under the logon's lock, so "all locks" is a fixed set while it is held.</li>
 * </ul>
 *
 * A call takes its sequence number while holding the monitors of all the state it reads or writes,
 * so calls on common state are numbered in the order they took effect, and calls on disjoint state
 * commute: sequence order is a linearization.
 */
final class LogonTables {

    /** A live connection; immutable, replaced when seeding changes it. */
    record Link(String device, String remoteName, int openFiles, boolean inUse) {
        Link withOpenFiles(int count) {
            return new Link(device, remoteName, count, inUse);
        }

        Link withInUse(boolean used) {
            return new Link(device, remoteName, openFiles, used);
        }
    }

    /**
     * Every device, normalised, in String order (the order snapshots list them): A:-L:, LPT1:-LPT9:,
     * M:-Z:. A slot's index is its device's index here. Spelled out: no lambda or string concatenation
     * runs when the class initialises, which keeps a JVM's first call quick.
     */
    static final String[] DEVICES = {
        "A:", "B:", "C:", "D:", "E:", "F:", "G:", "H:", "I:", "J:", "K:", "L:",
        "LPT1:", "LPT2:", "LPT3:", "LPT4:", "LPT5:", "LPT6:", "LPT7:", "LPT8:", "LPT9:",
        "M:", "N:", "O:", "P:", "Q:", "R:", "S:", "T:", "U:", "V:", "W:", "X:", "Y:", "Z:",
    };

    /** The index in {@link #DEVICES} of drive letter {@code upper} ('A'-'Z'). */
    static int letterIndex(char upper) {
        return upper <= 'L' ? upper - 'A' : upper - 'A' + 9;
    }

    /** The index in {@link #DEVICES} of print device {@code digit} ('1'-'9'). */
    static int lptIndex(char digit) {
        return 12 + digit - '1';
    }

    /** One device's state; guarded by its own monitor. */
    static class SlotState {
        /** The live redirection, or null. */
        Link live;
        /** The remote name the profile remembers for the device, or null. */
        String remembered;
        /** Calls decided on this device alone, in sequence order; null until the first. */
        List<JournalEntry> journal;

        void journal(JournalEntry entry) {
            if (journal == null) {
                journal = new ArrayList<>();
            }
            journal.add(entry);
        }
    }

    /**
     * A {@link SlotState} followed by 64 bytes of padding: superclass fields are laid out first, so
     * the next object in memory cannot share a cache line with this slot's header (its monitor) or
     * fields, and two threads on two devices do not slow each other down through false sharing.
     */
    @SuppressWarnings("unused")
    static final class Slot extends SlotState {
        private long p0, p1, p2, p3, p4, p5, p6, p7;
    }

    /** A slot per device, created on the device's first use, under the logon's lock. */
    final AtomicReferenceArray<Slot> slots = new AtomicReferenceArray<>(DEVICES.length);
    /** Deviceless connections, keyed by {@link CancelRules#fold(String)} of the remote name: at most one each. */
    final TreeMap<String, Link> deviceless = new TreeMap<>();
    /** Calls decided under all locks (remote names, non-devices, armed provider errors), in sequence order. */
    final List<JournalEntry> journal = new ArrayList<>();

    boolean networkPresent = true;
    /** Null when the profile is healthy. */
    ProfileFault profileFault;
    /** Null when no provider error is armed. */
    ProviderError providerError;
    /** Calls that reached the provider since {@link #providerError} was armed. */
    int providerCalls;

    /** The slot of device {@code index}, or null if that device was never used; any thread. */
    Slot slotOrNull(int index) {
        return slots.get(index);
    }

    /** How many calls are journaled, here and in every slot; under all locks. */
    int journalSize() {
        int size = journal.size();
        for (int i = 0; i < DEVICES.length; i++) {
            Slot s = slots.get(i);
            size += s == null || s.journal == null ? 0 : s.journal.size();
        }
        return size;
    }
}
