package io.github.wnet4j.reliability;

import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.behaviour.BehaviourProfile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The test's own reading of the connect rows C1-C21 (docs/specification.md, "Making connections"), in
 * the order the rows decide, in a user's desktop session and, when asked, its elevated twin (C19, linked
 * or not), against {@link ConnectSteps#NETWORK}, with the cancel
 * rows the connect sequences need (rows 2-7, 11, 12 and 14; no open files or processes are seeded here).
 * It shares no code with the fake's {@code ConnectRules}: it parses remote names, picks free devices and
 * keeps the credentials in use itself, folding case one UTF-16 unit at a time ({@link ReferenceModel#key}).
 */
final class ConnectReferenceModel {

    /** The credentials a server is held under: the user name folded (null: the logon's own) and the password (null: the default). */
    record Held(String user, String password) {
        @Override
        public String toString() {
            return "Held[" + user + ", " + (password == null ? "default password" : "a password") + "]";
        }
    }

    /** A remembered entry: the remote name and the credentials it was made with, restored with it at the next logon. */
    record Entry(String remoteName, Held held) {
    }

    /** The answer to one call: the code, what was connected (the access name), the holders listed on 1219, the provider's error on 1208. */
    record Answer(int code, Optional<String> accessName, Set<String> heldBy, Optional<ExtendedError> extendedError) {
        static Answer of(int code) {
            return new Answer(code, Optional.empty(), Set.of(), Optional.empty());
        }
    }

    static final int NO_ERROR = 0;
    static final int ACCESS_DENIED = 5;
    static final int BAD_NETPATH = 53;
    static final int BAD_DEV_TYPE = 66;
    static final int BAD_NET_NAME = 67;
    static final int ALREADY_ASSIGNED = 85;
    static final int INVALID_PASSWORD = 86;
    static final int INVALID_PARAMETER = 87;
    static final int BUSY = 170;
    static final int NO_MORE_ITEMS = 259;
    static final int BAD_DEVICE = 1200;
    static final int ALREADY_REMEMBERED = 1202;
    static final int NO_NET_OR_BAD_PATH = 1203;
    static final int EXTENDED_ERROR = 1208;
    static final int CREDENTIAL_CONFLICT = 1219;
    static final int NO_NETWORK = 1222;
    static final int LOGON_FAILURE = 1326;
    static final int NOT_CONNECTED = 2250;

    final BehaviourProfile profile;

    /** One device map (C19, "Logon sessions"): a session's live connections and the credentials in use there. */
    private static final class DeviceMap {
        final Map<String, Entry> devices = new TreeMap<>();
        final Map<String, Entry> deviceless = new TreeMap<>();
        final Map<String, Integer> uses = new TreeMap<>();
        final Map<String, Held> inUse = new TreeMap<>();

        void clear() {
            devices.clear();
            deviceless.clear();
            uses.clear();
            inUse.clear();
        }
    }

    /** Each session's device map, the desktop session's first; a linked elevated twin holds the desktop's very map (S4). */
    private final List<DeviceMap> maps = new ArrayList<>(List.of(new DeviceMap()));
    private int session;
    /** Live redirections by device ("Z:", "LPT1:") in the calling session's map: the remote name as given, and the credentials it holds its server under. */
    Map<String, Entry> devices;
    /** Deviceless connections by folded remote name: the remote name first given, and its uses (C2). */
    Map<String, Entry> deviceless;
    Map<String, Integer> uses;
    /** C9: per folded server, the credentials in use in the calling session's map. */
    Map<String, Held> inUse;
    /** The profile: device to remembered entry. */
    final Map<String, Entry> remembered = new TreeMap<>();
    boolean networkPresent = true;
    boolean busy;
    /** 1205, 1206, or 0 for a healthy profile. */
    int profileFault;
    /** An armed provider error that fires on the next call, once; null when none is armed. */
    ExtendedError providerError;

    ConnectReferenceModel(BehaviourProfile profile) {
        this.profile = profile;
        select(0);
    }

    /** The user's elevated twin: linked, it shares the desktop session's map (S4); else it has an empty one (S3). */
    void addElevatedTwin(boolean linked) {
        maps.add(linked ? maps.get(0) : new DeviceMap());
    }

    /** The session later calls are made in: 0 the desktop, 1 the elevated twin. */
    void select(int newSession) {
        session = newSession;
        DeviceMap m = maps.get(newSession);
        devices = m.devices;
        deviceless = m.deviceless;
        uses = m.uses;
        inUse = m.inUse;
    }

    /** {@code what} as seen from session {@code other}, the calling session unchanged. */
    <T> T in(int other, java.util.function.Supplier<T> what) {
        int calling = session;
        select(other);
        try {
            return what.get();
        } finally {
            select(calling);
        }
    }

    int sessions() {
        return maps.size();
    }

    /** The server part of a remote name (between {@code \\} and the next {@code \}), as written, or null for no {@code \\}. */
    static String server(String remoteName) {
        if (!remoteName.startsWith("\\\\")) {
            return null;
        }
        int end = remoteName.indexOf('\\', 2);
        return end < 0 ? remoteName.substring(2) : remoteName.substring(2, end);
    }

    /** The share part, or null when the name is not {@code \\server\share[\folder...]} with no empty or blank part. */
    static String share(String remoteName) {
        String[] parts = remoteName.substring(2).split("\\\\", -1);
        if (parts.length < 2) {
            return null;
        }
        for (String part : parts) {
            if (part.isBlank()) {
                return null;
            }
        }
        return parts[1];
    }

    /**
     * A connect call (C1-C21 in the specification's order).
     *
     * @param device the device named, or null (deviceless, or to be picked)
     * @param pick what to pick when no device is named: "DISK", "PRINT", or null for no pick
     * @param print whether the request's type is PRINT (a device's type, C13)
     * @param remember whether CONNECT_UPDATE_PROFILE is passed
     */
    Answer connect(String device, String pick, boolean print, String remoteName, String user, String password,
                   boolean remember) {
        // Step 2, C20: no network, busy, an armed provider error.
        if (!networkPresent) {
            return Answer.of(NO_NETWORK);
        }
        if (busy) {
            return Answer.of(BUSY);
        }
        if (providerError != null) {
            ExtendedError error = providerError;
            providerError = null;
            return new Answer(EXTENDED_ERROR, Optional.empty(), Set.of(), Optional.of(error));
        }
        // Step 3, C15: the pick, Z: down to C: (free: not redirected, not a local drive, not remembered), LPT1: up.
        String dev = device == null ? null : ReferenceModel.device(device).orElse(null);
        if (pick != null) {
            dev = pick.equals("PRINT") ? firstFree("LPT", 1, 9) : firstFreeDrive();
            if (dev == null) {
                return Answer.of(NO_MORE_ITEMS);
            }
        }
        // Step 4, C13: not a device; a drive for PRINT or a port for DISK.
        if (device != null && dev == null) {
            return Answer.of(BAD_DEVICE);
        }
        if (dev != null && dev.startsWith("LPT") != print) {
            return Answer.of(BAD_DEV_TYPE);
        }
        // Step 5, C3 and C4.
        if (dev != null && (devices.containsKey(dev) || ConnectSteps.LOCAL_DRIVES.contains(dev))) {
            return Answer.of(ALREADY_ASSIGNED);
        }
        Entry entry = dev == null ? null : remembered.get(dev);
        if (entry != null && !ReferenceModel.key(entry.remoteName()).equals(ReferenceModel.key(remoteName))) {
            return Answer.of(ALREADY_REMEMBERED);
        }
        // Step 6, C13: the remote name's shape.
        String server = server(remoteName);
        if (server == null) {
            return Answer.of(NO_NET_OR_BAD_PATH);
        }
        String share = share(remoteName);
        if (share == null) {
            return Answer.of(BAD_NET_NAME);
        }
        // Step 7, C9: one set of credentials per server.
        Held held = new Held(user == null ? null : ReferenceModel.key(user), password);
        String serverKey = ReferenceModel.key(server);
        Held current = inUse.get(serverKey);
        if (current != null && !current.equals(held)) {
            return new Answer(CREDENTIAL_CONFLICT, Optional.empty(), holders(serverKey), Optional.empty());
        }
        // Steps 8 and 9, C11-C13: the server's answer.
        int access = ConnectSteps.access(server, share, dev == null ? null : dev.startsWith("LPT"), user, password, profile);
        if (access != NO_ERROR) {
            return Answer.of(access);
        }
        // Step 10, C6: a device to be remembered with a faulty profile; C5: one remembered to this remote name already
        // stays as it is (its spelling and credentials), so the profile is not written.
        boolean toRemember = remember && dev != null && entry == null;
        if (toRemember && profileFault != 0) {
            return Answer.of(profileFault);
        }
        // Step 12: connect (C1, C2, C5, C6), and hold the server (C9).
        inUse.putIfAbsent(serverKey, held);
        if (dev == null) {
            String key = ReferenceModel.key(remoteName);
            deviceless.putIfAbsent(key, new Entry(remoteName, held));
            uses.merge(key, 1, Integer::sum);
            return new Answer(NO_ERROR, Optional.of(remoteName), Set.of(), Optional.empty());
        }
        devices.put(dev, new Entry(remoteName, held));
        if (toRemember) {
            remembered.put(dev, new Entry(remoteName, held));
        }
        String access2 = device != null ? device : dev;
        return new Answer(NO_ERROR, Optional.of(access2), Set.of(), Optional.empty());
    }

    private String firstFreeDrive() {
        for (char letter = 'Z'; letter >= 'C'; letter--) {
            String d = letter + ":";
            if (free(d) && !ConnectSteps.LOCAL_DRIVES.contains(d)) {
                return d;
            }
        }
        return null;
    }

    private String firstFree(String prefix, int from, int to) {
        for (int n = from; n <= to; n++) {
            if (free(prefix + n + ":")) {
                return prefix + n + ":";
            }
        }
        return null;
    }

    private boolean free(String dev) {
        return !devices.containsKey(dev) && !remembered.containsKey(dev);
    }

    /** The live connections that hold a server, as "device -> remote" or "-> remote" for a deviceless one. */
    Set<String> holders(String serverKey) {
        Set<String> out = new LinkedHashSet<>();
        devices.forEach((dev, e) -> {
            if (ReferenceModel.key(server(e.remoteName())).equals(serverKey)) {
                out.add(dev + " -> " + ReferenceModel.key(e.remoteName()));
            }
        });
        deviceless.forEach((key, e) -> {
            if (ReferenceModel.key(server(e.remoteName())).equals(serverKey)) {
                out.add("-> " + key);
            }
        });
        return out;
    }

    /** WNetCancelConnection2 on the connect sequences' states (rows 2-7, 11, 12, 14), then C10. */
    Answer cancel(String name, boolean updateProfile) {
        if (!networkPresent) {
            return Answer.of(NO_NETWORK);
        }
        if (providerError != null) {
            ExtendedError error = providerError;
            providerError = null;
            return new Answer(EXTENDED_ERROR, Optional.empty(), Set.of(), Optional.of(error));
        }
        Optional<String> dev = ReferenceModel.device(name);
        int code = NOT_CONNECTED;
        if (dev.isPresent()) {
            Entry live = devices.get(dev.get());
            Entry entry = remembered.get(dev.get());
            boolean forget = updateProfile && entry != null
                    && (live == null || ReferenceModel.key(entry.remoteName()).equals(ReferenceModel.key(live.remoteName())));
            if (forget && profileFault != 0) {
                return Answer.of(profileFault);
            }
            if (live != null || forget) {
                devices.remove(dev.get());
                if (forget) {
                    remembered.remove(dev.get());
                }
                code = NO_ERROR;
            }
        } else if (ReferenceModel.isRemoteName(name)) {
            String key = ReferenceModel.key(name);
            if (deviceless.remove(key) != null) {
                uses.remove(key);
                code = NO_ERROR;
            }
            if (profile.remoteNameScope() == BehaviourProfile.RemoteNameScope.ALL_CONNECTIONS
                    && devices.values().removeIf(e -> ReferenceModel.key(e.remoteName()).equals(key))) {
                code = NO_ERROR;
            }
        }
        releaseServers();
        return Answer.of(code);
    }

    /** C10: a server is held while some live connection to it remains, and no longer. */
    private void releaseServers() {
        inUse.keySet().removeIf(serverKey -> holders(serverKey).isEmpty());
    }

    /** The fake's next logon: every live connection ends; remembered entries come back in device order unless their server is by then held under other credentials. */
    void nextLogon() {
        maps.forEach(DeviceMap::clear);
        if (networkPresent) {
            in(0, this::restoreRemembered);
        }
    }

    /** The remembered entries come back in the desktop session's map, in device order. */
    private Void restoreRemembered() {
        remembered.forEach((dev, entry) -> {
            String serverKey = ReferenceModel.key(server(entry.remoteName()));
            Held current = inUse.get(serverKey);
            if (current == null || current.equals(entry.held())) {
                devices.put(dev, entry);
                inUse.putIfAbsent(serverKey, entry.held());
            }
        });
        return null;
    }

    /** The state in the shape {@link ModelHarness#view} gives a fake's snapshot. */
    ReferenceModel.View view() {
        Map<String, ReferenceModel.Live> dv = new TreeMap<>();
        devices.forEach((d, e) -> dv.put(d, new ReferenceModel.Live(e.remoteName(), 0, false)));
        Map<String, ReferenceModel.Live> dl = new TreeMap<>();
        deviceless.forEach((k, e) -> dl.put(k, new ReferenceModel.Live(e.remoteName(), 0, false)));
        Map<String, String> rm = new TreeMap<>();
        remembered.forEach((d, e) -> rm.put(d, e.remoteName()));
        return new ReferenceModel.View(dv, dl, rm, networkPresent);
    }

    /** C10's invariant on the model itself: credentials are in use for exactly the servers some live connection holds. */
    Set<String> serversHeld() {
        Set<String> out = new java.util.TreeSet<>();
        devices.values().forEach(e -> out.add(ReferenceModel.key(server(e.remoteName()))));
        deviceless.values().forEach(e -> out.add(ReferenceModel.key(server(e.remoteName()))));
        return out;
    }
}
