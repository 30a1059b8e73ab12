package io.github.wnet4j.cli;

import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectionCanceller;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code wnet cancel NAME}. */
@Command(name = "cancel", mixinStandardHelpOptions = true,
        description = {"Cancels a redirected device (Z:, LPT1:) or the connections to a remote name (\\\\server\\share).",
                "Uses the best native backend, or the one --backend (or -Dwnet4j.backend) names; with --state, the fake in FILE."},
        footer = {"", ExitCodes.HELP})
final class CancelCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The local device or remote name.")
    String name;

    @Option(names = "--force", description = "Close open files and print jobs and disconnect anyway (fForce).")
    boolean force;

    @Option(names = "--update-profile", description = "Also forget a remembered connection (CONNECT_UPDATE_PROFILE).")
    boolean updateProfile;

    @Option(names = "--legacy", description = "Call the legacy WNetCancelConnection (takes no flags).")
    boolean legacy;

    @Option(names = "--backend", paramLabel = "NAME", description = "Use this backend: jna, jnr or fake.")
    String backend;

    @Option(names = "--json", description = "Print the outcome as a JSON object.")
    boolean json;

    @Mixin
    StateOption state;

    @Override
    public Integer call() {
        if (legacy && updateProfile) {
            throw new Wnet.UserError("--legacy calls WNetCancelConnection, which takes no flags: drop --update-profile or --legacy");
        }
        CancelOutcome outcome;
        String backendName;
        if (state.present()) {
            if (backend != null && !backend.equalsIgnoreCase("fake")) {
                throw new Wnet.UserError("--state keeps the fake's logon; it cannot be used with --backend " + backend);
            }
            try (StateOption.Session session = state.open("cancel", StateStore.Access.UPDATE)) {
                ConnectionCanceller canceller = session.logon().canceller();
                outcome = cancel(canceller);
                backendName = canceller.backendName();
                if (outcome.isSuccess() || state.profile != null) {
                    session.save();
                }
            }
        } else {
            ConnectionCanceller canceller = Backends.choose(backend);
            outcome = cancel(canceller);
            backendName = canceller.backendName();
        }
        print(outcome, backendName);
        return ExitCodes.of(outcome);
    }

    private CancelOutcome cancel(ConnectionCanceller canceller) {
        return legacy ? canceller.cancelConnection(name, force)
                : canceller.cancelConnection2(name, updateProfile ? Set.of(CancelFlag.CONNECT_UPDATE_PROFILE) : Set.of(), force);
    }

    private void print(CancelOutcome outcome, String backendName) {
        if (!json) {
            spec.commandLine().getOut().println(outcome.describe() + " [backend: " + backendName + "]");
            return;
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("backend", backendName);
        o.put("function", outcome.function().win32Name());
        o.put("name", outcome.name());
        o.put("flags", outcome.flags().stream().map(Enum::name).sorted().toList());
        o.put("force", outcome.force());
        o.put("code", Integer.toUnsignedLong(outcome.code()));
        o.put("error", outcome.knownCode().map(Enum::name).orElse(null));
        o.put("success", outcome.isSuccess());
        o.put("message", outcome.describe());
        o.put("extendedError", outcome.extendedError().map(e -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("providerCode", Integer.toUnsignedLong(e.providerCode()));
            x.put("text", e.text());
            x.put("providerName", e.providerName());
            return x;
        }).orElse(null));
        spec.commandLine().getOut().println(StateFile.toJson(o));
    }
}
