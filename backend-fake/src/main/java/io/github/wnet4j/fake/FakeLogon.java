package io.github.wnet4j.fake;

import io.github.wnet4j.BehaviourProfile;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.ConnectionCancellers;
import io.github.wnet4j.ConnectionCleanup;
import io.github.wnet4j.ConnectionReader;
import io.github.wnet4j.ConnectionReaders;
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
 * answers the cancel functions and the read functions as the default decisions of
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
    private final ConnectionReader reader;

    private FakeLogon(BehaviourProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.backend = new FakeBackend(this, tables, profile);
        this.canceller = ConnectionCancellers.over("fake", backend);
        this.reader = ConnectionReaders.over("fake", backend);
    }

    /** {@return an empty logon (network present, nothing connected) under {@link BehaviourProfile#documented()}} */
    public static FakeLogon create() {
        return create(BehaviourProfile.documented());
    }

    /**
     * {@return an empty logon (network present, nothing connected) that settles the disputed points as {@code profile} says}
     *
     * @param profile how the logon settles the points where sources disagree
     */
    public static FakeLogon create(BehaviourProfile profile) {
        return new FakeLogon(profile);
    }

    /**
     * The JVM-wide logon, under the documented profile, that the ServiceLoader provider
     * {@code "fake"} serves ({@code ConnectionCancellers.named("fake")}). Tests that use it share it:
     * seed names of your own and cancel them afterwards.
     *
     * @return the JVM-wide logon
     */
    public static FakeLogon shared() {
        return Shared.INSTANCE;
    }

    /** {@return how this logon settles the points where sources disagree} */
    public BehaviourProfile profile() {
        return profile;
    }

    // ---------------------------------------------------------------- seeding

    /**
     * Redirects {@code device} to {@code remoteName}: not persistent, nothing open, not in use.
     *
     * @param device a device, such as {@code Z:} or {@code LPT1:}
     * @param remoteName a remote name, {@code \\server\share}
     * @return this logon
     * @throws IllegalArgumentException if {@code device} is not a device, {@code remoteName} not a
     *     remote name, or the device is already redirected
     */
    public FakeLogon connectDevice(String device, String remoteName) {
        Seeding.device(tables, Seeding.requireDevice(device), Seeding.requireRemoteName(remoteName), new ConnectionOptions());
        return this;
    }

    /**
     * Redirects {@code device} to {@code remoteName} as {@code options} says; a persistent
     * connection is also remembered in the profile (replacing what it remembered for the device).
     *
     * @param device a device, such as {@code Z:} or {@code LPT1:}
     * @param options sets what the connection has: persistent, open files, in use
     * @param remoteName a remote name, {@code \\server\share}
     * @return this logon
     * @throws IllegalArgumentException if {@code device} is not a device, {@code remoteName} not a
     *     remote name, or the device is already redirected
     */
    public FakeLogon connectDevice(String device, String remoteName, Consumer<ConnectionOptions> options) {
        int index = Seeding.requireDevice(device);
        Seeding.device(tables, index, Seeding.requireRemoteName(remoteName), Seeding.options(options));
        return this;
    }

    /**
     * Connects to {@code remoteName} without a local device: nothing open, not in use.
     *
     * @param remoteName a remote name, {@code \\server\share}
     * @return this logon
     * @throws IllegalArgumentException if {@code remoteName} is not a remote name or already has a
     *     deviceless connection
     */
    public FakeLogon connectDeviceless(String remoteName) {
        return connectDeviceless(remoteName, o -> { });
    }

    /**
     * Connects to {@code remoteName} without a local device, as {@code options} says.
     *
     * @param options sets what the connection has: persistent, open files, in use
     * @param remoteName a remote name, {@code \\server\share}
     * @return this logon
     * @throws IllegalArgumentException if {@code remoteName} is not a remote name, already has a
     *     deviceless connection, or {@code options} asks for a persistent one (Windows remembers only devices)
     */
    public FakeLogon connectDeviceless(String remoteName, Consumer<ConnectionOptions> options) {
        Seeding.deviceless(tables, Seeding.requireRemoteName(remoteName), Seeding.options(options));
        return this;
    }

    /**
     * A remembered profile entry for {@code device} with no live connection, as after a logon while
     * the server was unreachable.
     *
     * @param device a device, such as {@code Z:} or {@code LPT1:}
     * @param remoteName a remote name, {@code \\server\share}
     * @return this logon
     * @throws IllegalArgumentException if {@code device} is not a device, {@code remoteName} not a
     *     remote name, or the device is already remembered or redirected
     */
    public FakeLogon remember(String device, String remoteName) {
        Seeding.remember(tables, Seeding.requireDevice(device), Seeding.requireRemoteName(remoteName));
        return this;
    }

    /**
     * Sets the open files (print jobs, on a print device) of a live connection.
     *
     * @param count open files (or print jobs), 0 or more
     * @return this logon
     * @param deviceOrRemoteName a redirected device, or the remote name of a deviceless connection
     * @throws IllegalArgumentException if {@code count} is negative or there is no such live connection
     */
    public FakeLogon openFiles(String deviceOrRemoteName, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("open files (or print jobs) must be 0 or more: " + count);
        }
        Seeding.changeLive(tables, deviceOrRemoteName, link -> link.withOpenFiles(count));
        return this;
    }

    /**
     * Marks a live connection as used by an active process, or not.
     *
     * @param inUse whether an active process uses the connection
     * @return this logon
     * @param device a redirected device, or the remote name of a deviceless connection
     * @throws IllegalArgumentException if there is no such live connection
     */
    public FakeLogon usedByProcess(String device, boolean inUse) {
        Seeding.changeLive(tables, device, link -> link.withInUse(inUse));
        return this;
    }

    /**
     * Makes every later call that must update the profile fail with {@code fault}, until {@link #clearProfileFault()}.
     *
     * @param fault the fault to arm
     * @return this logon
     */
    public FakeLogon armProfileFault(ProfileFault fault) {
        Objects.requireNonNull(fault, "fault: pass ProfileFault.CANNOT_OPEN or MALFORMED, or call clearProfileFault()");
        tables.exclusively(() -> tables.profileFault = fault);
        return this;
    }

    /** {@return this logon, its profile made healthy again} */
    public FakeLogon clearProfileFault() {
        tables.exclusively(() -> tables.profileFault = null);
        return this;
    }

    /**
     * Makes the provider fail calls with {@code error}, as its mode says (replacing any armed error;
     * {@code afterCalls} counts from now).
     *
     * @param error the provider error to arm
     * @return this logon
     */
    public FakeLogon armProviderError(ProviderError error) {
        Objects.requireNonNull(error, "error: build one with ProviderError.of(...), or call disarmProviderError()");
        return armedProviderError(error);
    }

    /** {@return this logon, with no provider error armed to fail further calls} */
    public FakeLogon disarmProviderError() {
        return armedProviderError(null);
    }

    /**
     * Takes the network away (every call then answers {@code ERROR_NO_NETWORK}) or brings it back; connections stay.
     *
     * @param present whether the network is present
     * @return this logon
     */
    public FakeLogon networkPresent(boolean present) {
        tables.exclusively(() -> tables.networkPresent = present);
        return this;
    }

    /**
     * The next logon: every live connection ends, and each remembered entry comes back as a live
     * redirection with nothing open and not in use, unless the network is absent, when the entries
     * stay remembered only.
     *
     * @return this logon
     */
    public FakeLogon nextLogon() {
        tables.exclusively(tables::nextLogon);
        return this;
    }

    // ---------------------------------------------------------------- queries

    /**
     * {@return whether {@code device} is redirected now (a live connection, not just remembered)}
     *
     * @param device a device, such as {@code Z:} or {@code LPT1:}
     */
    public boolean isConnected(String device) {
        return remoteNameOf(device).isPresent();
    }

    /**
     * {@return the remote name {@code device} is redirected to now, or empty}
     *
     * @param device a device, such as {@code Z:} or {@code LPT1:}
     */
    public Optional<String> remoteNameOf(String device) {
        return Optional.ofNullable(tables.deviceState(device, false));
    }

    /**
     * {@return whether the profile remembers {@code device}, connected now or not}
     *
     * @param device a device, such as {@code Z:} or {@code LPT1:}
     */
    public boolean isRemembered(String device) {
        return rememberedRemoteName(device).isPresent();
    }

    /**
     * {@return the remote name the profile remembers for {@code device}, or empty}
     *
     * @param device a device, such as {@code Z:} or {@code LPT1:}
     */
    public Optional<String> rememberedRemoteName(String device) {
        return Optional.ofNullable(tables.deviceState(device, true));
    }

    /**
     * {@return whether there is a deviceless connection to {@code remoteName}}
     *
     * @param remoteName a remote name, {@code \\server\share}
     */
    public boolean hasDevicelessConnection(String remoteName) {
        String key = Names.fold(remoteName);
        return tables.underLogonLock(() -> tables.deviceless.containsKey(key));
    }

    /** {@return every live connection: device redirections by device, then deviceless connections} */
    public List<Connection> connections() {
        LogonState state = snapshot();
        List<Connection> all = new ArrayList<>(state.deviceConnections());
        all.addAll(state.devicelessConnections());
        return List.copyOf(all);
    }

    /**
     * {@return the live connections, with a device or without, to {@code remoteName}}
     *
     * @param remoteName a remote name, {@code \\server\share}
     */
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

    /** {@return the connection state now, as an immutable value} */
    public LogonState snapshot() {
        return tables.underAllLocks(tables::snapshot);
    }

    /**
     * Every call answered since the logon was made or the journal cleared, in the order they took
     * effect. Taken under all locks, so no call is half-way: every number handed out has its entry.
     *
     * @return every call answered since the logon was made or the journal cleared, in the order they took effect
     */
    public List<JournalEntry> journal() {
        return tables.underAllLocks(tables::journalEntries);
    }

    /**
     * Empties the journal; sequence numbers keep counting.
     *
     * @return this logon
     */
    public FakeLogon clearJournal() {
        tables.exclusively(tables::clearJournal);
        return this;
    }

    // ---------------------------------------------------------------- the calls

    /** {@return the raw SPI over this logon, for {@link ConnectionCancellers#over} or a native test double to serve} */
    public WNetBackend backend() {
        return backend;
    }

    /** {@return a validating canceller over {@link #backend()}, named {@code "fake"}} */
    public ConnectionCanceller canceller() {
        return canceller;
    }

    /** {@return a validating reader over {@link #backend()}, named {@code "fake"}; reading changes nothing} */
    public ConnectionReader reader() {
        return reader;
    }

    /** {@return clean-up that looks ({@link #reader()}) before it cancels ({@link #canceller()})} */
    public ConnectionCleanup cleanup() {
        return ConnectionCleanup.over(reader, canceller);
    }

    /** Arms {@code error} (null: disarms), its call count starting from now. */
    private FakeLogon armedProviderError(ProviderError error) {
        tables.exclusively(() -> {
            tables.providerError = error;
            tables.providerCalls = 0;
        });
        return this;
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
