package io.github.wnet4j.cli;

import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.cli.StateConnections.UsedCredentials;
import io.github.wnet4j.fake.Connection;
import io.github.wnet4j.fake.ConnectionOptions;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.fake.JournalEntry;
import io.github.wnet4j.fake.LogonState;
import io.github.wnet4j.fake.SimulatedNetwork;
import tools.jackson.core.JacksonException;

import io.github.wnet4j.spi.Names;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state file's JSON: the fake's users, each with its profile and logon sessions, so that
 * separate {@code wnet} invocations share them. The disk side (locking, safe reads, atomic writes)
 * is {@link StateStore}. A file that cannot be parsed, holds a name the command line would refuse
 * ({@link NameChecks}), or describes a state no call can reach, is reported and never written.
 */
final class StateFile {
    /** The format written and read; versions 1 and 2 were development formats that no release wrote. */
    static final int VERSION = 3;

    /** The name of the one user a new file holds. */
    static final String DEFAULT_USER = "default";

    /**
     * The shape of version 3: the users, the first of them the one a command acts as without
     * {@code --user}, and the simulated network they connect through (absent in files written before
     * {@code wnet connect}: then every server, share and account exists).
     */
    record State(int version, List<UserEntry> users, StateNetwork.NetworkEntry network) {
        State(int version, List<UserEntry> users) {
            this(version, users, null);
        }
    }

    /**
     * One user, sharing nothing with the others (S8): its name, its behaviour profile, its profile's
     * remembered entries (S1), and its logon sessions, the desktop session first (specification "Logon sessions").
     */
    record UserEntry(String name, String profile, List<RememberedEntry> remembered, List<SessionEntry> sessions) {
    }

    /**
     * A connection with no local device; {@code user} and {@code passwordDigest} are the credentials
     * {@code wnet connect} made it with (each absent for the logon's own), see {@link UsedCredentials}.
     */
    record DevicelessEntry(String remoteName, int openFiles, boolean inUse, String user, String passwordDigest) {
        DevicelessEntry(String remoteName, int openFiles, boolean inUse) {
            this(remoteName, openFiles, inUse, null, null);
        }

        @Override
        public String toString() {
            return "DevicelessEntry[remoteName=" + remoteName + ", openFiles=" + openFiles + ", inUse=" + inUse
                    + ", user=" + user + ", passwordDigest=" + StateNetwork.redacted(passwordDigest) + "]";
        }
    }

    /** A remembered entry of the user's profile. */
    record RememberedEntry(String device, String remoteName) {
    }

    /**
     * One logon session: {@code linked} only on the elevated twin (EnableLinkedConnections), which
     * then shares the desktop session's device map and lists no connections of its own (S4).
     */
    record SessionEntry(String name, Boolean linked, List<SessionDevice> devices, List<DevicelessEntry> deviceless) {
    }

    /**
     * A redirected device in one session; whether it is persistent follows from the remembered entries;
     * {@code user} and {@code passwordDigest} as for {@link DevicelessEntry}.
     */
    record SessionDevice(String device, String remoteName, int openFiles, boolean inUse, String user, String passwordDigest) {
        SessionDevice(String device, String remoteName, int openFiles, boolean inUse) {
            this(device, remoteName, openFiles, inUse, null, null);
        }

        @Override
        public String toString() {
            return "SessionDevice[device=" + device + ", remoteName=" + remoteName + ", openFiles=" + openFiles
                    + ", inUse=" + inUse + ", user=" + user + ", passwordDigest=" + StateNetwork.redacted(passwordDigest) + "]";
        }
    }

    /**
     * A user as loaded: its name, its desktop session, whose {@code sessions()} are all of the user's,
     * and the credentials of the live connections {@code wnet connect} made, by {@link #key}.
     */
    record User(String name, FakeLogon desktop, Map<String, UsedCredentials> credentials) {
        User(String name, FakeLogon desktop) {
            this(name, desktop, new HashMap<>());
        }

        /** {@return the key of a connection's credentials: the session's name and the device, or the remote name} */
        static String key(String session, String deviceOrRemoteName) {
            return session + '\n' + Names.fold(deviceOrRemoteName);
        }
    }

    /** A state file as loaded: its network and its users. */
    record Loaded(StateNetwork network, List<User> users) {
    }

    private StateFile() {
    }

    /**
     * The users {@code bytes} describe, in the file's order ({@code file} names it in messages);
     * {@code override} replaces the profile of the user named {@code overrideUser} (the first if null)
     * if not null.
     */
    static List<User> parse(Path file, byte[] bytes, String overrideUser, BehaviourProfile override) throws StateFileException {
        return load(file, bytes, overrideUser, override).users();
    }

    /** As {@link #parse}, with the file's network, which every user's logon then connects through. */
    static Loaded load(Path file, byte[] bytes, String overrideUser, BehaviourProfile override) throws StateFileException {
        State state;
        try {
            // Strict on purpose (StateCodec): a state file is written by wnet, so anything a lenient reader
            // would guess at (a duplicate key, "false" for false, 0.5 for a count, trailing content) means
            // the file is not what wnet wrote, and guessing would then rewrite it.
            state = StateCodec.read(bytes);
        } catch (JacksonException e) {
            throw new StateFileException("state file " + file + " is not valid wnet state JSON (" + describe(e)
                    + "); it was left unchanged: fix it or delete it", e);
        } catch (IllegalArgumentException e) {
            throw new StateFileException("state file " + file + " is not a wnet state file (" + e.getMessage()
                    + "); it was left unchanged: fix it or delete it", e);
        }
        try {
            checkNames(orEmpty(state.users()));
        } catch (BadName e) {
            throw new StateFileException("state file " + file + " has a name wnet refuses in " + e.field + ": "
                    + e.getMessage() + "; it was left unchanged: correct that field or delete the file", e);
        }
        try {
            StateNetwork network = StateNetwork.of(state.network());
            List<User> users = toUsers(orEmpty(state.users()), overrideUser, override);
            SimulatedNetwork simulated = network.simulated(); // immutable: one for every user
            users.forEach(u -> u.desktop().network(simulated)); // after the connections are restored
            return new Loaded(network, users);
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
            throw new StateFileException("state file " + file + " describes an impossible logon (" + e.getMessage()
                    + "); it was left unchanged: fix it or delete it", e);
        }
    }

    static BehaviourProfile profile(String name, BehaviourProfile override) {
        return override != null ? override : name == null ? BehaviourProfile.documented() : BehaviourProfile.named(name);
    }

    /** Each user, refusing a user name twice and a session name twice in one user before anything is made. */
    private static List<User> toUsers(List<UserEntry> entries, String overrideUser, BehaviourProfile override) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("\"users\" is empty; a state file holds at least one user");
        }
        Set<String> names = new HashSet<>();
        List<User> users = new ArrayList<>();
        for (UserEntry u : entries) {
            String name = required(u.name(), "name");
            if (!names.add(name)) {
                throw new IllegalArgumentException("user " + Names.quote(name) + " is listed twice; user names are unique");
            }
            Set<String> sessions = new HashSet<>();
            for (SessionEntry s : orEmpty(u.sessions())) {
                if (s.name() != null && !sessions.add(s.name())) {
                    throw new IllegalArgumentException("user " + Names.quote(name) + " lists session " + Names.quote(s.name())
                            + " twice; a user's session names are unique");
                }
            }
            boolean overridden = overrideUser == null ? users.isEmpty() : overrideUser.equals(name);
            Map<String, UsedCredentials> credentials = new HashMap<>();
            users.add(new User(name, toLogon(u, overridden ? override : null, credentials), credentials));
        }
        return users;
    }

    /** Every remembered entry first, through the desktop session before it has connections, then each session's map. */
    private static FakeLogon toLogon(UserEntry user, BehaviourProfile override, Map<String, UsedCredentials> credentials) {
        FakeLogon desktop = FakeLogon.create(profile(user.profile(), override));
        for (RememberedEntry r : orEmpty(user.remembered())) {
            desktop.remember(required(r.device(), "device"), required(r.remoteName(), "remoteName"));
        }
        List<SessionEntry> sessions = orEmpty(user.sessions());
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
            if (Boolean.TRUE.equals(s.linked()) && (!orEmpty(s.devices()).isEmpty() || !orEmpty(s.deviceless()).isEmpty())) {
                throw new IllegalArgumentException("the linked elevated session shares the desktop session's connections,"
                        + " so it lists none of its own");
            }
            for (SessionDevice d : orEmpty(s.devices())) {
                String device = required(d.device(), "device");
                String remote = required(d.remoteName(), "remoteName");
                refuseRememberedElsewhere(session, device, remote);
                UsedCredentials used = StateConnections.used(d.user(), d.passwordDigest());
                if (used == null) {
                    session.connectDevice(device, remote, o -> options(o, d.openFiles(), d.inUse()));
                } else {
                    StateConnections.restore(session, device, remote, used, d.openFiles(), d.inUse());
                    credentials.put(User.key(name, device), used);
                }
            }
            for (DevicelessEntry c : orEmpty(s.deviceless())) {
                String remote = required(c.remoteName(), "remoteName");
                UsedCredentials used = StateConnections.used(c.user(), c.passwordDigest());
                if (used == null) {
                    session.connectDeviceless(remote, o -> options(o, c.openFiles(), c.inUse()));
                } else {
                    StateConnections.restore(session, null, remote, used, c.openFiles(), c.inUse());
                    credentials.put(User.key(name, remote), used);
                }
            }
            session.clearJournal(); // restoring connected through the fake; the file keeps no journal
        }
        return desktop;
    }

    /**
     * Puts every name of the file through the check its command-line twin gets ({@link NameChecks}),
     * before any of them reaches the fake or a terminal.
     *
     * @throws BadName naming the field, as {@code users[0].sessions[1].name}
     */
    private static void checkNames(List<UserEntry> users) throws BadName {
        for (int u = 0; u < users.size(); u++) {
            UserEntry user = users.get(u);
            String at = "users[" + u + "]";
            check(at + ".name", user.name(), n -> NameChecks.userOrSession("user", n));
            List<RememberedEntry> remembered = orEmpty(user.remembered());
            for (int r = 0; r < remembered.size(); r++) {
                check(at + ".remembered[" + r + "].device", remembered.get(r).device(), NameChecks::device);
                check(at + ".remembered[" + r + "].remoteName", remembered.get(r).remoteName(), NameChecks::remoteName);
            }
            List<SessionEntry> sessions = orEmpty(user.sessions());
            for (int s = 0; s < sessions.size(); s++) {
                SessionEntry session = sessions.get(s);
                String in = at + ".sessions[" + s + "]";
                check(in + ".name", session.name(), n -> NameChecks.userOrSession("session", n));
                List<SessionDevice> devices = orEmpty(session.devices());
                for (int d = 0; d < devices.size(); d++) {
                    check(in + ".devices[" + d + "].device", devices.get(d).device(), NameChecks::device);
                    check(in + ".devices[" + d + "].remoteName", devices.get(d).remoteName(), NameChecks::remoteName);
                }
                List<DevicelessEntry> deviceless = orEmpty(session.deviceless());
                for (int d = 0; d < deviceless.size(); d++) {
                    check(in + ".deviceless[" + d + "].remoteName", deviceless.get(d).remoteName(), NameChecks::remoteName);
                }
            }
        }
    }

    /** {@code check} on {@code name} unless it is absent (an absent name is refused later, as a missing field). */
    private static void check(String field, String name, java.util.function.UnaryOperator<String> check) throws BadName {
        if (name != null) {
            try {
                check.apply(name);
            } catch (IllegalArgumentException e) {
                throw new BadName(field, e.getMessage());
            }
        }
    }

    /** A name of the file that its command-line twin's check refuses, with the field it is in. */
    private static final class BadName extends Exception {
        private static final long serialVersionUID = 1L;
        private final String field;

        BadName(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    static void options(ConnectionOptions o, int openFiles, boolean inUse) {
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
     * The file's bytes (always version {@value #VERSION}) for {@code users} and their network; checked to load back as
     * exactly the same users, profiles, sessions and states, so a save never drops what the fake holds.
     */
    static byte[] format(Path file, StateNetwork network, List<User> users) throws StateFileException {
        List<UserEntry> entries = new ArrayList<>();
        for (User u : users) {
            entries.add(toEntry(u));
        }
        byte[] bytes = StateCodec.write(new State(VERSION, entries, network.entry()));
        List<String> reloaded = describe(parse(file, bytes, null, null));
        if (!reloaded.equals(describe(users))) {
            throw new IllegalStateException("wnet would save a different state (" + reloaded + ") than the fake holds ("
                    + describe(users) + "); state file " + file + " was left unchanged; please report this");
        }
        return bytes;
    }

    /** Each user's name and profile, and each session's name, whether it is linked, and its state: what a save must keep. */
    private static List<String> describe(List<User> users) {
        List<String> all = new ArrayList<>();
        for (User u : users) {
            all.add("user " + u.name() + " (" + u.desktop().profile().name() + ")");
            for (FakeLogon s : u.desktop().sessions()) {
                all.add(s.sessionName() + (s.isLinkedElevation() ? " (linked)" : "") + ": " + s.snapshot());
            }
            all.add("credentials of " + u.name() + ": " + StateConnections.live(u));
        }
        return all;
    }

    private static UserEntry toEntry(User user) {
        List<FakeLogon> sessions = user.desktop().sessions();
        List<RememberedEntry> remembered = new ArrayList<>();
        sessions.get(0).snapshot().rememberedEntries().forEach((device, remoteName) -> remembered.add(new RememberedEntry(device, remoteName)));
        List<SessionEntry> entries = new ArrayList<>();
        for (FakeLogon s : sessions) {
            boolean linked = s.isLinkedElevation();
            List<SessionDevice> devices = new ArrayList<>();
            List<DevicelessEntry> deviceless = new ArrayList<>();
            if (!linked) {
                LogonState now = s.snapshot();
                for (Connection c : now.deviceConnections()) {
                    UsedCredentials used = user.credentials().get(User.key(s.sessionName(), c.device().orElseThrow()));
                    devices.add(new SessionDevice(c.device().orElseThrow(), c.remoteName(), c.openFiles(), c.inUse(),
                            used == null ? null : used.user(), used == null ? null : used.passwordDigest()));
                }
                for (Connection c : now.devicelessConnections()) {
                    UsedCredentials used = user.credentials().get(User.key(s.sessionName(), c.remoteName()));
                    deviceless.add(new DevicelessEntry(c.remoteName(), c.openFiles(), c.inUse(),
                            used == null ? null : used.user(), used == null ? null : used.passwordDigest()));
                }
            }
            Boolean linkedField = JournalEntry.ELEVATED.equals(s.sessionName()) ? linked : null;
            entries.add(new SessionEntry(s.sessionName(), linkedField, devices, deviceless));
        }
        return new UserEntry(user.name(), user.desktop().profile().name(), remembered, entries);
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

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    static String required(String value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("an entry lacks \"" + field + "\"");
        }
        return value;
    }
}
