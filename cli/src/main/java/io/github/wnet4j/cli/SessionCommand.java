package io.github.wnet4j.cli;

import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.fake.JournalEntry;
import io.github.wnet4j.spi.Names;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code wnet session}: the logon sessions of one of the fake's users (docs/specification.md, "Logon sessions"). */
@Command(name = "session", mixinStandardHelpOptions = true,
        description = {"The logon sessions of the fake's user in --state FILE (--user NAME: another of its users).",
                "The user owns the profile (remembered entries); each session owns its device map.",
                "Act in one with --session NAME on any command.",
                "  wnet session add elevated [--linked]   the elevated twin; --linked: EnableLinkedConnections=1,",
                "                                         sharing the desktop session's connections",
                "  wnet session add NAME                  a further session with connections of its own",
                "  wnet session list                      the user's sessions, each with its connections"},
        subcommands = {SessionCommand.Add.class, SessionCommand.ListSessions.class})
final class SessionCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code wnet session add NAME [--linked]}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds a logon session to the fake's user (--user NAME: another one): 'elevated' (the twin,"
                    + " unlinked unless --linked) or a further named one.")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "elevated, or a further session's name")
        String name;

        @Option(names = "--linked", description = "Only for elevated: share the desktop session's device map (EnableLinkedConnections=1).")
        boolean linked;

        @Mixin
        StateOption state;

        @Override
        public Integer call() {
            StateOption.checkName("session", name);
            if (JournalEntry.DESKTOP.equals(name)) {
                throw new Wnet.UserError("every user has a desktop session already; add elevated or a further session");
            }
            if (linked && !JournalEntry.ELEVATED.equals(name)) {
                throw new Wnet.UserError("--linked is for the elevated twin only (EnableLinkedConnections links it to the"
                        + " desktop session); a further session always has a device map of its own");
            }
            if (state.session != null) {
                throw new Wnet.UserError("'wnet session add' adds a session to the user; it takes no --session");
            }
            FakeLogon desktop;
            try (StateOption.Session session = state.open("session add", StateStore.Access.CREATE)) {
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

    /** {@code wnet session list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the sessions of the fake's user (--user NAME: another one), each with its connections.")
    static final class ListSessions implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StateOption state;

        @Override
        public Integer call() {
            if (state.session != null) {
                throw new Wnet.UserError("'wnet session list' lists every session; it takes no --session");
            }
            FakeLogon desktop;
            try (StateOption.Session session = state.open("session list", StateStore.Access.READ)) {
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
            out.println("session " + s.sessionName() + (s.isLinkedElevation() ? " (linked to desktop)" : ""));
            LogonTable.print(s, out);
        }
    }
}
