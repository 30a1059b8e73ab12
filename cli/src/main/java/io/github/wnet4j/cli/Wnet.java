package io.github.wnet4j.cli;

import io.github.wnet4j.NoBackendException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * {@code wnet}: read and cancel Windows network connections from a shell, through the backend discovery
 * picks, and try the fake's behaviour on any machine with {@code --state FILE}.
 */
@Command(name = "wnet",
        mixinStandardHelpOptions = true,
        versionProvider = Wnet.Version.class,
        description = {
                "Reads and cancels Windows network connections (WNetGetConnection, WNetOpenEnum, WNetGetUniversalName,",
                "WNetCancelConnection2 / WNetCancelConnection).",
                "With --state FILE the in-memory fake of Windows logons is kept in FILE between runs,",
                "so the real functions' behaviour can be tried on any machine. The file holds users, which share nothing,",
                "each with a profile and logon sessions: --user NAME picks the user a command acts as (the file's first,",
                "\"default\", if not given; 'wnet user add NAME' makes one), --session NAME (desktop, elevated, or a",
                "further one) the session it acts in ('wnet session add elevated [--linked]' or 'wnet session add NAME')."},
        footer = {"", ExitCodes.HELP})
public final class Wnet implements Runnable {

    /**
     * The subcommands by name, in the order the help lists them. picocli reflects over every command it
     * is given, which is a large part of a start-up: a command line that names one gets only that one.
     */
    private static final Map<String, Class<?>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("list", ListCommand.class);
        SUBCOMMANDS.put("get", GetCommand.class);
        SUBCOMMANDS.put("unc", UncCommand.class);
        SUBCOMMANDS.put("cancel", CancelCommand.class);
        SUBCOMMANDS.put("cancel-server", CancelServerCommand.class);
        SUBCOMMANDS.put("backends", BackendsCommand.class);
        SUBCOMMANDS.put("connect", ConnectCommand.class);
        SUBCOMMANDS.put("logon", LogonCommand.class);
        SUBCOMMANDS.put("session", SessionCommand.class);
        SUBCOMMANDS.put("user", UserCommand.class);
        SUBCOMMANDS.put("help", CommandLine.HelpCommand.class);
    }

    /** The root command; picocli makes it through this constructor. */
    public Wnet() {
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs {@code wnet} and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs {@code wnet} with these streams; returns the exit status (for tests and embedding). Every
     * failure is one line on {@code err}; none, not even an {@link Error}, gives status 1, which
     * means "not connected".
     *
     * @param args the command line
     * @param out where results go
     * @param err where the one line of a failure goes
     * @return the exit status (see {@code wnet --help})
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            String undecodable = undecodable(args);
            if (undecodable != null) {
                err.println("wnet: " + undecodable);
                return ExitCodes.USAGE;
            }
            return execute(args, out, err);
        } catch (Error e) {
            err.println("wnet: wnet could not run (" + flat(e.toString()) + "); a state file is never left half-written");
            return ExitCodes.USAGE;
        }
    }

    /**
     * Why an argument cannot be trusted, or null: the JVM decodes argv with the locale's charset
     * (sun.jnu.encoding) and turns bytes it cannot decode into U+FFFD, so two different names could
     * arrive as one, and the wrong connection would be cancelled.
     */
    static String undecodable(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i] != null && args[i].indexOf('\uFFFD') >= 0) {
                return "argument " + (i + 1) + " (" + flat(args[i]) + ") holds U+FFFD, a character the locale's encoding"
                        + " could not decode (sun.jnu.encoding=" + System.getProperty("sun.jnu.encoding")
                        + ", native.encoding=" + System.getProperty("native.encoding") + "), so wnet cannot know which name"
                        + " was meant; run it under a UTF-8 locale, for example LC_ALL=C.UTF-8";
            }
        }
        return null;
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err) {
        // Discovery logs through System.Logger (java.util.logging here): keep it to one readable line.
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "wnet: %4$s: %5$s%6$s%n");
        }
        CommandLine cli = new CommandLine(new Wnet());
        addSubcommands(cli, args);
        cli.setUsageHelpWidth(110);
        cli.setExpandAtFiles(false); // an @file must never add options such as --force --update-profile
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("wnet: " + e.getMessage() + " (see 'wnet "
                    + commandPath(e.getCommandLine()) + "--help')");
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("wnet: " + oneLine(e));
            return e instanceof NoBackendException || e instanceof Backends.Unusable ? ExitCodes.NO_BACKEND : ExitCodes.USAGE;
        });
        return cli.execute(args);
    }

    /**
     * Adds what {@code args} can reach: the subcommand {@code args[0]} names, none for a lone
     * {@code --version}, otherwise all (for the help, a typo's suggestions, an option before the name).
     */
    static void addSubcommands(CommandLine cli, String[] args) {
        String first = args.length > 0 ? args[0] : null;
        Class<?> named = first == null || first.equals("help") ? null : SUBCOMMANDS.get(first);
        if (named != null) {
            cli.addSubcommand(first, named);
        } else if (!(args.length == 1 && ("--version".equals(first) || "-V".equals(first)))) {
            SUBCOMMANDS.forEach(cli::addSubcommand);
        }
    }

    private static String commandPath(CommandLine c) {
        String qualified = c.getCommandSpec().qualifiedName(" ");
        int space = qualified.indexOf(' ');
        return space < 0 ? "" : qualified.substring(space + 1) + " ";
    }

    /** A failure as the user should see it: the message on one line, not a stack trace. */
    static String oneLine(Exception e) {
        if (e instanceof UserError || e instanceof IllegalArgumentException || e instanceof NullPointerException
                || e instanceof NoBackendException || e instanceof Backends.Unusable) {
            return flat(e.getMessage());
        }
        return flat(e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    /** Text on one line: line breaks (native loaders' messages have them) become "; ". */
    static String flat(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", "; ");
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

    /** The project's version, from a resource Maven filters at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Wnet.class.getResourceAsStream("version.properties")) {
                if (in == null) {
                    throw new IOException("the resource io/github/wnet4j/cli/version.properties is missing from wnet's jar");
                }
                p.load(in);
            }
            return new String[] {"wnet " + p.getProperty("version") + " (wnet4j)"};
        }
    }
}
