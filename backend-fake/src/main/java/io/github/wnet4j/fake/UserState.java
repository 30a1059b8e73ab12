package io.github.wnet4j.fake;

import io.github.wnet4j.fake.CancelRules.Verdict;
import io.github.wnet4j.spi.Names;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The state of one user's {@link FakeLogon} sessions, under one lock (this object's monitor): the
 * user's profile (remembered entries, the profile fault, specification row S1 "the profile"), each
 * logon session's {@link DeviceMap} (S2 "live connections"), the network, the armed provider error
 * and its call count, and the journal, which every session shares. Every method that reads or
 * writes the state holds the lock; {@link CancelRules} and {@link ReadRules} read the fields
 * directly, called by {@link FakeBackend} inside {@link #atomically}. A call, a seeding step, a
 * query or a snapshot is therefore one atomic step, and the journal, numbered and recorded inside
 * that step, is the order the calls took effect: a linearization, as one lock makes any history.
 *
 * <p>The connect side's credential conflict (ERROR_SESSION_CREDENTIAL_CONFLICT, 1219) asks about
 * every connection of a session to one server at once; under one lock that is a look at one
 * {@link DeviceMap}.
 */
final class UserState {

    /**
     * The credentials a connection was made with, as C9 ("One set of credentials per server") compares
     * them: the user name folded (empty for the logon's own user) and a salted digest of the password
     * (empty for the user's default one), never the password itself.
     */
    record CredentialsInUse(String userName, String passwordDigest) {
        /** The logon's own user with its default password: what seeding and a call with no credentials use. */
        static final CredentialsInUse LOGON = new CredentialsInUse("", "");

        /** {@return the user name, and whether a password was given; never its digest} */
        @Override
        public String toString() {
            return "CredentialsInUse[userName=" + userName + (passwordDigest.isEmpty() ? "" : ", a password") + "]";
        }
    }

    /**
     * A live connection: a device's redirection, or ({@code device} null) a deviceless connection,
     * with the credentials that hold its server (C9) and, for a deviceless one, how many uses it has
     * (C2, "A deviceless connection": a second connect to the same remote name adds a use).
     */
    record LiveConnection(String device, String remoteName, int openFiles, boolean inUse, CredentialsInUse credentials,
                          int uses) {
        /** A seeded connection: the logon's own credentials, one use. */
        LiveConnection(String device, String remoteName, int openFiles, boolean inUse) {
            this(device, remoteName, openFiles, inUse, CredentialsInUse.LOGON, 1);
        }

        LiveConnection withOpenFiles(int count) {
            return new LiveConnection(device, remoteName, count, inUse, credentials, uses);
        }

        LiveConnection withInUse(boolean used) {
            return new LiveConnection(device, remoteName, openFiles, used, credentials, uses);
        }

        LiveConnection withOneMoreUse() {
            return new LiveConnection(device, remoteName, openFiles, inUse, credentials, uses + 1);
        }
    }

    /**
     * One logon session's live connections (S2 "live connections"): device redirections by device
     * ({@code "Z:"}, {@code "LPT1:"}; device order, the order snapshots and enumerations list them)
     * and deviceless connections by {@link Names#fold(String)} of the remote name (String order), at
     * most one each. A linked elevated twin shares its desktop session's map (S4 "linked connections").
     */
    static final class DeviceMap {
        final Map<String, LiveConnection> devices = new DeviceTable<>();
        final SortedMap<String, LiveConnection> deviceless = new TreeMap<>();

        /** The live connection {@code deviceOrRemoteName} names: a device's redirection, or a deviceless connection. */
        LiveConnection live(String deviceOrRemoteName) {
            String device = Names.device(deviceOrRemoteName);
            return device != null ? devices.get(device) : deviceless.get(Names.fold(deviceOrRemoteName));
        }

        void put(LiveConnection live) {
            if (live.device() != null) {
                devices.put(live.device(), live);
            } else {
                deviceless.put(Names.fold(live.remoteName()), live);
            }
        }
    }

    /** Every session's device map, the desktop session's first. */
    private final List<DeviceMap> deviceMaps = new ArrayList<>(List.of(new DeviceMap()));
    /** The profile's remembered entries: device to remote name as spelt when remembered; in device order. */
    final Map<String, String> remembered = new DeviceTable<>();
    /** The credentials a remembered entry was made with, restored with it at the next logon (C6); seeded ones have none. */
    final Map<String, CredentialsInUse> rememberedCredentials = new DeviceTable<>();
    /** The servers, shares and accounts connects meet (specification, "The simulated network"). */
    SimulatedNetwork network = SimulatedNetwork.open();
    /**
     * The salt of this user's password digests in {@link CredentialsInUse}, made at the first connect
     * with a password: SecureRandom's first use costs a cold start milliseconds most logons never need.
     */
    private byte[] credentialSalt;
    private final Journal journal = new Journal();

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

    /** Runs one call's decide, apply and journal as one atomic step. */
    synchronized <T> T atomically(Supplier<T> step) {
        return step.get();
    }

    /** The desktop session's device map. */
    synchronized DeviceMap desktopMap() {
        return deviceMaps.get(0);
    }

    /** A fresh, empty device map (a session that does not share one, S3 "a further session"). */
    synchronized DeviceMap newDeviceMap() {
        DeviceMap map = new DeviceMap();
        deviceMaps.add(map);
        return map;
    }

    /**
     * Applies a verdict's change to the calling session's device map {@code map}, the profile and
     * the armed provider error; inside the call's {@link #atomically atomic step}.
     */
    void apply(Verdict verdict, DeviceMap map) {
        for (String device : verdict.endedDevices()) {
            map.devices.remove(device);                                   // its open files close
        }
        if (verdict.endedDeviceless() != null) {
            map.deviceless.remove(Names.fold(verdict.endedDeviceless()));
        }
        if (verdict.forgottenDevice() != null) {
            remembered.remove(verdict.forgottenDevice());
            rememberedCredentials.remove(verdict.forgottenDevice());
        }
        if (verdict.provider() != CancelRules.ProviderEffect.NONE && providerCalls != Long.MAX_VALUE) {
            providerCalls++;
        }
        if (verdict.provider() == CancelRules.ProviderEffect.DISARM) {
            providerError = null;
        }
    }

    /**
     * Applies a connect's verdict (row C1, C2, C5, C6 "connect, add the use, record the credentials in use,
     * remember") to {@code map} and the profile; inside the call's atomic step. A failed connect only
     * counts toward the armed provider error (C21, "A call that fails changes nothing").
     */
    void apply(ConnectRules.ConnectVerdict verdict, DeviceMap map) {
        if (verdict.provider() != CancelRules.ProviderEffect.NONE && providerCalls != Long.MAX_VALUE) {
            providerCalls++;
        }
        if (verdict.provider() == CancelRules.ProviderEffect.DISARM) {
            providerError = null;
        }
        LiveConnection connected = verdict.connected();
        if (connected == null) {
            return;
        }
        map.put(connected);
        if (verdict.remember()) {
            remembered.put(connected.device(), connected.remoteName());
            rememberedCredentials.put(connected.device(), connected.credentials());
        }
    }

    /** {@return the salt of this user's password digests}; inside an atomic step. */
    byte[] credentialSalt() {
        if (credentialSalt == null) {
            credentialSalt = newSalt();
        }
        return credentialSalt;
    }

    private static byte[] newSalt() {
        byte[] salt = new byte[16];
        new java.security.SecureRandom().nextBytes(salt);
        return salt;
    }

    /** The next call number; inside the call's atomic step. */
    long nextSequence() {
        return journal.nextSequence();
    }

    /** Journals a call; inside its atomic step, after {@link #nextSequence()}. */
    void journal(JournalEntry entry) {
        journal.record(entry);
    }

    // ---------------------------------------------------------------- seeding

    /** Redirects {@code device} to {@code remoteName} in {@code map}; a persistent connection is remembered too. */
    void connectDevice(DeviceMap map, String device, String remoteName, Consumer<ConnectionOptions> options) {
        String dev = SeedChecks.requireDevice(device);
        String remote = SeedChecks.requireRemoteName(remoteName);
        ConnectionOptions o = ConnectionOptions.of(options);
        synchronized (this) {
            LiveConnection live = map.devices.get(dev);
            if (live != null) {
                throw SeedChecks.alreadyRedirected(dev, live.remoteName());
            }
            String entry = remembered.get(dev);
            if (entry != null && !Names.same(entry, remote)) {
                throw SeedChecks.alreadyRemembered(dev, entry, remote);
            }
            map.put(new LiveConnection(dev, remote, o.openFileCount(), o.isUsedByProcess()));
            if (o.isPersistent()) { // the profile then holds the name as spelt here, as WNetAddConnection2 writes it
                remembered.put(dev, remote);
            }
        }
    }

    /** A deviceless connection to {@code remoteName} in {@code map}; never persistent. */
    void connectDeviceless(DeviceMap map, String remoteName, Consumer<ConnectionOptions> options) {
        String remote = SeedChecks.requireRemoteName(remoteName);
        ConnectionOptions o = ConnectionOptions.of(options);
        SeedChecks.requireNotPersistent(remote, o);
        synchronized (this) {
            LiveConnection existing = map.deviceless.get(Names.fold(remote));
            if (existing != null) {
                throw SeedChecks.alreadyDeviceless(existing.remoteName());
            }
            map.put(new LiveConnection(null, remote, o.openFileCount(), o.isUsedByProcess()));
        }
    }

    /** A remembered-only entry for {@code device}, in the user's profile, checked against {@code map}. */
    void remember(DeviceMap map, String device, String remoteName) {
        String dev = SeedChecks.requireDevice(device);
        String remote = SeedChecks.requireRemoteName(remoteName);
        synchronized (this) {
            String entry = remembered.get(dev);
            if (entry != null) {
                throw SeedChecks.alreadyRememberedOnly(dev, entry);
            }
            LiveConnection live = map.devices.get(dev);
            if (live != null && !Names.same(live.remoteName(), remote)) {
                throw SeedChecks.alreadyRemembered(dev, remote, live.remoteName());
            }
            if (live != null) {
                throw SeedChecks.connectedNow(dev);
            }
            remembered.put(dev, remote);
        }
    }

    /** Replaces the live connection {@code deviceOrRemoteName} names in {@code map}. */
    synchronized void changeLive(DeviceMap map, String deviceOrRemoteName, UnaryOperator<LiveConnection> change) {
        Objects.requireNonNull(deviceOrRemoteName, "deviceOrRemoteName");
        LiveConnection live = map.live(deviceOrRemoteName);
        if (live == null) {
            throw SeedChecks.noLiveConnection(deviceOrRemoteName);
        }
        map.put(change.apply(live));
    }

    synchronized void profileFault(ProfileFault fault) {
        profileFault = fault;
    }

    /** Arms {@code error} (null: disarms) as if {@code callsSoFar} calls had reached it. */
    synchronized void providerError(ProviderError error, long callsSoFar) {
        providerError = error;
        providerCalls = callsSoFar;
    }

    synchronized void networkPresent(boolean present) {
        networkPresent = present;
    }

    synchronized void network(SimulatedNetwork simulated) {
        network = Objects.requireNonNull(simulated, "network: pass SimulatedNetwork.open() for the default");
    }

    synchronized SimulatedNetwork network() {
        return network;
    }

    /**
     * The user's next logon (S7 "next logon"): every session's connections end, deviceless ones
     * too, and {@link CancelRules#atNextLogon} restores each remembered entry in the desktop
     * session's device map, which a linked elevated twin shares.
     */
    synchronized void nextLogon() {
        for (DeviceMap map : deviceMaps) {
            map.devices.clear();
            map.deviceless.clear();
        }
        DeviceMap desktop = deviceMaps.get(0);
        remembered.forEach((device, remoteName) -> {
            LiveConnection restored = CancelRules.atNextLogon(device, remoteName, networkPresent);
            // Under the credentials it was remembered with (C6), the logon's own if seeded; an entry whose server
            // an earlier device holds under other credentials stays remembered only (C9, "One set of credentials per server").
            CredentialsInUse credentials = rememberedCredentials.getOrDefault(device, CredentialsInUse.LOGON);
            if (restored != null && !ConnectRules.conflicts(desktop, restored.remoteName(), credentials)) {
                desktop.put(new LiveConnection(device, restored.remoteName(), 0, false, credentials, 1));
            }
        });
    }

    // ---------------------------------------------------------------- queries

    /**
     * The remote name {@code device} is redirected to in {@code map}, or, with {@code rememberedEntry},
     * the one the profile remembers; null if none or not a device.
     */
    synchronized String remoteNameOf(DeviceMap map, String device, boolean rememberedEntry) {
        String dev = Names.device(device);
        if (dev == null) {
            return null;
        }
        LiveConnection live = map.devices.get(dev);
        return rememberedEntry ? remembered.get(dev) : live == null ? null : live.remoteName();
    }

    /** Whether {@code map} has a deviceless connection to {@code remoteName} (compared per UTF-16 unit). */
    synchronized boolean hasDeviceless(DeviceMap map, String remoteName) {
        return map.deviceless.containsKey(Names.fold(remoteName));
    }

    /** Open files (or print jobs) on a live connection in {@code map}, or 0 if there is none. */
    synchronized int openFiles(DeviceMap map, String deviceOrRemoteName) {
        LiveConnection live = map.live(deviceOrRemoteName);
        return live == null ? 0 : live.openFiles();
    }

    /** {@code map}'s connection state now, with the user's profile. */
    synchronized LogonState snapshot(DeviceMap map) {
        List<Connection> devices = new ArrayList<>();
        for (LiveConnection live : map.devices.values()) {
            devices.add(new Connection(Optional.of(live.device()), live.remoteName(),
                    CancelRules.persistent(live, remembered.get(live.device())), live.openFiles(), live.inUse()));
        }
        List<Connection> devicelessConnections = new ArrayList<>();
        for (LiveConnection live : map.deviceless.values()) {
            devicelessConnections.add(new Connection(Optional.empty(), live.remoteName(), false, live.openFiles(), live.inUse()));
        }
        return new LogonState(devices, devicelessConnections, new TreeMap<>(remembered), networkPresent);
    }

    // ---------------------------------------------------------------- the journal

    /** Every journaled call kept, in the order they took effect. */
    synchronized List<JournalEntry> journalEntries() {
        return journal.entries();
    }

    /** Empties the journal; numbering goes on. */
    synchronized void clearJournal() {
        journal.clear();
    }

    /** Bounds the journal to the newest {@code limit} entries, 0 to {@link Journal#MAX_LIMIT}. */
    synchronized void journalLimit(int limit) {
        journal.limit(limit);
    }

    /** How many entries the journal's bound dropped since the logon was made or the journal cleared. */
    synchronized long journalDropped() {
        return journal.dropped();
    }

    /** For example {@code FakeLogon[documented: devices [...], ..., 3 calls journaled]}. */
    synchronized String describe(String profileName, String session, DeviceMap map) {
        int limit = journal.limit();
        return "FakeLogon[" + profileName + (map == desktopMap() && JournalEntry.DESKTOP.equals(session) ? "" : ", session " + session)
                + ": " + snapshot(map)
                + (profileFault == null ? "" : ", profile fault " + profileFault)
                + (providerError == null ? "" : ", " + providerError)
                + ", " + journal.size() + " calls journaled" + (limit == Journal.WHOLE ? ""
                : " (" + journal.dropped() + " older dropped: the journal keeps the newest " + limit + ")") + "]";
    }
}
