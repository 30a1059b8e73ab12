package io.github.wnet4j.fake;

import io.github.wnet4j.BehaviourProfile;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.ConnectionCancellers;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.WNetBackend;
import io.github.wnet4j.WNetFunction;
import io.github.wnet4j.fake.CancelRules.Verdict;
import io.github.wnet4j.fake.LogonTables.Link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
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
 * logon's lock, and the journal is appended inside that step, so its order is the order the calls
 * took effect. A call that fails changes nothing but the journal and, for
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

    private final BehaviourProfile profile;
    private final Object lock = new Object();
    private final LogonTables tables = new LogonTables();
    private final List<JournalEntry> journal = new ArrayList<>();
    private long lastSequence;
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
        return connectDevice(device, remoteName, o -> { });
    }

    /**
     * Redirects {@code device} to {@code remoteName} as {@code options} says; a persistent
     * connection is also remembered in the profile (replacing what it remembered for the device).
     *
     * @throws IllegalArgumentException if {@code device} is not a device, {@code remoteName} not a
     *     remote name, or the device is already redirected
     */
    public FakeLogon connectDevice(String device, String remoteName, Consumer<ConnectionOptions> options) {
        String dev = requireDevice(device);
        String remote = requireRemoteName(remoteName);
        ConnectionOptions o = optionsFrom(options);
        synchronized (lock) {
            Link existing = tables.devices.get(dev);
            if (existing != null) {
                throw new IllegalArgumentException(dev + " is already redirected to " + existing.remoteName()
                        + "; seed another device, or cancel " + dev + " first");
            }
            tables.devices.put(dev, new Link(dev, remote, o.openFileCount(), o.isUsedByProcess()));
            if (o.isPersistent()) {
                tables.remembered.put(dev, remote);
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
        synchronized (lock) {
            String key = CancelRules.fold(remote);
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
        String dev = requireDevice(device);
        String remote = requireRemoteName(remoteName);
        synchronized (lock) {
            if (tables.remembered.containsKey(dev)) {
                throw new IllegalArgumentException(dev + " is already remembered (as " + tables.remembered.get(dev)
                        + "); seed another device");
            }
            if (tables.devices.containsKey(dev)) {
                throw new IllegalArgumentException(dev + " is redirected now, so remember() would not make a "
                        + "remembered-only entry; seed a persistent connection with connectDevice(device, remoteName, o -> o.persistent())");
            }
            tables.remembered.put(dev, remote);
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
        synchronized (lock) {
            tables.profileFault = fault;
        }
        return this;
    }

    /** Makes the profile healthy again. */
    public FakeLogon clearProfileFault() {
        synchronized (lock) {
            tables.profileFault = null;
        }
        return this;
    }

    /**
     * Makes the provider fail calls with {@code error}, as its mode says (replacing any armed error;
     * {@code afterCalls} counts from now).
     */
    public FakeLogon armProviderError(ProviderError error) {
        Objects.requireNonNull(error, "error: build one with ProviderError.of(...), or call disarmProviderError()");
        synchronized (lock) {
            tables.providerError = error;
            tables.providerCalls = 0;
        }
        return this;
    }

    /** Stops an armed provider error from failing further calls. */
    public FakeLogon disarmProviderError() {
        synchronized (lock) {
            tables.providerError = null;
            tables.providerCalls = 0;
        }
        return this;
    }

    /** Takes the network away (every call then answers {@code ERROR_NO_NETWORK}) or brings it back; connections stay. */
    public FakeLogon networkPresent(boolean present) {
        synchronized (lock) {
            tables.networkPresent = present;
        }
        return this;
    }

    /**
     * The next logon: every live connection ends, and each remembered entry comes back as a live
     * redirection with nothing open and not in use, unless the network is absent, when the entries
     * stay remembered only.
     */
    public FakeLogon nextLogon() {
        synchronized (lock) {
            tables.devices.clear();
            tables.deviceless.clear();
            if (tables.networkPresent) {
                tables.remembered.forEach((dev, remote) -> tables.devices.put(dev, new Link(dev, remote, 0, false)));
            }
        }
        return this;
    }

    // ---------------------------------------------------------------- queries

    /** Whether {@code device} is redirected now (a live connection, not just remembered). */
    public boolean isConnected(String device) {
        return remoteNameOf(device).isPresent();
    }

    /** The remote name {@code device} is redirected to now, or empty. */
    public Optional<String> remoteNameOf(String device) {
        Optional<String> dev = CancelRules.device(device);
        synchronized (lock) {
            return dev.map(tables.devices::get).map(Link::remoteName);
        }
    }

    /** Whether the profile remembers {@code device}, connected now or not. */
    public boolean isRemembered(String device) {
        return rememberedRemoteName(device).isPresent();
    }

    /** The remote name the profile remembers for {@code device}, or empty. */
    public Optional<String> rememberedRemoteName(String device) {
        Optional<String> dev = CancelRules.device(device);
        synchronized (lock) {
            return dev.map(tables.remembered::get);
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
        synchronized (lock) {
            Link link = findLive(deviceOrRemoteName);
            return link == null ? 0 : link.openFiles();
        }
    }

    /** The connection state now, as an immutable value. */
    public LogonState snapshot() {
        synchronized (lock) {
            List<Connection> devices = new ArrayList<>();
            for (Link link : tables.devices.values()) {
                String remembered = tables.remembered.get(link.device());
                boolean persistent = remembered != null && CancelRules.fold(remembered).equals(CancelRules.fold(link.remoteName()));
                devices.add(new Connection(link.device(), link.remoteName(), persistent, link.openFiles(), link.inUse()));
            }
            List<Connection> deviceless = new ArrayList<>();
            for (Link link : tables.deviceless.values()) {
                deviceless.add(new Connection(null, link.remoteName(), false, link.openFiles(), link.inUse()));
            }
            return new LogonState(devices, deviceless, Map.copyOf(tables.remembered), tables.networkPresent);
        }
    }

    /** Every call answered since the logon was made or the journal cleared, in the order they took effect. */
    public List<JournalEntry> journal() {
        synchronized (lock) {
            return List.copyOf(journal);
        }
    }

    /** Empties the journal; sequence numbers keep counting. */
    public FakeLogon clearJournal() {
        synchronized (lock) {
            journal.clear();
        }
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

    /** One call, as one atomic step: decide, apply, remember the thread's extended error, journal. */
    private int answer(WNetFunction function, String name, int flags, boolean force) {
        Objects.requireNonNull(name, "name");
        synchronized (lock) {
            Verdict verdict = CancelRules.cancel(tables, profile, name, flags, force);
            if (verdict.extendedError() != null) {
                lastExtendedError.set(verdict.extendedError());
            }
            journal.add(new JournalEntry(++lastSequence, function, name, flags, force, verdict.code(),
                    verdict.extendedError(), Thread.currentThread().getName()));
            return verdict.code();
        }
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
        synchronized (lock) {
            Link link = findLive(deviceOrRemoteName);
            if (link == null) {
                throw new IllegalArgumentException("no live connection named \"" + deviceOrRemoteName + "\": seed it first with "
                        + "connectDevice(...) for a device or connectDeviceless(...) for a remote name, or pass its options there");
            }
            Link changed = change.apply(link);
            if (link.device() != null) {
                tables.devices.put(link.device(), changed);
            } else {
                tables.deviceless.put(CancelRules.fold(link.remoteName()), changed);
            }
        }
        return this;
    }

    /** The live connection a device or (deviceless) remote name names, or null; under the lock. */
    private Link findLive(String deviceOrRemoteName) {
        Optional<String> dev = CancelRules.device(deviceOrRemoteName);
        if (dev.isPresent()) {
            return tables.devices.get(dev.get());
        }
        return tables.deviceless.get(CancelRules.fold(deviceOrRemoteName));
    }

    private static ConnectionOptions optionsFrom(Consumer<ConnectionOptions> options) {
        Objects.requireNonNull(options, "options: pass o -> { } for a plain connection");
        ConnectionOptions o = new ConnectionOptions();
        options.accept(o);
        return o;
    }

    private static String requireDevice(String device) {
        Objects.requireNonNull(device, "device");
        return CancelRules.device(device).orElseThrow(() -> new IllegalArgumentException("\"" + device
                + "\" is not a device: pass a drive \"A:\" to \"Z:\" or a print device \"LPT1:\" to \"LPT9:\" "
                + "(no trailing backslash); for a remote name use connectDeviceless(...)"));
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
        synchronized (lock) { // one consistent view: the lock is reentrant
            return "FakeLogon[" + profile.name() + ": " + snapshot()
                    + (tables.profileFault == null ? "" : ", profile fault " + tables.profileFault)
                    + (tables.providerError == null ? "" : ", " + tables.providerError)
                    + ", " + journal.size() + " calls journaled]";
        }
    }
}
