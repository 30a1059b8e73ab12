package io.github.wnet4j.cli;

import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.ListingOutcome;
import io.github.wnet4j.NetworkConnection;
import io.github.wnet4j.ServerCleanupOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code wnet cancel-server SERVER}: cancels every connection to a server, one outcome per connection. */
@Command(name = "cancel-server", mixinStandardHelpOptions = true,
        description = {"Cancels every connection to a server, one outcome per connection.",
                "Each device redirected to one of the server's shares is cancelled, then each connection without a"
                        + " device (\\\\server\\IPC$ among them); with --update-profile also every device remembered"
                        + " to it but not connected. The usual cure for ERROR_SESSION_CREDENTIAL_CONFLICT (1219). One"
                        + " line per connection; a failure does not stop the others. Exit status: 1 if there was no"
                        + " connection to the server; otherwise the largest status of the cancels (a cancel answering"
                        + " ERROR_NOT_CONNECTED, because the connection went meanwhile, counts as done); a failed"
                        + " listing's own status, nothing cancelled. Not atomic: a connection made after the listing is"
                        + " not cancelled (with --state the file stays locked)."},
        footer = {"", ExitCodes.HELP})
final class CancelServerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SERVER", description = "The server: fileserver or \\\\fileserver (no share).")
    String server;

    @Option(names = "--force", description = "Close open files and print jobs and disconnect anyway (fForce).")
    boolean force;

    @Option(names = "--update-profile",
            description = "Also forget remembered connections to the server, connected or not (CONNECT_UPDATE_PROFILE).")
    boolean updateProfile;

    @Option(names = "--json", description = "Print the outcomes as a JSON object.")
    boolean json;

    @Override
    public Integer call() {
        ServerCleanupOutcome outcome;
        String backendName;
        Set<CancelFlag> flags = updateProfile ? Set.of(CancelFlag.CONNECT_UPDATE_PROFILE) : Set.of();
        try (CommandBackend backend = CommandBackend.open("cancel-server", GlobalOptions.of(spec), StateStore.Access.UPDATE)) {
            outcome = backend.wnet().cancelAllTo(server, flags, force);
            backendName = backend.backendName();
            backend.saveIf(outcome.cancels().stream().anyMatch(c -> c.outcome().isSuccess()));
        }
        ListingOutcome failed = failedListing(outcome);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(json(backendName, outcome)));
        } else if (failed != null) {
            ConsoleText.println(out, failed.describe() + "; nothing cancelled [backend: " + backendName + "]");
        } else {
            print(outcome, backendName, out);
        }
        return status(outcome);
    }

    /** The exit status documented in the description: the worst of the cancels, as numbered. */
    static int status(ServerCleanupOutcome outcome) {
        ListingOutcome failed = failedListing(outcome);
        if (failed != null) {
            return ExitCodes.of(failed);
        }
        if (outcome.cancels().isEmpty()) {
            return ExitCodes.NOT_CONNECTED;
        }
        int worst = ExitCodes.OK;
        for (ServerCleanupOutcome.Cancelled c : outcome.cancels()) {
            int status = ExitCodes.of(c.outcome());
            worst = Math.max(worst, status == ExitCodes.NOT_CONNECTED ? ExitCodes.OK : status);
        }
        return worst;
    }

    private static ListingOutcome failedListing(ServerCleanupOutcome outcome) {
        if (!outcome.connected().isSuccess()) {
            return outcome.connected();
        }
        return outcome.remembered().filter(r -> !r.isSuccess()).orElse(null);
    }

    private static void print(ServerCleanupOutcome outcome, String backendName, PrintWriter out) {
        Table table = new Table("LOCAL", "REMOTE", "OUTCOME");
        int done = 0;
        for (ServerCleanupOutcome.Cancelled c : outcome.cancels()) {
            NetworkConnection n = c.connection();
            table.row(n.device().orElse("-"), n.remoteName(), c.outcome().describe());
            done += c.outcome().isSuccessOrNotConnected() ? 1 : 0;
        }
        int n = outcome.cancels().size();
        if (n > 0) {
            table.print(out);
        }
        ConsoleText.println(out, "(\\\\" + outcome.server() + ": " + (n == 0 ? "no connection to cancel"
                : n + (n == 1 ? " connection, " : " connections, ") + done + " done, " + (n - done) + " failed")
                + "; backend: " + backendName + ")");
    }

    private static Map<String, Object> json(String backendName, ServerCleanupOutcome outcome) {
        Map<String, Object> o = Json.object(backendName);
        o.put("server", outcome.server());
        o.put("done", outcome.isDone());
        List<ListingOutcome> listings = new ArrayList<>();
        listings.add(outcome.connected());
        outcome.remembered().ifPresent(listings::add);
        o.put("listings", listings.stream().map(Json::listing).toList());
        o.put("cancels", outcome.cancels().stream().map(c -> {
            Map<String, Object> m = Json.connection(c.connection());
            m.put("outcome", Json.cancel(null, c.outcome()));
            return m;
        }).toList());
        return o;
    }
}
