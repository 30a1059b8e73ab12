package io.github.wnet4j.cli;

import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.GuardedCancelOutcome;
import io.github.wnet4j.spi.Names;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code wnet cancel NAME}, and the guarded {@code wnet cancel DEVICE --if-points-at REMOTE}. */
@Command(name = "cancel", mixinStandardHelpOptions = true,
        description = {"Cancels a redirected device (Z:, LPT1:) or the connections to a remote name (\\\\server\\share).",
                "Uses the best native backend, or the one --backend (or -Dwnet4j.backend) names; with --state, the"
                        + " fake in FILE.",
                "",
                "With --if-points-at REMOTE it first looks (WNetGetConnection) and cancels DEVICE only if DEVICE is"
                        + " connected, or remembered only, to REMOTE (compared case-insensitively); a DEVICE that"
                        + " points at another remote name is left alone (exit 9). Windows has no compare-and-cancel:"
                        + " if DEVICE is remapped between the look and the cancel, the cancel still cancels DEVICE (it"
                        + " names the device); if it was cancelled meanwhile, the cancel answers ERROR_NOT_CONNECTED"
                        + " (exit 1). With --state the file stays locked from the look to the save, so no other wnet"
                        + " command on that file comes in between."},
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

    @Option(names = "--if-points-at", paramLabel = "REMOTE",
            description = "Cancel the device only if it points at this remote name (\\\\server\\share); otherwise exit 9.")
    String expectedRemoteName;

    @Option(names = "--json", description = "Print the outcome as a JSON object.")
    boolean json;

    @Override
    public Integer call() {
        if (legacy && updateProfile) {
            throw new Wnet.UserError("--legacy calls WNetCancelConnection, which takes no flags: drop --update-profile or --legacy");
        }
        if (expectedRemoteName != null) {
            return guarded();
        }
        CancelOutcome outcome;
        String backendName;
        try (CommandBackend backend = CommandBackend.open("cancel", GlobalOptions.of(spec), StateStore.Access.UPDATE)) {
            outcome = cancel(backend.canceller());
            backendName = backend.backendName();
            backend.saveIf(outcome.isSuccess());
        }
        PrintWriter out = spec.commandLine().getOut(); // printed unlocked: a slow reader of stdout holds up no one
        if (json) {
            out.println(Json.write(Json.cancel(backendName, outcome)));
        } else {
            ConsoleText.println(out, outcome.describe() + " [backend: " + backendName + "]");
        }
        return ExitCodes.of(outcome);
    }

    private CancelOutcome cancel(ConnectionCanceller canceller) {
        return legacy ? canceller.cancelConnection(name, force) : canceller.cancelConnection2(name, flags(), force);
    }

    private Set<CancelFlag> flags() {
        return updateProfile ? Set.of(CancelFlag.CONNECT_UPDATE_PROFILE) : Set.of();
    }

    /** The look, then the cancel if the device points at the expected remote name. */
    private int guarded() {
        if (legacy) {
            throw new Wnet.UserError("--if-points-at cancels through WNetCancelConnection2: drop --legacy");
        }
        if (Names.device(Names.check(name)) == null) {
            throw new Wnet.UserError(Names.quote(name) + " is not a local device, and --if-points-at guards a device: give a"
                    + " drive such as Z: or a printer port such as LPT1:");
        }
        Names.checkRemoteName(expectedRemoteName);
        GuardedCancelOutcome outcome;
        String backendName;
        try (CommandBackend backend = CommandBackend.open("cancel", GlobalOptions.of(spec), StateStore.Access.UPDATE)) {
            outcome = backend.wnet().cancelIfPointsAt(name, expectedRemoteName, flags(), force);
            backendName = backend.backendName();
            backend.saveIf(outcome.cancel().map(CancelOutcome::isSuccess).orElse(false));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(guardedJson(backendName, outcome)));
        } else {
            ConsoleText.println(out, look(outcome) + " [backend: " + backendName + "]");
            outcome.cancel().ifPresent(c -> ConsoleText.println(out, c.describe() + " [backend: " + backendName + "]"));
        }
        return switch (outcome.decision()) {
            case CANCELLED -> ExitCodes.of(outcome.cancel().orElseThrow());
            case POINTS_ELSEWHERE -> ExitCodes.POINTS_ELSEWHERE;
            case NOT_CONNECTED -> ExitCodes.NOT_CONNECTED;
            // NO_ERROR without a remote name is a defective answer, never "done".
            case LOOKUP_FAILED -> outcome.lookup().isSuccess() ? ExitCodes.OTHER_WIN32 : ExitCodes.of(outcome.lookup());
        };
    }

    /** The look and what it decided, in one line. */
    private String look(GuardedCancelOutcome g) {
        String device = g.lookup().device();
        String expected = g.expectedRemoteName();
        String actual = g.lookup().remoteName().orElse("");
        String how = g.lookup().isRememberedOnly() ? "is remembered (not connected) to " : "points at ";
        return switch (g.decision()) {
            case CANCELLED -> device + " " + how + actual + ": cancelling it";
            case POINTS_ELSEWHERE -> device + " " + how + actual + ", not " + expected + ": left alone, nothing cancelled";
            case NOT_CONNECTED -> device + " is not connected" + (g.lookup().isRememberedOnly()
                    ? " (remembered, but the backend gave no remote name)" : "") + ": nothing cancelled";
            case LOOKUP_FAILED -> g.lookup().describe() + (g.lookup().isSuccess() ? " but gave no remote name" : "")
                    + "; nothing cancelled";
        };
    }

    private static Map<String, Object> guardedJson(String backendName, GuardedCancelOutcome g) {
        Map<String, Object> o = Json.object(backendName);
        o.put("device", g.lookup().device());
        o.put("expectedRemoteName", g.expectedRemoteName());
        o.put("decision", g.decision().name());
        o.put("done", g.isDone());
        o.put("lookup", GetCommand.lookupJson(null, g.lookup()));
        o.put("cancel", g.cancel().map(c -> Json.cancel(null, c)).orElse(null));
        return o;
    }
}
