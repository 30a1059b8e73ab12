package io.github.wnet4j.fake;

import io.github.wnet4j.BehaviourProfile;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.ConnectionCancellers;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.WNetFunction;
import io.github.wnet4j.fake.CancelRules.Verdict;
import io.github.wnet4j.fake.LogonTables.Link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * An in-memory model of one Windows logon's network connections: live device redirections,
 * deviceless connections, the remembered entries of the user profile, and the network itself. It
 * answers {@code WNetCancelConnection2} and {@code WNetCancelConnection} as behaviour.md's default
 * decisions say, and the disputed points as its {@link BehaviourProfile} says.
 *
 * <pre>{@code
 * FakeLogon logon = FakeLogon.create()
 *         .connectDevice("Z:", "\\\\srv\\share", o -> o.persistent().openFiles(2));
 * ConnectionCanceller canceller = logon.canceller();
 * canceller.cancelConnection2("Z:", Set.of(), false);   // ERROR_OPEN_FILES; nothing changes
 * canceller.cancelConnection2("Z:", Set.of(), true);    // NO_ERROR; Z: still remembered
 * logon.nextLogon();                                    // Z: is back
 * }</pre>
 *
 * <p>Thread-safe and linearizable: every call and every seeding method is one atomic step under the
 * locks of the state it touches (each device has its own, so calls on different devices run in
 * parallel), and the journal entry is made inside that step, so the journal's order is the order
 * the calls took effect. A call that fails changes nothing but the journal and, for
 * {@code ERROR_EXTENDED_ERROR}, the calling thread's extended error. Names compare
 * case-insensitively; devices are {@code A:}-{@code Z:} and {@code LPT1:}-{@code LPT9:}
 * ({@code LPT1} without the colon too).
 *
 * <p>Seeding methods return this logon, and reject bad input with an {@link IllegalArgumentException}
 * that says what to do instead.
 */
public final class FakeLogon {

    /** The JVM-wide instance, made on first use. */
    private static final class Shared {
        static final FakeLogon INSTANCE = create();
    }

    private static final ExtendedError NO_EXTENDED_ERROR = new ExtendedError(0, "", "");

    /** Where {@link #sequence} keeps the last call number: 64 bytes from either end of the array. */
    private static final int SEQUENCE_INDEX = 8;

    private final BehaviourProfile profile;
    /** The logon's lock; see {@link LogonTables} for what it and each device's monitor guard. */
    private final Object lock = new Object();
    private final LogonTables tables = new LogonTables();
    /**
     * The last call number, at {@link #SEQUENCE_INDEX}. Every call on every device writes it, so it
     * sits alone on its cache line rather than beside fields every call reads.
     */
    private final AtomicLongArray sequence = new AtomicLongArray(2 * SEQUENCE_INDEX + 1);
    /** Per thread and per logon, as WNetGetLastError is per thread. */
    private final ThreadLocal<ExtendedError> lastExtendedError = new ThreadLocal<>();
    private final WNetBackend backend = new Backend();
    private final ConnectionCanceller canceller = ConnectionCancellers.over("fake", backend);

    private FakeLogon(BehaviourProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    /** An empty logon (network present, nothing connected) under {@link BehaviourProfile#documented()}. */
    public static FakeLogon create() {
        return create(BehaviourProfile.documented());
    }

    /** An empty logon (network present, nothing connected) that settles the disputed points as {@code profile} says. */
    public static FakeLogon create(BehaviourProfile profile) {
        return new FakeLogon(profile);
    }

    /**
     * The JVM-wide logon, under the documented profile, that the ServiceLoader provider
     * {@code "fake"} serves ({@code ConnectionCancellers.named("fake")}). Tests that use it share it:
     * seed names of your own and cancel them afterwards.
     */
    public static FakeLogon shared() {
        return Shared.INSTANCE;
    }

    /** How this logon settles the points where sources disagree. */
    public BehaviourProfile profile() {
        return profile;
    }

    // ---------------------------------------------------------------- seeding

    /**
     * Redirects {@code device} to {@code remoteName}: not persistent, nothing open, not in use.
     *
     * @throws IllegalArgumentException if {@code device} is not a device, {@code remoteName} not a
     *     remote name, or the device is already redirected
     */
    public FakeLogon connectDevice(String device, String remoteName) {
        return seedDevice(requireDevice(device), requireRemoteName(remoteName), 0, false, false);
    }

    /**
     * Redirects {@code device} to {@code remoteName} as {@code options} says; a persistent
     * connection is also remembered in the profile (replacing what it remembered for the device).
     *
     * @throws IllegalArgumentException if {@code device} is not a device, {@code remoteName} not a
     *     remote name, or the device is already redirected
     */
    public FakeLogon connectDevice(String device, String remoteName, Consumer<ConnectionOptions> options) {
        int index = requireDevice(device);
        String remote = requireRemoteName(remoteName);
        ConnectionOptions o = optionsFrom(options);
        return seedDevice(index, remote, o.openFileCount(), o.isUsedByProcess(), o.isPersistent());
    }

    private FakeLogon seedDevice(int index, String remote, int openFiles, boolean inUse, boolean persistent) {
        String dev = LogonTables.DEVICES[index];
        LogonTables.Slot slot = slot(index);
        synchronized (slot) {
            if (slot.live != null) {
                throw new IllegalArgumentException(dev + " is already redirected to " + slot.live.remoteName()
                        + "; seed another device, or cancel " + dev + " first");
            }
            slot.live = new Link(dev, remote, openFiles, inUse);
            if (persistent) {
                slot.remembered = remote;
            }
        }
        return this;
    }

    /**
     * Connects to {@code remoteName} without a local device: nothing open, not in use.
     *
     * @throws IllegalArgumentException if {@code remoteName} is not a remote name or already has a
     *     deviceless connection
     */
    public FakeLogon connectDeviceless(String remoteName) {
        return connectDeviceless(remoteName, o -> { });
    }

    /**
     * Connects to {@code remoteName} without a local device, as {@code options} says.
     *
     * @throws IllegalArgumentException if {@code remoteName} is not a remote name, already has a
     *     deviceless connection, or {@code options} asks for a persistent one (Windows remembers only devices)
     */
    public FakeLogon connectDeviceless(String remoteName, Consumer<ConnectionOptions> options) {
        String remote = requireRemoteName(remoteName);
        ConnectionOptions o = optionsFrom(options);
        if (o.isPersistent()) {
            throw new IllegalArgumentException("a deviceless connection to " + remote + " cannot be persistent: "
                    + "the profile remembers only devices; drop persistent(), or connect a device persistently");
        }
        String key = CancelRules.fold(remote);
        synchronized (lock) { // deviceless connections are guarded by the logon's lock alone
            Link existing = tables.deviceless.get(key);
            if (existing != null) {
                throw new IllegalArgumentException("there is already a deviceless connection to " + existing.remoteName()
                        + " (Windows keeps at most one per remote name); change it with openFiles(...) or usedByProcess(...)");
            }
            tables.deviceless.put(key, new Link(null, remote, o.openFileCount(), o.isUsedByProcess()));
        }
        return this;
    }

    /**
     * A remembered profile entry for {@code device} with no live connection, as after a logon while
     * the server was unreachable.
     *
     * @throws IllegalArgumentException if {@code device} is not a device, {@code remoteName} not a
     *     remote name, or the device is already remembered or redirected
     */
    public FakeLogon remember(String device, String remoteName) {
        int index = requireDevice(device);
        String dev = LogonTables.DEVICES[index];
        String remote = requireRemoteName(remoteName);
        LogonTables.Slot slot = slot(index);
        synchronized (slot) {
            if (slot.remembered != null) {
                throw new IllegalArgumentException(dev + " is already remembered (as " + slot.remembered
                        + "); seed another device");
            }
            if (slot.live != null) {
                throw new IllegalArgumentException(dev + " is redirected now, so remember() would not make a "
                        + "remembered-only entry; seed a persistent connection with connectDevice(device, remoteName, o -> o.persistent())");
            }
            slot.remembered = remote;
        }
        return this;
    }

    /**
     * Sets the open files (print jobs, on a print device) of a live connection.
     *
     * @param deviceOrRemoteName a redirected device, or the remote name of a deviceless connection
     * @throws IllegalArgumentException if {@code count} is negative or there is no such live connection
     */
    public FakeLogon openFiles(String deviceOrRemoteName, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("open files (or print jobs) must be 0 or more: " + count);
        }
        return changeLive(deviceOrRemoteName, link -> link.withOpenFiles(count));
    }

    /**
     * Marks a live connection as used by an active process, or not.
     *
     * @param device a redirected device, or the remote name of a deviceless connection
     * @throws IllegalArgumentException if there is no such live connection
     */
    public FakeLogon usedByProcess(String device, boolean inUse) {
        return changeLive(device, link -> link.withInUse(inUse));
    }

    /** Makes every later call that must update the profile fail with {@code fault}, until {@link #clearProfileFault()}. */
    public FakeLogon armProfileFault(ProfileFault fault) {
        Objects.requireNonNull(fault, "fault: pass ProfileFault.CANNOT_OPEN or MALFORMED, or call clearProfileFault()");
        underAllLocks(() -> tables.profileFault = fault);
        return this;
    }

    /** Makes the profile healthy again. */
    public FakeLogon clearProfileFault() {
        underAllLocks(() -> tables.profileFault = null);
        return this;
    }

    /**
     * Makes the provider fail calls with {@code error}, as its mode says (replacing any armed error;
     * {@code afterCalls} counts from now).
     */
    public FakeLogon armProviderError(ProviderError error) {
        Objects.requireNonNull(error, "error: build one with ProviderError.of(...), or call disarmProviderError()");
        underAllLocks(() -> {
            tables.providerError = error;
            tables.providerCalls = 0;
            return null;
        });
        return this;
    }

    /** Stops an armed provider error from failing further calls. */
    public FakeLogon disarmProviderError() {
        underAllLocks(() -> {
            tables.providerError = null;
            tables.providerCalls = 0;
            return null;
        });
        return this;
    }

    /** Takes the network away (every call then answers {@code ERROR_NO_NETWORK}) or brings it back; connections stay. */
    public FakeLogon networkPresent(boolean present) {
        underAllLocks(() -> tables.networkPresent = present);
        return this;
    }

    /**
     * The next logon: every live connection ends, and each remembered entry comes back as a live
     * redirection with nothing open and not in use, unless the network is absent, when the entries
     * stay remembered only.
     */
    public FakeLogon nextLogon() {
        underAllLocks(() -> {
            tables.deviceless.clear();
            for (int i = 0; i < LogonTables.DEVICES.length; i++) {
                LogonTables.Slot slot = tables.slotOrNull(i);
                if (slot != null) {
                    slot.live = tables.networkPresent && slot.remembered != null
                            ? new Link(LogonTables.DEVICES[i], slot.remembered, 0, false) : null;
                }
            }
            return null;
        });
        return this;
    }

    // ---------------------------------------------------------------- queries

    /** Whether {@code device} is redirected now (a live connection, not just remembered). */
    public boolean isConnected(String device) {
        return remoteNameOf(device).isPresent();
    }

    /** The remote name {@code device} is redirected to now, or empty. */
    public Optional<String> remoteNameOf(String device) {
        LogonTables.Slot slot = existingSlot(device);
        if (slot == null) {
            return Optional.empty();
        }
        synchronized (slot) {
            return Optional.ofNullable(slot.live).map(Link::remoteName);
        }
    }

    /** Whether the profile remembers {@code device}, connected now or not. */
    public boolean isRemembered(String device) {
        return rememberedRemoteName(device).isPresent();
    }

    /** The remote name the profile remembers for {@code device}, or empty. */
    public Optional<String> rememberedRemoteName(String device) {
        LogonTables.Slot slot = existingSlot(device);
        if (slot == null) {
            return Optional.empty();
        }
        synchronized (slot) {
            return Optional.ofNullable(slot.remembered);
        }
    }

    /** Whether there is a deviceless connection to {@code remoteName}. */
    public boolean hasDevicelessConnection(String remoteName) {
        String key = CancelRules.fold(remoteName);
        synchronized (lock) {
            return tables.deviceless.containsKey(key);
        }
    }

    /** Every live connection: device redirections by device, then deviceless connections. */
    public List<Connection> connections() {
        LogonState state = snapshot();
        List<Connection> all = new ArrayList<>(state.deviceConnections());
        all.addAll(state.devicelessConnections());
        return List.copyOf(all);
    }

    /** The live connections, with a device or without, to {@code remoteName}. */
    public List<Connection> connectionsTo(String remoteName) {
        String key = CancelRules.fold(remoteName);
        return connections().stream().filter(c -> CancelRules.fold(c.remoteName()).equals(key)).toList();
    }

    /**
     * Open files (or print jobs) on a live connection.
     *
     * @param deviceOrRemoteName a device, or the remote name of a deviceless connection
     * @return the count, or 0 if there is no such live connection
     */
    public int openFiles(String deviceOrRemoteName) {
        Objects.requireNonNull(deviceOrRemoteName, "deviceOrRemoteName");
        if (CancelRules.deviceIndex(deviceOrRemoteName) >= 0) {
            LogonTables.Slot slot = existingSlot(deviceOrRemoteName);
            if (slot == null) {
                return 0;
            }
            synchronized (slot) {
                return slot.live == null ? 0 : slot.live.openFiles();
            }
        }
        String key = CancelRules.fold(deviceOrRemoteName);
        synchronized (lock) {
            Link link = tables.deviceless.get(key);
            return link == null ? 0 : link.openFiles();
        }
    }

    /** The connection state now, as an immutable value. */
    public LogonState snapshot() {
        return underAllLocks(() -> {
            List<Connection> devices = new ArrayList<>();
            TreeMap<String, String> remembered = new TreeMap<>();
            for (int i = 0; i < LogonTables.DEVICES.length; i++) {
                LogonTables.Slot slot = tables.slotOrNull(i);
                if (slot == null) {
                    continue;
                }
                Link link = slot.live;
                if (link != null) {
                    boolean persistent = slot.remembered != null
                            && CancelRules.fold(slot.remembered).equals(CancelRules.fold(link.remoteName()));
                    devices.add(new Connection(link.device(), link.remoteName(), persistent, link.openFiles(), link.inUse()));
                }
                if (slot.remembered != null) {
                    remembered.put(LogonTables.DEVICES[i], slot.remembered);
                }
            }
            List<Connection> deviceless = new ArrayList<>();
            for (Link link : tables.deviceless.values()) {
                deviceless.add(new Connection(null, link.remoteName(), false, link.openFiles(), link.inUse()));
            }
            return new LogonState(devices, deviceless, remembered, tables.networkPresent);
        });
    }

    /**
     * Every call answered since the logon was made or the journal cleared, in the order they took
     * effect. Taken under all locks, so no call is half-way: every number handed out has its entry.
     */
    public List<JournalEntry> journal() {
        return underAllLocks(() -> {
            List<JournalEntry> all = new ArrayList<>(tables.journal);
            for (int i = 0; i < LogonTables.DEVICES.length; i++) {
                LogonTables.Slot slot = tables.slotOrNull(i);
                if (slot != null && slot.journal != null) {
                    all.addAll(slot.journal);
                }
            }
            all.sort(Comparator.comparingLong(JournalEntry::sequence));
            return List.copyOf(all);
        });
    }

    /** Empties the journal; sequence numbers keep counting. */
    public FakeLogon clearJournal() {
        underAllLocks(() -> {
            tables.journal.clear();
            for (int i = 0; i < LogonTables.DEVICES.length; i++) {
                LogonTables.Slot slot = tables.slotOrNull(i);
                if (slot != null && slot.journal != null) {
                    slot.journal.clear();
                }
            }
            return null;
        });
        return this;
    }

    // ---------------------------------------------------------------- the calls

    /** The raw SPI over this logon, for {@link ConnectionCancellers#over} or a native test double to serve. */
    public WNetBackend backend() {
        return backend;
    }

    /** A validating canceller over {@link #backend()}, named {@code "fake"}. */
    public ConnectionCanceller canceller() {
        return canceller;
    }

    /**
     * One call, as one atomic step: decide, apply, remember the thread's extended error, journal. A
     * call on a device, while no provider error is armed, needs only that device's monitor; anything
     * else (remote names, other names, an armed provider error, whose call count every call shares)
     * is decided under all locks.
     */
    private int answer(WNetFunction function, String name, int flags, boolean force) {
        Objects.requireNonNull(name, "name");
        int index = CancelRules.deviceIndex(name);
        if (index >= 0) {
            LogonTables.Slot slot = slot(index);
            synchronized (slot) {
                // Logon-wide fields are written only under all locks, this monitor included: stable here.
                if (tables.providerError == null) {
                    Verdict verdict = CancelRules.cancelDevice(tables, slot, profile, flags, force);
                    slot.journal(journalEntry(function, name, flags, force, verdict));
                    return verdict.code();
                }
            }
        }
        return underAllLocks(() -> {
            Verdict verdict = CancelRules.cancel(tables, profile, name, flags, force);
            if (verdict.extendedError() != null) {
                lastExtendedError.set(verdict.extendedError());
            }
            tables.journal.add(journalEntry(function, name, flags, force, verdict));
            return verdict.code();
        });
    }

    /** The journal entry of a call; numbered here, inside the call's atomic step. */
    private JournalEntry journalEntry(WNetFunction function, String name, int flags, boolean force, Verdict verdict) {
        return new JournalEntry(sequence.incrementAndGet(SEQUENCE_INDEX), function, name, flags, force, verdict.code(),
                verdict.extendedError(), Thread.currentThread().getName());
    }

    /** The SPI; a separate object so that FakeLogon's own surface stays the seeding and query API. */
    private final class Backend implements WNetBackend {
        @Override
        public int cancelConnection2(String name, int flags, boolean force) {
            return answer(WNetFunction.CANCEL_CONNECTION2, name, flags, force);
        }

        @Override
        public int cancelConnection(String name, boolean force) {
            return answer(WNetFunction.CANCEL_CONNECTION, name, CancelRules.legacyFlags(profile), force);
        }

        @Override
        public ExtendedError lastExtendedError() {
            ExtendedError error = lastExtendedError.get();
            return error == null ? NO_EXTENDED_ERROR : error;
        }

        @Override
        public String toString() {
            return "WNetBackend over " + FakeLogon.this;
        }
    }

    // ---------------------------------------------------------------- helpers

    private FakeLogon changeLive(String deviceOrRemoteName, UnaryOperator<Link> change) {
        Objects.requireNonNull(deviceOrRemoteName, "deviceOrRemoteName");
        if (CancelRules.deviceIndex(deviceOrRemoteName) >= 0) {
            LogonTables.Slot slot = existingSlot(deviceOrRemoteName);
            if (slot == null) {
                throw noLiveConnection(deviceOrRemoteName);
            }
            synchronized (slot) {
                Link link = slot.live;
                if (link == null) {
                    throw noLiveConnection(deviceOrRemoteName);
                }
                slot.live = change.apply(link);
            }
            return this;
        }
        String key = CancelRules.fold(deviceOrRemoteName);
        synchronized (lock) {
            Link link = tables.deviceless.get(key);
            if (link == null) {
                throw noLiveConnection(deviceOrRemoteName);
            }
            tables.deviceless.put(key, change.apply(link));
        }
        return this;
    }

    private static IllegalArgumentException noLiveConnection(String deviceOrRemoteName) {
        return new IllegalArgumentException("no live connection named \"" + deviceOrRemoteName + "\": seed it first with "
                + "connectDevice(...) for a device or connectDeviceless(...) for a remote name, or pass its options there");
    }

    /** The slot of a device, created on first use (under the logon's lock, so "all locks" never misses one). */
    private LogonTables.Slot slot(int index) {
        LogonTables.Slot slot = tables.slotOrNull(index);
        if (slot == null) {
            synchronized (lock) {
                slot = tables.slotOrNull(index);
                if (slot == null) {
                    slot = new LogonTables.Slot();
                    tables.slots.set(index, slot);
                }
            }
        }
        return slot;
    }

    /** The slot of {@code device} if it is a device used before, or null (a device never used holds nothing). */
    private LogonTables.Slot existingSlot(String device) {
        int index = CancelRules.deviceIndex(device);
        return index < 0 ? null : tables.slotOrNull(index);
    }

    /**
     * Runs {@code step} holding the logon's lock and every slot's monitor, in that order: the step
     * then excludes every other call, seeding method and query.
     */
    private <T> T underAllLocks(Supplier<T> step) {
        synchronized (lock) {
            return underSlotsFrom(0, step);
        }
    }

    /** Monitors can only nest, so each existing slot's is taken one level deeper, in index order. */
    private <T> T underSlotsFrom(int index, Supplier<T> step) {
        for (int i = index; i < LogonTables.DEVICES.length; i++) {
            LogonTables.Slot slot = tables.slotOrNull(i);
            if (slot != null) {
                synchronized (slot) {
                    return underSlotsFrom(i + 1, step);
                }
            }
        }
        return step.get();
    }

    private static ConnectionOptions optionsFrom(Consumer<ConnectionOptions> options) {
        Objects.requireNonNull(options, "options: pass o -> { } for a plain connection");
        ConnectionOptions o = new ConnectionOptions();
        options.accept(o);
        return o;
    }

    /** The device's index in {@link LogonTables#DEVICES}. */
    private static int requireDevice(String device) {
        Objects.requireNonNull(device, "device");
        int index = CancelRules.deviceIndex(device);
        if (index < 0) {
            throw new IllegalArgumentException("\"" + device
                    + "\" is not a device: pass a drive \"A:\" to \"Z:\" or a print device \"LPT1:\" to \"LPT9:\" "
                    + "(no trailing backslash); for a remote name use connectDeviceless(...)");
        }
        return index;
    }

    private static String requireRemoteName(String remoteName) {
        Objects.requireNonNull(remoteName, "remoteName");
        if (!CancelRules.isRemoteName(remoteName) || remoteName.length() == 2) {
            throw new IllegalArgumentException("\"" + remoteName + "\" is not a remote name: pass \\\\server\\share");
        }
        if (remoteName.indexOf('\u0000') >= 0) {
            throw new IllegalArgumentException("remote name holds U+0000, which no Windows name can: remove it");
        }
        return remoteName;
    }

    /** The profile and the state, for test failure messages. */
    @Override
    public String toString() {
        return underAllLocks(() -> // one consistent view: the monitors are reentrant
                "FakeLogon[" + profile.name() + ": " + snapshot()
                        + (tables.profileFault == null ? "" : ", profile fault " + tables.profileFault)
                        + (tables.providerError == null ? "" : ", " + tables.providerError)
                        + ", " + tables.journalSize() + " calls journaled]");
    }
}
