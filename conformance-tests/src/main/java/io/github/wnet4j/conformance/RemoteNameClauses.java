package io.github.wnet4j.conformance;

import java.util.List;

import static io.github.wnet4j.ErrorCode.ERROR_DEVICE_IN_USE;
import static io.github.wnet4j.ErrorCode.ERROR_NOT_CONNECTED;
import static io.github.wnet4j.ErrorCode.ERROR_OPEN_FILES;
import static io.github.wnet4j.ErrorCode.NO_ERROR;
import static io.github.wnet4j.conformance.Capability.DEVICELESS_CONNECTIONS;
import static io.github.wnet4j.conformance.Capability.DEVICE_IN_USE;
import static io.github.wnet4j.conformance.Capability.DISK_DEVICES;
import static io.github.wnet4j.conformance.Capability.OPEN_FILES;
import static io.github.wnet4j.conformance.Capability.PERSISTENT_CONNECTIONS;
import static io.github.wnet4j.conformance.Capability.REMEMBERED_ONLY_ENTRIES;
import static io.github.wnet4j.conformance.ClauseContext.NO_FLAGS;
import static io.github.wnet4j.conformance.ClauseContext.UPDATE_PROFILE;
import static io.github.wnet4j.conformance.Clauses.OTHER;
import static io.github.wnet4j.conformance.Clauses.SHARE;
import static io.github.wnet4j.conformance.Clauses.needs;
import static io.github.wnet4j.conformance.ConnectionSpec.plain;

/**
 * Clauses for specification row 3, a remote name: through WNetCancelConnection2 it cancels the
 * deviceless connection (or, under the profile's other reading, every connection to it); through the
 * legacy WNetCancelConnection only the deviceless one, under every profile (seed 000, that
 * function's own page); and never the profile.
 */
final class RemoteNameClauses {
    private RemoteNameClauses() {
    }

    static void addTo(List<Clause> out) {
        functionTwo(out);
        legacyFunction(out);
    }

    /** Row 3 for WNetCancelConnection2: deviceless connections (or, per profile, all), never the profile. */
    private static void functionTwo(List<Clause> out) {
        out.add(new Clause("row03.remote-name-cancels-deviceless", "A remote name cancels the deviceless connection to it",
                needs(DEVICELESS_CONNECTIONS), t -> {
                    String share = t.remote(SHARE);
                    t.connectDeviceless(share, plain());
                    t.expect(t.cancel2(share, NO_FLAGS, false), NO_ERROR);
                    t.assertDeviceless(share, false);
                }));
        out.add(new Clause("row03.remote-name-leaves-other-remote", "A remote name leaves the connection to another remote name",
                needs(DEVICELESS_CONNECTIONS), t -> {
                    String share = t.remote(SHARE), other = t.remote(OTHER);
                    t.connectDeviceless(share, plain());
                    t.connectDeviceless(other, plain());
                    t.expect(t.cancel2(share, NO_FLAGS, true), NO_ERROR);
                    t.assertDeviceless(share, false);
                    t.assertDeviceless(other, true);
                }));
        out.add(new Clause("row03.remote-name-with-device-follows-profile",
                "A remote name cancels the deviceless connection, and the device redirected to it only if the profile's scope is all connections",
                needs(DISK_DEVICES, DEVICELESS_CONNECTIONS), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    t.connectDeviceless(share, plain());
                    t.expect(t.cancel2(share, NO_FLAGS, false), NO_ERROR);
                    t.assertDeviceless(share, false);
                    if (t.remoteNameCancelsDevices()) {
                        t.assertNotConnected(z);
                    } else {
                        t.assertConnected(z, share);
                    }
                }));
        out.add(new Clause("row03.remote-name-device-only-follows-profile",
                "A remote name with only a device redirected to it: ERROR_NOT_CONNECTED, or (scope all connections) the device is cancelled",
                needs(DISK_DEVICES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    if (t.remoteNameCancelsDevices()) {
                        t.expect(t.cancel2(share, NO_FLAGS, false), NO_ERROR);
                        t.assertNotConnected(z);
                    } else {
                        t.expectRefused(() -> t.cancel2(share, NO_FLAGS, false), ERROR_NOT_CONNECTED);
                    }
                }));
        out.add(new Clause("row03.remote-name-keeps-remembered-device",
                "A remote name with CONNECT_UPDATE_PROFILE never forgets a persistent device redirected to it",
                needs(DISK_DEVICES, PERSISTENT_CONNECTIONS), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().persistentToo());
                    if (t.remoteNameCancelsDevices()) {
                        t.expect(t.cancel2(share, UPDATE_PROFILE, false), NO_ERROR);
                        t.assertNotConnected(z);
                    } else {
                        t.expectRefused(() -> t.cancel2(share, UPDATE_PROFILE, false), ERROR_NOT_CONNECTED);
                    }
                    t.assertRemembered(z, true);
                }));
        out.add(new Clause("row03.remote-name-never-forgets-remembered-only",
                "A remote name with CONNECT_UPDATE_PROFILE answers ERROR_NOT_CONNECTED for a remembered-only entry and keeps it",
                needs(REMEMBERED_ONLY_ENTRIES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.remember(z, share);
                    t.expectRefused(() -> t.cancel2(share, UPDATE_PROFILE, true), ERROR_NOT_CONNECTED);
                    t.assertRemembered(z, true);
                }));
        out.add(new Clause("row03.remote-name-open-files-on-device-follow-profile",
                "Open files on a device redirected to the remote name refuse the cancel only if the profile's scope is all connections",
                needs(DISK_DEVICES, DEVICELESS_CONNECTIONS, OPEN_FILES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().withOpenFiles(3));
                    t.connectDeviceless(share, plain());
                    if (t.remoteNameCancelsDevices()) {
                        t.expectRefused(() -> t.cancel2(share, NO_FLAGS, false), ERROR_OPEN_FILES);
                    } else {
                        t.expect(t.cancel2(share, NO_FLAGS, false), NO_ERROR);
                        t.assertDeviceless(share, false);
                        t.assertConnected(z, share);
                        t.assertOpenFiles(z, 3);
                    }
                }));
        out.add(new Clause("row03.remote-name-device-in-use-follows-profile",
                "A device in use redirected to the remote name refuses the cancel only if the profile's scope is all connections",
                needs(DISK_DEVICES, DEVICELESS_CONNECTIONS, DEVICE_IN_USE), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().usedByProcess());
                    t.connectDeviceless(share, plain());
                    if (t.remoteNameCancelsDevices()) {
                        t.expectRefused(() -> t.cancel2(share, NO_FLAGS, false), ERROR_DEVICE_IN_USE);
                    } else {
                        t.expect(t.cancel2(share, NO_FLAGS, false), NO_ERROR);
                        t.assertDeviceless(share, false);
                        t.assertConnected(z, share);
                    }
                }));
    }

    /** Row 3 for the legacy function: deviceless connections only, whatever the profile's scope. */
    private static void legacyFunction(List<Clause> out) {
        out.add(new Clause("row03.legacy-remote-name-leaves-device",
                "The legacy function with a remote name cancels the deviceless connection and leaves the device redirected to it, under every profile",
                needs(DISK_DEVICES, DEVICELESS_CONNECTIONS), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    t.connectDeviceless(share, plain());
                    t.expect(t.cancel(share, false), NO_ERROR);
                    t.assertDeviceless(share, false);
                    t.assertConnected(z, share);
                }));
        out.add(new Clause("row03.legacy-remote-name-device-only-not-connected",
                "The legacy function with a remote name only a device is redirected to answers ERROR_NOT_CONNECTED and changes nothing, under every profile",
                needs(DISK_DEVICES, PERSISTENT_CONNECTIONS), t -> {
                    String z = t.device("Z:"), y = t.device("Y:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().persistentToo());
                    t.connect(y, share, plain());
                    t.expectRefused(() -> t.cancel(share, true), ERROR_NOT_CONNECTED);
                    t.assertConnected(z, share);
                    t.assertConnected(y, share);
                }));
        out.add(new Clause("row03.legacy-remote-name-ignores-device-open-files",
                "Open files or a process on a device redirected to the remote name do not refuse the legacy function, under every profile",
                needs(DISK_DEVICES, DEVICELESS_CONNECTIONS, OPEN_FILES, DEVICE_IN_USE), t -> {
                    String z = t.device("Z:"), y = t.device("Y:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().withOpenFiles(3));
                    t.connect(y, share, plain().usedByProcess());
                    t.connectDeviceless(share, plain());
                    t.expect(t.cancel(share, false), NO_ERROR);
                    t.assertDeviceless(share, false);
                    t.assertConnected(z, share);
                    t.assertOpenFiles(z, 3);
                    t.assertConnected(y, share);
                }));
    }
}
