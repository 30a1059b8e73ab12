package io.github.wnet4j.conformance;

import java.util.List;

import static io.github.wnet4j.ErrorCode.ERROR_DEVICE_IN_USE;
import static io.github.wnet4j.ErrorCode.ERROR_NOT_CONNECTED;
import static io.github.wnet4j.ErrorCode.ERROR_OPEN_FILES;
import static io.github.wnet4j.ErrorCode.NO_ERROR;
import static io.github.wnet4j.conformance.Capability.DEVICELESS_CONNECTIONS;
import static io.github.wnet4j.conformance.Capability.DEVICE_IN_USE;
import static io.github.wnet4j.conformance.Capability.DISK_DEVICES;
import static io.github.wnet4j.conformance.Capability.NEXT_LOGON;
import static io.github.wnet4j.conformance.Capability.OPEN_FILES;
import static io.github.wnet4j.conformance.Capability.PERSISTENT_CONNECTIONS;
import static io.github.wnet4j.conformance.Capability.PRINT_DEVICES;
import static io.github.wnet4j.conformance.Capability.REMEMBERED_ONLY_ENTRIES;
import static io.github.wnet4j.conformance.ClauseContext.NO_FLAGS;
import static io.github.wnet4j.conformance.ClauseContext.UPDATE_PROFILE;
import static io.github.wnet4j.conformance.Clauses.OTHER;
import static io.github.wnet4j.conformance.Clauses.PRINTER;
import static io.github.wnet4j.conformance.Clauses.SHARE;
import static io.github.wnet4j.conformance.Clauses.needs;
import static io.github.wnet4j.conformance.ConnectionSpec.plain;

/**
 * Clauses for what a cancel does to connections: specification rows 1 to 9 (rows 3 to 6 and 16 in
 * {@link RemoteNameClauses} and {@link PersistenceClauses}).
 */
final class ConnectionClauses {
    private ConnectionClauses() {
    }

    static void addTo(List<Clause> out) {
        legacyFunction(out);
        devices(out);
        RemoteNameClauses.addTo(out);
        PersistenceClauses.addTo(out);
        rememberedOnly(out);
        openFiles(out);
        deviceInUse(out);
    }

    /** Row 1: the legacy function acts as WNetCancelConnection2 with the profile's flags. */
    private static void legacyFunction(List<Clause> out) {
        out.add(new Clause("row01.legacy-cancels-plain-device", "The legacy function cancels a redirected device",
                needs(DISK_DEVICES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    t.expect(t.cancel(z, false), NO_ERROR);
                    t.assertNotConnected(z);
                }));
        out.add(new Clause("row01.legacy-persistent-device-follows-profile",
                "The legacy function forgets a persistent device only if the profile's legacy flags say CONNECT_UPDATE_PROFILE",
                needs(DISK_DEVICES, PERSISTENT_CONNECTIONS), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().persistentToo());
                    t.expect(t.cancel(z, false), NO_ERROR);
                    t.assertNotConnected(z);
                    t.assertRemembered(z, !t.legacyUpdatesProfile());
                }));
        out.add(new Clause("row01.legacy-next-logon-follows-profile",
                "After the legacy function, the next logon restores a persistent device unless the profile's legacy flags forgot it",
                needs(DISK_DEVICES, PERSISTENT_CONNECTIONS, NEXT_LOGON), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().persistentToo());
                    t.expect(t.cancel(z, false), NO_ERROR);
                    t.fixture().nextLogon();
                    if (t.legacyUpdatesProfile()) {
                        t.assertNotConnected(z);
                    } else {
                        t.assertConnected(z, share);
                    }
                }));
        out.add(new Clause("row01.legacy-remembered-only-follows-profile",
                "The legacy function forgets a remembered-only entry only if the profile's legacy flags say CONNECT_UPDATE_PROFILE",
                needs(REMEMBERED_ONLY_ENTRIES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.remember(z, share);
                    if (t.legacyUpdatesProfile()) {
                        t.expect(t.cancel(z, false), NO_ERROR);
                        t.assertRemembered(z, false);
                    } else {
                        t.expectRefused(() -> t.cancel(z, false), ERROR_NOT_CONNECTED);
                        t.assertRemembered(z, true);
                    }
                }));
        out.add(new Clause("row01.legacy-cancels-deviceless", "The legacy function cancels a deviceless connection by remote name",
                needs(DEVICELESS_CONNECTIONS), t -> {
                    String share = t.remote(SHARE);
                    t.connectDeviceless(share, plain());
                    t.expect(t.cancel(share, false), NO_ERROR);
                    t.assertDeviceless(share, false);
                }));
        out.add(new Clause("row01.legacy-open-files-refuse-without-force",
                "The legacy function answers ERROR_OPEN_FILES without force and changes nothing",
                needs(DISK_DEVICES, OPEN_FILES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().withOpenFiles(1));
                    t.expectRefused(() -> t.cancel(z, false), ERROR_OPEN_FILES);
                }));
        out.add(new Clause("row01.legacy-open-files-force-closes", "The legacy function with force closes open files and cancels",
                needs(DISK_DEVICES, OPEN_FILES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().withOpenFiles(3));
                    t.expect(t.cancel(z, true), NO_ERROR);
                    t.assertNotConnected(z);
                    t.assertOpenFiles(z, 0);
                }));
        out.add(new Clause("row01.legacy-device-in-use-refused",
                "The legacy function answers ERROR_DEVICE_IN_USE without force and changes nothing",
                needs(DISK_DEVICES, DEVICE_IN_USE), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().usedByProcess());
                    t.expectRefused(() -> t.cancel(z, false), ERROR_DEVICE_IN_USE);
                }));
        out.add(new Clause("row01.legacy-not-connected", "The legacy function answers ERROR_NOT_CONNECTED for a device nothing redirects",
                needs(), t -> t.expect(t.cancel(t.device("Z:"), false), ERROR_NOT_CONNECTED)));
    }

    /** Row 2: a device name cancels that redirection and nothing else. */
    private static void devices(List<Clause> out) {
        out.add(new Clause("row02.device-cancels-only-its-redirection",
                "A disk device cancels its own redirection and leaves other devices connected",
                needs(DISK_DEVICES), t -> {
                    String z = t.device("Z:"), y = t.device("Y:"), share = t.remote(SHARE), other = t.remote(OTHER);
                    t.connect(z, share, plain());
                    t.connect(y, other, plain());
                    t.expect(t.cancel2(z, NO_FLAGS, false), NO_ERROR);
                    t.assertNotConnected(z);
                    t.assertConnected(y, other);
                }));
        out.add(new Clause("row02.device-with-force-cancels", "A disk device with force and nothing open is cancelled",
                needs(DISK_DEVICES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    t.expect(t.cancel2(z, NO_FLAGS, true), NO_ERROR);
                    t.assertNotConnected(z);
                }));
        out.add(new Clause("row02.device-leaves-other-device-to-same-remote",
                "A disk device leaves another device redirected to the same remote name",
                needs(DISK_DEVICES), t -> {
                    String z = t.device("Z:"), y = t.device("Y:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    t.connect(y, share, plain());
                    t.expect(t.cancel2(z, NO_FLAGS, false), NO_ERROR);
                    t.assertNotConnected(z);
                    t.assertConnected(y, share);
                }));
        out.add(new Clause("row02.device-leaves-deviceless-connection",
                "A disk device leaves the deviceless connection to the same remote name",
                needs(DISK_DEVICES, DEVICELESS_CONNECTIONS), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    t.connectDeviceless(share, plain());
                    t.expect(t.cancel2(z, NO_FLAGS, false), NO_ERROR);
                    t.assertNotConnected(z);
                    t.assertDeviceless(share, true);
                }));
        out.add(new Clause("row02.print-device-cancels", "A print device is cancelled",
                needs(PRINT_DEVICES), t -> {
                    String lpt = t.device("LPT1:"), printer = t.remote(PRINTER);
                    t.connect(lpt, printer, plain());
                    t.expect(t.cancel2(lpt, NO_FLAGS, false), NO_ERROR);
                    t.assertNotConnected(lpt);
                }));
        out.add(new Clause("row02.second-cancel-not-connected", "Cancelling the same device twice answers ERROR_NOT_CONNECTED the second time",
                needs(DISK_DEVICES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    t.expect(t.cancel2(z, NO_FLAGS, false), NO_ERROR);
                    t.expectRefused(() -> t.cancel2(z, NO_FLAGS, false), ERROR_NOT_CONNECTED);
                }));
    }

    /** Row 7: a remembered entry with no live connection. */
    private static void rememberedOnly(List<Clause> out) {
        out.add(new Clause("row07.remembered-only-update-profile-forgets",
                "CONNECT_UPDATE_PROFILE on a remembered-only device answers NO_ERROR and forgets it",
                needs(REMEMBERED_ONLY_ENTRIES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.remember(z, share);
                    t.expect(t.cancel2(z, UPDATE_PROFILE, false), NO_ERROR);
                    t.assertRemembered(z, false);
                    t.assertNotConnected(z);
                }));
        out.add(new Clause("row07.remembered-only-with-force-forgets",
                "CONNECT_UPDATE_PROFILE with force on a remembered-only device answers NO_ERROR and forgets it",
                needs(REMEMBERED_ONLY_ENTRIES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.remember(z, share);
                    t.expect(t.cancel2(z, UPDATE_PROFILE, true), NO_ERROR);
                    t.assertRemembered(z, false);
                }));
        out.add(new Clause("row07.remembered-only-without-flags-not-connected",
                "Flags 0 on a remembered-only device answer ERROR_NOT_CONNECTED and keep it",
                needs(REMEMBERED_ONLY_ENTRIES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.remember(z, share);
                    t.expectRefused(() -> t.cancel2(z, NO_FLAGS, true), ERROR_NOT_CONNECTED);
                    t.assertRemembered(z, true);
                }));
        out.add(new Clause("row07.remembered-only-kept-is-restored-at-next-logon",
                "A remembered-only device kept by flags 0 is restored at the next logon",
                needs(REMEMBERED_ONLY_ENTRIES, NEXT_LOGON), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.remember(z, share);
                    t.expect(t.cancel2(z, NO_FLAGS, false), ERROR_NOT_CONNECTED);
                    t.fixture().nextLogon();
                    t.assertConnected(z, share);
                }));
        out.add(new Clause("row07.remembered-only-forgotten-is-not-restored",
                "A remembered-only device forgotten by CONNECT_UPDATE_PROFILE is not restored at the next logon",
                needs(REMEMBERED_ONLY_ENTRIES, NEXT_LOGON), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.remember(z, share);
                    t.expect(t.cancel2(z, UPDATE_PROFILE, false), NO_ERROR);
                    t.fixture().nextLogon();
                    t.assertNotConnected(z);
                    t.assertRemembered(z, false);
                }));
    }

    /** Row 8: open files and print jobs. */
    private static void openFiles(List<Clause> out) {
        out.add(new Clause("row08.open-files-refuse-without-force",
                "Open files on a device answer ERROR_OPEN_FILES without force and change nothing",
                needs(DISK_DEVICES, OPEN_FILES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().withOpenFiles(2));
                    t.expectRefused(() -> t.cancel2(z, NO_FLAGS, false), ERROR_OPEN_FILES);
                    t.assertConnected(z, share);
                    t.assertOpenFiles(z, 2);
                }));
        out.add(new Clause("row08.open-files-force-closes-them", "Force closes the open files on a device and cancels it",
                needs(DISK_DEVICES, OPEN_FILES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().withOpenFiles(2));
                    t.expect(t.cancel2(z, NO_FLAGS, true), NO_ERROR);
                    t.assertNotConnected(z);
                    t.assertOpenFiles(z, 0);
                }));
        out.add(new Clause("row08.open-files-refuse-update-profile-without-force",
                "Open files on a persistent device refuse CONNECT_UPDATE_PROFILE without force: still connected and remembered",
                needs(DISK_DEVICES, PERSISTENT_CONNECTIONS, OPEN_FILES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().persistentToo().withOpenFiles(1));
                    t.expectRefused(() -> t.cancel2(z, UPDATE_PROFILE, false), ERROR_OPEN_FILES);
                    t.assertRemembered(z, true);
                }));
        out.add(new Clause("row08.open-files-force-update-profile-forgets",
                "Force with CONNECT_UPDATE_PROFILE closes the open files on a persistent device, cancels it and forgets it",
                needs(DISK_DEVICES, PERSISTENT_CONNECTIONS, OPEN_FILES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().persistentToo().withOpenFiles(1));
                    t.expect(t.cancel2(z, UPDATE_PROFILE, true), NO_ERROR);
                    t.assertNotConnected(z);
                    t.assertRemembered(z, false);
                }));
        out.add(new Clause("row08.print-jobs-refuse-without-force",
                "Print jobs on a print device answer ERROR_OPEN_FILES without force and change nothing",
                needs(PRINT_DEVICES, OPEN_FILES), t -> {
                    String lpt = t.device("LPT1:"), printer = t.remote(PRINTER);
                    t.connect(lpt, printer, plain().withOpenFiles(4));
                    t.expectRefused(() -> t.cancel2(lpt, NO_FLAGS, false), ERROR_OPEN_FILES);
                    t.assertOpenFiles(lpt, 4);
                }));
        out.add(new Clause("row08.print-jobs-force-cancels", "Force closes the print jobs on a print device and cancels it",
                needs(PRINT_DEVICES, OPEN_FILES), t -> {
                    String lpt = t.device("LPT1:"), printer = t.remote(PRINTER);
                    t.connect(lpt, printer, plain().withOpenFiles(4));
                    t.expect(t.cancel2(lpt, NO_FLAGS, true), NO_ERROR);
                    t.assertNotConnected(lpt);
                    t.assertOpenFiles(lpt, 0);
                }));
        out.add(new Clause("row08.deviceless-open-files-refuse-without-force",
                "Open files on a deviceless connection answer ERROR_OPEN_FILES without force and change nothing",
                needs(DEVICELESS_CONNECTIONS, OPEN_FILES), t -> {
                    String share = t.remote(SHARE);
                    t.connectDeviceless(share, plain().withOpenFiles(5));
                    t.expectRefused(() -> t.cancel2(share, NO_FLAGS, false), ERROR_OPEN_FILES);
                    t.assertOpenFiles(share, 5);
                }));
        out.add(new Clause("row08.deviceless-open-files-force-closes",
                "Force closes the open files on a deviceless connection and cancels it",
                needs(DEVICELESS_CONNECTIONS, OPEN_FILES), t -> {
                    String share = t.remote(SHARE);
                    t.connectDeviceless(share, plain().withOpenFiles(5));
                    t.expect(t.cancel2(share, NO_FLAGS, true), NO_ERROR);
                    t.assertDeviceless(share, false);
                }));
    }

    /** Row 9: a device used by an active process. */
    private static void deviceInUse(List<Clause> out) {
        out.add(new Clause("row09.in-use-refused-without-force",
                "A device in use answers ERROR_DEVICE_IN_USE without force and changes nothing",
                needs(DISK_DEVICES, DEVICE_IN_USE), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().usedByProcess());
                    t.expectRefused(() -> t.cancel2(z, NO_FLAGS, false), ERROR_DEVICE_IN_USE);
                    t.assertConnected(z, share);
                }));
        out.add(new Clause("row09.in-use-with-force-follows-profile",
                "Force cancels a device in use only if the profile says force overrides it; otherwise ERROR_DEVICE_IN_USE and nothing changes",
                needs(DISK_DEVICES, DEVICE_IN_USE), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().usedByProcess());
                    if (t.profile().forceOverridesDeviceInUse()) {
                        t.expect(t.cancel2(z, NO_FLAGS, true), NO_ERROR);
                        t.assertNotConnected(z);
                    } else {
                        t.expectRefused(() -> t.cancel2(z, NO_FLAGS, true), ERROR_DEVICE_IN_USE);
                    }
                }));
        out.add(new Clause("row09.in-use-checked-before-open-files",
                "A device in use with open files answers ERROR_DEVICE_IN_USE, not ERROR_OPEN_FILES, without force",
                needs(DISK_DEVICES, DEVICE_IN_USE, OPEN_FILES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().usedByProcess().withOpenFiles(2));
                    t.expectRefused(() -> t.cancel2(z, NO_FLAGS, false), ERROR_DEVICE_IN_USE);
                }));
        out.add(new Clause("row09.in-use-with-open-files-force-follows-profile",
                "Force on a device in use with open files cancels it only if the profile says force overrides in use",
                needs(DISK_DEVICES, DEVICE_IN_USE, OPEN_FILES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().usedByProcess().withOpenFiles(2));
                    if (t.profile().forceOverridesDeviceInUse()) {
                        t.expect(t.cancel2(z, NO_FLAGS, true), NO_ERROR);
                        t.assertNotConnected(z);
                        t.assertOpenFiles(z, 0);
                    } else {
                        t.expectRefused(() -> t.cancel2(z, NO_FLAGS, true), ERROR_DEVICE_IN_USE);
                        t.assertOpenFiles(z, 2);
                    }
                }));
        out.add(new Clause("row09.in-use-persistent-update-profile-refused",
                "A persistent device in use refuses CONNECT_UPDATE_PROFILE without force: still connected and remembered",
                needs(DISK_DEVICES, PERSISTENT_CONNECTIONS, DEVICE_IN_USE), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().persistentToo().usedByProcess());
                    t.expectRefused(() -> t.cancel2(z, UPDATE_PROFILE, false), ERROR_DEVICE_IN_USE);
                    t.assertRemembered(z, true);
                }));
    }

    /** {@code LPT1:} without its trailing colon. */
    static String withoutColon(String device) {
        return device.endsWith(":") ? device.substring(0, device.length() - 1) : device;
    }
}
