package io.github.wnet4j.cli;

import io.github.wnet4j.ConnectionReader;
import io.github.wnet4j.ListingOutcome;
import io.github.wnet4j.NetworkConnection;
import io.github.wnet4j.spi.Names;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code wnet list}: the current connections, and with {@code --remembered} the remembered ones, through the reader. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"Lists the current connections; with --remembered the remembered ones too (WNetOpenEnum).",
                "Every current connection of this logon session, devices and deviceless (RESOURCE_CONNECTED), with"
                        + " type and provider; with --remembered also every remembered connection (RESOURCE_REMEMBERED),"
                        + " connected or not. The same through every backend: the real connections on Windows, the"
                        + " fake's in --state FILE. ('wnet sim connect' and 'wnet sim logon' print the fake's own view"
                        + " instead, with open files.)"},
        footer = {"", ExitCodes.HELP})
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--remembered", description = "Also list the remembered (persistent) connections, connected or not.")
    boolean remembered;

    @Option(names = "--json", description = "Print the listing as a JSON object.")
    boolean json;

    /** One row: a connection, a remembered entry, or both for a connected device that is remembered. */
    record Row(NetworkConnection connection, boolean connected, Boolean remembered) {
    }

    @Override
    public Integer call() {
        List<ListingOutcome> listings = new ArrayList<>();
        String backendName;
        try (CommandBackend backend = CommandBackend.open("list", GlobalOptions.of(spec), StateStore.Access.READ)) {
            ConnectionReader reader = backend.reader();
            listings.add(reader.connections());
            if (remembered && listings.get(0).isSuccess()) {
                listings.add(reader.rememberedConnections());
            }
            backendName = backend.backendName();
        }
        // Printed unlocked: a slow reader of stdout holds up no other command.
        ListingOutcome failed = listings.stream().filter(l -> !l.isSuccess()).findFirst().orElse(null);
        List<Row> rows = failed == null ? rows(listings) : List.of();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(json(backendName, listings, failed, rows)));
        } else if (failed != null) {
            ConsoleText.println(out, failed.describe() + " [backend: " + backendName + "]");
        } else {
            print(rows, backendName, out);
        }
        return failed == null ? ExitCodes.OK : ExitCodes.of(failed);
    }

    /**
     * The current connections in the listing's order, each marked remembered or not (with
     * --remembered), then the remembered entries that are not connected now. A device remembered to
     * another remote name than it is connected to shows on two rows.
     */
    private List<Row> rows(List<ListingOutcome> listings) {
        List<NetworkConnection> current = listings.get(0).connections();
        List<NetworkConnection> remembered = listings.size() > 1 ? listings.get(1).connections() : null;
        List<Row> rows = new ArrayList<>();
        for (NetworkConnection c : current) {
            rows.add(new Row(c, true, remembered == null ? null : remembered.stream().anyMatch(r -> same(r, c))));
        }
        if (remembered != null) {
            for (NetworkConnection r : remembered) {
                if (current.stream().noneMatch(c -> same(r, c))) {
                    rows.add(new Row(r, false, true));
                }
            }
        }
        return rows;
    }

    /** The same device to the same remote name, compared as Windows compares names (row 13). */
    private static boolean same(NetworkConnection a, NetworkConnection b) {
        return a.device().isPresent() && b.device().isPresent() && Names.same(a.device().get(), b.device().get())
                && Names.same(a.remoteName(), b.remoteName());
    }

    private void print(List<Row> rows, String backendName, PrintWriter out) {
        Table table = remembered ? new Table("LOCAL", "REMOTE", "TYPE", "STATUS", "REMEMBERED", "PROVIDER")
                : new Table("LOCAL", "REMOTE", "TYPE", "STATUS", "PROVIDER");
        for (Row r : rows) {
            NetworkConnection c = r.connection();
            String local = c.device().orElse("-");
            String status = r.connected() ? "connected" : "unavailable";
            String provider = c.provider().isEmpty() ? "-" : c.provider();
            if (remembered) {
                table.row(local, c.remoteName(), c.type().name(), status, r.remembered() ? "yes" : "no", provider);
            } else {
                table.row(local, c.remoteName(), c.type().name(), status, provider);
            }
        }
        table.print(out);
        out.println(ConsoleText.printable("(" + rows.size() + (rows.size() == 1 ? " entry" : " entries") + "; backend: "
                + backendName + ")")); // a provider names its backend
    }

    private static Map<String, Object> json(String backendName, List<ListingOutcome> listings, ListingOutcome failed,
                                            List<Row> rows) {
        Map<String, Object> o = Json.object(backendName);
        o.put("success", failed == null);
        o.put("listings", listings.stream().map(Json::listing).toList());
        o.put("connections", rows.stream().map(r -> {
            Map<String, Object> c = Json.connection(r.connection());
            c.put("connected", r.connected());
            c.put("remembered", r.remembered()); // null: not asked (no --remembered)
            return c;
        }).toList());
        return o;
    }
}
