package io.github.wnet4j.conformance;

import io.github.wnet4j.UniversalNameOutcome;

import java.util.List;
import java.util.Optional;

import static io.github.wnet4j.ErrorCode.ERROR_BAD_DEVICE;
import static io.github.wnet4j.ErrorCode.ERROR_CONNECTION_UNAVAIL;
import static io.github.wnet4j.ErrorCode.ERROR_NOT_CONNECTED;
import static io.github.wnet4j.ErrorCode.NO_ERROR;
import static io.github.wnet4j.conformance.Capability.DISK_DEVICES;
import static io.github.wnet4j.conformance.Capability.LOCAL_DRIVE;
import static io.github.wnet4j.conformance.Capability.PRINT_DEVICES;
import static io.github.wnet4j.conformance.Capability.REMEMBERED_ONLY_ENTRIES;
import static io.github.wnet4j.conformance.Capability.UNIVERSAL_NAMES;
import static io.github.wnet4j.conformance.Clauses.PRINTER;
import static io.github.wnet4j.conformance.Clauses.SHARE;
import static io.github.wnet4j.conformance.Clauses.needs;
import static io.github.wnet4j.conformance.ConnectionSpec.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Clauses for WNetGetUniversalName (specification rows R13 to R15); each also checks that reading changed nothing. */
final class UniversalNameClauses {
    private UniversalNameClauses() {
    }

    static void addTo(List<Clause> out) {
        out.add(new Clause("read13.universal-name-of-a-file-path",
                "The universal name of Z:\\dir\\f.txt, Z: to \\\\srv\\share, is \\\\srv\\share\\dir\\f.txt",
                needs(DISK_DEVICES, UNIVERSAL_NAMES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    UniversalNameOutcome o = t.expectRead(t.unchanged(() -> t.reader().universalName(z + "\\dir\\f.txt")), NO_ERROR);
                    assertEquals(Optional.of(share + "\\dir\\f.txt"), o.universalName());
                    assertEquals(Optional.empty(), o.connectionName(), "the universal level has no connection name");
                }));
        out.add(new Clause("read14.remote-name-level-parts",
                "At REMOTE_NAME_INFO_LEVEL: the universal name, the connection name without a trailing backslash, "
                        + "the remaining path with a leading one",
                needs(DISK_DEVICES, UNIVERSAL_NAMES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    UniversalNameOutcome o = t.expectRead(t.unchanged(() -> t.reader().remoteNameInfo(z + "\\dir\\f.txt")), NO_ERROR);
                    assertEquals(Optional.of(share + "\\dir\\f.txt"), o.universalName());
                    assertEquals(Optional.of(share), o.connectionName());
                    assertEquals(Optional.of("\\dir\\f.txt"), o.remainingPath());
                }));
        out.add(new Clause("read14.drive-root-remaining-path-is-backslash",
                "For Z: and Z:\\ the remaining path is \\ and the connection name the remote name",
                needs(DISK_DEVICES, UNIVERSAL_NAMES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    for (String path : List.of(z, z + "\\")) {
                        UniversalNameOutcome o = t.expectRead(t.unchanged(() -> t.reader().remoteNameInfo(path)), NO_ERROR);
                        assertEquals(Optional.of("\\"), o.remainingPath(), path);
                        assertEquals(Optional.of(share), o.connectionName(), path);
                    }
                }));
        out.add(new Clause("read15.remembered-only-drive-connection-unavail",
                "The universal name of a path on a remembered-only drive: ERROR_CONNECTION_UNAVAIL, at both levels",
                needs(REMEMBERED_ONLY_ENTRIES, UNIVERSAL_NAMES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.remember(z, share);
                    t.expectRead(t.unchanged(() -> t.reader().universalName(z + "\\f.txt")), ERROR_CONNECTION_UNAVAIL);
                    t.expectRead(t.unchanged(() -> t.reader().remoteNameInfo(z + "\\f.txt")), ERROR_CONNECTION_UNAVAIL);
                }));
        out.add(new Clause("read15.unmapped-drive-not-connected",
                "The universal name of a path on a drive that is not redirected: ERROR_NOT_CONNECTED",
                needs(UNIVERSAL_NAMES), t -> {
                    String z = t.device("Z:");
                    t.watchDevice(z);
                    UniversalNameOutcome o = t.expectRead(t.unchanged(() -> t.reader().universalName(z + "\\f.txt")), ERROR_NOT_CONNECTED);
                    assertEquals(Optional.empty(), o.universalName());
                }));
        out.add(new Clause("read15.local-drive-not-connected",
                "The universal name of a path on a local disk: ERROR_NOT_CONNECTED",
                needs(LOCAL_DRIVE, UNIVERSAL_NAMES), t -> {
                    String local = t.fixture().localDrive();
                    t.watchDevice(local);
                    t.expectRead(t.unchanged(() -> t.reader().universalName(local + "\\Windows")), ERROR_NOT_CONNECTED);
                    t.expectRead(t.unchanged(() -> t.reader().remoteNameInfo(local + "\\")), ERROR_NOT_CONNECTED);
                }));
        out.add(new Clause("read15.printer-port-bad-device",
                "The universal name of a printer port, redirected or not: ERROR_BAD_DEVICE (decision: only disk devices have paths)",
                needs(PRINT_DEVICES, UNIVERSAL_NAMES), t -> {
                    t.connect("LPT1:", t.remote(PRINTER), plain());
                    for (String path : List.of("LPT1:", "LPT1", "LPT2:")) {
                        t.expectRead(t.unchanged(() -> t.reader().universalName(path)), ERROR_BAD_DEVICE);
                    }
                }));
    }
}
