package io.github.wnet4j.cli;

import io.github.wnet4j.NoBackendException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * {@code wnet}: cancel Windows network connections from a shell, through the backend discovery
 * picks, and try the fake's behaviour on any machine with {@code --state FILE}.
 */
@Command(name = "wnet",
        mixinStandardHelpOptions = true,
        versionProvider = Wnet.Version.class,
        description = {
                "Cancels Windows network connections (WNetCancelConnection2 / WNetCancelConnection).",
                "With --state FILE the in-memory fake of one Windows logon is kept in FILE between runs,",
                "so the real functions' behaviour can be tried on any machine."},
        subcommands = {CancelCommand.class, BackendsCommand.class, ConnectCommand.class, ListCommand.class,
                LogonCommand.class, CommandLine.HelpCommand.class},
        footer = {"", ExitCodes.HELP})
public final class Wnet implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs {@code wnet} and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs {@code wnet} with these streams; returns the exit status (for tests and embedding). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        // Discovery logs through System.Logger (java.util.logging here): keep it to one readable line.
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "wnet: %4$s: %5$s%6$s%n");
        }
        CommandLine cli = new CommandLine(new Wnet());
        cli.setUsageHelpWidth(110);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("wnet: " + e.getMessage() + " (see 'wnet "
                    + commandPath(e.getCommandLine()) + "--help')");
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("wnet: " + oneLine(e));
            return e instanceof NoBackendException ? ExitCodes.NO_BACKEND : ExitCodes.USAGE;
        });
        return cli.execute(args);
    }

    private static String commandPath(CommandLine c) {
        String qualified = c.getCommandSpec().qualifiedName(" ");
        int space = qualified.indexOf(' ');
        return space < 0 ? "" : qualified.substring(space + 1) + " ";
    }

    /** A failure as the user should see it: the message, not a stack trace. */
    static String oneLine(Exception e) {
        if (e instanceof UserError || e instanceof IllegalArgumentException || e instanceof NullPointerException) {
            return e.getMessage();
        }
        if (e instanceof NoBackendException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Bad input detected by a command: reported in one line, exit status 2. */
    static final class UserError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UserError(String message) {
            super(message, null, false, false);
        }
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Wnet.class.getPackage().getImplementationVersion();
            return new String[] {"wnet " + (v == null ? "(development build)" : v)};
        }
    }
}
