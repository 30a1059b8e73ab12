package io.github.wnet4j.fake;

import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.fake.CancelRules.Verdict;
import io.github.wnet4j.spi.Names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * The mutable state of one user's {@link FakeLogon} sessions and its locking, split so that calls
 * on different devices do not contend. The user owns the profile (remembered entries, the profile
 * fault); each logon session's device map, numbered from 0 (the desktop session's), owns live
 * redirections and deviceless connections; a linked elevated twin shares its desktop session's map
 * number (specification rows S1-S4). One set of locks and one journal serve every session of the
 * user, so the journal's one order spans them. Locking (the invariant every reader and writer keeps):
 *
 * <ul>
 *   <li>A device's state (its live redirection in every device map and its remembered entry) is
 *       guarded by its {@link Slot}'s monitor.</li>
 *   <li>Everything else (deviceless connections, the network, armed faults and errors, which slots
 *       exist) is guarded by the logon's lock, {@link #lock}. The fields here other than
 *       {@link #slots} and the deviceless maps are written only while holding the logon's lock and
 *       every slot's monitor ("all locks", {@link #underAllLocks}), so a call holding just one slot's
 *       monitor reads them safely.</li>
 *   <li>The journal: a call takes its number and appends its entry inside its atomic step, to the
 *       {@link JournalLane} of the lock it holds (its slot's, or {@link #logonLane} under all locks);
 *       under all locks, when every number handed out has its entry in a lane, the lanes are moved
 *       to the {@link Journal}, each entry at its number's place, and it is read, cleared or bounded.</li>
 *   <li>Lock order: the logon's lock, then slot monitors in index order. A slot is created (never
 *       removed) under the logon's lock, so "all locks" is a fixed set while it is held.</li>
 * </ul>
 *
 * A call takes its number from one shared counter ({@link #nextSequence}, one atomic increment)
 * while holding the monitors of all the state it reads or writes: calls on common state are
 * numbered in the order they took effect, calls on disjoint state commute, and a call that returned
 * before another began took the lower number. So number order is a linearization, with no clock
 * involved; the counter is the only memory calls on two devices both write.
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
     * M:-Z:. A slot's index is its device's index here; the order is the fake's lock order, so the
     * mapping from a name to it stays here, after {@link Names#device(String)} has parsed the name.
     * Spelled out: no lambda or string concatenation runs when the class initialises, which keeps a
     * JVM's first call quick.
     */
    static final String[] DEVICES = {
        "A:", "B:", "C:", "D:", "E:", "F:", "G:", "H:", "I:", "J:", "K:", "L:",
        "LPT1:", "LPT2:", "LPT3:", "LPT4:", "LPT5:", "LPT6:", "LPT7:", "LPT8:", "LPT9:",
        "M:", "N:", "O:", "P:", "Q:", "R:", "S:", "T:", "U:", "V:", "W:", "X:", "Y:", "Z:",
    };

    /** Where {@link #sequence} keeps the last call number: 64 bytes from either end of the array. */
    private static final int SEQUENCE_INDEX = 8;

    /**
     * One device's state; guarded by its own monitor. The desktop session's redirection (device map
     * 0, what nearly every call reads) is a field, inside the slot's padding, not an element of a
     * small array of its own that the garbage collector may place beside another device's.
     */
    static class SlotState extends JournalLane {
        /** The live redirection in device map 0, or null. */
        private Link desktopLive;
        /** The live redirection in device map {@code n + 1} at {@code n} (null: none); made and grown on a write. */
        private Link[] otherLive;
        /** The remote name the profile remembers for the device, or null. */
        String remembered;

        /** The live redirection in device map {@code map}, or null. */
        Link live(int map) {
            if (map == 0) {
                return desktopLive;
            }
            return otherLive != null && map <= otherLive.length ? otherLive[map - 1] : null;
        }

        /** Sets (null: ends) the live redirection in device map {@code map}. */
        void live(int map, Link link) {
            if (map == 0) {
                desktopLive = link;
                return;
            }
            if (otherLive == null || map > otherLive.length) {
                if (link == null) {
                    return;
                }
                otherLive = otherLive == null ? new Link[map] : Arrays.copyOf(otherLive, map);
            }
            otherLive[map - 1] = link;
        }

        /** Ends the live redirection in every device map (the next logon). */
        void endAll() {
            desktopLive = null;
            if (otherLive != null) {
                Arrays.fill(otherLive, null);
            }
        }
    }

    /**
     * A {@link SlotState} between 64 bytes of padding on each side ({@link CacheLinePadding} before
     * its fields, these after): superclass fields are laid out first, so neither the object before
     * nor the one after this slot in memory shares a cache line with its fields, and two threads on
     * two devices do not slow each other down through false sharing. (The header, which holds the
     * monitor, still shares its line with the object before.)
     */
    @SuppressWarnings("unused")
    static final class Slot extends SlotState {
        private long p0, p1, p2, p3, p4, p5, p6, p7;
    }

    /** The logon's lock. */
    private final Object lock = new Object();
    /** A slot per device, created on the device's first use, under the logon's lock. */
    private final AtomicReferenceArray<Slot> slots = new AtomicReferenceArray<>(DEVICES.length);
    /** Per device map, deviceless connections keyed by {@link Names#fold(String)} of the remote name: at most one each. */
    private final List<TreeMap<String, Link>> deviceless = new ArrayList<>();
    /** Every call's entry, at its sequence number's place; moved there from the lanes under all locks. */
    private final Journal journal = new Journal();
    /** The lane of the calls made under all locks (each device's is its slot). */
    private final JournalLane logonLane = new JournalLane();
    /** The last call number, at {@link #SEQUENCE_INDEX}: every call writes it, so it sits alone on its cache line. */
    private final AtomicLongArray sequence = new AtomicLongArray(2 * SEQUENCE_INDEX + 1);

    /** The device maps made so far (the desktop session's is 0); under the logon's lock. */
    private int deviceMaps = 1;

    boolean networkPresent = true;
    /** Null when the profile is healthy. */
    ProfileFault profileFault;
    /** Null when no provider error is armed. */
    ProviderError providerError;
    /**
     * Calls that reached the provider since {@link #providerError} was armed; a {@code long}, so an
     * {@code afterCalls} error keeps firing after 2^31 calls (it saturates at {@link Long#MAX_VALUE}).
     */
    long providerCalls;

    /** The index in {@link #DEVICES} of the device {@code name} names, or -1 if it is not a device; allocates nothing. */
    static int deviceIndex(String name) {
        String device = Names.device(name);
        if (device == null) {
            return -1;
        }
        char first = device.charAt(0);
        if (Names.isPrinter(device)) {
            return 12 + device.charAt(3) - '1';
        }
        return first <= 'L' ? first - 'A' : first - 'A' + 9;
    }

    /** The slot of device {@code index}, or null if that device was never used; any thread. */
    Slot slotOrNull(int index) {
        return slots.get(index);
    }

    /** The slot of device {@code index}, created on first use (under the logon's lock, so "all locks" never misses one). */
    Slot slot(int index) {
        Slot slot = slots.get(index);
        if (slot == null) {
            synchronized (lock) {
                slot = slots.get(index);
                if (slot == null) {
                    slot = new Slot();
                    slots.set(index, slot);
                }
            }
        }
        return slot;
    }

    /** Device map {@code map}'s deviceless connections; under the logon's lock. */
    TreeMap<String, Link> deviceless(int map) {
        while (deviceless.size() <= map) {
            deviceless.add(new TreeMap<>());
        }
        return deviceless.get(map);
    }

    /** A fresh, empty device map's number (a session that does not share one, S3). */
    int newDeviceMap() {
        synchronized (lock) {
            return deviceMaps++;
        }
    }

    /** The slot of {@code name} if it is a device used before, or null (a device never used holds nothing). */
    Slot existingSlot(String name) {
        int index = deviceIndex(name);
        return index < 0 ? null : slots.get(index);
    }

    /** Runs {@code step} holding the logon's lock alone (what guards the deviceless connections). */
    <T> T underLogonLock(Supplier<T> step) {
        synchronized (lock) {
            return step.get();
        }
    }

    /**
     * Runs {@code step} holding the logon's lock and every slot's monitor, in that order: the step
     * then excludes every other call, seeding method and query. The monitors are reentrant.
     */
    <T> T underAllLocks(Supplier<T> step) {
        synchronized (lock) {
            return underSlotsFrom(0, step);
        }
    }

    /** Monitors can only nest, so each existing slot's is taken one level deeper, in index order. */
    private <T> T underSlotsFrom(int index, Supplier<T> step) {
        for (int i = index; i < DEVICES.length; i++) {
            Slot slot = slots.get(i);
            if (slot != null) {
                synchronized (slot) {
                    return underSlotsFrom(i + 1, step);
                }
            }
        }
        return step.get();
    }

    /** As {@link #underAllLocks}, for a step that returns nothing. */
    void exclusively(Runnable step) {
        underAllLocks(() -> {
            step.run();
            return null;
        });
    }

    /**
     * Under the device's monitor, the remote name {@code device} is redirected to now or, with
     * {@code remembered}, the one the profile remembers for it; null if none or not a device.
     */
    String deviceState(String device, int map, boolean remembered) {
        Slot slot = existingSlot(device);
        if (slot == null) {
            return null;
        }
        synchronized (slot) {
            Link live = slot.live(map);
            return remembered ? slot.remembered : live == null ? null : live.remoteName();
        }
    }

    /**
     * Applies a verdict's change: to the call's device ({@code device}, -1 for none), to the devices
     * and deviceless connection it names in device map {@code map}, the calling session's, to the
     * user's profile, and to the armed provider error. Caller holds the locks the verdict's call was
     * decided under.
     */
    void apply(Verdict verdict, int device, int map) {
        int changes = verdict.changes();
        if ((changes & (Verdict.DROP_LIVE | Verdict.FORGET)) != 0) {
            SlotState slot = slots.get(device);
            if ((changes & Verdict.DROP_LIVE) != 0) {
                slot.live(map, null);                             // its open files close
            }
            if ((changes & Verdict.FORGET) != 0) {
                slot.remembered = null;
            }
        }
        for (long targets = verdict.devices(); targets != 0; targets &= targets - 1) {
            slots.get(Long.numberOfTrailingZeros(targets)).live(map, null);
        }
        if (verdict.deviceless() != null) {
            deviceless(map).remove(verdict.deviceless());
        }
        if ((changes & Verdict.COUNT_PROVIDER_CALL) != 0 && providerCalls != Long.MAX_VALUE) {
            providerCalls++;
        }
        if ((changes & Verdict.DISARM_PROVIDER_ERROR) != 0) {
            providerError = null;
        }
    }

    /** Device map {@code map}'s connection state now, with the user's profile; under all locks. */
    LogonState snapshot(int map) {
        List<Connection> devices = new ArrayList<>();
        TreeMap<String, String> remembered = new TreeMap<>();
        for (int i = 0; i < DEVICES.length; i++) {
            Slot slot = slots.get(i);
            if (slot == null) {
                continue;
            }
            Link link = slot.live(map);
            if (link != null) {
                devices.add(new Connection(link.device(), link.remoteName(), CancelRules.persistent(link, slot.remembered),
                        link.openFiles(), link.inUse()));
            }
            if (slot.remembered != null) {
                remembered.put(DEVICES[i], slot.remembered);
            }
        }
        List<Connection> devicelessConnections = new ArrayList<>();
        for (Link link : deviceless(map).values()) {
            devicelessConnections.add(new Connection(null, link.remoteName(), false, link.openFiles(), link.inUse()));
        }
        return new LogonState(devices, devicelessConnections, remembered, networkPresent);
    }

    /** Whether there is a deviceless connection to {@code remoteName} (compared per UTF-16 unit); under the logon's lock. */
    boolean hasDeviceless(String remoteName, int map) {
        String key = Names.fold(remoteName);
        synchronized (lock) {
            return deviceless(map).containsKey(key);
        }
    }

    /** Open files (or print jobs) on a live connection, or 0 if there is none; under the lock that guards it. */
    int openFiles(String deviceOrRemoteName, int map) {
        if (deviceIndex(deviceOrRemoteName) >= 0) {
            Slot slot = existingSlot(deviceOrRemoteName);
            if (slot == null) {
                return 0;
            }
            synchronized (slot) {
                Link live = slot.live(map);
                return live == null ? 0 : live.openFiles();
            }
        }
        String key = Names.fold(deviceOrRemoteName);
        synchronized (lock) {
            Link link = deviceless(map).get(key);
            return link == null ? 0 : link.openFiles();
        }
    }

    /**
     * The user's next logon (S7): every session's connections end, deviceless ones too, and
     * {@link CancelRules#atNextLogon} restores each remembered entry in the desktop session's device
     * map (map 0, which a linked elevated twin shares). Under all locks.
     */
    void nextLogon() {
        deviceless.clear();
        for (int i = 0; i < DEVICES.length; i++) {
            Slot slot = slots.get(i);
            if (slot != null) {
                slot.endAll();
                slot.live(0, CancelRules.atNextLogon(DEVICES[i], slot.remembered, networkPresent));
            }
        }
    }

    /** The next call number; taken inside the call's atomic step. */
    long nextSequence() {
        return sequence.incrementAndGet(SEQUENCE_INDEX);
    }

    /** Journals a call made under {@code slot}'s monitor alone, or (null) under all locks; inside its atomic step. */
    void journal(Slot slot, JournalEntry entry) {
        (slot == null ? logonLane : slot).append(entry, journal.limit());
    }

    /** Every journaled call kept, in sequence order; under all locks. */
    List<JournalEntry> journalEntries() {
        journal.settle(slots, logonLane, true);
        return journal.entries(lastSequence());
    }

    /** Empties the journal (and the lanes, unread); under all locks. */
    void clearJournal() {
        journal.settle(slots, logonLane, false);
        journal.clear(lastSequence());
    }

    /** How many calls are journaled; under all locks. */
    int journalSize() {
        return journal.size(lastSequence()); // every number handed out counts, whichever lane holds it
    }

    /** How many entries the journal's bound dropped since the logon was made or the journal cleared; under all locks. */
    long journalDropped() {
        return journal.dropped(lastSequence());
    }

    /** Bounds the journal to the newest {@code limit} entries ({@link Journal#WHOLE}: none); under all locks. */
    void journalLimit(int limit) {
        journal.settle(slots, logonLane, true);
        journal.limit(limit, lastSequence());
    }

    /** For example {@code FakeLogon[documented: devices [...], ..., 3 calls journaled]}; under all locks. */
    String describe(BehaviourProfile profile, String session, int map) {
        int limit = journal.limit();
        return "FakeLogon[" + profile.name() + (map == 0 && "desktop".equals(session) ? "" : ", session " + session)
                + ": " + snapshot(map)
                + (profileFault == null ? "" : ", profile fault " + profileFault)
                + (providerError == null ? "" : ", " + providerError)
                + ", " + journalSize() + " calls journaled" + (limit == Journal.WHOLE ? ""
                : " (" + journalDropped() + " older dropped: the journal keeps the newest " + limit + ")") + "]";
    }

    /** The last call number handed out. */
    private long lastSequence() {
        return sequence.get(SEQUENCE_INDEX);
    }
}
