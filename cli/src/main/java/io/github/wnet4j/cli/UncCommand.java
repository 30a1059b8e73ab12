package io.github.wnet4j.cli;

import io.github.wnet4j.UniversalNameOutcome;
import io.github.wnet4j.spi.Names;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code wnet unc PATH}: a drive-based path's universal name (WNetGetUniversalName). */
@Command(name = "unc", mixinStandardHelpOptions = true,
        description = {"Shows a drive-based path's universal (UNC) name (WNetGetUniversalName).",
                "For a path such as Z:\\dir\\f.txt: the universal name, the connection name (\\\\server\\share) and"
                        + " the remaining path (\\dir\\f.txt; \\ for Z: and Z:\\). The path is passed as written: '..'"
                        + " is not resolved. A remembered-only drive exits 8, an unmapped one 1. Uses the best native"
                        + " backend, or the one --backend (or -Dwnet4j.backend) names; with --state, the fake in FILE."},
        footer = {"", ExitCodes.HELP})
final class UncCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "A drive-based path: Z:, Z:\\ or Z:\\dir\\f.txt.")
    String path;

    @Option(names = "--universal-only",
            description = "Ask at UNIVERSAL_NAME_INFO_LEVEL (the universal name alone) instead of REMOTE_NAME_INFO_LEVEL.")
    boolean universalOnly;

    @Option(names = "--json", description = "Print the answer as a JSON object.")
    boolean json;

    @Override
    public Integer call() {
        Names.check(path);
        UniversalNameOutcome outcome;
        String backendName;
        try (CommandBackend backend = CommandBackend.open("unc", GlobalOptions.of(spec), StateStore.Access.READ)) {
            outcome = universalOnly ? backend.reader().universalName(path) : backend.reader().remoteNameInfo(path);
            backendName = backend.backendName();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(json(backendName, outcome)));
        } else if (outcome.isSuccess()) {
            Table table = new Table("UNIVERSAL NAME", outcome.universalName().orElse(""));
            outcome.connectionName().ifPresent(c -> table.row("CONNECTION", c));
            outcome.remainingPath().ifPresent(r -> table.row("REMAINING PATH", r));
            table.row("BACKEND", backendName);
            table.print(out);
        } else {
            ConsoleText.println(out, outcome.describe() + " [backend: " + backendName + "]");
        }
        return ExitCodes.of(outcome);
    }

    private static Map<String, Object> json(String backendName, UniversalNameOutcome o) {
        Map<String, Object> m = Json.object(backendName);
        m.put("path", o.localPath());
        m.put("level", o.level().win32Name());
        m.put("universalName", o.universalName().orElse(null));
        m.put("connectionName", o.connectionName().orElse(null));
        m.put("remainingPath", o.remainingPath().orElse(null));
        return Json.outcome(m, o);
    }
}
