package io.github.wnet4j.cli;

import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectOutcome;
import io.github.wnet4j.ConnectRequest;
import io.github.wnet4j.Credentials;
import io.github.wnet4j.CredentialConflictOutcome;
import io.github.wnet4j.NetworkConnection;
import io.github.wnet4j.WNet;
import io.github.wnet4j.cli.StateConnections.UsedCredentials;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code wnet connect [DEVICE|*] REMOTE}: makes a connection, as {@code net use} does. */
@Command(name = "connect", mixinStandardHelpOptions = true,
        description = {"Connects a device (Z:, LPT1:), any free drive (*), or no device to a remote name"
                + " (\\\\server\\share), as 'net use' does: WNetAddConnection2, or WNetUseConnection for *.",
                "Uses the best native backend, or the one --backend names; with --state, the fake in FILE and the"
                        + " network 'wnet sim server' declared there.",
                "",
                "Without --as the connection is made as the logon's own user. A password is never taken from the"
                        + " command line: give it on standard input (--password-stdin) or in an environment variable"
                        + " (--password-env VAR). It is held in a character array, cleared after the call, and"
                        + " printed nowhere; a state file keeps only its salted digest.",
                "",
                "On ERROR_SESSION_CREDENTIAL_CONFLICT (1219: this logon session holds the server under other"
                        + " credentials) it lists the connections that hold the server; --replace-conflicting cancels"
                        + " them (not one with open files, unless --force) and connects once more, reporting each step."},
        footer = {"", "Examples:",
                "  wnet connect Z: '\\\\srv\\deploy' --as 'CORP\\svc' --password-stdin < pw.txt",
                "  wnet connect '*' '\\\\fileserver\\deploy'     (any free drive: printed last)",
                "  wnet connect '\\\\nas\\backup'                  (no device)", "", ExitCodes.HELP})
final class ConnectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "NAME",
            description = "DEVICE REMOTE (a drive such as Z:, a port such as LPT1:, or * for any free drive), or REMOTE"
                    + " alone for a connection with no device.")
    List<String> names;

    // Not --user: that global option picks the simulated user a command acts as in a state file.
    @Option(names = "--as", paramLabel = "ACCOUNT",
            description = "Connect as this account (user, DOMAIN\\user, user@domain) instead of the logon's own user.")
    String account;

    @Mixin
    PasswordInput password;

    @Option(names = "--persistent", description = "Remember the device connection in the profile (CONNECT_UPDATE_PROFILE).")
    boolean persistent;

    @Option(names = "--replace-conflicting",
            description = "On ERROR_SESSION_CREDENTIAL_CONFLICT (1219), cancel the connections that hold the server and"
                    + " connect once more.")
    boolean replaceConflicting;

    @Option(names = "--force", description = "With --replace-conflicting: cancel them even with open files (fForce).")
    boolean force;

    @Option(names = "--json", description = "Print the outcome as a JSON object.")
    boolean json;

    @Override
    public Integer call() {
        ConnectRequest request = request(); // bad input is refused before a password is read or a file touched
        char[] secret = password.read(spec);
        ConnectOutcome made;
        CredentialConflictOutcome cure = null;
        String backendName;
        try (CommandBackend backend = CommandBackend.open("connect", GlobalOptions.of(spec), StateStore.Access.UPDATE)) {
            GlobalOptions.Session session = backend.session();
            String digest = secret == null || session == null ? null : session.network().digest(secret);
            char[] passed = digest == null ? secret : digest.toCharArray();
            UsedCredentials used = session == null || (account == null && passed == null) ? null
                    : new UsedCredentials(account, digest);
            try (Credentials credentials = PasswordInput.credentials(account, passed)) {
                ConnectRequest asked = credentials == null ? request : request.with(credentials);
                WNet wnet = backend.wnet();
                if (replaceConflicting) {
                    cure = wnet.connectCancellingConflicts(asked, force);
                    made = cure.result();
                } else {
                    made = wnet.connect(asked);
                }
            }
            backendName = backend.backendName();
            if (session != null && made.isSuccess()) {
                StateConnections.record(session.user(), session.logon(), made, used);
            }
            backend.saveIf(made.isSuccess() || (cure != null && cure.cancels().stream().anyMatch(CancelOutcome::isSuccess)));
        } finally {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
        }
        return cure == null ? report(made, backendName) : report(cure, backendName);
    }

    /** The request the arguments describe, checked by the names' grammar; no credentials yet. */
    private ConnectRequest request() {
        if (force && !replaceConflicting) {
            throw new Wnet.UserError("--force closes the open files of the connections --replace-conflicting cancels: add"
                    + " --replace-conflicting, or drop --force");
        }
        String remote = names.get(names.size() - 1);
        if (names.size() == 1 && persistent) {
            throw new Wnet.UserError("only a device connection can be remembered: give a DEVICE (or *) before the remote"
                    + " name, or drop --persistent");
        }
        if (account != null) {
            NameChecks.credentialsUser(account); // before anything runs
        }
        ConnectRequest request = names.size() == 1 ? ConnectRequest.deviceless(remote)
                : names.get(0).equals("*") ? ConnectRequest.anyFreeDevice(remote)
                : ConnectRequest.device(NameChecks.device(names.get(0)), remote);
        return persistent ? request.remembered() : request;
    }

    private int report(ConnectOutcome made, String backendName) {
        PrintWriter out = spec.commandLine().getOut(); // printed unlocked: a slow reader of stdout holds up no one
        if (json) {
            out.println(Json.write(outcomeJson(backendName, made)));
            return ExitCodes.of(made);
        }
        printOutcome(out, made, backendName);
        if (!made.serverHeldBy().isEmpty()) {
            GlobalOptions options = GlobalOptions.of(spec);
            String same = options.file != null ? " this with the same --state" : options.backend != null
                    ? " this with the same --backend" : "";
            ConsoleText.println(out, "To cancel them (not one with open files) and connect again, run" + same + ":");
            out.println("  " + ConsoleText.printable(cureCommand())); // one line, to copy whole
        }
        return ExitCodes.of(made);
    }

    private int report(CredentialConflictOutcome cure, String backendName) {
        PrintWriter out = spec.commandLine().getOut();
        Optional<CancelOutcome> refused = cure.cancels().stream().filter(c -> !c.isSuccessOrNotConnected()).findFirst();
        if (json) {
            Map<String, Object> o = outcomeJson(backendName, cure.first());
            List<Object> cancels = new ArrayList<>();
            cure.cancels().forEach(c -> cancels.add(Json.cancel(null, c)));
            o.put("cancels", cancels);
            o.put("retry", cure.retry().map(r -> (Object) outcomeJson(null, r)).orElse(null));
            out.println(Json.write(o));
        } else {
            printOutcome(out, cure.first(), backendName);
            cure.cancels().forEach(c -> ConsoleText.println(out, c.describe() + " [backend: " + backendName + "]"));
            cure.retry().ifPresent(r -> printOutcome(out, r, backendName));
            refused.filter(r -> cure.retry().isEmpty()).ifPresent(r -> ConsoleText.println(out, "Not retried: "
                    + r.name() + " still holds the server" + (force ? "." : "; add --force to close its open files.")));
        }
        return cure.retry().isEmpty() && refused.isPresent() ? ExitCodes.of(refused.get()) : ExitCodes.of(cure.result());
    }

    /** The outcome's sentence; on 1219 the connections that hold the server, one a line; a picked device alone last. */
    private void printOutcome(PrintWriter out, ConnectOutcome made, String backendName) {
        ConnectOutcome sentence = new ConnectOutcome(made.request(), made.code(), made.accessName(), List.of(),
                made.extendedError());
        ConsoleText.println(out, sentence.describe() + " [backend: " + backendName + "]");
        if (!made.serverHeldBy().isEmpty()) {
            ConsoleText.println(out, "The connections of this logon session that hold the server:");
            made.serverHeldBy().forEach(c -> out.println("  " + ConsoleText.printable(c.toString())));
        }
        if (made.isSuccess() && made.request().pickFreeDevice()) {
            made.device().ifPresent(out::println); // alone on the last line, for a script: drive=$(wnet connect '*' ... | tail -n 1)
        }
    }

    /** This command with {@code --replace-conflicting}, its own arguments quoted for a POSIX shell; the global options are said apart. */
    private String cureCommand() {
        List<String> words = new ArrayList<>(List.of("wnet", "connect"));
        names.forEach(n -> words.add(quoted(n)));
        if (account != null) {
            words.add("--as");
            words.add(quoted(account));
        }
        if (password.stdin) {
            words.add("--password-stdin");
        }
        if (password.variable != null) {
            words.add("--password-env");
            words.add(quoted(password.variable));
        }
        if (persistent) {
            words.add("--persistent");
        }
        words.add("--replace-conflicting");
        return String.join(" ", words);
    }

    private static String quoted(String word) {
        return word.matches("[A-Za-z0-9_.:@%+=/-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    private static Map<String, Object> outcomeJson(String backendName, ConnectOutcome made) {
        Map<String, Object> o = Json.object(backendName);
        o.put("function", made.function().win32Name());
        o.put("device", made.request().device().orElse(null));
        o.put("remoteName", made.request().remoteName());
        o.put("user", made.request().credentials().flatMap(Credentials::userName).orElse(null));
        o.put("flags", made.request().flags().stream().map(Enum::name).sorted().toList());
        o.put("connected", made.accessName().orElse(null));
        Json.outcome(o, made);
        List<Object> holders = new ArrayList<>();
        for (NetworkConnection c : made.serverHeldBy()) {
            holders.add(Json.connection(c));
        }
        o.put("serverHeldBy", holders);
        return o;
    }
}
