package io.github.wnet4j.cli;

import io.github.wnet4j.fake.Connection;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.fake.LogonState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code wnet list}: shows the fake's saved logon. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Shows the connections and remembered entries of the fake's logon in --state FILE.")
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the state file's JSON.")
    boolean json;

    @Mixin
    StateOption state;

    @Override
    public Integer call() {
        FakeLogon logon;
        try (StateOption.Session session = state.open("list", StateStore.Access.READ)) {
            logon = session.logon();
        }
        // Printed unlocked: a slow reader of stdout holds up no other command.
        if (json) {
            spec.commandLine().getOut().println(StateFile.toJson(StateFile.toState(logon)));
        } else {
            print(logon, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }

    /** The logon as a table; a remembered entry of a connected device shows as its REMEMBERED column. */
    static void print(FakeLogon logon, PrintWriter out) {
        LogonState s = logon.snapshot();
        Table table = new Table("LOCAL", "REMOTE", "STATUS", "REMEMBERED", "OPEN FILES", "IN USE");
        Set<String> connected = new HashSet<>();
        for (Connection c : s.deviceConnections()) {
            String device = c.device().orElseThrow();
            connected.add(device);
            table.row(device, c.remoteName(), "connected", c.persistent() ? "yes" : "no",
                    Integer.toString(c.openFiles()), c.inUse() ? "yes" : "no");
        }
        for (Connection c : s.devicelessConnections()) {
            table.row("-", c.remoteName(), "connected", "no", Integer.toString(c.openFiles()), c.inUse() ? "yes" : "no");
        }
        s.rememberedEntries().forEach((device, remoteName) -> {
            if (!connected.contains(device)) {
                table.row(device, remoteName, "unavailable", "yes", "-", "-");
            }
        });
        table.print(out);
        out.println("(profile: " + logon.profile().name() + ")");
    }
}
