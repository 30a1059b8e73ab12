package io.github.wnet4j.conformance;

import io.github.wnet4j.ConnectFlag;
import io.github.wnet4j.ConnectOutcome;
import io.github.wnet4j.ConnectRequest;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ResourceType;
import io.github.wnet4j.WNetFunction;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.UseConnectionAnswer;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.github.wnet4j.ErrorCode.ERROR_INVALID_PARAMETER;
import static io.github.wnet4j.ErrorCode.ERROR_NO_MORE_ITEMS;
import static io.github.wnet4j.ErrorCode.NO_ERROR;
import static io.github.wnet4j.conformance.Capability.CONNECTION_LOOKUP;
import static io.github.wnet4j.conformance.Capability.DEVICELESS_CONNECTIONS;
import static io.github.wnet4j.conformance.Capability.DISK_DEVICES;
import static io.github.wnet4j.conformance.Capability.ENUMERATION;
import static io.github.wnet4j.conformance.Capability.ISOLATED_STATE;
import static io.github.wnet4j.conformance.Capability.LOCAL_DRIVES;
import static io.github.wnet4j.conformance.Capability.MAKE_CONNECTIONS;
import static io.github.wnet4j.conformance.Capability.NEXT_LOGON;
import static io.github.wnet4j.conformance.Capability.PERSISTENT_CONNECTIONS;
import static io.github.wnet4j.conformance.Capability.PRINT_DEVICES;
import static io.github.wnet4j.conformance.Capability.REMEMBERED_ONLY_ENTRIES;
import static io.github.wnet4j.conformance.Clauses.OTHER;
import static io.github.wnet4j.conformance.Clauses.PRINTER;
import static io.github.wnet4j.conformance.Clauses.SHARE;
import static io.github.wnet4j.conformance.Clauses.needs;
import static io.github.wnet4j.conformance.ConnectChecks.connect;
import static io.github.wnet4j.conformance.ConnectChecks.expect;
import static io.github.wnet4j.conformance.ConnectChecks.expectRefused;
import static io.github.wnet4j.conformance.ConnectionSpec.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clauses for the connections a connect makes: specification rows C1 and C2 (a device, no device),
 * C5-C8 (what is remembered), C15 and C16 (WNetUseConnection's pick and outputs) and C18 (the legacy
 * function). The refusals are in {@link ConnectRefusalClauses}, the credentials in
 * {@link CredentialClauses}, row 15's rules in {@link ConnectArgumentClauses}, the cure and the scope
 * in {@link ConflictScopeClauses}.
 */
final class ConnectClauses {
    private static final Set<ConnectFlag> TEMPORARY = Set.of(ConnectFlag.CONNECT_TEMPORARY);

    private ConnectClauses() {
    }

    static void addTo(List<Clause> out) {
        connected(out);
        remembered(out);
        picked(out);
        legacy(out);
        ConnectRefusalClauses.addTo(out);
        CredentialClauses.addTo(out);
        ConnectArgumentClauses.addTo(out);
        ConflictScopeClauses.addTo(out);
    }

    /** C1 "A device connection", C2 "A deviceless connection". */
    private static void connected(List<Clause> out) {
        out.add(new Clause("connect01.device-is-redirected", "WNetAddConnection2 redirects a drive to the remote name, not remembered",
                needs(MAKE_CONNECTIONS, DISK_DEVICES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    ConnectOutcome o = expect(t, ConnectRequest.device(z, share), NO_ERROR);
                    assertEquals(Optional.of(z), o.device(), o.toString());
                    t.assertConnected(z, share);
                    t.assertRemembered(z, false);
                }));
        out.add(new Clause("connect01.remote-name-kept-as-spelled", "A connected device keeps the remote name as the caller spelled it",
                needs(MAKE_CONNECTIONS, DISK_DEVICES), t -> {
                    String z = t.device("Z:"), share = ClauseContext.upper(t.remote(SHARE));
                    expect(t, ConnectRequest.device(z, share), NO_ERROR);
                    ConnectChecks.assertConnectedAsSpelled(t, z, share);
                }));
        out.add(new Clause("connect01.add-connection3-connects-alike", "WNetAddConnection3 with no window connects as WNetAddConnection2",
                needs(MAKE_CONNECTIONS, DISK_DEVICES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    expect(t, ConnectRequest.device(z, share).using(WNetFunction.ADD_CONNECTION3), NO_ERROR);
                    t.assertConnected(z, share);
                }));
        out.add(new Clause("connect01.printer-port-is-redirected", "WNetAddConnection2 redirects LPT1: to a print share",
                needs(MAKE_CONNECTIONS, PRINT_DEVICES), t -> {
                    String lpt = t.device("LPT1:"), printer = t.remote(PRINTER);
                    expect(t, ConnectRequest.device(lpt, printer), NO_ERROR);
                    t.assertConnected(lpt, printer);
                }));
        out.add(new Clause("connect01.read-side-sees-the-device", "WNetGetConnection names the remote name a connect redirected the drive to",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, CONNECTION_LOOKUP), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    expect(t, ConnectRequest.device(z, share), NO_ERROR);
                    assertEquals(Optional.of(share), t.reader().getConnection(z).remoteName());
                }));
        out.add(new Clause("connect02.deviceless-connection-is-made", "A connection with no device is made and named by its remote name",
                needs(MAKE_CONNECTIONS, DEVICELESS_CONNECTIONS), t -> {
                    String share = t.remote(SHARE);
                    ConnectOutcome o = expect(t, ConnectRequest.deviceless(share), NO_ERROR);
                    assertEquals(Optional.of(share), o.accessName(), o.toString());
                    assertEquals(Optional.empty(), o.device(), o.toString());
                    t.assertDeviceless(share, true);
                }));
        out.add(new Clause("connect02.second-use-is-listed-once", "A second deviceless connect to the same remote name succeeds and is listed once",
                needs(MAKE_CONNECTIONS, DEVICELESS_CONNECTIONS, ENUMERATION), t -> {
                    String share = t.remote(SHARE);
                    expect(t, ConnectRequest.deviceless(share), NO_ERROR);
                    expect(t, ConnectRequest.deviceless(share), NO_ERROR);
                    t.assertListed(t.reader().connections(), t.entry(null, share));
                }));
        out.add(new Clause("connect02.cancel-ends-every-use", "A cancel by the remote name ends a deviceless connection with every use",
                needs(MAKE_CONNECTIONS, DEVICELESS_CONNECTIONS), t -> {
                    String share = t.remote(SHARE);
                    expect(t, ConnectRequest.deviceless(share), NO_ERROR);
                    expect(t, ConnectRequest.deviceless(share), NO_ERROR);
                    t.expect(t.cancel2(share, ClauseContext.NO_FLAGS, false), NO_ERROR);
                    t.assertDeviceless(share, false);
                }));
        out.add(new Clause("connect02.deviceless-is-never-remembered", "CONNECT_UPDATE_PROFILE on a deviceless connection remembers nothing",
                needs(MAKE_CONNECTIONS, DEVICELESS_CONNECTIONS, NEXT_LOGON), t -> {
                    String share = t.remote(SHARE);
                    expect(t, ConnectRequest.deviceless(share).remembered(), NO_ERROR);
                    t.fixture().nextLogon();
                    t.assertDeviceless(share, false);
                }));
    }

    /** C5 "Remembered to the same share", C6 "Remembered on request", C7 "Nothing remembered without a device", C8 "Not remembered by default". */
    private static void remembered(List<Clause> out) {
        out.add(new Clause("connect05.remembered-device-reconnects", "A device remembered to the same remote name connects again and stays remembered",
                needs(MAKE_CONNECTIONS, REMEMBERED_ONLY_ENTRIES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.remember(z, share);
                    expect(t, ConnectRequest.device(z, share), NO_ERROR);
                    t.assertConnected(z, share);
                    t.assertRemembered(z, true);
                }));
        out.add(new Clause("connect05.remembered-device-stays-remembered-whatever-the-flags",
                "A device remembered to the same remote name, connected with CONNECT_TEMPORARY, stays remembered",
                needs(MAKE_CONNECTIONS, REMEMBERED_ONLY_ENTRIES, NEXT_LOGON), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.remember(z, share);
                    expect(t, ConnectRequest.device(z, share).withFlags(TEMPORARY), NO_ERROR);
                    t.assertRemembered(z, true);
                    t.fixture().nextLogon();
                    t.assertConnected(z, share);
                }));
        out.add(new Clause("connect06.update-profile-remembers", "CONNECT_UPDATE_PROFILE connects the device and remembers it",
                needs(MAKE_CONNECTIONS, PERSISTENT_CONNECTIONS), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    expect(t, ConnectRequest.device(z, share).remembered(), NO_ERROR);
                    t.assertConnected(z, share);
                    t.assertRemembered(z, true);
                }));
        out.add(new Clause("connect06.next-logon-restores", "The next logon restores a device connected with CONNECT_UPDATE_PROFILE",
                needs(MAKE_CONNECTIONS, PERSISTENT_CONNECTIONS, NEXT_LOGON), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    expect(t, ConnectRequest.device(z, share).remembered(), NO_ERROR);
                    t.fixture().nextLogon();
                    t.assertConnected(z, share);
                }));
        out.add(new Clause("connect07.deviceless-update-profile-lists-nothing-remembered",
                "A deviceless connect with CONNECT_UPDATE_PROFILE succeeds and the remembered listing does not show it",
                needs(MAKE_CONNECTIONS, DEVICELESS_CONNECTIONS, ENUMERATION), t -> {
                    String share = t.remote(SHARE);
                    expect(t, ConnectRequest.deviceless(share).remembered(), NO_ERROR);
                    t.assertDeviceless(share, true);
                    t.assertListed(t.reader().rememberedConnections());
                }));
        out.add(new Clause("connect08.no-flags-not-remembered", "A device connected without flags is not remembered and is gone at the next logon",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, NEXT_LOGON), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    expect(t, ConnectRequest.device(z, share), NO_ERROR);
                    t.assertRemembered(z, false);
                    t.fixture().nextLogon();
                    t.assertNotConnected(z);
                }));
        out.add(new Clause("connect08.temporary-not-remembered", "CONNECT_TEMPORARY connects the device without remembering it",
                needs(MAKE_CONNECTIONS, DISK_DEVICES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    expect(t, ConnectRequest.device(z, share).withFlags(TEMPORARY), NO_ERROR);
                    t.assertConnected(z, share);
                    t.assertRemembered(z, false);
                }));
        out.add(new Clause("connect08.update-profile-wins-over-temporary", "CONNECT_UPDATE_PROFILE with CONNECT_TEMPORARY remembers the device",
                needs(MAKE_CONNECTIONS, PERSISTENT_CONNECTIONS), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    expect(t, ConnectRequest.device(z, share).withFlags(TEMPORARY).remembered(), NO_ERROR);
                    t.assertRemembered(z, true);
                }));
    }

    /** C15 "WNetUseConnection picks a device", C16 "WNetUseConnection's outputs". */
    private static void picked(List<Clause> out) {
        out.add(new Clause("connect15.picks-z-first", "Any free device is Z: when nothing is redirected, and the outcome names it",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, ISOLATED_STATE), t -> {
                    String share = t.remote(SHARE);
                    t.watchDevice("Z:");
                    ConnectOutcome o = expect(t, ConnectRequest.anyFreeDevice(share), NO_ERROR);
                    assertEquals(Optional.of("Z:"), o.device(), o.toString());
                    assertEquals(Optional.of("Z:"), o.accessName(), o.toString());
                    t.assertConnected("Z:", share);
                }));
        out.add(new Clause("connect15.skips-redirected-and-remembered-letters",
                "The pick skips a redirected letter and a remembered one, taking the next free letter down",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, REMEMBERED_ONLY_ENTRIES, ISOLATED_STATE), t -> {
                    String share = t.remote(SHARE), other = t.remote(OTHER);
                    t.connect("Z:", other, plain());
                    t.remember("Y:", other);
                    t.watchDevice("X:");
                    ConnectOutcome o = expect(t, ConnectRequest.anyFreeDevice(share), NO_ERROR);
                    assertEquals(Optional.of("X:"), o.device(), o.toString());
                    t.assertConnected("X:", share);
                    t.assertConnected("Z:", other);
                }));
        out.add(new Clause("connect15.skips-local-drives", "The pick skips a letter that is a local drive",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, LOCAL_DRIVES, ISOLATED_STATE), t -> {
                    t.declareNetwork(NetworkSpec.builder().localDrives("C:", "Z:").build());
                    ConnectOutcome o = expect(t, ConnectRequest.anyFreeDevice(t.remote(SHARE)), NO_ERROR);
                    assertEquals(Optional.of("Y:"), o.device(), o.toString());
                }));
        out.add(new Clause("connect15.print-picks-lpt1", "The pick for a print share is LPT1: when no port is redirected",
                needs(MAKE_CONNECTIONS, PRINT_DEVICES, ISOLATED_STATE), t -> {
                    String printer = t.remote(PRINTER);
                    t.watchDevice("LPT1:");
                    ConnectOutcome o = expect(t, ConnectRequest.anyFreeDevice(printer).ofType(ResourceType.PRINT), NO_ERROR);
                    assertEquals(Optional.of("LPT1:"), o.device(), o.toString());
                    t.assertConnected("LPT1:", printer);
                }));
        out.add(new Clause("connect15.any-type-pick-invalid-parameter", "The pick with RESOURCETYPE_ANY answers ERROR_INVALID_PARAMETER",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, ISOLATED_STATE), t -> {
                    t.watchDevice("Z:");
                    expectRefused(t, ConnectRequest.anyFreeDevice(t.remote(SHARE)).ofType(ResourceType.UNKNOWN), ERROR_INVALID_PARAMETER);
                }));
        out.add(new Clause("connect15.none-free-no-more-items", "With every letter from D: to Z: redirected and C: local, the pick answers ERROR_NO_MORE_ITEMS",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, LOCAL_DRIVES, ISOLATED_STATE), t -> {
                    t.declareNetwork(NetworkSpec.builder().localDrives("C:").build());
                    String other = t.remote(OTHER);
                    for (char letter = 'D'; letter <= 'Z'; letter++) {
                        t.connect(letter + ":", other, plain());
                    }
                    expectRefused(t, ConnectRequest.anyFreeDevice(t.remote(SHARE)), ERROR_NO_MORE_ITEMS);
                }));
        out.add(new Clause("connect15.no-device-without-redirect-is-deviceless",
                "WNetUseConnection with no device and no CONNECT_REDIRECT makes a deviceless connection and names the remote name",
                needs(MAKE_CONNECTIONS, DEVICELESS_CONNECTIONS), t -> {
                    String share = t.remote(SHARE);
                    ConnectOutcome o = expect(t, ConnectRequest.deviceless(share).using(WNetFunction.USE_CONNECTION), NO_ERROR);
                    assertEquals(Optional.of(share), o.accessName(), o.toString());
                    t.assertDeviceless(share, true);
                }));
        out.add(new Clause("connect16.device-access-name-and-localdrive",
                "WNetUseConnection with a device writes the device to the access name and CONNECT_LOCALDRIVE to the result",
                needs(MAKE_CONNECTIONS, DISK_DEVICES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.watchDevice(z);
                    UseConnectionAnswer a = t.backend().useConnection(ConnectChecks.resource(NetResource.RESOURCETYPE_DISK, z, share),
                            null, null, 0);
                    assertEquals(NO_ERROR.value(), a.code(), a.toString());
                    assertTrue(z.equalsIgnoreCase(a.accessName()), a.toString());
                    assertTrue(a.isLocalDevice(), "CONNECT_LOCALDRIVE in *lpResult: " + a);
                    t.assertConnected(z, share);
                }));
        out.add(new Clause("connect16.deviceless-access-name-is-the-remote-name",
                "WNetUseConnection with no device writes the remote name to the access name and 0 to the result",
                needs(MAKE_CONNECTIONS, DEVICELESS_CONNECTIONS), t -> {
                    String share = t.remote(SHARE);
                    t.watchRemote(share);
                    UseConnectionAnswer a = t.backend().useConnection(ConnectChecks.resource(NetResource.RESOURCETYPE_ANY, null, share),
                            null, null, 0);
                    assertEquals(NO_ERROR.value(), a.code(), a.toString());
                    assertTrue(share.equalsIgnoreCase(a.accessName()), a.toString());
                    assertEquals(0, a.result(), a.toString());
                }));
        out.add(new Clause("connect16.picked-device-in-access-name",
                "WNetUseConnection's pick writes the picked device to the access name with CONNECT_LOCALDRIVE",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, ISOLATED_STATE), t -> {
                    t.watchDevice("Z:");
                    UseConnectionAnswer a = t.backend().useConnection(ConnectChecks.resource(NetResource.RESOURCETYPE_DISK, null,
                            t.remote(SHARE)), null, null, UseConnectionAnswer.CONNECT_REDIRECT);
                    assertEquals(NO_ERROR.value(), a.code(), a.toString());
                    assertEquals("Z:", a.accessName());
                    assertTrue(a.isLocalDevice(), a.toString());
                }));
    }

    /** C18 "The legacy WNetAddConnection": remembered unless the profile is {@code legacy-add-temporary}. */
    private static void legacy(List<Clause> out) {
        out.add(new Clause("connect18.legacy-device-remembered-as-the-profile-says",
                "The legacy WNetAddConnection connects the device, remembered unless the profile says legacy-add-temporary",
                needs(MAKE_CONNECTIONS, PERSISTENT_CONNECTIONS), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    expect(t, ConnectRequest.legacy(share, z), NO_ERROR);
                    t.assertConnected(z, share);
                    t.assertRemembered(z, t.legacyAddRemembers());
                }));
        out.add(new Clause("connect18.legacy-next-logon-as-the-profile-says",
                "After the legacy WNetAddConnection, the next logon restores the device unless the profile says legacy-add-temporary",
                needs(MAKE_CONNECTIONS, PERSISTENT_CONNECTIONS, NEXT_LOGON), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    expect(t, ConnectRequest.legacy(share, z), NO_ERROR);
                    t.fixture().nextLogon();
                    assertEquals(t.legacyAddRemembers() ? Optional.of(share) : Optional.empty(), t.fixture().deviceConnection(z));
                }));
        out.add(new Clause("connect18.legacy-deviceless", "The legacy WNetAddConnection with no device makes a deviceless connection",
                needs(MAKE_CONNECTIONS, DEVICELESS_CONNECTIONS), t -> {
                    String share = t.remote(SHARE);
                    expect(t, ConnectRequest.legacy(share, null), NO_ERROR);
                    t.assertDeviceless(share, true);
                }));
        out.add(new Clause("connect18.legacy-refuses-an-assigned-device", "The legacy WNetAddConnection answers ERROR_ALREADY_ASSIGNED for a redirected device",
                needs(MAKE_CONNECTIONS, DISK_DEVICES), t -> {
                    String z = t.device("Z:");
                    t.connect(z, t.remote(OTHER), plain());
                    expectRefused(t, ConnectRequest.legacy(t.remote(SHARE), z), ErrorCode.ERROR_ALREADY_ASSIGNED);
                }));
    }

    /** Connects as a clause's setup step, which must succeed. */
    static void made(ClauseContext t, ConnectRequest request) {
        ConnectOutcome o = connect(t, request);
        assertTrue(o.isSuccess(), () -> "setting up: " + o.describe());
    }
}
