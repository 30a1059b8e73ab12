package io.github.wnet4j.conformance;

import io.github.wnet4j.ConnectFlag;
import io.github.wnet4j.ConnectOutcome;
import io.github.wnet4j.ConnectRequest;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ResourceType;
import io.github.wnet4j.spi.NetResource;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.wnet4j.ErrorCode.ERROR_ACCESS_DENIED;
import static io.github.wnet4j.ErrorCode.ERROR_ALREADY_ASSIGNED;
import static io.github.wnet4j.ErrorCode.ERROR_BAD_DEVICE;
import static io.github.wnet4j.ErrorCode.ERROR_BAD_DEV_TYPE;
import static io.github.wnet4j.ErrorCode.ERROR_BAD_NETPATH;
import static io.github.wnet4j.ErrorCode.ERROR_BAD_NET_NAME;
import static io.github.wnet4j.ErrorCode.ERROR_BAD_PROFILE;
import static io.github.wnet4j.ErrorCode.ERROR_BUSY;
import static io.github.wnet4j.ErrorCode.ERROR_CANNOT_OPEN_PROFILE;
import static io.github.wnet4j.ErrorCode.ERROR_DEVICE_ALREADY_REMEMBERED;
import static io.github.wnet4j.ErrorCode.ERROR_EXTENDED_ERROR;
import static io.github.wnet4j.ErrorCode.ERROR_INVALID_ADDRESS;
import static io.github.wnet4j.ErrorCode.ERROR_INVALID_PARAMETER;
import static io.github.wnet4j.ErrorCode.ERROR_NO_NETWORK;
import static io.github.wnet4j.ErrorCode.ERROR_NO_NET_OR_BAD_PATH;
import static io.github.wnet4j.ErrorCode.NO_ERROR;
import static io.github.wnet4j.conformance.Capability.DECLARED_ACCOUNTS;
import static io.github.wnet4j.conformance.Capability.DECLARED_SHARES;
import static io.github.wnet4j.conformance.Capability.DENIED_SHARES;
import static io.github.wnet4j.conformance.Capability.DEVICELESS_CONNECTIONS;
import static io.github.wnet4j.conformance.Capability.DISK_DEVICES;
import static io.github.wnet4j.conformance.Capability.LOCAL_DRIVE;
import static io.github.wnet4j.conformance.Capability.MAKE_CONNECTIONS;
import static io.github.wnet4j.conformance.Capability.NETWORK_ABSENCE;
import static io.github.wnet4j.conformance.Capability.NETWORK_BUSY;
import static io.github.wnet4j.conformance.Capability.PRINT_DEVICES;
import static io.github.wnet4j.conformance.Capability.PRINT_SHARES;
import static io.github.wnet4j.conformance.Capability.PROFILE_FAULTS;
import static io.github.wnet4j.conformance.Capability.PROVIDER_ERRORS;
import static io.github.wnet4j.conformance.Capability.REMEMBERED_ONLY_ENTRIES;
import static io.github.wnet4j.conformance.Capability.UNREACHABLE_SERVERS;
import static io.github.wnet4j.conformance.Clauses.OTHER;
import static io.github.wnet4j.conformance.Clauses.PRINTER;
import static io.github.wnet4j.conformance.Clauses.SHARE;
import static io.github.wnet4j.conformance.Clauses.UNREACHABLE;
import static io.github.wnet4j.conformance.Clauses.needs;
import static io.github.wnet4j.conformance.ConnectChecks.expect;
import static io.github.wnet4j.conformance.ConnectChecks.expectRefused;
import static io.github.wnet4j.conformance.ConnectChecks.resource;
import static io.github.wnet4j.conformance.ConnectionSpec.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Clauses for the connects Windows refuses, each changing nothing (row C21, "A failed call changes
 * nothing"): rows C3 and C4 (the device is taken), C11 (server, share, access), C13 (bad names,
 * types and flags), C14 (no user interface), C17 (CONNECT_REDIRECT without a device) and C20 (no
 * network, busy, provider error, profile fault).
 */
final class ConnectRefusalClauses {
    /** A flag bit winnetwk.h does not define. */
    private static final int UNDEFINED_FLAG = 0x0010_0000;
    /** CONNECT_PROMPT, CONNECT_COMMANDLINE, CONNECT_CMD_SAVECRED, CONNECT_CRED_RESET: no effect without CONNECT_INTERACTIVE (C14). */
    private static final int PROMPTING_FLAGS = 0x10 | 0x800 | 0x1000 | 0x2000;
    /** CONNECT_INTERACTIVE and the prompting flags, none of which the API may send (C14). */
    private static final int USER_INTERFACE_FLAGS = 0x8 | PROMPTING_FLAGS;

    private ConnectRefusalClauses() {
    }

    static void addTo(List<Clause> out) {
        deviceTaken(out);
        network(out);
        badArguments(out);
        failures(out);
    }

    /** C3 "The device is taken", C4 "Remembered to another share". */
    private static void deviceTaken(List<Clause> out) {
        out.add(new Clause("connect03.redirected-device-already-assigned",
                "A device redirected to another remote name answers ERROR_ALREADY_ASSIGNED and stays as it was",
                needs(MAKE_CONNECTIONS, DISK_DEVICES), t -> {
                    String z = t.device("Z:");
                    t.connect(z, t.remote(OTHER), plain());
                    expectRefused(t, ConnectRequest.device(z, t.remote(SHARE)), ERROR_ALREADY_ASSIGNED);
                }));
        out.add(new Clause("connect03.same-remote-name-already-assigned",
                "A device already redirected to the same remote name answers ERROR_ALREADY_ASSIGNED too",
                needs(MAKE_CONNECTIONS, DISK_DEVICES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    expectRefused(t, ConnectRequest.device(z, share), ERROR_ALREADY_ASSIGNED);
                }));
        out.add(new Clause("connect03.local-drive-already-assigned", "A local drive answers ERROR_ALREADY_ASSIGNED",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, LOCAL_DRIVE), t ->
                        expectRefused(t, ConnectRequest.device(t.fixture().localDrive(), t.remote(SHARE)), ERROR_ALREADY_ASSIGNED)));
        out.add(new Clause("connect04.remembered-elsewhere-refused",
                "A device remembered to another remote name answers ERROR_DEVICE_ALREADY_REMEMBERED, with or without CONNECT_UPDATE_PROFILE",
                needs(MAKE_CONNECTIONS, REMEMBERED_ONLY_ENTRIES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.remember(z, t.remote(OTHER));
                    expectRefused(t, ConnectRequest.device(z, share), ERROR_DEVICE_ALREADY_REMEMBERED);
                    expectRefused(t, ConnectRequest.device(z, share).remembered(), ERROR_DEVICE_ALREADY_REMEMBERED);
                }));
    }

    /** C11 "Unknown server, unknown share, no access". */
    private static void network(List<Clause> out) {
        out.add(new Clause("connect11.unreachable-server-bad-netpath", "A server declared unreachable answers ERROR_BAD_NETPATH",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, UNREACHABLE_SERVERS), t -> {
                    t.declareNetwork(NetworkSpec.builder().server(CleanupClauses.server(t.remote(UNREACHABLE)),
                            NetworkSpec.ServerSpec::unreachable).build());
                    expectRefused(t, ConnectRequest.device(t.device("Z:"), t.remote(UNREACHABLE)), ERROR_BAD_NETPATH);
                }));
        out.add(new Clause("connect11.undeclared-share-bad-net-name", "A share the server does not have answers ERROR_BAD_NET_NAME",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, DECLARED_SHARES), t -> {
                    t.declareNetwork(NetworkSpec.builder().server(ConnectChecks.server(t), s -> s.share("share")).build());
                    expectRefused(t, ConnectRequest.device(t.device("Z:"), t.remote(OTHER)), ERROR_BAD_NET_NAME);
                }));
        out.add(new Clause("connect11.declared-share-connects", "A share the server declares connects",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, DECLARED_SHARES), t -> {
                    t.declareNetwork(NetworkSpec.builder().server(ConnectChecks.server(t), s -> s.share("share")).build());
                    expect(t, ConnectRequest.device(t.device("Z:"), t.remote(SHARE)), NO_ERROR);
                }));
        out.add(new Clause("connect11.ipc-always-exists", "IPC$ takes a deviceless connection on a server whose shares are declared",
                needs(MAKE_CONNECTIONS, DEVICELESS_CONNECTIONS, DECLARED_SHARES), t -> {
                    String server = ConnectChecks.server(t);
                    t.declareNetwork(NetworkSpec.builder().server(server, s -> s.share("share")).build());
                    expect(t, ConnectRequest.deviceless("\\\\" + server + "\\IPC$"), NO_ERROR);
                }));
        out.add(new Clause("connect11.denied-share-access-denied", "A share the account may not open answers ERROR_ACCESS_DENIED",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, DECLARED_ACCOUNTS, DENIED_SHARES), t -> {
                    t.declareNetwork(NetworkSpec.builder().server(ConnectChecks.server(t), s -> ConnectChecks.aliceAndBob(s)
                            .deny(ConnectChecks.ALICE, "share")).build());
                    String share = t.remote(SHARE);
                    expectRefused(t, ConnectRequest.device(t.device("Z:"), share).with(ConnectChecks.alice(t)), ERROR_ACCESS_DENIED);
                    expect(t, ConnectRequest.device(t.device("Y:"), share).with(ConnectChecks.bob(t)), NO_ERROR);
                }));
    }

    /** C13 "Bad names, types and flags", C14 "No user interface", C17 "CONNECT_REDIRECT without a device". */
    private static void badArguments(List<Clause> out) {
        out.add(new Clause("connect13.not-a-device-bad-device", "A local name that is not a device answers ERROR_BAD_DEVICE",
                needs(MAKE_CONNECTIONS, DISK_DEVICES), t ->
                        expectRefused(t, ConnectRequest.device("NOTADEVICE", t.remote(SHARE)), ERROR_BAD_DEVICE)));
        out.add(new Clause("connect13.drive-with-print-type-bad-dev-type", "A drive with RESOURCETYPE_PRINT answers ERROR_BAD_DEV_TYPE",
                needs(MAKE_CONNECTIONS, DISK_DEVICES), t ->
                        expectRefused(t, ConnectRequest.device(t.device("Z:"), t.remote(SHARE)).ofType(ResourceType.PRINT), ERROR_BAD_DEV_TYPE)));
        out.add(new Clause("connect13.printer-port-with-disk-type-bad-dev-type", "LPT1: with RESOURCETYPE_DISK answers ERROR_BAD_DEV_TYPE",
                needs(MAKE_CONNECTIONS, PRINT_DEVICES), t ->
                        expectRefused(t, ConnectRequest.device(t.device("LPT1:"), t.remote(PRINTER)).ofType(ResourceType.DISK), ERROR_BAD_DEV_TYPE)));
        out.add(new Clause("connect13.drive-to-print-share-bad-dev-type", "A drive to a declared print share answers ERROR_BAD_DEV_TYPE",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, DECLARED_SHARES, PRINT_SHARES), t -> {
                    t.declareNetwork(NetworkSpec.builder().server(ConnectChecks.server(t), s -> s.share("printer", ResourceType.PRINT)).build());
                    expectRefused(t, ConnectRequest.device(t.device("Z:"), t.remote(PRINTER)), ERROR_BAD_DEV_TYPE);
                }));
        out.add(new Clause("connect13.any-type-with-device-invalid-parameter", "A device with RESOURCETYPE_ANY answers ERROR_INVALID_PARAMETER",
                needs(MAKE_CONNECTIONS, DISK_DEVICES), t ->
                        expectRefused(t, ConnectRequest.device(t.device("Z:"), t.remote(SHARE)).ofType(ResourceType.UNKNOWN), ERROR_INVALID_PARAMETER)));
        out.add(new Clause("connect13.remote-name-without-backslashes-no-net-or-bad-path",
                "A remote name not starting with two backslashes answers ERROR_NO_NET_OR_BAD_PATH",
                needs(MAKE_CONNECTIONS, DISK_DEVICES), t ->
                        expectRefused(t, ConnectRequest.device(t.device("Z:"), "share"), ERROR_NO_NET_OR_BAD_PATH)));
        out.add(new Clause("connect13.remote-name-without-share-bad-net-name", "A remote name naming a server and no share answers ERROR_BAD_NET_NAME",
                needs(MAKE_CONNECTIONS, DISK_DEVICES), t ->
                        expectRefused(t, ConnectRequest.device(t.device("Z:"), "\\\\" + ConnectChecks.server(t)), ERROR_BAD_NET_NAME)));
        out.add(spi("connect13.undefined-flag-invalid-parameter", "A flag bit winnetwk.h does not define answers ERROR_INVALID_PARAMETER",
                NetResource.RESOURCETYPE_DISK, UNDEFINED_FLAG, ERROR_INVALID_PARAMETER));
        out.add(spi("connect13.unknown-type-invalid-parameter", "A dwType other than 0, 1 or 2 answers ERROR_INVALID_PARAMETER",
                3, 0, ERROR_INVALID_PARAMETER));
        out.add(spi("connect14.prompting-flags-change-nothing-without-interactive",
                "CONNECT_PROMPT, CONNECT_COMMANDLINE, CONNECT_CMD_SAVECRED and CONNECT_CRED_RESET without CONNECT_INTERACTIVE connect as without them",
                NetResource.RESOURCETYPE_DISK, PROMPTING_FLAGS, NO_ERROR));
        out.add(new Clause("connect14.api-never-sends-user-interface-flags",
                "No request the API can make sends CONNECT_INTERACTIVE or a prompting flag, and none is answered ERROR_CANCELLED",
                needs(MAKE_CONNECTIONS, DISK_DEVICES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    for (ConnectFlag flag : ConnectFlag.values()) {
                        assertEquals(0, flag.bit() & USER_INTERFACE_FLAGS, flag + " asks for a user interface");
                    }
                    ConnectOutcome o = expect(t, ConnectRequest.device(z, share).withFlags(EnumSet.allOf(ConnectFlag.class)), NO_ERROR);
                    assertEquals(Optional.of(z), o.device());
                }));
        out.add(spi("connect17.redirect-without-device-invalid-address",
                "WNetAddConnection2 with CONNECT_REDIRECT and no device answers ERROR_INVALID_ADDRESS",
                NetResource.RESOURCETYPE_DISK, 0x80, ERROR_INVALID_ADDRESS));
        out.add(new Clause("connect17.add-connection3-redirect-without-device-invalid-address",
                "WNetAddConnection3 with CONNECT_REDIRECT and no device answers ERROR_INVALID_ADDRESS and connects nothing",
                needs(MAKE_CONNECTIONS, DEVICELESS_CONNECTIONS), t -> {
                    String share = t.remote(SHARE);
                    t.watchRemote(share);
                    Map<String, String> before = t.observe();
                    int code = t.backend().addConnection3(resource(NetResource.RESOURCETYPE_DISK, null, share), null, null, 0x80);
                    assertEquals(ERROR_INVALID_ADDRESS.value(), code);
                    assertEquals(before, t.observe(), "a refused connect changes nothing");
                }));
    }

    /**
     * A clause calling WNetAddConnection2 straight through the SPI (the API cannot make these calls),
     * with no device for CONNECT_REDIRECT and {@code Z:} otherwise, expecting {@code code}; a refusal
     * must change nothing.
     */
    private static Clause spi(String id, String title, int type, int flags, ErrorCode code) {
        boolean deviceless = (flags & 0x80) != 0;
        return new Clause(id, title, needs(MAKE_CONNECTIONS, deviceless ? DEVICELESS_CONNECTIONS : DISK_DEVICES), t -> {
            String z = t.device("Z:"), share = t.remote(SHARE);
            t.watchDevice(z);
            t.watchRemote(share);
            Map<String, String> before = t.observe();
            int answered = t.backend().addConnection2(resource(type, deviceless ? null : z, share), null, null, flags);
            assertEquals(code.value(), answered, () -> "WNetAddConnection2 answered " + answered + "; state " + t.observe());
            if (code == NO_ERROR) {
                t.assertConnected(z, share);
            } else {
                assertEquals(before, t.observe(), "a refused connect changes nothing");
            }
        });
    }

    /** C20 "No network, busy, provider error, profile fault"; C6's profile fault. */
    private static void failures(List<Clause> out) {
        out.add(new Clause("connect20.no-network", "Without the network a connect answers ERROR_NO_NETWORK",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, NETWORK_ABSENCE), t -> {
                    t.fixture().setNetworkPresent(false);
                    expectRefused(t, ConnectRequest.device(t.device("Z:"), t.remote(SHARE)), ERROR_NO_NETWORK);
                }));
        out.add(new Clause("connect20.busy-then-connects", "A busy network answers ERROR_BUSY; once it is not busy the same connect succeeds",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, NETWORK_BUSY), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.declareNetwork(NetworkSpec.builder().busy(true).build());
                    expectRefused(t, ConnectRequest.device(z, share), ERROR_BUSY);
                    t.declareNetwork(NetworkSpec.builder().busy(false).build());
                    expect(t, ConnectRequest.device(z, share), NO_ERROR);
                }));
        out.add(new Clause("connect20.no-network-before-busy", "Without the network a busy network still answers ERROR_NO_NETWORK",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, NETWORK_ABSENCE, NETWORK_BUSY), t -> {
                    t.declareNetwork(NetworkSpec.builder().busy(true).build());
                    t.fixture().setNetworkPresent(false);
                    expectRefused(t, ConnectRequest.device(t.device("Z:"), t.remote(SHARE)), ERROR_NO_NETWORK);
                }));
        out.add(new Clause("connect20.provider-error-extended", "A provider error answers ERROR_EXTENDED_ERROR with the provider's error, and connects nothing",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, PROVIDER_ERRORS), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.fixture().armProviderErrorOnce(FailureClauses.ACCESS_DENIED);
                    ConnectOutcome o = expectRefused(t, ConnectRequest.device(z, share), ERROR_EXTENDED_ERROR);
                    assertEquals(Optional.of(FailureClauses.ACCESS_DENIED), o.extendedError());
                    expect(t, ConnectRequest.device(z, share), NO_ERROR);
                }));
        for (ErrorCode fault : List.of(ERROR_CANNOT_OPEN_PROFILE, ERROR_BAD_PROFILE)) {
            String name = fault == ERROR_BAD_PROFILE ? "bad-profile" : "cannot-open-profile";
            out.add(new Clause("connect06.remembering-with-" + name + "-refused",
                    "CONNECT_UPDATE_PROFILE on a device with a faulty profile answers " + fault.name() + " and connects nothing",
                    needs(MAKE_CONNECTIONS, DISK_DEVICES, PROFILE_FAULTS), t -> {
                        t.fixture().armProfileFault(fault);
                        expectRefused(t, ConnectRequest.device(t.device("Z:"), t.remote(SHARE)).remembered(), fault);
                    }));
        }
        out.add(new Clause("connect20.profile-fault-only-when-remembering", "A faulty profile does not stop a connect that remembers nothing",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, DEVICELESS_CONNECTIONS, PROFILE_FAULTS), t -> {
                    t.fixture().armProfileFault(ERROR_CANNOT_OPEN_PROFILE);
                    expect(t, ConnectRequest.device(t.device("Z:"), t.remote(SHARE)), NO_ERROR);
                    expect(t, ConnectRequest.deviceless(t.remote(OTHER)).remembered(), NO_ERROR); // C7: the profile is not touched
                }));
    }
}
