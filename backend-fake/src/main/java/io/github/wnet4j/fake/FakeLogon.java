package io.github.wnet4j.fake;

import io.github.wnet4j.BehaviourProfile;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.ConnectionCancellers;
import io.github.wnet4j.fake.LogonTables.Link;
import io.github.wnet4j.spi.Names;
import io.github.wnet4j.spi.WNetBackend;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An in-memory model of one Windows logon's network connections: live device redirections,
 * deviceless connections, the remembered entries of the user profile, and the network itself. It
 * answers {@code WNetCancelConnection2} and {@code WNetCancelConnection} as the default decisions of
 * docs/specification.md say, and the disputed points as its {@link BehaviourProfile} says.
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

    private final BehaviourProfile profile;
    /** The state and its locks. */
    private final LogonTables tables = new LogonTables();
    private final WNetBackend backend;
    private final ConnectionCanceller canceller;

    private FakeLogon(BehaviourProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.backend = new FakeBackend(this, tables, profile);
        this.canceller = ConnectionCancellers.over("fake", backend);
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
        return seedDevice(LogonTables.requireDevice(device), requireRemoteName(remoteName), 0, false, false);
    }

    /**
     * Redirects {@code device} to {@code remoteName} as {@code options} says; a persistent
     * connection is also remembered in the profile (replacing what it remembered for the device).
     *
     * @throws IllegalArgumentException if {@code device} is not a device, {@code remoteName} not a
     *     remote name, or the device is already redirected
     */
    public FakeLogon connectDevice(String device, String remoteName, Consumer<ConnectionOptions> options) {
        int index = LogonTables.requireDevice(device);
        String remote = requireRemoteName(remoteName);
        ConnectionOptions o = optionsFrom(options);
        return seedDevice(index, remote, o.openFileCount(), o.isUsedByProcess(), o.isPersistent());
    }

    private FakeLogon seedDevice(int index, String remote, int openFiles, boolean inUse, boolean persistent) {
        String dev = LogonTables.DEVICES[index];
        LogonTables.Slot slot = tables.slot(index);
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
        String key = Names.fold(remote);
        return tables.underLogonLock(() -> { // deviceless connections are guarded by the logon's lock alone
            Link existing = tables.deviceless.get(key);
            if (existing != null) {
                throw new IllegalArgumentException("there is already a deviceless connection to " + existing.remoteName()
                        + " (Windows keeps at most one per remote name); change it with openFiles(...) or usedByProcess(...)");
            }
            tables.deviceless.put(key, new Link(null, remote, o.openFileCount(), o.isUsedByProcess()));
            return this;
        });
    }

    /**
     * A remembered profile entry for {@code device} with no live connection, as after a logon while
     * the server was unreachable.
     *
     * @throws IllegalArgumentException if {@code device} is not a device, {@code remoteName} not a
     *     remote name, or the device is already remembered or redirected
     */
    public FakeLogon remember(String device, String remoteName) {
        int index = LogonTables.requireDevice(device);
        String dev = LogonTables.DEVICES[index];
        String remote = requireRemoteName(remoteName);
        LogonTables.Slot slot = tables.slot(index);
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
        tables.changeLive(deviceOrRemoteName, link -> link.withOpenFiles(count));
        return this;
    }

    /**
     * Marks a live connection as used by an active process, or not.
     *
     * @param device a redirected device, or the remote name of a deviceless connection
     * @throws IllegalArgumentException if there is no such live connection
     */
    public FakeLogon usedByProcess(String device, boolean inUse) {
        tables.changeLive(device, link -> link.withInUse(inUse));
        return this;
    }

    /** Makes every later call that must update the profile fail with {@code fault}, until {@link #clearProfileFault()}. */
    public FakeLogon armProfileFault(ProfileFault fault) {
        Objects.requireNonNull(fault, "fault: pass ProfileFault.CANNOT_OPEN or MALFORMED, or call clearProfileFault()");
        tables.underAllLocks(() -> tables.profileFault = fault);
        return this;
    }

    /** Makes the profile healthy again. */
    public FakeLogon clearProfileFault() {
        tables.underAllLocks(() -> tables.profileFault = null);
        return this;
    }

    /**
     * Makes the provider fail calls with {@code error}, as its mode says (replacing any armed error;
     * {@code afterCalls} counts from now).
     */
    public FakeLogon armProviderError(ProviderError error) {
        Objects.requireNonNull(error, "error: build one with ProviderError.of(...), or call disarmProviderError()");
        return armedProviderError(error);
    }

    /** Stops an armed provider error from failing further calls. */
    public FakeLogon disarmProviderError() {
        return armedProviderError(null);
    }

    /** Takes the network away (every call then answers {@code ERROR_NO_NETWORK}) or brings it back; connections stay. */
    public FakeLogon networkPresent(boolean present) {
        tables.underAllLocks(() -> tables.networkPresent = present);
        return this;
    }

    /**
     * The next logon: every live connection ends, and each remembered entry comes back as a live
     * redirection with nothing open and not in use, unless the network is absent, when the entries
     * stay remembered only.
     */
    public FakeLogon nextLogon() {
        tables.underAllLocks(() -> {
            tables.nextLogon();
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
        LogonTables.Slot slot = tables.existingSlot(device);
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
        LogonTables.Slot slot = tables.existingSlot(device);
        if (slot == null) {
            return Optional.empty();
        }
        synchronized (slot) {
            return Optional.ofNullable(slot.remembered);
        }
    }

    /** Whether there is a deviceless connection to {@code remoteName}. */
    public boolean hasDevicelessConnection(String remoteName) {
        String key = Names.fold(remoteName);
        return tables.underLogonLock(() -> tables.deviceless.containsKey(key));
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
        String key = Names.fold(remoteName);
        return connections().stream().filter(c -> Names.fold(c.remoteName()).equals(key)).toList();
    }

    /**
     * Open files (or print jobs) on a live connection.
     *
     * @param deviceOrRemoteName a device, or the remote name of a deviceless connection
     * @return the count, or 0 if there is no such live connection
     */
    public int openFiles(String deviceOrRemoteName) {
        Objects.requireNonNull(deviceOrRemoteName, "deviceOrRemoteName");
        return tables.openFiles(deviceOrRemoteName);
    }

    /** The connection state now, as an immutable value. */
    public LogonState snapshot() {
        return tables.underAllLocks(tables::snapshot);
    }

    /**
     * Every call answered since the logon was made or the journal cleared, in the order they took
     * effect. Taken under all locks, so no call is half-way: every number handed out has its entry.
     */
    public List<JournalEntry> journal() {
        return tables.underAllLocks(tables::journalEntries);
    }

    /** Empties the journal; sequence numbers keep counting. */
    public FakeLogon clearJournal() {
        tables.underAllLocks(() -> {
            tables.clearJournal();
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

    // ---------------------------------------------------------------- helpers

    /** Arms {@code error} (null: disarms), its call count starting from now. */
    private FakeLogon armedProviderError(ProviderError error) {
        tables.underAllLocks(() -> {
            tables.providerError = error;
            tables.providerCalls = 0;
            return null;
        });
        return this;
    }

    private static ConnectionOptions optionsFrom(Consumer<ConnectionOptions> options) {
        Objects.requireNonNull(options, "options: pass o -> { } for a plain connection");
        ConnectionOptions o = new ConnectionOptions();
        options.accept(o);
        return o;
    }

    private static String requireRemoteName(String remoteName) {
        Objects.requireNonNull(remoteName, "remoteName");
        if (!Names.isRemoteName(remoteName) || remoteName.length() == 2) {
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
        return tables.underAllLocks(() -> // one consistent view: the monitors are reentrant
                "FakeLogon[" + profile.name() + ": " + snapshot()
                        + (tables.profileFault == null ? "" : ", profile fault " + tables.profileFault)
                        + (tables.providerError == null ? "" : ", " + tables.providerError)
                        + ", " + tables.journalSize() + " calls journaled]");
    }
}
