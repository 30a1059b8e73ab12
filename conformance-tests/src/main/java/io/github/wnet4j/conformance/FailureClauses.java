package io.github.wnet4j.conformance;

import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ExtendedError;

import java.util.List;
import java.util.Optional;

import static io.github.wnet4j.ErrorCode.ERROR_BAD_PROFILE;
import static io.github.wnet4j.ErrorCode.ERROR_CANNOT_OPEN_PROFILE;
import static io.github.wnet4j.ErrorCode.ERROR_EXTENDED_ERROR;
import static io.github.wnet4j.ErrorCode.ERROR_NOT_CONNECTED;
import static io.github.wnet4j.ErrorCode.ERROR_NO_NETWORK;
import static io.github.wnet4j.ErrorCode.NO_ERROR;
import static io.github.wnet4j.conformance.Capability.DEVICELESS_CONNECTIONS;
import static io.github.wnet4j.conformance.Capability.DISK_DEVICES;
import static io.github.wnet4j.conformance.Capability.NETWORK_ABSENCE;
import static io.github.wnet4j.conformance.Capability.OPEN_FILES;
import static io.github.wnet4j.conformance.Capability.PERSISTENT_CONNECTIONS;
import static io.github.wnet4j.conformance.Capability.PRINT_DEVICES;
import static io.github.wnet4j.conformance.Capability.PROFILE_FAULTS;
import static io.github.wnet4j.conformance.Capability.PROVIDER_ERRORS;
import static io.github.wnet4j.conformance.Capability.REMEMBERED_ONLY_ENTRIES;
import static io.github.wnet4j.conformance.ClauseContext.NO_FLAGS;
import static io.github.wnet4j.conformance.ClauseContext.UPDATE_PROFILE;
import static io.github.wnet4j.conformance.Clauses.PRINTER;
import static io.github.wnet4j.conformance.Clauses.SHARE;
import static io.github.wnet4j.conformance.Clauses.needs;
import static io.github.wnet4j.conformance.ConnectionSpec.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Clauses for failures the environment causes: profile faults, provider errors, no network (rows 10 to 12). */
final class FailureClauses {
    /** A provider error as a Windows provider reports it. */
    static final ExtendedError ACCESS_DENIED = new ExtendedError(5, "Access is denied.", "Microsoft Windows Network");
    /** Non-ASCII and supplementary text, and a provider code above Integer.MAX_VALUE (a DWORD). */
    static final ExtendedError NON_ASCII = new ExtendedError(0xC000006D,
            "Zugriff verweigert: Freigabe \u201E\u5171\u6709\u201C ist gesperrt \uD83D\uDE00", "R\u00E9seau Microsoft Windows");
    /** A second error, for the per-thread clauses. */
    static final ExtendedError SESSION_LIMIT = new ExtendedError(1219,
            "Multiple connections to a server by the same user are not allowed.", "Microsoft Windows Network");
    /** What a thread that never got ERROR_EXTENDED_ERROR reads. */
    static final ExtendedError NONE = new ExtendedError(0, "", "");

    private FailureClauses() {
    }

    static void addTo(List<Clause> out) {
        profileFaults(out);
        providerErrors(out);
        noNetwork(out);
    }

    /** Row 10: only a call that must update the profile fails, and then it changes nothing. */
    private static void profileFaults(List<Clause> out) {
        for (ErrorCode fault : List.of(ERROR_CANNOT_OPEN_PROFILE, ERROR_BAD_PROFILE)) {
            String slug = fault == ERROR_CANNOT_OPEN_PROFILE ? "cannot-open-profile" : "bad-profile";
            out.add(new Clause("row10." + slug + "-refuses-update-profile",
                    fault.name() + " refuses CONNECT_UPDATE_PROFILE on a persistent device: still connected and remembered",
                    needs(DISK_DEVICES, PERSISTENT_CONNECTIONS, PROFILE_FAULTS), t -> {
                        String z = t.device("Z:"), share = t.remote(SHARE);
                        t.connect(z, share, plain().persistentToo());
                        t.fixture().armProfileFault(fault);
                        t.expectRefused(() -> t.cancel2(z, UPDATE_PROFILE, false), fault);
                        t.assertConnected(z, share);
                        t.assertRemembered(z, true);
                    }));
        }
        out.add(new Clause("row10.fault-refuses-forgetting-remembered-only",
                "A profile fault refuses forgetting a remembered-only device, which stays remembered",
                needs(REMEMBERED_ONLY_ENTRIES, PROFILE_FAULTS), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.remember(z, share);
                    t.fixture().armProfileFault(ERROR_BAD_PROFILE);
                    t.expectRefused(() -> t.cancel2(z, UPDATE_PROFILE, false), ERROR_BAD_PROFILE);
                    t.assertRemembered(z, true);
                }));
        out.add(new Clause("row10.fault-with-force-changes-nothing",
                "A profile fault refuses CONNECT_UPDATE_PROFILE with force too, and leaves the open files open",
                needs(DISK_DEVICES, PERSISTENT_CONNECTIONS, OPEN_FILES, PROFILE_FAULTS), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().persistentToo().withOpenFiles(2));
                    t.fixture().armProfileFault(ERROR_CANNOT_OPEN_PROFILE);
                    t.expectRefused(() -> t.cancel2(z, UPDATE_PROFILE, true), ERROR_CANNOT_OPEN_PROFILE);
                    t.assertOpenFiles(z, 2);
                }));
        out.add(new Clause("row10.fault-ignored-without-update-profile",
                "A profile fault does not stop flags 0 on a persistent device, which stays remembered",
                needs(DISK_DEVICES, PERSISTENT_CONNECTIONS, PROFILE_FAULTS), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().persistentToo());
                    t.fixture().armProfileFault(ERROR_CANNOT_OPEN_PROFILE);
                    t.expect(t.cancel2(z, NO_FLAGS, false), NO_ERROR);
                    t.assertNotConnected(z);
                    t.assertRemembered(z, true);
                }));
        out.add(new Clause("row10.fault-ignored-for-plain-device",
                "A profile fault does not stop CONNECT_UPDATE_PROFILE on a device that is not remembered",
                needs(DISK_DEVICES, PROFILE_FAULTS), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    t.fixture().armProfileFault(ERROR_BAD_PROFILE);
                    t.expect(t.cancel2(z, UPDATE_PROFILE, false), NO_ERROR);
                    t.assertNotConnected(z);
                }));
        out.add(new Clause("row10.fault-ignored-for-remote-name",
                "A profile fault does not stop CONNECT_UPDATE_PROFILE on a remote name, which never touches the profile",
                needs(DEVICELESS_CONNECTIONS, PROFILE_FAULTS), t -> {
                    String share = t.remote(SHARE);
                    t.connectDeviceless(share, plain());
                    t.fixture().armProfileFault(ERROR_CANNOT_OPEN_PROFILE);
                    t.expect(t.cancel2(share, UPDATE_PROFILE, false), NO_ERROR);
                    t.assertDeviceless(share, false);
                }));
        out.add(new Clause("row10.fault-remembered-only-without-flags-not-connected",
                "A profile fault does not change the answer to flags 0 on a remembered-only device: ERROR_NOT_CONNECTED",
                needs(REMEMBERED_ONLY_ENTRIES, PROFILE_FAULTS), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.remember(z, share);
                    t.fixture().armProfileFault(ERROR_BAD_PROFILE);
                    t.expectRefused(() -> t.cancel2(z, NO_FLAGS, false), ERROR_NOT_CONNECTED);
                }));
    }

    /** Row 11: provider errors come back as ERROR_EXTENDED_ERROR with the provider's details, kept per thread. */
    private static void providerErrors(List<Clause> out) {
        out.add(new Clause("row11.provider-error-carries-extended-error",
                "A provider error answers ERROR_EXTENDED_ERROR with the provider's exact code, text and name, and changes nothing",
                needs(DISK_DEVICES, PROVIDER_ERRORS), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    t.fixture().armProviderErrorOnce(ACCESS_DENIED);
                    CancelOutcome outcome = t.expectRefused(() -> t.cancel2(z, NO_FLAGS, false), ERROR_EXTENDED_ERROR);
                    assertEquals(Optional.of(ACCESS_DENIED), outcome.extendedError(), "the extended error");
                }));
        out.add(new Clause("row11.provider-error-non-ascii-text",
                "A provider error's non-ASCII text, non-ASCII provider name and DWORD code above 2^31 come back exactly",
                needs(DISK_DEVICES, PROVIDER_ERRORS), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    t.fixture().armProviderErrorOnce(NON_ASCII);
                    CancelOutcome outcome = t.expectRefused(() -> t.cancel2(z, UPDATE_PROFILE, true), ERROR_EXTENDED_ERROR);
                    assertEquals(Optional.of(NON_ASCII), outcome.extendedError(), "the extended error");
                }));
        out.add(new Clause("row11.provider-error-once-then-cancels",
                "A provider error armed once fails one call; the next call cancels",
                needs(DISK_DEVICES, PROVIDER_ERRORS), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    t.fixture().armProviderErrorOnce(ACCESS_DENIED);
                    t.expectRefused(() -> t.cancel2(z, NO_FLAGS, false), ERROR_EXTENDED_ERROR);
                    t.expect(t.cancel2(z, NO_FLAGS, false), NO_ERROR);
                    t.assertNotConnected(z);
                }));
        out.add(new Clause("row11.provider-error-always-until-disarmed",
                "A provider error armed always fails every call of both functions until disarmed",
                needs(DISK_DEVICES, PROVIDER_ERRORS), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    t.fixture().armProviderErrorAlways(ACCESS_DENIED);
                    t.expectRefused(() -> t.cancel2(z, NO_FLAGS, false), ERROR_EXTENDED_ERROR);
                    CancelOutcome legacy = t.expectRefused(() -> t.cancel(z, true), ERROR_EXTENDED_ERROR);
                    assertEquals(Optional.of(ACCESS_DENIED), legacy.extendedError(), "the extended error, second time");
                    t.fixture().disarmProviderError();
                    t.expect(t.cancel2(z, NO_FLAGS, false), NO_ERROR);
                    t.assertNotConnected(z);
                }));
        out.add(new Clause("row11.provider-error-legacy-function",
                "A provider error on the legacy function answers ERROR_EXTENDED_ERROR with the provider's details",
                needs(DISK_DEVICES, PROVIDER_ERRORS), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    t.fixture().armProviderErrorOnce(SESSION_LIMIT);
                    CancelOutcome outcome = t.expectRefused(() -> t.cancel(z, false), ERROR_EXTENDED_ERROR);
                    assertEquals(Optional.of(SESSION_LIMIT), outcome.extendedError(), "the extended error");
                }));
        out.add(new Clause("row11.provider-error-on-remote-name",
                "A provider error on a remote name answers ERROR_EXTENDED_ERROR and keeps the deviceless connection",
                needs(DEVICELESS_CONNECTIONS, PROVIDER_ERRORS), t -> {
                    String share = t.remote(SHARE);
                    t.connectDeviceless(share, plain());
                    t.fixture().armProviderErrorOnce(ACCESS_DENIED);
                    CancelOutcome outcome = t.expectRefused(() -> t.cancel2(share, NO_FLAGS, true), ERROR_EXTENDED_ERROR);
                    assertEquals(Optional.of(ACCESS_DENIED), outcome.extendedError(), "the extended error");
                    t.assertDeviceless(share, true);
                }));
        out.add(new Clause("row11.provider-error-keeps-remembered-device",
                "A provider error on CONNECT_UPDATE_PROFILE with force leaves a persistent device connected and remembered",
                needs(DISK_DEVICES, PERSISTENT_CONNECTIONS, PROVIDER_ERRORS), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().persistentToo());
                    t.fixture().armProviderErrorOnce(ACCESS_DENIED);
                    t.expectRefused(() -> t.cancel2(z, UPDATE_PROFILE, true), ERROR_EXTENDED_ERROR);
                    t.assertConnected(z, share);
                    t.assertRemembered(z, true);
                }));
        out.add(new Clause("row11.extended-error-kept-per-thread",
                "Each thread keeps its own extended error: thread A still reads E1 after thread B got E2",
                needs(DISK_DEVICES, PROVIDER_ERRORS), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    try (var a = new ClauseContext.CallingThread("thread-a"); var b = new ClauseContext.CallingThread("thread-b")) {
                        t.fixture().armProviderErrorOnce(ACCESS_DENIED);
                        CancelOutcome first = t.expect(a.call(() -> t.cancel2(z, NO_FLAGS, false)), ERROR_EXTENDED_ERROR);
                        assertEquals(Optional.of(ACCESS_DENIED), first.extendedError(), "thread A's extended error");
                        t.fixture().armProviderErrorOnce(SESSION_LIMIT);
                        CancelOutcome second = t.expect(b.call(() -> t.cancel2(z, NO_FLAGS, false)), ERROR_EXTENDED_ERROR);
                        assertEquals(Optional.of(SESSION_LIMIT), second.extendedError(), "thread B's extended error");
                        assertEquals(ACCESS_DENIED, a.call(() -> t.backend().lastExtendedError()),
                                "WNetGetLastError on thread A after thread B failed must still give thread A's error");
                        assertEquals(SESSION_LIMIT, b.call(() -> t.backend().lastExtendedError()),
                                "WNetGetLastError on thread B");
                    }
                    t.assertConnected(z, share);
                }));
        out.add(new Clause("row11.thread-that-never-failed-reads-no-error",
                "A thread that never got ERROR_EXTENDED_ERROR reads code 0 and empty strings, while another thread holds an error",
                needs(DISK_DEVICES, PROVIDER_ERRORS), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    try (var a = new ClauseContext.CallingThread("thread-a"); var fresh = new ClauseContext.CallingThread("fresh")) {
                        t.fixture().armProviderErrorOnce(ACCESS_DENIED);
                        t.expect(a.call(() -> t.cancel2(z, NO_FLAGS, false)), ERROR_EXTENDED_ERROR);
                        assertEquals(NONE, fresh.call(() -> t.backend().lastExtendedError()),
                                "WNetGetLastError on a thread that never failed");
                    }
                }));
    }

    /** Row 12: no network answers ERROR_NO_NETWORK for every name and changes nothing. */
    private static void noNetwork(List<Clause> out) {
        out.add(new Clause("row12.no-network-device", "Without a network a connected device answers ERROR_NO_NETWORK and stays connected",
                needs(DISK_DEVICES, NETWORK_ABSENCE), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    t.fixture().setNetworkPresent(false);
                    t.expectRefused(() -> t.cancel2(z, NO_FLAGS, false), ERROR_NO_NETWORK);
                    t.expectRefused(() -> t.cancel2(z, UPDATE_PROFILE, true), ERROR_NO_NETWORK);
                    t.expectRefused(() -> t.cancel(z, true), ERROR_NO_NETWORK);
                    t.assertConnected(z, share);
                }));
        out.add(new Clause("row12.no-network-every-name",
                "Without a network every kind of name answers ERROR_NO_NETWORK and nothing changes",
                needs(DISK_DEVICES, PRINT_DEVICES, DEVICELESS_CONNECTIONS, REMEMBERED_ONLY_ENTRIES, NETWORK_ABSENCE), t -> {
                    String z = t.device("Z:"), y = t.device("Y:"), x = t.device("X:"), lpt = t.device("LPT1:");
                    String share = t.remote(SHARE), printer = t.remote(PRINTER);
                    t.connect(z, share, plain());
                    t.connect(lpt, printer, plain());
                    t.connectDeviceless(share, plain());
                    t.remember(y, share);
                    t.watchDevice(x);
                    t.fixture().setNetworkPresent(false);
                    for (String name : List.of(z, lpt, share, y, x, z + "\\", z.charAt(0) + z)) {
                        t.expectRefused(() -> t.cancel2(name, UPDATE_PROFILE, true), ERROR_NO_NETWORK);
                    }
                }));
        out.add(new Clause("row12.no-network-keeps-remembered-device",
                "Without a network CONNECT_UPDATE_PROFILE on a persistent device answers ERROR_NO_NETWORK; it stays remembered",
                needs(DISK_DEVICES, PERSISTENT_CONNECTIONS, NETWORK_ABSENCE), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().persistentToo());
                    t.fixture().setNetworkPresent(false);
                    t.expectRefused(() -> t.cancel2(z, UPDATE_PROFILE, true), ERROR_NO_NETWORK);
                    t.assertRemembered(z, true);
                }));
        out.add(new Clause("row12.network-back-cancels", "When the network comes back the same cancel succeeds",
                needs(DISK_DEVICES, NETWORK_ABSENCE), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    t.fixture().setNetworkPresent(false);
                    t.expectRefused(() -> t.cancel2(z, NO_FLAGS, false), ERROR_NO_NETWORK);
                    t.fixture().setNetworkPresent(true);
                    t.expect(t.cancel2(z, NO_FLAGS, false), NO_ERROR);
                    t.assertNotConnected(z);
                }));
    }
}
