package io.github.wnet4j.reliability;

import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.Names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test's own reading of the specification's table (docs/specification.md) and {@link BehaviourProfile}, written for the
 * reliability tests only and kept deliberately plain: three maps and a few flags, and one method per
 * behaviour row, the reads' rows R1-R18 included. It shares no code with the fake's {@code CancelRules}
 * nor its {@code ReadRules}; the property tests compare the two after every step.
 *
 * <p>Names: devices are {@code A:}-{@code Z:} and {@code LPT1:}-{@code LPT9:} ({@code LPT1} without the
 * colon too), case-insensitive; remote names start with two backslashes and compare case-insensitively;
 * anything else names nothing (row 14). Single-threaded: the model is driven by one test thread.
 *
 * <p>Sessions (specification S1-S8), its own reading: the profile (remembered entries), the faults and
 * the network are the user's; the two maps of live connections are one logon session's, and a
 * linked elevated twin shares the desktop session's maps. So a cancel in a session without the
 * connection is rows 1-16 over that session's maps (S5), and a read there sees only them (S6).
 */
final class ReferenceModel {

    static final int NO_ERROR = 0;
    static final int ERROR_BAD_DEVICE = 1200;
    static final int ERROR_CONNECTION_UNAVAIL = 1201;
    static final int ERROR_CANNOT_OPEN_PROFILE = 1205;
    static final int ERROR_BAD_PROFILE = 1206;
    static final int ERROR_EXTENDED_ERROR = 1208;
    static final int ERROR_NO_NETWORK = 1222;
    static final int ERROR_NOT_CONNECTED = 2250;
    static final int ERROR_OPEN_FILES = 2401;
    static final int ERROR_DEVICE_IN_USE = 2404;

    private static final Pattern DRIVE = Pattern.compile("([A-Za-z]):");
    private static final Pattern PRINTER = Pattern.compile("[Ll][Pp][Tt]([1-9]):?");

    /** A live connection. */
    record Live(String remoteName, int openFiles, boolean inUse) {
    }

    /** When an armed provider error fires. */
    enum Firing { ONCE, ALWAYS, AFTER_CALLS }

    /** What a call returned: the code, and the extended error for 1208. */
    record Answer(int code, ExtendedError extendedError) {
    }

    /** What WNetGetConnection returned: the code, the remote name written with it (R1, R2), the extended error for 1208. */
    record Lookup(int code, String remoteName, ExtendedError extendedError) {
    }

    /** An entry of an enumeration, in the model's own terms (R7-R10): device or null, remote name, DISK or PRINT. */
    record Entry(String device, String remoteName, boolean print) {
    }

    /** What an enumeration returned: the code, its entries in no particular order (R11), the extended error. */
    record Listing(int code, Set<Entry> entries, ExtendedError extendedError) {
    }

    /** What WNetGetUniversalName returned; connection name and remaining path only at the remote-name level. */
    record Universal(int code, String universalName, String connectionName, String remainingPath,
                     ExtendedError extendedError) {
    }

    /** The state the tests compare with the fake's snapshot. */
    record View(Map<String, Live> devices, Map<String, Live> deviceless, Map<String, String> remembered,
                boolean networkPresent) {
    }

    final BehaviourProfile profile;
    /** Live redirections by device ("Z:", "LPT1:"). */
    Map<String, Live> devices = new TreeMap<>();
    /** Deviceless connections by remote name folded per unit ({@link #key}). */
    Map<String, Live> deviceless = new TreeMap<>();
    /**
     * Each session's device map (S2), the desktop session's first; {@link #devices} and
     * {@link #deviceless} are the map of the session the steps are in. A linked twin holds the very
     * same maps as the desktop session (S4); an unlinked one maps of its own, empty when made (S3).
     */
    private final List<Map<String, Live>> sessionDevices = new ArrayList<>(List.of(devices));
    private final List<Map<String, Live>> sessionDeviceless = new ArrayList<>(List.of(deviceless));
    /** The profile: device to remote name. */
    final Map<String, String> remembered = new TreeMap<>();
    boolean networkPresent = true;
    /** 1205, 1206, or 0 for a healthy profile. */
    int profileFaultCode;
    private ExtendedError armedError;
    private Firing firing;
    private int passingCalls;
    private int callsSinceArmed;

    ReferenceModel(BehaviourProfile profile) {
        this.profile = profile;
    }

    // ------------------------------------------------------------------ names

    /** The device a name names, as "Z:" or "LPT1:", or empty. */
    static Optional<String> device(String name) {
        Matcher drive = DRIVE.matcher(name);
        if (drive.matches()) {
            return Optional.of(drive.group(1).toUpperCase(Locale.ROOT) + ":");
        }
        Matcher printer = PRINTER.matcher(name);
        return printer.matches() ? Optional.of("LPT" + printer.group(1) + ":") : Optional.empty();
    }

    static boolean isRemoteName(String name) {
        return name.startsWith("\\\\");
    }

    /**
     * Remote names compare case-insensitively, folded one UTF-16 unit at a time (specification row 13):
     * no unit ever becomes two, so {@code ß} stays {@code ß} and {@code \\srv\straße} is not
     * {@code \\srv\STRASSE}, while {@code ſ} is {@code S} and {@code ı} is {@code I}. The test's own
     * reading, deliberately not the library's {@code Names.fold}.
     */
    static String key(String remoteName) {
        char[] units = remoteName.toCharArray();
        for (int i = 0; i < units.length; i++) {
            units[i] = Character.toUpperCase(units[i]);
        }
        return new String(units);
    }

    /** Whether seeding may hold this remote name: the one grammar (a name no call could name is refused). */
    static boolean seedable(String remoteName) {
        try {
            Names.checkRemoteName(remoteName);
            return true;
        } catch (IllegalArgumentException refused) {
            return false;
        }
    }

    /**
     * The exception the api's validation throws for a name before any backend runs, or null if the name
     * may be passed on: null, empty, over 32,767 UTF-16 units, U+0000, or an unpaired surrogate (the
     * specification's "Names"). The test's own reading, not {@code Names.check}.
     */
    static Class<? extends RuntimeException> rejection(String name) {
        if (name == null) {
            return NullPointerException.class;
        }
        if (name.isEmpty() || name.length() > 32_767 || name.indexOf('\0') >= 0) {
            return IllegalArgumentException.class;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1));
            if (paired) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return IllegalArgumentException.class;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ seeding: true if accepted

    boolean connectDevice(String device, String remoteName, boolean persistent, int openFiles, boolean inUse) {
        String dev = device(device).orElseThrow();
        String rememberedAs = remembered.get(dev);
        if (devices.containsKey(dev) || !seedable(remoteName)
                || rememberedAs != null && !key(rememberedAs).equals(key(remoteName))) { // row 16
            return false;
        }
        devices.put(dev, new Live(remoteName, openFiles, inUse));
        if (persistent) {
            remembered.put(dev, remoteName);
        }
        return true;
    }

    boolean connectDeviceless(String remoteName, int openFiles, boolean inUse) {
        if (!seedable(remoteName) || deviceless.containsKey(key(remoteName))) {
            return false;
        }
        deviceless.put(key(remoteName), new Live(remoteName, openFiles, inUse));
        return true;
    }

    boolean remember(String device, String remoteName) {
        String dev = device(device).orElseThrow();
        if (!seedable(remoteName) || remembered.containsKey(dev) || devices.containsKey(dev)) {
            return false;
        }
        remembered.put(dev, remoteName);
        return true;
    }

    /** Changes a live connection named by device or (deviceless) remote name; false if there is none. */
    boolean changeLive(String name, Integer openFiles, Boolean inUse) {
        Optional<String> dev = device(name);
        Map<String, Live> table = dev.isPresent() ? devices : deviceless;
        String k = dev.orElseGet(() -> key(name));
        Live live = table.get(k);
        if (live == null) {
            return false;
        }
        table.put(k, new Live(live.remoteName(),
                openFiles != null ? openFiles : live.openFiles(), inUse != null ? inUse : live.inUse()));
        return true;
    }

    void armProviderError(ExtendedError error, Firing how, int passing) {
        armedError = error;
        firing = how;
        passingCalls = passing;
        callsSinceArmed = 0;
    }

    void disarmProviderError() {
        armedError = null;
        callsSinceArmed = 0;
    }

    /** The user's elevated twin: linked, it shares the desktop session's maps (S4); else it has empty ones (S3). */
    void addElevatedTwin(boolean linked) {
        sessionDevices.add(linked ? sessionDevices.get(0) : new TreeMap<>());
        sessionDeviceless.add(linked ? sessionDeviceless.get(0) : new TreeMap<>());
    }

    /** Later steps are made in session {@code session} (0 the desktop session, 1 its elevated twin). */
    void use(int session) {
        devices = sessionDevices.get(session);
        deviceless = sessionDeviceless.get(session);
    }

    /**
     * Next logon (S7): every session's live connections end; remembered entries come back, if the
     * network is there, in the desktop session's map only (which a linked twin shares); an unlinked
     * twin is left empty and sees them only as remembered.
     */
    void nextLogon() {
        sessionDevices.forEach(Map::clear);
        sessionDeviceless.forEach(Map::clear);
        if (networkPresent) {
            remembered.forEach((dev, remote) -> sessionDevices.get(0).put(dev, new Live(remote, 0, false)));
        }
    }

    // ------------------------------------------------------------------ the calls

    /** Row 1: the legacy function acts with the profile's flags. */
    Answer cancelLegacy(String name, boolean force) {
        return cancel(name, CancelFlag.toBits(profile.legacyCancelFlags()), force, true);
    }

    Answer cancel2(String name, int flags, boolean force) {
        return cancel(name, flags, force, false);
    }

    private Answer cancel(String name, int flags, boolean force, boolean legacy) {
        Answer gated = gate();
        if (gated != null) {
            return gated;
        }
        boolean updateProfile = (flags & 0x1) != 0;                         // other bits mean nothing here
        Optional<String> dev = device(name);
        if (dev.isPresent()) {
            return cancelDevice(dev.get(), updateProfile, force);
        }
        if (isRemoteName(name)) {
            return cancelRemoteName(name, force, legacy);
        }
        return answer(ERROR_NOT_CONNECTED);                                // row 14
    }

    /**
     * What every call meets first, cancel or read: no network (row 12, R16), then an armed provider
     * error (row 11, R17), which every call that gets this far counts toward; null to go on.
     */
    Answer gate() {
        if (!networkPresent) {
            return answer(ERROR_NO_NETWORK);
        }
        if (armedError != null) {
            callsSinceArmed++;
            boolean fires = firing != Firing.AFTER_CALLS || callsSinceArmed > passingCalls;
            ExtendedError error = armedError;
            if (firing == Firing.ONCE) {
                armedError = null;
            }
            if (fires) {
                return new Answer(ERROR_EXTENDED_ERROR, error);
            }
        }
        return null;
    }

    private Answer cancelDevice(String dev, boolean updateProfile, boolean force) {
        Live live = devices.get(dev);
        boolean isRemembered = remembered.containsKey(dev);
        if (live == null) {
            if (isRemembered && updateProfile) {                            // row 7
                if (profileFaultCode != 0) {
                    return answer(profileFaultCode);                       // row 10
                }
                remembered.remove(dev);
                return answer(NO_ERROR);
            }
            return answer(ERROR_NOT_CONNECTED);
        }
        if (live.inUse() && !(force && profile.forceOverridesDeviceInUse())) {
            return answer(ERROR_DEVICE_IN_USE);                            // row 9, before open files
        }
        if (live.openFiles() > 0 && !force) {
            return answer(ERROR_OPEN_FILES);                               // row 8
        }
        // Persistent: remembered to this very remote name. Another session may have remembered the
        // device elsewhere (the specification's decision on row 16 across sessions): then row 6.
        boolean persistent = isRemembered && key(remembered.get(dev)).equals(key(live.remoteName()));
        if (updateProfile && persistent && profileFaultCode != 0) {
            return answer(profileFaultCode);                               // row 10: nothing changes
        }
        devices.remove(dev);                                               // rows 2, 4
        if (updateProfile && persistent) {
            remembered.remove(dev);                                        // row 5 (row 6: nothing to forget)
        }
        return answer(NO_ERROR);
    }

    private Answer cancelRemoteName(String remoteName, boolean force, boolean legacy) {
        Map<String, Live> targets = new TreeMap<>();                       // table key -> connection
        Live dl = deviceless.get(key(remoteName));
        if (dl != null) {
            targets.put("\\" + key(remoteName), dl);
        }
        // Row 3: the "all connections" reading is WNetCancelConnection2's alone; the legacy function's page says deviceless.
        if (!legacy && profile.remoteNameScope() == BehaviourProfile.RemoteNameScope.ALL_CONNECTIONS) {
            devices.forEach((dev, live) -> {
                if (key(live.remoteName()).equals(key(remoteName))) {
                    targets.put(dev, live);
                }
            });
        }
        if (targets.isEmpty()) {
            return answer(ERROR_NOT_CONNECTED);
        }
        boolean anyInUse = targets.values().stream().anyMatch(Live::inUse);
        boolean anyOpen = targets.values().stream().anyMatch(l -> l.openFiles() > 0);
        if (anyInUse && !(force && profile.forceOverridesDeviceInUse())) {
            return answer(ERROR_DEVICE_IN_USE);
        }
        if (anyOpen && !force) {
            return answer(ERROR_OPEN_FILES);
        }
        deviceless.remove(key(remoteName));
        targets.keySet().forEach(devices::remove);                         // the profile is never touched
        return answer(NO_ERROR);
    }

    private static Answer answer(int code) {
        return new Answer(code, null);
    }

    // ------------------------------------------------------------------ the reads: they change nothing

    /** WNetGetConnection on a name that passed validation: R16 and R17 first, then R4, R1, R2, R3. */
    Lookup getConnection(String name) {
        Answer gated = gate();
        if (gated != null) {
            return new Lookup(gated.code(), null, gated.extendedError());
        }
        Optional<String> dev = device(name);
        if (dev.isEmpty()) {
            return new Lookup(ERROR_BAD_DEVICE, null, null);                  // R4: unlike the cancels' 2250
        }
        Live live = devices.get(dev.get());
        if (live != null) {
            return new Lookup(NO_ERROR, live.remoteName(), null);            // R1, spelled as made (R18)
        }
        String rememberedAs = remembered.get(dev.get());
        return rememberedAs != null ? new Lookup(ERROR_CONNECTION_UNAVAIL, rememberedAs, null) // R2
                : new Lookup(ERROR_NOT_CONNECTED, null, null);                 // R3
    }

    /** RESOURCE_CONNECTED (R7) or RESOURCE_REMEMBERED (R8), every type (R9). */
    Listing enumerate(boolean rememberedScope) {
        Answer gated = gate();
        if (gated != null) {
            return new Listing(gated.code(), Set.of(), gated.extendedError());
        }
        Set<Entry> entries = new HashSet<>();
        if (rememberedScope) {
            remembered.forEach((dev, remote) -> entries.add(new Entry(dev, remote, dev.startsWith("LPT"))));
        } else {
            devices.forEach((dev, live) -> entries.add(new Entry(dev, live.remoteName(), dev.startsWith("LPT"))));
            deviceless.values().forEach(live -> entries.add(new Entry(null, live.remoteName(), false)));
        }
        return new Listing(NO_ERROR, entries, null);
    }

    /**
     * WNetGetUniversalName at either level on a path that passed validation (R13-R15): a drive, then
     * nothing or a backslash and the rest, kept as it is ({@code ..} not resolved); anything else,
     * printer ports included, is ERROR_BAD_DEVICE.
     */
    Universal universalName(String path, boolean remoteLevel) {
        Answer gated = gate();
        if (gated != null) {
            return new Universal(gated.code(), null, null, null, gated.extendedError());
        }
        boolean drive = path.length() >= 2 && path.charAt(1) == ':' && isAsciiLetter(path.charAt(0))
                && (path.length() == 2 || path.charAt(2) == '\\');
        if (!drive) {
            return new Universal(ERROR_BAD_DEVICE, null, null, null, null);
        }
        String dev = Character.toUpperCase(path.charAt(0)) + ":";
        Live live = devices.get(dev);
        if (live == null) {
            int code = remembered.containsKey(dev) ? ERROR_CONNECTION_UNAVAIL : ERROR_NOT_CONNECTED;
            return new Universal(code, null, null, null, null);              // R15
        }
        String rest = path.substring(2);
        String remaining = rest.isEmpty() ? "\\" : rest;                   // R14: Z: and Z:\ give \
        String universal = live.remoteName() + remaining;                   // R13
        return remoteLevel ? new Universal(NO_ERROR, universal, live.remoteName(), remaining, null)
                : new Universal(NO_ERROR, universal, null, null, null);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** The state of the session the steps are in, in the shape the tests compare. */
    View view() {
        return new View(new TreeMap<>(devices), new TreeMap<>(deviceless), new TreeMap<>(remembered), networkPresent);
    }

    /** Session {@code session}'s state: its device map, and the user's profile (S1) and network. */
    View view(int session) {
        return new View(new TreeMap<>(sessionDevices.get(session)), new TreeMap<>(sessionDeviceless.get(session)),
                new TreeMap<>(remembered), networkPresent);
    }
}
