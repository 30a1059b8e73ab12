package io.github.wnet4j.fake;

import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.ConnectionReader;
import io.github.wnet4j.WNet;
import io.github.wnet4j.spi.Names;
import io.github.wnet4j.spi.WNetBackend;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An in-memory model of one Windows logon session's network connections: live device redirections,
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
 * <p><b>Sessions</b> (docs/specification.md, "Logon sessions"). {@link #create()} makes one user's
 * desktop session; {@link #elevated()}, {@link #elevatedLinked()} and {@link #newSession(String)}
 * give further sessions of the same user. The user owns the profile: remembered entries and the
 * profile fault are shared by all of them (S1). Each session owns its device map: live
 * redirections and deviceless connections, open files, in use (S2, S3), except that a linked twin
 * shares the desktop session's (S4). No network, a provider error and the journal belong to the
 * machine, that is to every session of the user: arming them on one session arms them on all. A
 * second {@link #create()} is another user, sharing nothing (S8).
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
public final class FakeLogon extends SessionQueries {

    /** How many journal entries {@link #shared()} keeps, {@value}, so a long-running program does not keep every call. */
    public static final int SHARED_JOURNAL_LIMIT = 10_000;

    /** The JVM-wide instance, made on first use. */
    private static final class Shared {
        static final FakeLogon INSTANCE = create().journalLimit(SHARED_JOURNAL_LIMIT);
    }

    private final BehaviourProfile profile;
    /** The user whose session this is. */
    private final UserSessions user;
    /** This session's name. */
    private final String session;
    private final WNetBackend backend;
    private final WNet wnet;

    private FakeLogon(UserSessions user, String session, int map) {
        super(user.tables(), map);
        this.user = user;
        this.profile = user.profile();
        this.session = session;
        this.backend = new FakeBackend(this, tables, profile, session, map);
        this.wnet = WNet.over("fake", backend);
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
        Objects.requireNonNull(profile, "profile");
        UserSessions[] user = new UserSessions[1];
        user[0] = new UserSessions(profile, (name, map) -> new FakeLogon(user[0], name, map));
        return user[0].desktop();
    }

    // ---------------------------------------------------------------- sessions

    /**
     * {@return the elevated twin of this user's desktop session without linked connections (UAC's
     * default): a device map of its own, empty when made, and the user's profile (S3, S5)}
     *
     * @throws IllegalStateException if {@link #elevatedLinked()} made the twin already
     */
    public FakeLogon elevated() {
        return user.elevated(false);
    }

    /**
     * {@return the elevated twin with {@code EnableLinkedConnections = 1}: it shares the desktop
     * session's device map, so a connection made or cancelled in either is so in both (S4)}
     *
     * @throws IllegalStateException if {@link #elevated()} made the twin already
     */
    public FakeLogon elevatedLinked() {
        return user.elevated(true);
    }

    /**
     * A further session of this user with a device map of its own, empty when made (S3): elevation
     * that prompts for credentials, CreateProcessAsUser, a service running as the user.
     *
     * @param name the session's name, which the journal records
     * @return the new session
     * @throws IllegalArgumentException if the name is blank, or this user has a session of that name
     */
    public FakeLogon newSession(String name) {
        return user.newSession(name);
    }

    /** {@return this session's name: {@value JournalEntry#DESKTOP}, {@value JournalEntry#ELEVATED} or a further session's} */
    public String sessionName() {
        return session;
    }

    /** {@return whether this is the elevated twin made by {@link #elevatedLinked()}, sharing the desktop session's device map (S4)} */
    public boolean isLinkedElevation() {
        return JournalEntry.ELEVATED.equals(session) && map == 0;
    }

    /** {@return every session of this user made so far, the desktop session first} */
    public List<FakeLogon> sessions() {
        return user.all();
    }

    /**
     * The JVM-wide logon, under the documented profile, that the ServiceLoader provider
     * {@code "fake"} serves ({@code WNet.named("fake")}). Tests that use it share it:
     * seed names of your own and cancel them afterwards. Its journal keeps the newest
     * {@value #SHARED_JOURNAL_LIMIT} entries.
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
     *     remote name, or the device is already redirected, or remembered to another remote name (row 16)
     */
    public FakeLogon connectDevice(String device, String remoteName) {
        Seeding.device(tables, map, Seeding.requireDevice(device), Seeding.requireRemoteName(remoteName), new ConnectionOptions());
        return this;
    }

    /**
     * Redirects {@code device} to {@code remoteName} as {@code options} says; a persistent
     * connection is also remembered in the profile, spelt as here.
     *
     * @param device a device, such as {@code Z:} or {@code LPT1:}
     * @param options sets what the connection has: persistent, open files, in use
     * @param remoteName a remote name, {@code \\server\share}
     * @return this logon
     * @throws IllegalArgumentException if {@code device} is not a device, {@code remoteName} not a
     *     remote name, or the device is already redirected, or remembered to another remote name (row 16)
     */
    public FakeLogon connectDevice(String device, String remoteName, Consumer<ConnectionOptions> options) {
        Seeding.device(tables, map, Seeding.requireDevice(device), Seeding.requireRemoteName(remoteName), Seeding.options(options));
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
        Seeding.deviceless(tables, map, Seeding.requireRemoteName(remoteName), Seeding.options(options));
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
        Seeding.remember(tables, map, Seeding.requireDevice(device), Seeding.requireRemoteName(remoteName));
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
        Seeding.changeLive(tables, map, deviceOrRemoteName, link -> link.withOpenFiles(Seeding.requireCount(count)));
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
        Seeding.changeLive(tables, map, device, link -> link.withInUse(inUse));
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
        return armProviderError(Objects.requireNonNull(error, "error: build one with ProviderError.of(...), or call disarmProviderError()"), 0);
    }

    /** Arms {@code error} (null: disarms) as if {@code callsSoFar} calls had reached it; tests use it past 2^31. */
    FakeLogon armProviderError(ProviderError error, long callsSoFar) {
        tables.exclusively(() -> {
            tables.providerError = error;
            tables.providerCalls = callsSoFar;
        });
        return this;
    }

    /** {@return this logon, with no provider error armed to fail further calls} */
    public FakeLogon disarmProviderError() {
        return armProviderError(null, 0);
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
     * The user's next logon (S7): every live connection of every session ends, and each remembered
     * entry comes back in the desktop session (and a linked twin) as a live redirection with nothing
     * open and not in use, unless the network is absent, when the entries stay remembered only. An
     * unlinked session sees them only as remembered.
     *
     * @return this logon
     */
    public FakeLogon nextLogon() {
        tables.exclusively(tables::nextLogon);
        return this;
    }

    /**
     * Every call answered since the logon was made or the journal cleared, in the order they took
     * effect; under a {@linkplain #journalLimit(int) bound}, only the newest. Taken under all locks,
     * so no call is half-way: every number handed out has its entry.
     *
     * @return the calls kept, in the order they took effect
     */
    public List<JournalEntry> journal() {
        return tables.underAllLocks(tables::journalEntries);
    }

    /** {@return this logon, its journal emptied; sequence numbers keep counting} */
    public FakeLogon clearJournal() {
        tables.exclusively(tables::clearJournal);
        return this;
    }

    /**
     * Keeps only the newest {@code maxEntries} journal entries, now and from now on; older ones are
     * dropped and counted by {@link #journalDropped()}. A logon a test creates keeps its whole journal
     * unless it calls this; {@link #shared()} is bounded to {@value #SHARED_JOURNAL_LIMIT}. Recording
     * under a bound allocates nothing beyond the entry.
     *
     * @param maxEntries how many entries to keep, 0 to 16,777,216
     * @return this logon
     * @throws IllegalArgumentException if {@code maxEntries} is out of that range
     */
    public FakeLogon journalLimit(int maxEntries) {
        if (maxEntries < 0 || maxEntries > Journal.MAX_LIMIT) {
            throw new IllegalArgumentException("a journal limit is 0 to " + Journal.MAX_LIMIT + " entries, not "
                    + maxEntries + " (a logon keeps its whole journal unless bounded)");
        }
        tables.exclusively(() -> tables.journalLimit(maxEntries));
        return this;
    }

    /** {@return how many entries the journal's bound dropped since the logon was made or the journal cleared} */
    public long journalDropped() {
        return tables.underAllLocks(tables::journalDropped);
    }

    // ---------------------------------------------------------------- the calls

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
        return tables.underAllLocks(() -> tables.describe(profile, session, map)); // one consistent view
    }
}
