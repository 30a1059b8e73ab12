package io.github.wnet4j.conformance;

import io.github.wnet4j.LookupOutcome;

import java.util.List;
import java.util.Optional;

import static io.github.wnet4j.ErrorCode.ERROR_BAD_DEVICE;
import static io.github.wnet4j.ErrorCode.ERROR_CONNECTION_UNAVAIL;
import static io.github.wnet4j.ErrorCode.ERROR_NOT_CONNECTED;
import static io.github.wnet4j.ErrorCode.NO_ERROR;
import static io.github.wnet4j.conformance.Capability.ARBITRARY_REMOTE_NAMES;
import static io.github.wnet4j.conformance.Capability.CONNECTION_LOOKUP;
import static io.github.wnet4j.conformance.Capability.DEVICELESS_CONNECTIONS;
import static io.github.wnet4j.conformance.Capability.DISK_DEVICES;
import static io.github.wnet4j.conformance.Capability.ENUMERATION;
import static io.github.wnet4j.conformance.Capability.NETWORK_ABSENCE;
import static io.github.wnet4j.conformance.Capability.NEXT_LOGON;
import static io.github.wnet4j.conformance.Capability.PERSISTENT_CONNECTIONS;
import static io.github.wnet4j.conformance.Capability.PRINT_DEVICES;
import static io.github.wnet4j.conformance.Capability.REMEMBERED_ONLY_ENTRIES;
import static io.github.wnet4j.conformance.Capability.UNIVERSAL_NAMES;
import static io.github.wnet4j.conformance.ClauseContext.NO_FLAGS;
import static io.github.wnet4j.conformance.Clauses.OTHER;
import static io.github.wnet4j.conformance.Clauses.PRINTER;
import static io.github.wnet4j.conformance.Clauses.SHARE;
import static io.github.wnet4j.conformance.Clauses.needs;
import static io.github.wnet4j.conformance.ConnectionSpec.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Clauses for WNetGetConnection (specification rows R1 to R6); each also checks that reading changed nothing. */
final class LookupClauses {
    private LookupClauses() {
    }

    static void addTo(List<Clause> out) {
        out.add(new Clause("read01.connected-device-answers-its-remote-name",
                "WNetGetConnection on a redirected drive: NO_ERROR and the remote name it was made with",
                needs(DISK_DEVICES, CONNECTION_LOOKUP), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    LookupOutcome o = t.unchanged(() -> t.reader().getConnection(z));
                    t.expectRead(o, NO_ERROR);
                    assertEquals(Optional.of(share), o.remoteName());
                }));
        out.add(new Clause("read01.persistent-device-answers-its-remote-name",
                "WNetGetConnection on a persistent drive: NO_ERROR and its remote name, not the remembered-only answer",
                needs(DISK_DEVICES, PERSISTENT_CONNECTIONS, CONNECTION_LOOKUP), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().persistentToo());
                    LookupOutcome o = t.expectRead(t.unchanged(() -> t.reader().getConnection(z)), NO_ERROR);
                    assertEquals(Optional.of(share), o.remoteName());
                }));
        out.add(new Clause("read01.print-device-answers-its-remote-name",
                "WNetGetConnection on a redirected printer port, with and without the colon: NO_ERROR and the print queue",
                needs(PRINT_DEVICES, CONNECTION_LOOKUP), t -> {
                    String printer = t.remote(PRINTER);
                    t.connect("LPT1:", printer, plain());
                    for (String name : List.of("LPT1:", "LPT1")) {
                        LookupOutcome o = t.expectRead(t.unchanged(() -> t.reader().getConnection(name)), NO_ERROR);
                        assertEquals(Optional.of(printer), o.remoteName(), name);
                    }
                }));
        out.add(new Clause("read01.each-device-answers-its-own",
                "Two drives to two remote names: each answers its own",
                needs(DISK_DEVICES, CONNECTION_LOOKUP), t -> {
                    String z = t.device("Z:"), y = t.device("Y:"), share = t.remote(SHARE), other = t.remote(OTHER);
                    t.connect(z, share, plain());
                    t.connect(y, other, plain());
                    t.unchanged(() -> {
                        assertEquals(Optional.of(share), t.expectRead(t.reader().getConnection(z), NO_ERROR).remoteName());
                        assertEquals(Optional.of(other), t.expectRead(t.reader().getConnection(y), NO_ERROR).remoteName());
                        return null;
                    });
                }));
        out.add(new Clause("read02.remembered-only-answers-connection-unavail",
                "WNetGetConnection on a drive remembered but not connected: ERROR_CONNECTION_UNAVAIL, still remembered",
                needs(REMEMBERED_ONLY_ENTRIES, CONNECTION_LOOKUP), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.remember(z, share);
                    t.expectRead(t.unchanged(() -> t.reader().getConnection(z)), ERROR_CONNECTION_UNAVAIL);
                    t.assertRemembered(z, true);
                }));
        out.add(new Clause("read02.remembered-only-returns-the-remembered-name",
                "ERROR_CONNECTION_UNAVAIL comes with the remembered remote name (decision; the first Windows run checks it)",
                needs(REMEMBERED_ONLY_ENTRIES, CONNECTION_LOOKUP), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.remember(z, share);
                    LookupOutcome o = t.expectRead(t.unchanged(() -> t.reader().getConnection(z)), ERROR_CONNECTION_UNAVAIL);
                    assertEquals(Optional.of(share), o.remoteName(), "the buffer holds the remembered remote name (R2)");
                }));
        out.add(new Clause("read03.unmapped-device-not-connected",
                "WNetGetConnection on a drive that is neither connected nor remembered: ERROR_NOT_CONNECTED",
                needs(CONNECTION_LOOKUP), t -> {
                    String z = t.device("Z:");
                    t.watchDevice(z);
                    LookupOutcome o = t.expectRead(t.unchanged(() -> t.reader().getConnection(z)), ERROR_NOT_CONNECTED);
                    assertEquals(Optional.empty(), o.remoteName());
                }));
        out.add(new Clause("read03.cancelled-device-not-connected",
                "After a cancel with CONNECT_UPDATE_PROFILE, WNetGetConnection on the drive: ERROR_NOT_CONNECTED",
                needs(DISK_DEVICES, PERSISTENT_CONNECTIONS, CONNECTION_LOOKUP), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().persistentToo());
                    t.expect(t.cancel2(z, ClauseContext.UPDATE_PROFILE, false), NO_ERROR);
                    t.expectRead(t.unchanged(() -> t.reader().getConnection(z)), ERROR_NOT_CONNECTED);
                }));
        out.add(new Clause("read04.non-device-names-bad-device",
                "WNetGetConnection on ZZ:, LPT0:, LPT10: and a remote name: ERROR_BAD_DEVICE",
                needs(DEVICELESS_CONNECTIONS, CONNECTION_LOOKUP), t -> {
                    String share = t.remote(SHARE);
                    t.connectDeviceless(share, plain());
                    for (String name : List.of("ZZ:", "LPT0:", "LPT10:", share)) {
                        LookupOutcome o = t.expectRead(t.unchanged(() -> t.reader().getConnection(name)), ERROR_BAD_DEVICE);
                        assertEquals(Optional.empty(), o.remoteName(), name);
                    }
                    t.assertDeviceless(share, true);
                }));
        out.add(new Clause("read04.differs-from-the-cancel-functions",
                "For ZZ: WNetGetConnection answers ERROR_BAD_DEVICE where WNetCancelConnection2 answers ERROR_NOT_CONNECTED",
                needs(CONNECTION_LOOKUP), t -> {
                    t.expectRead(t.reader().getConnection("ZZ:"), ERROR_BAD_DEVICE);
                    t.expect(t.cancel2("ZZ:", NO_FLAGS, false), ERROR_NOT_CONNECTED);
                }));
        out.add(new Clause("read05.long-names-come-back-whole",
                "A remote name of 10,000 units comes back whole from every read (the backend retries ERROR_MORE_DATA)",
                needs(DISK_DEVICES, ARBITRARY_REMOTE_NAMES, CONNECTION_LOOKUP, ENUMERATION, UNIVERSAL_NAMES), t -> {
                    String z = t.device("Z:"), longName = t.remote("\\\\srv\\" + "x".repeat(10_000));
                    t.connect(z, longName, plain());
                    t.unchanged(() -> {
                        assertEquals(Optional.of(longName), t.expectRead(t.reader().getConnection(z), NO_ERROR).remoteName());
                        t.assertListed(t.reader().connections(), t.entry(z, longName));
                        String path = z + "\\" + "d".repeat(5_000);
                        assertEquals(Optional.of(longName + "\\" + "d".repeat(5_000)),
                                t.expectRead(t.reader().remoteNameInfo(path), NO_ERROR).universalName());
                        return null;
                    });
                }));
        out.add(new Clause("read06.previous-logon-connections-not-visible",
                "After the next logon without the network, a plain drive answers ERROR_NOT_CONNECTED and a persistent one "
                        + "ERROR_CONNECTION_UNAVAIL: connections belong to the logon session that made them",
                needs(DISK_DEVICES, PERSISTENT_CONNECTIONS, NEXT_LOGON, NETWORK_ABSENCE, CONNECTION_LOOKUP), t -> {
                    String z = t.device("Z:"), y = t.device("Y:"), share = t.remote(SHARE), other = t.remote(OTHER);
                    t.connect(z, share, plain().persistentToo());
                    t.connect(y, other, plain());
                    t.fixture().setNetworkPresent(false);
                    t.fixture().nextLogon();
                    t.fixture().setNetworkPresent(true);
                    t.unchanged(() -> {
                        t.expectRead(t.reader().getConnection(y), ERROR_NOT_CONNECTED);
                        t.expectRead(t.reader().getConnection(z), ERROR_CONNECTION_UNAVAIL);
                        return null;
                    });
                    assertTrue(t.fixture().isRemembered(z));
                }));
    }
}
