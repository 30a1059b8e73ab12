package io.github.wnet4j.cli;

import io.github.wnet4j.BehaviourProfile;
import io.github.wnet4j.fake.FakeLogon;
import picocli.CommandLine.Option;

import io.github.wnet4j.spi.Names;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code --state FILE} and {@code --profile NAME}: the fake's logon kept in a JSON file. */
final class StateOption {
    @Option(names = "--state", paramLabel = "FILE",
            description = "Keep the fake's logon in FILE (JSON) between runs; 'connect' creates it, the other commands need it.")
    Path file;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Behaviour profile for a new state file, or to switch an existing one (list, get and unc"
                    + " use it for that run only): documented (default), legacy-documentation, force-overrides-in-use.")
    String profile;

    @Option(names = "--session", paramLabel = "NAME",
            description = "The logon session of the fake's user to act in: desktop (default), elevated, or a further"
                    + " session's name; make one with 'wnet session add'.")
    String session;

    boolean present() {
        if (file == null && session != null) {
            throw new Wnet.UserError("--session picks a logon session of the fake in a state file: add --state FILE");
        }
        return file != null;
    }

    /** Refuses a session name no session can have, before any file is touched. */
    static void checkSessionName(String name) {
        if (name != null && (name.isBlank() || !name.strip().equals(name) || name.chars().anyMatch(Character::isISOControl))) {
            throw new Wnet.UserError("session name " + Names.quote(name) + " is not usable: give desktop, elevated, or a"
                    + " name without control characters or surrounding spaces, such as backup-service");
        }
    }

    /** The session {@code --session} names, of the user whose desktop session is {@code desktop}. */
    static FakeLogon select(FakeLogon desktop, String name, Path file) {
        if (name == null) {
            return desktop;
        }
        List<String> names = new ArrayList<>();
        for (FakeLogon s : desktop.sessions()) {
            if (s.sessionName().equals(name)) {
                return s;
            }
            names.add(s.sessionName());
        }
        throw new Wnet.UserError("state file " + file + " has no logon session " + Names.quote(name) + " (it has "
                + String.join(", ", names) + "); make it with 'wnet session add " + (name.isBlank() ? "NAME" : name)
                + " --state " + file + "' (add --linked for an elevated twin with linked connections)");
    }

    BehaviourProfile profileOrNull() {
        return profile == null ? null : BehaviourProfile.named(profile);
    }

    /**
     * Locks the state file for one command and loads its logon (a new, empty one if {@code access}
     * creates and the file does not exist); a bad file is reported as one line (exit 2), untouched.
     * Close the session to unlock.
     */
    Session open(String command, StateStore.Access access) {
        if (file == null) {
            throw new Wnet.UserError("'wnet " + command + "' works on the fake's saved state: add --state FILE");
        }
        BehaviourProfile override = profileOrNull(); // a bad name is refused before the file is touched
        checkSessionName(session);
        StateStore.Locked locked = null;
        try {
            locked = StateStore.open(file, access, StateStore.LOCK_TIMEOUT_MILLIS);
            byte[] bytes = locked.read();
            if (bytes == null && access != StateStore.Access.CREATE) { // deleted since it was checked
                throw new Wnet.UserError("state file " + file + " no longer exists; only 'wnet connect' creates one");
            }
            FakeLogon logon = bytes == null
                    ? FakeLogon.create(override != null ? override : BehaviourProfile.documented())
                    : StateFile.parse(file, bytes, override);
            Session session = new Session(file, locked, select(logon, this.session, file));
            locked = null;
            return session;
        } catch (StateFileException e) {
            throw new Wnet.UserError(e.getMessage());
        } finally {
            if (locked != null) {
                locked.close();
            }
        }
    }

    /** One command's exclusive hold on the state file and the logon session it acts in. */
    static final class Session implements AutoCloseable {
        private final Path file;
        private final StateStore.Locked locked;
        private final FakeLogon logon;

        Session(Path file, StateStore.Locked locked, FakeLogon logon) {
            this.file = file;
            this.locked = locked;
            this.logon = logon;
        }

        /** The session {@code --session} named; its {@code sessions()} are the user's others. */
        FakeLogon logon() {
            return logon;
        }

        /** Writes the logon back, atomically; a failure is one line (exit 2) and leaves the file as it was. */
        void save() {
            try {
                locked.write(StateFile.format(file, logon));
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
