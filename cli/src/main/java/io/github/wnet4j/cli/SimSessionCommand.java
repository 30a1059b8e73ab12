package io.github.wnet4j.cli;

import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.fake.JournalEntry;
import io.github.wnet4j.spi.Names;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code wnet sim session}: the logon sessions of one of the fake's users (docs/specification.md, "Logon sessions"). */
@Command(name = "session", mixinStandardHelpOptions = true,
        description = {"Adds and lists the logon sessions of a simulated user in --state FILE.",
                "The user (--user NAME) owns the profile (remembered entries); each session owns its device map."
                        + " Act in one with --session NAME on any command. 'add elevated' makes the elevated twin"
                        + " (with --linked: EnableLinkedConnections=1, sharing the desktop session's connections),"
                        + " 'add NAME' a further session with connections of its own."},
        subcommands = {SimSessionCommand.Add.class, SimSessionCommand.ListSessions.class})
final class SimSessionCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code wnet sim session add NAME [--linked]}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Adds a logon session to the simulated user.",
                    "'elevated' is the elevated twin (unlinked unless --linked); any other name a further session."})
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "elevated, or a further session's name")
        String name;

        @Option(names = "--linked", description = "Only for elevated: share the desktop session's device map (EnableLinkedConnections=1).")
        boolean linked;

        @Override
        public Integer call() {
            GlobalOptions state = GlobalOptions.of(spec);
            GlobalOptions.checkName("session", name);
            if (JournalEntry.DESKTOP.equals(name)) {
                throw new Wnet.UserError("every user has a desktop session already; add elevated or a further session");
            }
            if (linked && !JournalEntry.ELEVATED.equals(name)) {
                throw new Wnet.UserError("--linked is for the elevated twin only (EnableLinkedConnections links it to the"
                        + " desktop session); a further session always has a device map of its own");
            }
            if (state.session != null) {
                throw new Wnet.UserError("'wnet sim session add' adds a session to the user; it takes no --session");
            }
            FakeLogon desktop;
            try (GlobalOptions.Session session = state.open("sim session add", StateStore.Access.CREATE)) {
                desktop = session.user().desktop();
                if (desktop.sessions().stream().anyMatch(s -> s.sessionName().equals(name))) {
                    throw new Wnet.UserError("user " + Names.quote(session.user().name()) + " has a session " + name
                            + " already; use it with --session " + name);
                }
                try {
                    if (JournalEntry.ELEVATED.equals(name)) {
                        if (linked) {
                            desktop.elevatedLinked();
                        } else {
                            desktop.elevated();
                        }
                    } else {
                        desktop.newSession(name);
                    }
                } catch (IllegalStateException e) {
                    throw new Wnet.UserError(e.getMessage());
                }
                session.save();
            }
            print(desktop, spec.commandLine().getOut());
            return ExitCodes.OK;
        }
    }

    /** {@code wnet sim session list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the sessions of the simulated user, each with its connections.")
    static final class ListSessions implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            GlobalOptions state = GlobalOptions.of(spec);
            if (state.session != null) {
                throw new Wnet.UserError("'wnet sim session list' lists every session; it takes no --session");
            }
            FakeLogon desktop;
            try (GlobalOptions.Session session = state.open("sim session list", StateStore.Access.READ)) {
                desktop = session.user().desktop();
            }
            print(desktop, spec.commandLine().getOut());
            return ExitCodes.OK;
        }
    }

    /** Every session of the user, as {@link LogonTable} prints one, under a heading naming it. */
    static void print(FakeLogon desktop, PrintWriter out) {
        boolean first = true;
        for (FakeLogon s : desktop.sessions()) {
            if (!first) {
                out.println();
            }
            first = false;
            out.println("session " + ConsoleText.printable(s.sessionName()) + (s.isLinkedElevation() ? " (linked to desktop)" : ""));
            LogonTable.print(s, out);
        }
    }
}
