package io.github.wnet4j.fake;

import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.ConnectionReader;
import io.github.wnet4j.WNet;
import io.github.wnet4j.fake.UserState.DeviceMap;
import io.github.wnet4j.spi.Names;
import io.github.wnet4j.spi.WNetBackend;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An in-memory model of one Windows logon session's network connections: live device redirections,
 * deviceless connections, the user profile's remembered entries, and the network with its servers
 * ({@link SimulatedNetwork}). It answers the connect, cancel and read functions as the default
 * decisions of docs/specification.md say, and the disputed points as its {@link BehaviourProfile} says.
 * <pre>{@code
 * FakeLogon logon = FakeLogon.create().connectDevice("Z:", "\\\\srv\\share", o -> o.persistent().openFiles(2));
 * logon.canceller().cancelConnection2("Z:", Set.of(), false);   // ERROR_OPEN_FILES; nothing changes
 * logon.canceller().cancelConnection2("Z:", Set.of(), true);    // NO_ERROR; Z: still remembered
 * logon.nextLogon();                                            // Z: is back
 * }</pre>
 * <p><b>Sessions</b> (specification, "Logon sessions"): {@link #create()} makes a user's desktop
 * session, {@link #elevated()}, {@link #elevatedLinked()} and {@link #newSession(String)} further
 * sessions sharing the user's profile (S1, the profile), each with a device map of its own unless
 * linked (S4, linked connections). No network, a provider error, the simulated network and the
 * journal are the user's, shared by every session.
 * <p>Thread-safe and linearizable: every call, seeding method and query is one atomic step under
 * the user's one lock, the call's journal entry made inside it; two users share nothing. A failed
 * call changes nothing but the journal and, for {@code ERROR_EXTENDED_ERROR}, the calling thread's
 * extended error. Names compare case-insensitively; devices are {@code A:}-{@code Z:} and
 * {@code LPT1:}-{@code LPT9:}. Seeding methods return this logon, and reject bad input with an
 * {@link IllegalArgumentException} that says what to do instead.
 */
public final class FakeLogon {

    /** How many journal entries {@link #shared()} keeps, {@value}, so a long-running program does not keep every call. */
    public static final int SHARED_JOURNAL_LIMIT = 10_000;

    private static final class Shared { static final FakeLogon INSTANCE = create().journalLimit(SHARED_JOURNAL_LIMIT); } // made on first use

    /** The user whose session this is, that user's state, and this session's device map and name. */
    private final UserSessions user;
    private final UserState state;
    private final DeviceMap deviceMap;
    private final String session;
    private final WNetBackend backend;
    private final WNet wnet;

    FakeLogon(UserSessions user, String session, DeviceMap deviceMap) {
        this.user = user;
        this.state = user.state();
        this.deviceMap = deviceMap;
        this.session = session;
        this.backend = new FakeBackend(this, state, user.profile(), session, deviceMap);
        this.wnet = WNet.over("fake", backend);
    }

    /** {@return an empty logon (network present, nothing connected) under {@link BehaviourProfile#documented()}} */
    public static FakeLogon create() {
        return create(BehaviourProfile.documented());
    }

    /**
     * {@return an empty logon (network present, nothing connected) that settles the disputed points as {@code profile} says}
     * @param profile how the logon settles the points where sources disagree
     */
    public static FakeLogon create(BehaviourProfile profile) {
        return new UserSessions(Objects.requireNonNull(profile, "profile")).desktop();
    }

    /**
     * {@return the elevated twin without linked connections (UAC's default): a device map of its
     * own, empty when made, and the user's profile (S3, a further session)}
     * @throws IllegalStateException if {@link #elevatedLinked()} made the twin already
     */
    public FakeLogon elevated() {
        return user.elevated(false);
    }

    /**
     * {@return the elevated twin with {@code EnableLinkedConnections = 1}, sharing the desktop session's device map (S4, linked connections)}
     * @throws IllegalStateException if {@link #elevated()} made the twin already
     */
    public FakeLogon elevatedLinked() {
        return user.elevated(true);
    }

    /**
     * {@return a further session of this user with a device map of its own, empty when made (S3, a
     * further session): elevation that prompts for credentials, CreateProcessAsUser, a service}
     * @param name the session's name, which the journal records
     * @throws IllegalArgumentException if the name is blank, or this user has a session of that name
     */
    public FakeLogon newSession(String name) {
        return user.newSession(name);
    }

    /** {@return this session's name: {@value JournalEntry#DESKTOP}, {@value JournalEntry#ELEVATED} or a further session's} */
    public String sessionName() {
        return session;
    }

    /** {@return whether this is the elevated twin made by {@link #elevatedLinked()}, sharing the desktop session's device map (S4, linked connections)} */
    public boolean isLinkedElevation() {
        return JournalEntry.ELEVATED.equals(session) && deviceMap == state.desktopMap();
    }

    /** {@return every session of this user made so far, the desktop session first} */
    public List<FakeLogon> sessions() {
        return user.all();
    }

    /**
     * {@return the JVM-wide logon, under the documented profile, that the ServiceLoader provider
     * {@code "fake"} serves ({@code WNet.named("fake")})} Tests that use it share it: seed names of your own and cancel them
     * afterwards. Its journal keeps the newest {@value #SHARED_JOURNAL_LIMIT} entries.
     */
    public static FakeLogon shared() {
        return Shared.INSTANCE;
    }

    /** {@return how this logon settles the points where sources disagree} */
    public BehaviourProfile profile() {
        return user.profile();
    }

    /**
     * {@return this logon, {@code device} redirected to {@code remoteName}: not persistent, nothing open, not in use}
     * @param device a device, such as {@code Z:} or {@code LPT1:}
     * @param remoteName a remote name, {@code \\server\share}
     */
    public FakeLogon connectDevice(String device, String remoteName) {
        return connectDevice(device, remoteName, o -> { });
    }

    /**
     * {@return this logon, {@code device} redirected to {@code remoteName} as {@code options} says}
     * A persistent connection is also remembered in the profile, spelt as here.
     * @param device a device, such as {@code Z:} or {@code LPT1:}
     * @param remoteName a remote name, {@code \\server\share}
     * @param options sets what the connection has: persistent, open files, in use
     * @throws IllegalArgumentException if {@code device} is not a device, {@code remoteName} not a remote
     *     name, or the device is already redirected, or remembered to another remote name (row 16, 1202)
     */
    public FakeLogon connectDevice(String device, String remoteName, Consumer<ConnectionOptions> options) {
        state.connectDevice(deviceMap, device, remoteName, options);
        return this;
    }

    /**
     * {@return this logon, connected to {@code remoteName} without a local device: nothing open, not in use}
     * @param remoteName a remote name, {@code \\server\share}
     */
    public FakeLogon connectDeviceless(String remoteName) {
        return connectDeviceless(remoteName, o -> { });
    }

    /**
     * {@return this logon, connected to {@code remoteName} without a local device as {@code options} says}
     * @param remoteName a remote name, {@code \\server\share}
     * @param options sets what the connection has: open files, in use
     * @throws IllegalArgumentException if {@code remoteName} is not a remote name, already has a
     *     deviceless connection, or {@code options} asks for a persistent one (Windows remembers only devices)
     */
    public FakeLogon connectDeviceless(String remoteName, Consumer<ConnectionOptions> options) {
        state.connectDeviceless(deviceMap, remoteName, options);
        return this;
    }

    /**
     * {@return this logon, its profile remembering {@code device} with no live connection, as after a
     * logon while the server was unreachable}
     * @param device a device, such as {@code Z:} or {@code LPT1:}
     * @param remoteName a remote name, {@code \\server\share}
     * @throws IllegalArgumentException if {@code device} is not a device, {@code remoteName} not a
     *     remote name, or the device is already remembered or redirected
     */
    public FakeLogon remember(String device, String remoteName) {
        state.remember(deviceMap, device, remoteName);
        return this;
    }

    /**
     * {@return this logon, with {@code count} open files (print jobs, on a print device) on a live connection}
     * @param deviceOrRemoteName a redirected device, or the remote name of a deviceless connection
     * @param count open files (or print jobs), 0 or more
     * @throws IllegalArgumentException if {@code count} is negative or there is no such live connection
     */
    public FakeLogon openFiles(String deviceOrRemoteName, int count) {
        state.changeLive(deviceMap, deviceOrRemoteName, live -> live.withOpenFiles(ConnectionOptions.requireCount(count)));
        return this;
    }

    /**
     * {@return this logon, a live connection marked as used by an active process, or not}
     * @param device a redirected device, or the remote name of a deviceless connection
     * @param inUse whether an active process uses the connection
     * @throws IllegalArgumentException if there is no such live connection
     */
    public FakeLogon usedByProcess(String device, boolean inUse) {
        state.changeLive(deviceMap, device, live -> live.withInUse(inUse));
        return this;
    }

    /**
     * {@return this logon, failing every later call that must update the profile with {@code fault},
     * until {@link #clearProfileFault()}}
     * @param fault the fault to arm
     */
    public FakeLogon armProfileFault(ProfileFault fault) {
        state.profileFault(Objects.requireNonNull(fault, "fault: pass ProfileFault.CANNOT_OPEN or MALFORMED, or call clearProfileFault()"));
        return this;
    }

    /** {@return this logon, its profile made healthy again} */
    public FakeLogon clearProfileFault() {
        state.profileFault(null);
        return this;
    }

    /**
     * {@return this logon, its provider failing calls with {@code error} as its mode says (replacing
     * any armed error; {@code afterCalls} counts from now)}
     * @param error the provider error to arm
     */
    public FakeLogon armProviderError(ProviderError error) {
        return armProviderError(Objects.requireNonNull(error, "error: build one with ProviderError.of(...), or call disarmProviderError()"), 0);
    }

    /** Arms {@code error} (null: disarms) as if {@code callsSoFar} calls had reached it; tests use it past 2^31. */
    FakeLogon armProviderError(ProviderError error, long callsSoFar) {
        state.providerError(error, callsSoFar);
        return this;
    }

    /** {@return this logon, with no provider error armed to fail further calls} */
    public FakeLogon disarmProviderError() {
        return armProviderError(null, 0);
    }

    /**
     * {@return this logon, its network taken away (every call then answers {@code ERROR_NO_NETWORK})
     * or brought back; connections stay}
     * @param present whether the network is present
     */
    public FakeLogon networkPresent(boolean present) {
        state.networkPresent(present);
        return this;
    }

    /** {@return this logon, its user's connects meeting {@code network}}
     * @param network such as {@link SimulatedNetwork#open()}, the default */
    public FakeLogon network(SimulatedNetwork network) {
        state.network(network);
        return this;
    }

    /** {@return the servers, shares and accounts its user's connects meet} */
    public SimulatedNetwork network() {
        return state.network();
    }

    /**
     * {@return this logon after the user's next logon (S7, next logon): every session's connections
     * end, and each remembered entry comes back as a plain live redirection in the desktop session
     * (and a linked twin), unless the network is absent, when it stays remembered only}
     */
    public FakeLogon nextLogon() {
        state.nextLogon();
        return this;
    }

    /**
     * {@return every call answered since the logon was made or the journal cleared, in the order
     * they took effect; under a {@linkplain #journalLimit(int) bound}, only the newest}
     */
    public List<JournalEntry> journal() {
        return state.journalEntries();
    }

    /** {@return this logon, its journal emptied; sequence numbers keep counting} */
    public FakeLogon clearJournal() {
        state.clearJournal();
        return this;
    }

    /**
     * {@return this logon, keeping only the newest {@code maxEntries} journal entries, now and from
     * now on} Older ones are dropped and counted by {@link #journalDropped()}. A logon a test creates
     * keeps its whole journal unless it calls this; {@link #shared()} keeps {@value #SHARED_JOURNAL_LIMIT}.
     * @param maxEntries how many entries to keep, 0 to 16,777,216
     * @throws IllegalArgumentException if {@code maxEntries} is out of that range
     */
    public FakeLogon journalLimit(int maxEntries) {
        state.journalLimit(maxEntries);
        return this;
    }

    /** {@return how many entries the journal's bound dropped since the logon was made or the journal cleared} */
    public long journalDropped() {
        return state.journalDropped();
    }

    /**
     * {@return whether {@code device} is redirected now (a live connection, not just remembered)}
     * @param device a device, such as {@code Z:} or {@code LPT1:}
     */
    public boolean isConnected(String device) {
        return remoteNameOf(device).isPresent();
    }

    /**
     * {@return the remote name {@code device} is redirected to now, or empty}
     * @param device a device, such as {@code Z:} or {@code LPT1:}
     */
    public Optional<String> remoteNameOf(String device) {
        return Optional.ofNullable(state.remoteNameOf(deviceMap, device, false));
    }

    /**
     * {@return whether the profile remembers {@code device}, connected now or not}
     * @param device a device, such as {@code Z:} or {@code LPT1:}
     */
    public boolean isRemembered(String device) {
        return rememberedRemoteName(device).isPresent();
    }

    /**
     * {@return the remote name the profile remembers for {@code device}, or empty}
     * @param device a device, such as {@code Z:} or {@code LPT1:}
     */
    public Optional<String> rememberedRemoteName(String device) {
        return Optional.ofNullable(state.remoteNameOf(deviceMap, device, true));
    }

    /**
     * {@return whether there is a deviceless connection to {@code remoteName}}
     * @param remoteName a remote name, {@code \\server\share}
     */
    public boolean hasDevicelessConnection(String remoteName) {
        return state.hasDeviceless(deviceMap, remoteName);
    }

    /** {@return every live connection: device redirections by device, then deviceless connections} */
    public List<Connection> connections() {
        return snapshot().connections();
    }

    /**
     * {@return the live connections, with a device or without, to {@code remoteName}}
     * @param remoteName a remote name, {@code \\server\share}
     */
    public List<Connection> connectionsTo(String remoteName) {
        return connections().stream().filter(c -> Names.same(c.remoteName(), remoteName)).toList();
    }

    /**
     * {@return the open files (or print jobs) on a live connection, or 0 if there is no such connection}
     * @param deviceOrRemoteName a device, or the remote name of a deviceless connection
     */
    public int openFiles(String deviceOrRemoteName) {
        Objects.requireNonNull(deviceOrRemoteName, "deviceOrRemoteName");
        return state.openFiles(deviceMap, deviceOrRemoteName);
    }

    /** {@return the connection state now, as an immutable value} */
    public LogonState snapshot() {
        return state.snapshot(deviceMap);
    }

    /** {@return the raw SPI over this logon, for {@link WNet#over} or a native test double to serve} */
    public WNetBackend backend() {
        return backend;
    }

    /** {@return the door over {@link #backend()}, named {@code "fake"}: the type production code gets from {@link WNet#get()}} */
    public WNet wnet() {
        return wnet;
    }

    /** {@return {@code wnet().canceller()}} */
    public ConnectionCanceller canceller() {
        return wnet().canceller();
    }

    /** {@return {@code wnet().reader()}; reading changes nothing} */
    public ConnectionReader reader() {
        return wnet().reader();
    }

    /** The profile, the state, armed faults and the journal's size, for test failure messages. */
    @Override
    public String toString() {
        return state.describe(user.profile().name(), session, deviceMap); // one consistent view
    }
}
