package io.github.wnet4j.conformance;

import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.GuardedCancelOutcome;
import io.github.wnet4j.ServerCleanupOutcome;
import io.github.wnet4j.spi.Names;
import io.github.wnet4j.WNet;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.github.wnet4j.ErrorCode.ERROR_NOT_CONNECTED;
import static io.github.wnet4j.ErrorCode.ERROR_OPEN_FILES;
import static io.github.wnet4j.ErrorCode.NO_ERROR;
import static io.github.wnet4j.GuardedCancelOutcome.Decision.CANCELLED;
import static io.github.wnet4j.GuardedCancelOutcome.Decision.NOT_CONNECTED;
import static io.github.wnet4j.GuardedCancelOutcome.Decision.POINTS_ELSEWHERE;
import static io.github.wnet4j.conformance.Capability.ARBITRARY_REMOTE_NAMES;
import static io.github.wnet4j.conformance.Capability.CONNECTION_LOOKUP;
import static io.github.wnet4j.conformance.Capability.DEVICELESS_CONNECTIONS;
import static io.github.wnet4j.conformance.Capability.DISK_DEVICES;
import static io.github.wnet4j.conformance.Capability.ENUMERATION;
import static io.github.wnet4j.conformance.Capability.OPEN_FILES;
import static io.github.wnet4j.conformance.Capability.PERSISTENT_CONNECTIONS;
import static io.github.wnet4j.conformance.Capability.REMEMBERED_ONLY_ENTRIES;
import static io.github.wnet4j.conformance.ClauseContext.NO_FLAGS;
import static io.github.wnet4j.conformance.ClauseContext.UPDATE_PROFILE;
import static io.github.wnet4j.conformance.Clauses.OTHER;
import static io.github.wnet4j.conformance.Clauses.SHARE;
import static io.github.wnet4j.conformance.Clauses.needs;
import static io.github.wnet4j.conformance.ConnectionSpec.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clauses for the safe clean-up built on the reads ({@link WNet#cancelIfPointsAt}, {@link WNet#cancelAllTo}): a guarded cancel
 * that never unmaps a device pointing elsewhere, and the cancel of every connection to a server
 * with one outcome each.
 */
final class CleanupClauses {
    private CleanupClauses() {
    }

    /** The server of a remote name the fixture gave: {@code srv} for {@code \\srv\share}. */
    static String server(String remoteName) {
        return Names.serverOf(remoteName);
    }

    static void addTo(List<Clause> out) {
        guarded(out);
        server(out);
    }

    private static void guarded(List<Clause> out) {
        out.add(new Clause("cleanup.guarded-cancels-a-device-pointing-at-the-remote-name",
                "cancelIfPointsAt cancels and forgets a persistent drive that points at the remote name (compared case-insensitively)",
                needs(DISK_DEVICES, PERSISTENT_CONNECTIONS, CONNECTION_LOOKUP), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().persistentToo());
                    GuardedCancelOutcome o = t.wnet().cancelIfPointsAt(z, ClauseContext.upper(share), UPDATE_PROFILE, false);
                    assertEquals(CANCELLED, o.decision(), o.toString());
                    t.expect(o.cancel().orElseThrow(), NO_ERROR);
                    assertTrue(o.isDone());
                    t.assertNotConnected(z);
                    t.assertRemembered(z, false);
                }));
        out.add(new Clause("cleanup.guarded-leaves-a-device-pointing-elsewhere",
                "cancelIfPointsAt leaves a drive that points at another remote name connected and remembered, and cancels nothing",
                needs(DISK_DEVICES, PERSISTENT_CONNECTIONS, CONNECTION_LOOKUP), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE), other = t.remote(OTHER);
                    t.connect(z, other, plain().persistentToo());
                    Map<String, String> before = t.observe();
                    GuardedCancelOutcome o = t.wnet().cancelIfPointsAt(z, share, UPDATE_PROFILE, true);
                    assertEquals(POINTS_ELSEWHERE, o.decision(), o.toString());
                    assertTrue(o.cancel().isEmpty());
                    assertEquals(before, t.observe(), "the user's own drive is left as it was");
                    t.assertBackendCalls(0);
                }));
        out.add(new Clause("cleanup.guarded-forgets-a-remembered-only-device-of-ours",
                "cancelIfPointsAt with CONNECT_UPDATE_PROFILE forgets a remembered-only drive whose remembered name is ours (R2)",
                needs(REMEMBERED_ONLY_ENTRIES, CONNECTION_LOOKUP), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.remember(z, share);
                    GuardedCancelOutcome o = t.wnet().cancelIfPointsAt(z, share, UPDATE_PROFILE, false);
                    assertEquals(CANCELLED, o.decision(), o.toString());
                    t.expect(o.cancel().orElseThrow(), NO_ERROR);
                    t.assertRemembered(z, false);
                }));
        out.add(new Clause("cleanup.guarded-does-nothing-for-an-unmapped-device",
                "cancelIfPointsAt on a drive that is not connected: NOT_CONNECTED, no cancel made, done",
                needs(CONNECTION_LOOKUP), t -> {
                    String z = t.device("Z:");
                    t.watchDevice(z);
                    GuardedCancelOutcome o = t.wnet().cancelIfPointsAt(z, t.remote(SHARE), NO_FLAGS, false);
                    assertEquals(NOT_CONNECTED, o.decision(), o.toString());
                    assertTrue(o.isDone());
                    t.assertBackendCalls(0);
                }));
        out.add(new Clause("cleanup.guarded-reports-a-refused-cancel",
                "cancelIfPointsAt on our drive with open files and no force: the cancel's ERROR_OPEN_FILES, nothing changed",
                needs(DISK_DEVICES, OPEN_FILES, CONNECTION_LOOKUP), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().withOpenFiles(1));
                    Map<String, String> before = t.observe();
                    GuardedCancelOutcome o = t.wnet().cancelIfPointsAt(z, share, NO_FLAGS, false);
                    t.expect(o.cancel().orElseThrow(), ERROR_OPEN_FILES);
                    assertTrue(!o.isDone());
                    assertEquals(before, t.observe());
                }));
    }

    private static void server(List<Clause> out) {
        out.add(new Clause("cleanup.server-cancels-devices-and-deviceless-connections",
                "cancelAllTo cancels every drive and every deviceless connection to the server, with NO_ERROR for each",
                needs(DISK_DEVICES, DEVICELESS_CONNECTIONS, ENUMERATION), t -> {
                    String z = t.device("Z:"), y = t.device("Y:"), share = t.remote(SHARE), other = t.remote(OTHER);
                    String ipc = t.remote("\\\\srv\\IPC$");
                    t.connect(z, share, plain());
                    t.connect(y, other, plain());
                    t.connectDeviceless(share, plain());
                    t.connectDeviceless(ipc, plain());
                    ServerCleanupOutcome o = t.wnet().cancelAllTo(server(share), NO_FLAGS, false);
                    assertEquals(Map.of(z.toUpperCase(java.util.Locale.ROOT), "NO_ERROR", y.toUpperCase(java.util.Locale.ROOT), "NO_ERROR", share, "NO_ERROR", ipc, "NO_ERROR"),
                            mine(t, o), o.toString());
                    assertTrue(o.isDone(), o.toString());
                    t.assertNotConnected(z);
                    t.assertNotConnected(y);
                    t.assertDeviceless(share, false);
                    t.assertDeviceless(ipc, false);
                }));
        out.add(new Clause("cleanup.server-reports-each-outcome",
                "cancelAllTo without force: the drive with open files answers ERROR_OPEN_FILES and stays; the others are cancelled",
                needs(DISK_DEVICES, DEVICELESS_CONNECTIONS, OPEN_FILES, ENUMERATION), t -> {
                    String z = t.device("Z:"), y = t.device("Y:"), share = t.remote(SHARE), other = t.remote(OTHER);
                    t.connect(z, share, plain().withOpenFiles(2));
                    t.connect(y, other, plain());
                    t.connectDeviceless(other, plain());
                    ServerCleanupOutcome o = t.wnet().cancelAllTo(server(share), NO_FLAGS, false);
                    assertEquals(Map.of(z.toUpperCase(java.util.Locale.ROOT), "ERROR_OPEN_FILES", y.toUpperCase(java.util.Locale.ROOT), "NO_ERROR", other, "NO_ERROR"),
                            mine(t, o), o.toString());
                    assertTrue(!o.isDone());
                    t.assertConnected(z, share);
                    t.assertOpenFiles(z, 2);
                    t.assertNotConnected(y);
                }));
        out.add(new Clause("cleanup.server-with-update-profile-forgets-remembered-devices",
                "cancelAllTo with CONNECT_UPDATE_PROFILE also forgets persistent and remembered-only drives to the server",
                needs(DISK_DEVICES, PERSISTENT_CONNECTIONS, REMEMBERED_ONLY_ENTRIES, ENUMERATION), t -> {
                    String z = t.device("Z:"), y = t.device("Y:"), share = t.remote(SHARE), other = t.remote(OTHER);
                    t.connect(z, share, plain().persistentToo());
                    t.remember(y, other);
                    ServerCleanupOutcome o = t.wnet().cancelAllTo(server(share), UPDATE_PROFILE, false);
                    assertEquals(Map.of(z.toUpperCase(java.util.Locale.ROOT), "NO_ERROR", y.toUpperCase(java.util.Locale.ROOT), "NO_ERROR"), mine(t, o), o.toString());
                    t.assertNotConnected(z);
                    t.assertRemembered(z, false);
                    t.assertRemembered(y, false);
                }));
        out.add(new Clause("cleanup.server-leaves-other-servers-alone",
                "cancelAllTo leaves connections to another server, whose share has the same name",
                needs(DISK_DEVICES, DEVICELESS_CONNECTIONS, ARBITRARY_REMOTE_NAMES, ENUMERATION), t -> {
                    String z = t.device("Z:"), y = t.device("Y:");
                    t.connect(z, "\\\\srv\\share", plain());
                    t.connect(y, "\\\\srv2\\share", plain());
                    t.connectDeviceless("\\\\srv-backup\\share", plain());
                    ServerCleanupOutcome o = t.wnet().cancelAllTo("\\\\SRV", NO_FLAGS, false);
                    assertEquals(Map.of("Z:", "NO_ERROR"), mine(t, o), o.toString());
                    t.assertConnected(y, "\\\\srv2\\share");
                    t.assertDeviceless("\\\\srv-backup\\share", true);
                    t.expect(t.cancel2("\\\\srv\\share", NO_FLAGS, false), ERROR_NOT_CONNECTED);
                }));
    }

    /** Each cancel's name (the device in upper case, or the remote name) and code. */
    private static Map<String, String> mine(ClauseContext t, ServerCleanupOutcome o) {
        Map<String, String> codes = new TreeMap<>();
        for (ServerCleanupOutcome.Cancelled c : o.cancels()) {
            CancelOutcome outcome = c.outcome();
            String name = c.connection().device().map(d -> d.toUpperCase(java.util.Locale.ROOT)).orElse(c.connection().remoteName());
            codes.put(name, outcome.knownCode().map(Enum::name).orElse(String.valueOf(outcome.code())));
        }
        return codes;
    }
}
