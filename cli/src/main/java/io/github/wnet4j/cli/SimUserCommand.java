package io.github.wnet4j.cli;

import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.spi.Names;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code wnet sim user}: the fake's users, which share nothing (specification row S8, users). */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = {"Adds and lists the simulated users in --state FILE.",
                "Each user has its own behaviour profile, remembered entries and logon sessions, and shares nothing"
                        + " with the others. Act as one with --user NAME on any command; without it a command acts as"
                        + " the file's first user (\"default\" in a file wnet made)."},
        subcommands = {SimUserCommand.Add.class, SimUserCommand.ListUsers.class})
final class SimUserCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code wnet sim user add NAME}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Adds a user with a desktop session, nothing connected, nothing remembered.",
                    "--profile is the new user's behaviour profile (documented by default)."})
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "the new user's name, such as alice")
        String name;

        @Override
        public Integer call() {
            GlobalOptions state = GlobalOptions.of(spec);
            GlobalOptions.checkName("user", name);
            if (state.user != null || state.session != null) {
                throw new Wnet.UserError("'wnet sim user add' makes user " + Names.quote(name) + " with its desktop session;"
                        + " it takes no --user or --session");
            }
            BehaviourProfile profile = state.profileOrNull(); // the new user's, so no other user's is switched
            List<StateFile.User> users;
            try (GlobalOptions.Session session = state.open("sim user add", StateStore.Access.CREATE, null)) {
                users = session.users();
                if (users.stream().anyMatch(u -> u.name().equals(name))) {
                    throw new Wnet.UserError("state file " + state.file + " has a user " + Names.quote(name)
                            + " already; act as it with --user " + name);
                }
                users.add(new StateFile.User(name, FakeLogon.create(profile != null ? profile : BehaviourProfile.documented())));
                session.save();
            }
            print(users, spec.commandLine().getOut()); // unlocked: a slow reader of stdout holds up no one
            return ExitCodes.OK;
        }
    }

    /** {@code wnet sim user list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the simulated users, each with its profile and sessions.")
    static final class ListUsers implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            GlobalOptions state = GlobalOptions.of(spec);
            if (state.user != null || state.session != null) {
                throw new Wnet.UserError("'wnet sim user list' lists every user; it takes no --user or --session"
                        + " (see one user's sessions with 'wnet sim session list --user NAME')");
            }
            List<StateFile.User> users;
            try (GlobalOptions.Session session = state.open("sim user list", StateStore.Access.READ)) {
                users = session.users();
            }
            print(users, spec.commandLine().getOut());
            return ExitCodes.OK;
        }
    }

    /** The users as a table, the first (the one a command acts as without --user) marked. */
    static void print(List<StateFile.User> users, PrintWriter out) {
        Table table = new Table("USER", "PROFILE", "SESSIONS");
        for (StateFile.User u : users) {
            List<String> sessions = new ArrayList<>();
            for (FakeLogon s : u.desktop().sessions()) {
                sessions.add(s.sessionName() + (s.isLinkedElevation() ? " (linked)" : ""));
            }
            table.row(u.name() + (u == users.get(0) ? " *" : ""), u.desktop().profile().name(), String.join(", ", sessions));
        }
        table.print(out);
        out.println("(* the user a command acts as without --user)");
    }
}
