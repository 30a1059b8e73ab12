package io.github.wnet4j.conformance;

import io.github.wnet4j.ListingOutcome;
import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.NetResource;

import java.util.List;

import static io.github.wnet4j.ErrorCode.ERROR_INVALID_PARAMETER;
import static io.github.wnet4j.ErrorCode.NO_ERROR;
import static io.github.wnet4j.conformance.Capability.DEVICELESS_CONNECTIONS;
import static io.github.wnet4j.conformance.Capability.DISK_DEVICES;
import static io.github.wnet4j.conformance.Capability.ENUMERATION;
import static io.github.wnet4j.conformance.Capability.ENUMERATION_HANDLES;
import static io.github.wnet4j.conformance.Capability.NETWORK_ABSENCE;
import static io.github.wnet4j.conformance.Capability.PERSISTENT_CONNECTIONS;
import static io.github.wnet4j.conformance.Capability.PRINT_DEVICES;
import static io.github.wnet4j.conformance.Capability.PROVIDER_ERRORS;
import static io.github.wnet4j.conformance.Capability.REMEMBERED_ONLY_ENTRIES;
import static io.github.wnet4j.conformance.ClauseContext.NO_FLAGS;
import static io.github.wnet4j.conformance.Clauses.OTHER;
import static io.github.wnet4j.conformance.Clauses.PRINTER;
import static io.github.wnet4j.conformance.Clauses.SHARE;
import static io.github.wnet4j.conformance.Clauses.needs;
import static io.github.wnet4j.conformance.ConnectionSpec.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Clauses for the enumeration (specification rows R7 to R12); each also checks that reading changed nothing. */
final class ListingClauses {
    private ListingClauses() {
    }

    static void addTo(List<Clause> out) {
        out.add(new Clause("read07.lists-device-redirections",
                "RESOURCE_CONNECTED lists each redirected drive with its device and remote name",
                needs(DISK_DEVICES, ENUMERATION), t -> {
                    String z = t.device("Z:"), y = t.device("Y:"), share = t.remote(SHARE), other = t.remote(OTHER);
                    t.connect(z, share, plain());
                    t.connect(y, other, plain().persistentToo());
                    t.assertListed(t.unchanged(() -> t.reader().connections()), t.entry(z, share), t.entry(y, other));
                }));
        out.add(new Clause("read07.lists-deviceless-connections-without-device",
                "RESOURCE_CONNECTED lists a connection without a device, with no local name (decision; the first Windows run checks it)",
                needs(DEVICELESS_CONNECTIONS, ENUMERATION), t -> {
                    String share = t.remote(SHARE);
                    t.connectDeviceless(share, plain());
                    t.assertListed(t.unchanged(() -> t.reader().connections()), t.entry(null, share));
                }));
        out.add(new Clause("read07.lists-neither-remembered-only-nor-cancelled",
                "RESOURCE_CONNECTED leaves out a remembered-only drive and a cancelled one",
                needs(DISK_DEVICES, REMEMBERED_ONLY_ENTRIES, ENUMERATION), t -> {
                    String z = t.device("Z:"), y = t.device("Y:"), x = t.device("X:");
                    String share = t.remote(SHARE), other = t.remote(OTHER);
                    t.connect(z, share, plain());
                    t.remember(y, other);
                    t.connect(x, other, plain());
                    t.expect(t.cancel2(x, NO_FLAGS, false), NO_ERROR);
                    t.assertListed(t.unchanged(() -> t.reader().connections()), t.entry(z, share));
                }));
        out.add(new Clause("read08.lists-remembered-entries-connected-or-not",
                "RESOURCE_REMEMBERED lists a persistent drive and a remembered-only one, not a plain drive nor a deviceless connection",
                needs(DISK_DEVICES, PERSISTENT_CONNECTIONS, REMEMBERED_ONLY_ENTRIES, DEVICELESS_CONNECTIONS, ENUMERATION), t -> {
                    String z = t.device("Z:"), y = t.device("Y:"), x = t.device("X:");
                    String share = t.remote(SHARE), other = t.remote(OTHER);
                    t.connect(z, share, plain().persistentToo());
                    t.remember(y, other);
                    t.connect(x, other, plain());
                    t.connectDeviceless(share, plain());
                    t.assertListed(t.unchanged(() -> t.reader().rememberedConnections()), t.entry(z, share), t.entry(y, other));
                }));
        out.add(new Clause("read09.drives-and-deviceless-are-disk-printer-ports-print",
                "Listed drives and deviceless connections are RESOURCETYPE_DISK, printer ports RESOURCETYPE_PRINT",
                needs(DISK_DEVICES, PRINT_DEVICES, DEVICELESS_CONNECTIONS, ENUMERATION), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE), printer = t.remote(PRINTER);
                    t.connect(z, share, plain());
                    t.connect("LPT1:", printer, plain());
                    t.connectDeviceless(share, plain());
                    t.assertListed(t.unchanged(() -> t.reader().connections()),
                            t.entry(z, share), t.entry("LPT1:", printer), t.entry(null, share));
                }));
        out.add(new Clause("read09.type-filter-and-any-alone",
                "dwType DISK lists no printer port, PRINT only printer ports; DISK|PRINT is ERROR_INVALID_PARAMETER",
                needs(DISK_DEVICES, PRINT_DEVICES, ENUMERATION), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE), printer = t.remote(PRINTER);
                    t.connect(z, share, plain());
                    t.connect("LPT1:", printer, plain());
                    t.unchanged(() -> {
                        List<String> disk = devices(t.backend().enumerate(NetResource.RESOURCE_CONNECTED, NetResource.RESOURCETYPE_DISK, 0));
                        List<String> print = devices(t.backend().enumerate(NetResource.RESOURCE_CONNECTED, NetResource.RESOURCETYPE_PRINT, 0));
                        assertTrue(disk.contains(z.toUpperCase(java.util.Locale.ROOT)) && !disk.contains("LPT1:"), "DISK: " + disk);
                        assertTrue(print.contains("LPT1:") && !print.contains(z.toUpperCase(java.util.Locale.ROOT)), "PRINT: " + print);
                        EnumerationAnswer both = t.backend().enumerate(NetResource.RESOURCE_CONNECTED,
                                NetResource.RESOURCETYPE_DISK | NetResource.RESOURCETYPE_PRINT, 0);
                        assertEquals(ERROR_INVALID_PARAMETER.value(), both.code(), "DISK|PRINT: " + both);
                        return null;
                    });
                }));
        out.add(new Clause("read10.entry-fields",
                "Each entry: the scope asked for, RESOURCEDISPLAYTYPE_SHARE, RESOURCEUSAGE_CONNECTABLE, no comment, the provider's name",
                needs(DISK_DEVICES, PERSISTENT_CONNECTIONS, ENUMERATION), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().persistentToo());
                    t.unchanged(() -> {
                        for (int scope : new int[] {NetResource.RESOURCE_CONNECTED, NetResource.RESOURCE_REMEMBERED}) {
                            EnumerationAnswer answer = t.backend().enumerate(scope, NetResource.RESOURCETYPE_ANY, 0);
                            assertEquals(NO_ERROR.value(), answer.code(), "scope " + scope + ": " + answer);
                            NetResource r = answer.resources().stream().filter(e -> z.equalsIgnoreCase(e.localName()))
                                    .findFirst().orElseThrow(() -> new AssertionError(z + " not listed in scope " + scope + ": " + answer));
                            assertEquals(new NetResource(scope, NetResource.RESOURCETYPE_DISK, NetResource.RESOURCEDISPLAYTYPE_SHARE,
                                    NetResource.RESOURCEUSAGE_CONNECTABLE, r.localName(), share, null, t.fixture().providerName()), r);
                            assertNull(answer.failedCall());
                        }
                        return null;
                    });
                }));
        out.add(new Clause("read11.a-listing-reflects-the-state-it-was-taken-in",
                "Two listings with nothing in between agree; after a cancel the next listing no longer has it",
                needs(DISK_DEVICES, DEVICELESS_CONNECTIONS, ENUMERATION), t -> {
                    String z = t.device("Z:"), y = t.device("Y:"), share = t.remote(SHARE), other = t.remote(OTHER);
                    t.connect(z, share, plain());
                    t.connect(y, other, plain());
                    t.connectDeviceless(other, plain());
                    ListingOutcome first = t.unchanged(() -> t.reader().connections());
                    ListingOutcome second = t.unchanged(() -> t.reader().connections());
                    assertEquals(java.util.Set.copyOf(first.connections()), java.util.Set.copyOf(second.connections()));
                    t.expect(t.cancel2(y, NO_FLAGS, false), NO_ERROR);
                    t.assertListed(t.reader().connections(), t.entry(z, share), t.entry(null, other));
                }));
        out.add(new Clause("read11.many-entries-all-listed",
                "Twenty drives and twenty deviceless connections are all listed, each once (however many reads that takes)",
                needs(DISK_DEVICES, DEVICELESS_CONNECTIONS, ENUMERATION, Capability.ARBITRARY_REMOTE_NAMES), t -> {
                    List<io.github.wnet4j.NetworkConnection> expected = new java.util.ArrayList<>();
                    for (char d = 'D'; d < 'D' + 20; d++) {
                        String device = t.device(d + ":"), remote = t.remote("\\\\srv\\drive-" + d + "-" + "n".repeat(200));
                        String deviceless = t.remote("\\\\srv\\free-" + d + "-" + "m".repeat(200));
                        t.connect(device, remote, plain());
                        t.connectDeviceless(deviceless, plain());
                        expected.add(t.entry(device, remote));
                        expected.add(t.entry(null, deviceless));
                    }
                    t.assertListed(t.unchanged(() -> t.reader().connections()), expected.toArray(io.github.wnet4j.NetworkConnection[]::new));
                }));
        out.add(new Clause("read12.every-enumeration-handle-is-closed",
                "After listings that succeed and listings that fail, no enumeration handle is left open",
                needs(DISK_DEVICES, ENUMERATION, ENUMERATION_HANDLES, NETWORK_ABSENCE, PROVIDER_ERRORS), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    int before = t.fixture().openEnumerationHandles();
                    t.expectRead(t.reader().connections(), NO_ERROR);
                    t.expectRead(t.reader().rememberedConnections(), NO_ERROR);
                    t.fixture().armProviderErrorOnce(FailureClauses.ACCESS_DENIED);
                    t.expectRead(t.reader().connections(), io.github.wnet4j.ErrorCode.ERROR_EXTENDED_ERROR);
                    t.fixture().setNetworkPresent(false);
                    t.expectRead(t.reader().connections(), io.github.wnet4j.ErrorCode.ERROR_NO_NETWORK);
                    t.fixture().setNetworkPresent(true);
                    assertEquals(before, t.fixture().openEnumerationHandles(), "enumeration handles left open");
                }));
    }

    private static List<String> devices(EnumerationAnswer answer) {
        assertEquals(NO_ERROR.value(), answer.code(), answer.toString());
        return answer.resources().stream().map(NetResource::localName).filter(java.util.Objects::nonNull)
                .map(s -> s.toUpperCase(java.util.Locale.ROOT)).toList();
    }
}
