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
import java.util.function.Function;

/**
 * {@code wnet}: read, make and cancel Windows network connections from a shell, through the backend discovery
 * picks, and try the fake's behaviour on any machine with {@code --state FILE} and {@code wnet sim}.
 */
@Command(name = "wnet",
        mixinStandardHelpOptions = true,
        versionProvider = Wnet.Version.class,
        description = {
                "Reads, makes and cancels Windows network connections (WNetGetConnection, WNetOpenEnum,"
                        + " WNetGetUniversalName, WNetAddConnection2, WNetUseConnection, WNetCancelConnection2,"
                        + " WNetCancelConnection).",
                "With --state FILE every command works on a simulated Windows logon kept in FILE, so the real"
                        + " functions' behaviour can be tried on any machine; 'wnet sim' sets that logon up (its users,"
                        + " sessions, connections and network). The options below go before or after the command's name."},
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
        SUBCOMMANDS.put("connect", ConnectCommand.class);
        SUBCOMMANDS.put("cancel", CancelCommand.class);
        SUBCOMMANDS.put("cancel-server", CancelServerCommand.class);
        SUBCOMMANDS.put("backends", BackendsCommand.class);
        SUBCOMMANDS.put("sim", SimCommand.class);
        SUBCOMMANDS.put("help", CommandLine.HelpCommand.class);
    }

    /** The global options that take a value: skipped to find the subcommand's name (see {@link #addSubcommands}). */
    private static final java.util.Set<String> VALUED_OPTIONS = java.util.Set.of("--backend", "--state", "--profile",
            "--session", "--user");

    /** The root command; picocli makes it through this constructor. */
    public Wnet() {
    }

    /** Where {@code --password-stdin} reads: this process's standard input, or a test's. */
    private InputStream stdin = System.in;

    /** Where {@code --password-env VAR} looks: this process's environment, or a test's. */
    private Function<String, String> environment = System::getenv;

    /** {@return the standard input of this run, which {@code --password-stdin} reads} */
    static InputStream stdin(CommandLine.Model.CommandSpec spec) {
        return ((Wnet) spec.root().userObject()).stdin;
    }

    /** {@return the environment variable {@code name} of this run, or null} */
    static String environment(CommandLine.Model.CommandSpec spec, String name) {
        return ((Wnet) spec.root().userObject()).environment.apply(name);
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The options every command takes, wherever they are given. */
    @CommandLine.Mixin
    GlobalOptions options;

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
     * failure is one message on {@code err}, wrapped at 80 columns ({@link ConsoleText}); none, not
     * even an {@link Error}, gives status 1, which means "not connected".
     *
     * @param args the command line
     * @param out where results go
     * @param err where the one line of a failure goes
     * @return the exit status (see {@code wnet --help})
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, System.in, System::getenv, out, err);
    }

    /**
     * As {@link #run(String[], PrintWriter, PrintWriter)}, with the standard input and environment a
     * password may come from ({@code --password-stdin}, {@code --password-env VAR}).
     *
     * @param args the command line
     * @param in the standard input
     * @param environment the environment variables by name (null for one that is not set)
     * @param out where results go
     * @param err where the one line of a failure goes
     * @return the exit status (see {@code wnet --help})
     */
    static int run(String[] args, InputStream in, Function<String, String> environment, PrintWriter out, PrintWriter err) {
        try {
            for (String arg : args) {
                if (arg != null && (arg.equals("--password") || arg.startsWith("--password="))) {
                    // Said before the undecodable check and picocli, each of which would quote the word after it:
                    // a password must not be echoed.
                    ConsoleText.println(err, "wnet: wnet never takes a password on the command line, where other users"
                            + " and the shell's history can read it: use --password-stdin, or --password-env VAR");
                    return ExitCodes.USAGE;
                }
            }
            String undecodable = undecodable(args);
            if (undecodable != null) {
                ConsoleText.println(err, "wnet: " + undecodable);
                return ExitCodes.USAGE;
            }
            return execute(args, in, environment, out, err);
        } catch (Error e) {
            ConsoleText.println(err, "wnet: wnet could not run (" + flat(e.toString())
                    + "); a state file is never left half-written");
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

    private static int execute(String[] args, InputStream in, Function<String, String> environment, PrintWriter out,
                               PrintWriter err) {
        // Discovery logs through System.Logger (java.util.logging here): keep it to one readable line.
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "wnet: %4$s: %5$s%6$s%n");
        }
        Wnet root = new Wnet();
        root.stdin = in;
        root.environment = environment;
        CommandLine cli = new CommandLine(root);
        addSubcommands(cli, args);
        cli.setUsageHelpWidth(ConsoleText.WIDTH);
        cli.setExpandAtFiles(false); // an @file must never add options such as --force --update-profile
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            ConsoleText.println(e.getCommandLine().getErr(), "wnet: " + e.getMessage() + " (see 'wnet "
                    + commandPath(e.getCommandLine()) + "--help')");
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            ConsoleText.println(commandLine.getErr(), "wnet: " + oneLine(e));
            return e instanceof NoBackendException || e instanceof Backends.Unusable ? ExitCodes.NO_BACKEND : ExitCodes.USAGE;
        });
        return cli.execute(args);
    }

    /**
     * Adds what {@code args} can reach: the subcommand the first word after the global options names,
     * none for a lone {@code --version}, otherwise all (for the help, a typo's suggestions).
     */
    static void addSubcommands(CommandLine cli, String[] args) {
        int i = 0;
        while (i < args.length && VALUED_OPTIONS.contains(args[i].split("=", 2)[0])) {
            i += args[i].indexOf('=') > 0 ? 1 : 2; // --state FILE, or --state=FILE
        }
        String first = i < args.length ? args[i] : null;
        Class<?> named = first == null || first.equals("help") ? null : SUBCOMMANDS.get(first);
        if (named != null) {
            cli.addSubcommand(first, named);
        } else if (!(args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0])))) {
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

    /** Text on one line: line breaks (native loaders' messages have them) become "; " (then wrapped to fit). */
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
