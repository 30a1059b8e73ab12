package io.github.wnet4j.cli;

import io.github.wnet4j.fake.Connection;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.fake.LogonState;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Set;

/**
 * The fake's whole state as {@code connect} and {@code logon} print it, with what only the fake
 * knows (open files, in use). {@code wnet list} prints what the read functions answer instead, the
 * same for every backend.
 */
final class LogonTable {
    private LogonTable() {
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
