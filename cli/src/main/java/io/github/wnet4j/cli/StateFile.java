package io.github.wnet4j.cli;

import io.github.wnet4j.BehaviourProfile;
import io.github.wnet4j.fake.Connection;
import io.github.wnet4j.fake.ConnectionOptions;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.fake.JournalEntry;
import io.github.wnet4j.fake.LogonState;
import tools.jackson.core.JacksonException;

import io.github.wnet4j.spi.Names;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The state file's JSON: the fake's user with its logon sessions, so that separate {@code wnet} invocations share one.
 * The disk side (locking, safe reads, atomic writes) is {@link StateStore}. A file that cannot be
 * parsed, or describes a state no call can reach, is reported and never written.
 */
final class StateFile {
    /** The format written now; version 1 (before logon sessions) is still read. */
    static final int VERSION = 2;

    /** The shape of version 1, written before sessions: one user's one desktop session. */
    record State(int version, String profile, List<DeviceEntry> devices, List<DevicelessEntry> deviceless,
                 List<RememberedEntry> remembered) {
    }

    /** A redirected device (version 1). */
    record DeviceEntry(String device, String remoteName, boolean persistent, int openFiles, boolean inUse) {
    }

    /** A connection with no local device. */
    record DevicelessEntry(String remoteName, int openFiles, boolean inUse) {
    }

    /** A remembered entry of the user's profile. */
    record RememberedEntry(String device, String remoteName) {
    }

    /**
     * The shape of version 2: one user, the profile's remembered entries (the user's, S1), and every
     * logon session with its own device map, the desktop session first (specification "Logon sessions").
     */
    record StateV2(int version, String profile, List<RememberedEntry> remembered, List<SessionEntry> sessions) {
    }

    /**
     * One logon session: {@code linked} only on the elevated twin (EnableLinkedConnections), which
     * then shares the desktop session's device map and lists no connections of its own (S4).
     */
    record SessionEntry(String name, Boolean linked, List<SessionDevice> devices, List<DevicelessEntry> deviceless) {
    }

    /** A redirected device in one session; whether it is persistent follows from the remembered entries. */
    record SessionDevice(String device, String remoteName, int openFiles, boolean inUse) {
    }

    private StateFile() {
    }

    /**
     * The user's desktop session {@code bytes} describe, with every other session of the user
     * ({@code file} names it in messages); {@code override} replaces the file's profile if not null.
     * A file of version 1 loads as one user with one desktop session.
     */
    static FakeLogon parse(Path file, byte[] bytes, BehaviourProfile override) throws StateFileException {
        Object state;
        try {
            // Strict on purpose: a state file is written by wnet, so anything a lenient reader would guess at
            // (a duplicate key, "false" for false, 0.5 for a count, trailing content) means the file is not
            // what wnet wrote, and guessing would then rewrite it.
            state = StateCodec.read(bytes);
        } catch (JacksonException e) {
            throw new StateFileException("state file " + file + " is not valid wnet state JSON (" + describe(e)
                    + "); it was left unchanged: fix it or delete it", e);
        } catch (IllegalArgumentException e) {
            throw new StateFileException("state file " + file + " is not a wnet state file (" + e.getMessage()
                    + "); it was left unchanged: fix it or delete it", e);
        }
        try {
            return state instanceof State v1 ? toLogon(v1, override) : toLogon((StateV2) state, override);
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
            throw new StateFileException("state file " + file + " describes an impossible logon (" + e.getMessage()
                    + "); it was left unchanged: fix it or delete it", e);
        }
    }

    private static BehaviourProfile profile(String name, BehaviourProfile override) {
        return override != null ? override : name == null ? BehaviourProfile.documented() : BehaviourProfile.named(name);
    }

    /**
     * Remembered entries first, then the connections: a device remembered under another spelling of
     * its remote name (row 13) is then seeded as it was; one remembered to another remote name is
     * refused (specification row 16).
     */
    private static FakeLogon toLogon(State state, BehaviourProfile override) {
        FakeLogon logon = FakeLogon.create(profile(state.profile(), override));
        for (RememberedEntry r : orEmpty(state.remembered())) {
            logon.remember(required(r.device(), "device"), required(r.remoteName(), "remoteName"));
        }
        for (DeviceEntry d : orEmpty(state.devices())) {
            String device = required(d.device(), "device");
            String remote = required(d.remoteName(), "remoteName");
            if (d.persistent() && logon.isRemembered(device)) {
                throw new IllegalArgumentException(device + " is persistent and also listed as remembered");
            }
            refuseRememberedElsewhere(logon, device, remote);
            logon.connectDevice(device, remote, o -> {
                if (d.persistent()) {
                    o.persistent();
                }
                options(o, d.openFiles(), d.inUse());
            });
        }
        deviceless(logon, state.deviceless());
        return logon;
    }

    /** Every remembered entry first, through the desktop session before it has connections, then each session's map. */
    private static FakeLogon toLogon(StateV2 state, BehaviourProfile override) {
        FakeLogon desktop = FakeLogon.create(profile(state.profile(), override));
        for (RememberedEntry r : orEmpty(state.remembered())) {
            desktop.remember(required(r.device(), "device"), required(r.remoteName(), "remoteName"));
        }
        List<SessionEntry> sessions = orEmpty(state.sessions());
        if (sessions.isEmpty() || !JournalEntry.DESKTOP.equals(sessions.get(0).name())) {
            throw new IllegalArgumentException("the first session must be \"" + JournalEntry.DESKTOP + "\"");
        }
        for (int i = 0; i < sessions.size(); i++) {
            SessionEntry s = sessions.get(i);
            String name = required(s.name(), "name");
            if (s.linked() != null && !JournalEntry.ELEVATED.equals(name)) {
                throw new IllegalArgumentException("session \"" + name + "\" has \"linked\": only the elevated session can be linked");
            }
            FakeLogon session = i == 0 ? desktop
                    : JournalEntry.ELEVATED.equals(name) ? Boolean.TRUE.equals(s.linked()) ? desktop.elevatedLinked() : desktop.elevated()
                    : desktop.newSession(name);
            if (i > 0 && JournalEntry.DESKTOP.equals(name)) {
                throw new IllegalArgumentException("session \"desktop\" is listed twice");
            }
            if (Boolean.TRUE.equals(s.linked()) && (!orEmpty(s.devices()).isEmpty() || !orEmpty(s.deviceless()).isEmpty())) {
                throw new IllegalArgumentException("the linked elevated session shares the desktop session's connections,"
                        + " so it lists none of its own");
            }
            for (SessionDevice d : orEmpty(s.devices())) {
                String device = required(d.device(), "device");
                String remote = required(d.remoteName(), "remoteName");
                refuseRememberedElsewhere(session, device, remote);
                session.connectDevice(device, remote, o -> options(o, d.openFiles(), d.inUse()));
            }
            deviceless(session, s.deviceless());
        }
        return desktop;
    }

    private static void deviceless(FakeLogon session, List<DevicelessEntry> entries) {
        for (DevicelessEntry c : orEmpty(entries)) {
            session.connectDeviceless(required(c.remoteName(), "remoteName"), o -> options(o, c.openFiles(), c.inUse()));
        }
    }

    private static void options(ConnectionOptions o, int openFiles, boolean inUse) {
        o.openFiles(openFiles);
        if (inUse) {
            o.usedByProcess();
        }
    }

    /**
     * Refuses to connect {@code device} to {@code remoteName} while the profile remembers it with
     * another remote name: no call reaches that state (specification row 16).
     */
    static void refuseRememberedElsewhere(FakeLogon logon, String device, String remoteName) {
        Optional<String> remembered = logon.rememberedRemoteName(device);
        if (remembered.isPresent() && !Names.same(remembered.get(), remoteName)) {
            throw new IllegalArgumentException(device + " is remembered as " + remembered.get()
                    + ", so it cannot be connected to " + remoteName
                    + ": Windows answers ERROR_DEVICE_ALREADY_REMEMBERED (1202) (specification row 16);"
                    + " forget it first with 'wnet cancel " + device + " --update-profile', or use another device");
        }
    }

    /**
     * The file's bytes (always version {@value #VERSION}) for the user of {@code logon}; checked to
     * load back as exactly the same sessions and states, so a save never drops what the fake holds.
     */
    static byte[] format(Path file, FakeLogon logon) throws StateFileException {
        List<FakeLogon> sessions = logon.sessions();
        byte[] bytes = StateCodec.write(toState(logon.profile(), sessions));
        List<FakeLogon> reloaded = parse(file, bytes, null).sessions();
        if (!describe(reloaded).equals(describe(sessions))) {
            throw new IllegalStateException("wnet would save a different state (" + describe(reloaded) + ") than the fake holds ("
                    + describe(sessions) + "); state file " + file + " was left unchanged; please report this");
        }
        return bytes;
    }

    /** Each session's name, whether it is linked, and its state: what a save must keep. */
    private static List<String> describe(List<FakeLogon> sessions) {
        List<String> all = new ArrayList<>();
        for (FakeLogon s : sessions) {
            all.add(s.sessionName() + (linked(s) ? " (linked)" : "") + ": " + s.snapshot());
        }
        return all;
    }

    /**
     * Whether {@code session} is the elevated twin with linked connections. The fake does not say so
     * directly, but hands the same twin back from {@code elevatedLinked()} only if it is linked.
     */
    static boolean linked(FakeLogon session) {
        if (!JournalEntry.ELEVATED.equals(session.sessionName())) {
            return false;
        }
        try {
            return session.elevatedLinked() == session;
        } catch (IllegalStateException unlinked) {
            return false;
        }
    }

    private static StateV2 toState(BehaviourProfile profile, List<FakeLogon> sessions) {
        List<RememberedEntry> remembered = new ArrayList<>();
        sessions.get(0).snapshot().rememberedEntries().forEach((device, remoteName) -> remembered.add(new RememberedEntry(device, remoteName)));
        List<SessionEntry> entries = new ArrayList<>();
        for (FakeLogon s : sessions) {
            boolean linked = linked(s);
            List<SessionDevice> devices = new ArrayList<>();
            List<DevicelessEntry> deviceless = new ArrayList<>();
            if (!linked) {
                LogonState now = s.snapshot();
                for (Connection c : now.deviceConnections()) {
                    devices.add(new SessionDevice(c.device().orElseThrow(), c.remoteName(), c.openFiles(), c.inUse()));
                }
                for (Connection c : now.devicelessConnections()) {
                    deviceless.add(new DevicelessEntry(c.remoteName(), c.openFiles(), c.inUse()));
                }
            }
            Boolean linkedField = JournalEntry.ELEVATED.equals(s.sessionName()) ? linked : null;
            entries.add(new SessionEntry(s.sessionName(), linkedField, devices, deviceless));
        }
        return new StateV2(VERSION, profile.name(), remembered, entries);
    }

    static String toJson(Object value) {
        return StateCodec.toJson(value);
    }

    /** Jackson's message without its source-location noise, with the line and column instead. */
    private static String describe(JacksonException e) {
        String message = e.getOriginalMessage().replaceAll("\\s*\\(start marker at \\[Source:.*?]\\)", "")
                .replaceAll("\\s*\\R.*", "");
        var where = e.getLocation();
        return where != null && where.getLineNr() > 0
                ? message + " at line " + where.getLineNr() + ", column " + where.getColumnNr()
                : message;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String required(String value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("an entry lacks \"" + field + "\"");
        }
        return value;
    }
}
