package io.github.wnet4j.cli;

import io.github.wnet4j.LookupOutcome;
import io.github.wnet4j.spi.Names;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.Map;
import java.util.concurrent.Callable;

/** {@code wnet get DEVICE}: what one device points at (WNetGetConnection). */
@Command(name = "get", mixinStandardHelpOptions = true,
        description = {"Shows what a local device points at (WNetGetConnection).",
                "A device (Z:, LPT1:) is connected to a remote name (exit 0), remembered to one but not connected in"
                        + " this logon session (exit 8), or not connected (exit 1). Uses the best native backend, or"
                        + " the one --backend (or -Dwnet4j.backend) names; with --state, the fake in FILE."},
        footer = {"", ExitCodes.HELP})
final class GetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DEVICE", description = "The local device: a drive such as Z: or a printer port such as LPT1:.")
    String device;

    @Option(names = "--json", description = "Print the answer as a JSON object.")
    boolean json;

    @Override
    public Integer call() {
        if (Names.device(Names.check(device)) == null) {
            throw new Wnet.UserError(Names.quote(device) + " is not a local device: give a drive such as Z: or a printer"
                    + " port such as LPT1: (Z:\\ and Z:\\dir are paths: see 'wnet unc'; for remote names see 'wnet list')");
        }
        LookupOutcome outcome;
        String backendName;
        try (CommandBackend backend = CommandBackend.open("get", GlobalOptions.of(spec), StateStore.Access.READ)) {
            outcome = backend.reader().getConnection(device);
            backendName = backend.backendName();
        }
        if (json) {
            spec.commandLine().getOut().println(Json.write(lookupJson(backendName, outcome)));
        } else {
            ConsoleText.println(spec.commandLine().getOut(), describe(outcome) + " [backend: " + backendName + "]");
        }
        return ExitCodes.of(outcome);
    }

    /** One line: "Z: connected to \\srv\share", or the failing call. */
    static String describe(LookupOutcome o) {
        if (o.isConnected()) {
            return o.device() + " connected to " + o.remoteName().orElse("(no remote name given)");
        }
        if (o.isRememberedOnly()) {
            return o.device() + " remembered to " + o.remoteName().orElse("(no remote name given)")
                    + ", not connected in this logon session (ERROR_CONNECTION_UNAVAIL, 1201)";
        }
        if (o.isNotConnected()) {
            return o.device() + " not connected (ERROR_NOT_CONNECTED, 2250)";
        }
        return o.describe();
    }

    /** The answer's JSON: status, remote name, then the outcome's fields. */
    static Map<String, Object> lookupJson(String backendName, LookupOutcome o) {
        Map<String, Object> m = Json.object(backendName);
        m.put("device", o.device());
        m.put("status", o.isConnected() ? "connected" : o.isRememberedOnly() ? "remembered"
                : o.isNotConnected() ? "not-connected" : "failed");
        m.put("remoteName", o.remoteName().orElse(null));
        return Json.outcome(m, o);
    }
}
