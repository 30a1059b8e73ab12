package io.github.wnet4j.cli;

import io.github.wnet4j.ProviderStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code wnet backends}: discovery's diagnostics as a table. */
@Command(name = "backends", mixinStandardHelpOptions = true,
        description = {"Lists every backend found, its priority, and why it is or is not available here.",
                "--backend NAME or -Dwnet4j.backend=NAME makes the other commands use one of them."})
final class BackendsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the list as JSON.")
    boolean json;

    @Override
    public Integer call() {
        GlobalOptions.of(spec).refuseState("backends");
        List<ProviderStatus> providers = Backends.diagnostics();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(StateCodec.toJson(providers.stream().map(p -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", p.name());
                m.put("priority", p.priority());
                m.put("simulator", p.simulator());
                m.put("available", p.available());
                m.put("reason", p.reason());
                return m;
            }).toList()));
            return ExitCodes.OK;
        }
        Table table = new Table("BACKEND", "PRIORITY", "KIND", "AVAILABLE", "WHY");
        for (ProviderStatus p : providers) {
            table.row(p.name(), Integer.toString(p.priority()), p.simulator() ? "simulator" : "native",
                    p.available() ? "yes" : "no", p.reason());
        }
        table.print(out);
        if (providers.isEmpty()) {
            out.println("(no backend found on the class path)");
        }
        return ExitCodes.OK;
    }
}
