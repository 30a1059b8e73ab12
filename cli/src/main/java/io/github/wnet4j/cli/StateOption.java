package io.github.wnet4j.cli;

import io.github.wnet4j.BehaviourProfile;
import io.github.wnet4j.fake.FakeLogon;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --state FILE} and {@code --profile NAME}: the fake's logon kept in a JSON file. */
final class StateOption {
    @Option(names = "--state", paramLabel = "FILE",
            description = "Keep the fake's logon in FILE (JSON) between runs; created if missing.")
    Path file;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Behaviour profile for a new state file, or to switch an existing one: "
                    + "documented (default), legacy-documentation, force-overrides-in-use.")
    String profile;

    boolean present() {
        return file != null;
    }

    StateFile stateFile(String command) {
        if (file == null) {
            throw new Wnet.UserError("'wnet " + command + "' works on the fake's saved state: add --state FILE");
        }
        return new StateFile(file);
    }

    BehaviourProfile profileOrNull() {
        return profile == null ? null : BehaviourProfile.named(profile);
    }

    /** Loads the logon, reporting a bad file as one line (exit 2) without touching it. */
    FakeLogon load(StateFile state) {
        try {
            return state.load(profileOrNull());
        } catch (StateFile.StateFileException e) {
            throw new Wnet.UserError(e.getMessage());
        }
    }

    static void save(StateFile state, FakeLogon logon) {
        try {
            state.save(logon);
        } catch (StateFile.StateFileException e) {
            throw new Wnet.UserError(e.getMessage());
        }
    }
}
