package io.github.wnet4j.cli;

import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.spi.Names;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options every command takes, before or after its name (as git and kubectl take theirs):
 * {@code --backend NAME}, and the fake's users kept in a JSON file, {@code --state FILE} with
 * {@code --user NAME}, {@code --session NAME} and {@code --profile NAME}. picocli copies them into
 * every subcommand and sets them here, on the root command's instance, wherever they are given.
 */
final class GlobalOptions {
    @Option(names = "--backend", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "Use this backend: ffm (JDK 22+), jna, jnr or fake (default: the best native one).")
    String backend;

    @Option(names = "--state", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Work on the fake's logon kept in FILE (JSON) instead of Windows; 'wnet sim connect' or"
                    + " 'wnet sim server' creates it.")
    Path file;

    @Option(names = "--profile", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "With --state: the behaviour profile of the user acted as, for a new file or user, or to switch"
                    + " an existing one (list, get and unc use it for that run only): documented (default),"
                    + " legacy-documentation, force-overrides-in-use.")
    String profile;

    @Option(names = "--session", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "With --state: the logon session to act in: desktop (default), elevated, or a further one"
                    + " ('wnet sim session add').")
    String session;

    @Option(names = "--user", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "With --state: the user to act as: the file's first by default (\"default\" in a file wnet"
                    + " made), or one made with 'wnet sim user add'.")
    String user;

    /** The options of this run: picocli sets them on the root command's instance wherever they are given. */
    static GlobalOptions of(CommandSpec spec) {
        return ((Wnet) spec.root().userObject()).options;
    }

    /** Refuses every option of the fake's state file: {@code command} does not use one. */
    void refuseState(String command) {
        if (file != null || user != null || session != null || profile != null) {
            throw new Wnet.UserError("'wnet " + command + "' takes no --state, --user, --session or --profile");
        }
    }

    boolean present() {
        if (file == null && (session != null || user != null)) {
            throw new Wnet.UserError((session != null ? "--session picks a logon session" : "--user picks a user")
                    + " of the fake in a state file: add --state FILE");
        }
        return file != null;
    }

    /** Refuses a user or session name ({@code what}) no user or session can have, before any file is touched. */
    static void checkName(String what, String name) {
        if (name != null) {
            try {
                NameChecks.userOrSession(what, name);
            } catch (IllegalArgumentException e) {
                throw new Wnet.UserError(e.getMessage());
            }
        }
    }

    /** The user {@code --user} names, the first if null; an unknown one is one line naming those there are. */
    static StateFile.User selectUser(List<StateFile.User> users, String name, Path file) {
        if (name == null) {
            return users.get(0);
        }
        List<String> names = new ArrayList<>();
        for (StateFile.User u : users) {
            if (u.name().equals(name)) {
                return u;
            }
            names.add(u.name());
        }
        throw new Wnet.UserError("state file " + file + " has no user " + Names.quote(name) + " (it has "
                + String.join(", ", names) + "); make it with 'wnet sim user add " + name + " --state " + file + "'");
    }

    /** The session {@code --session} names, of {@code user}; {@code userOption} is what {@code --user} said. */
    static FakeLogon select(StateFile.User user, String name, String userOption, Path file) {
        if (name == null) {
            return user.desktop();
        }
        List<String> names = new ArrayList<>();
        for (FakeLogon s : user.desktop().sessions()) {
            if (s.sessionName().equals(name)) {
                return s;
            }
            names.add(s.sessionName());
        }
        String userArg = userOption == null ? "" : " --user " + userOption;
        throw new Wnet.UserError("state file " + file + " has no logon session " + Names.quote(name) + " of user "
                + Names.quote(user.name()) + " (it has " + String.join(", ", names) + "); make it with 'wnet sim session add "
                + (name.isBlank() ? "NAME" : name) + userArg + " --state " + file
                + "' (add --linked for an elevated twin with linked connections)");
    }

    BehaviourProfile profileOrNull() {
        return profile == null ? null : BehaviourProfile.named(profile);
    }

    /** {@link #open(String, StateStore.Access, BehaviourProfile)} with {@code --profile} applied to the user acted as. */
    Session open(String command, StateStore.Access access) {
        return open(command, access, profileOrNull()); // a bad name is refused before the file is touched
    }

    /**
     * Locks the state file for one command and loads its users (one new, empty user
     * {@value StateFile#DEFAULT_USER} if {@code access} creates and the file does not exist), with
     * {@code override} as the profile of the user acted as if not null; a bad file, user or session
     * is reported as one line (exit 2), the file untouched. Close the session to unlock.
     */
    Session open(String command, StateStore.Access access, BehaviourProfile override) {
        if (file == null) {
            throw new Wnet.UserError("'wnet " + command + "' works on the fake's saved state: add --state FILE");
        }
        if (backend != null && !backend.equalsIgnoreCase("fake")) {
            throw new Wnet.UserError("--state keeps the fake's logon; it cannot be used with --backend " + backend);
        }
        checkName("user", user);
        checkName("session", session);
        StateStore.Locked locked = null;
        try {
            locked = StateStore.open(file, access, StateStore.LOCK_TIMEOUT_MILLIS);
            byte[] bytes = locked.read();
            if (bytes == null && access != StateStore.Access.CREATE) { // deleted since it was checked
                throw new Wnet.UserError("state file " + file + " no longer exists; only 'wnet sim connect' and 'wnet sim server' create one");
            }
            StateFile.Loaded loaded = bytes == null
                    ? new StateFile.Loaded(StateNetwork.fresh(), new ArrayList<>(List.of(new StateFile.User(StateFile.DEFAULT_USER,
                            FakeLogon.create(override != null ? override : BehaviourProfile.documented())))))
                    : StateFile.load(file, bytes, user, override);
            List<StateFile.User> users = loaded.users();
            StateFile.User acting = selectUser(users, user, file);
            Session opened = new Session(file, locked, loaded.network(), users, acting, select(acting, session, user, file));
            locked = null;
            return opened;
        } catch (StateFileException e) {
            throw new Wnet.UserError(e.getMessage());
        } finally {
            if (locked != null) {
                locked.close();
            }
        }
    }

    /** One command's exclusive hold on the state file, its users, and the user and logon session it acts in. */
    static final class Session implements AutoCloseable {
        private final Path file;
        private final StateStore.Locked locked;
        private final StateNetwork network;
        private final List<StateFile.User> users;
        private final StateFile.User user;
        private final FakeLogon logon;

        Session(Path file, StateStore.Locked locked, StateNetwork network, List<StateFile.User> users, StateFile.User user,
                FakeLogon logon) {
            this.file = file;
            this.locked = locked;
            this.network = network;
            this.users = users;
            this.user = user;
            this.logon = logon;
        }

        /** The session {@code --session} named; its {@code sessions()} are the user's others. */
        FakeLogon logon() {
            return logon;
        }

        /** The user {@code --user} named (the first by default). */
        StateFile.User user() {
            return user;
        }

        /** The file's simulated network; a change to it is saved by the next save (set it on the users' logons too). */
        StateNetwork network() {
            return network;
        }

        /** Every user of the file, in its order; adding one here adds it to the next save. */
        List<StateFile.User> users() {
            return users;
        }

        /** Writes every user back, atomically; a failure is one line (exit 2) and leaves the file as it was. */
        void save() {
            try {
                locked.write(StateFile.format(file, network, users));
            } catch (StateFileException e) {
                throw new Wnet.UserError(e.getMessage());
            }
        }

        @Override
        public void close() {
            locked.close();
        }
    }
}
