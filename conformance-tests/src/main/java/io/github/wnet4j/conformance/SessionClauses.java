package io.github.wnet4j.conformance;

import io.github.wnet4j.LookupOutcome;

import java.util.List;
import java.util.Optional;

import static io.github.wnet4j.ErrorCode.ERROR_CONNECTION_UNAVAIL;
import static io.github.wnet4j.ErrorCode.ERROR_NOT_CONNECTED;
import static io.github.wnet4j.ErrorCode.ERROR_OPEN_FILES;
import static io.github.wnet4j.ErrorCode.NO_ERROR;
import static io.github.wnet4j.conformance.Capability.CONNECTION_LOOKUP;
import static io.github.wnet4j.conformance.Capability.DEVICELESS_CONNECTIONS;
import static io.github.wnet4j.conformance.Capability.DISK_DEVICES;
import static io.github.wnet4j.conformance.Capability.ENUMERATION;
import static io.github.wnet4j.conformance.Capability.LOGON_SESSIONS;
import static io.github.wnet4j.conformance.Capability.NEXT_LOGON;
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

/**
 * Clauses for one user's logon sessions (specification rows S1 to S8). The fixture's own session is
 * the user's desktop session ({@code desk}); {@link ClauseContext#session} gives the others. Each clause
 * watches the desktop session's names, so a call in another session that must change nothing there
 * is checked to change nothing.
 */
final class SessionClauses {
    private SessionClauses() {
    }

    static void addTo(List<Clause> out) {
        out.add(new Clause("session1.profile-is-shared-by-every-session",
                "An entry remembered in the desktop session is remembered in the elevated one, and one remembered there in the desktop",
                needs(LOGON_SESSIONS, REMEMBERED_ONLY_ENTRIES), desk -> {
                    String z = desk.device("Z:"), y = desk.device("Y:");
                    ClauseContext elevated = desk.session(SessionKind.ELEVATED);
                    desk.remember(z, desk.remote(SHARE));
                    elevated.remember(y, desk.remote(OTHER));
                    elevated.assertRemembered(z, true);
                    desk.assertRemembered(y, true);
                    desk.session(SessionKind.FURTHER).assertRemembered(z, true);
                }));
        out.add(new Clause("session2.connections-belong-to-one-session",
                "A drive and a deviceless connection made in the desktop session are absent from the elevated one, and not listed there",
                needs(LOGON_SESSIONS, DISK_DEVICES, DEVICELESS_CONNECTIONS, ENUMERATION), desk -> {
                    String z = desk.device("Z:"), share = desk.remote(SHARE), other = desk.remote(OTHER);
                    desk.connect(z, share, plain());
                    desk.connectDeviceless(other, plain());
                    ClauseContext elevated = desk.session(SessionKind.ELEVATED);
                    elevated.assertNotConnected(z);
                    elevated.assertDeviceless(other, false);
                    elevated.watchDevice(z);
                    elevated.watchRemote(share);
                    elevated.watchRemote(other);
                    elevated.assertListed(elevated.unchanged(() -> elevated.reader().connections()));
                }));
        out.add(new Clause("session3.further-session-starts-empty-and-keeps-its-own",
                "A further session starts with an empty device map; the same drive there points at its own remote name",
                needs(LOGON_SESSIONS, DISK_DEVICES), desk -> {
                    String z = desk.device("Z:"), share = desk.remote(SHARE), other = desk.remote(OTHER);
                    desk.connect(z, share, plain());
                    ClauseContext further = desk.session(SessionKind.FURTHER);
                    further.assertNotConnected(z);
                    further.connect(z, other, plain());
                    further.assertConnected(z, other);
                    desk.assertConnected(z, share);
                }));
        out.add(new Clause("session4.linked-twin-shares-the-device-map",
                "With linked connections the elevated session sees the desktop's drive and its open files, and cancelling it there ends it in both",
                needs(LOGON_SESSIONS, DISK_DEVICES, OPEN_FILES, DEVICELESS_CONNECTIONS), desk -> {
                    String z = desk.device("Z:"), share = desk.remote(SHARE), other = desk.remote(OTHER);
                    desk.connect(z, share, plain().withOpenFiles(2));
                    ClauseContext linked = desk.session(SessionKind.ELEVATED_LINKED);
                    linked.assertConnected(z, share);
                    linked.assertOpenFiles(z, 2);
                    desk.expectRefused(() -> linked.cancel2(z, NO_FLAGS, false), ERROR_OPEN_FILES);
                    linked.connectDeviceless(other, plain());
                    desk.assertDeviceless(other, true);
                    desk.expect(linked.cancel2(z, NO_FLAGS, true), NO_ERROR);
                    desk.assertNotConnected(z);
                }));
        out.add(new Clause("session5.elevated-update-profile-cancel-leaves-the-desktop-drive",
                "The trap: an elevated WNetCancelConnection2(Z:, CONNECT_UPDATE_PROFILE, TRUE) answers NO_ERROR and forgets Z:, "
                        + "while the desktop's Z: stays connected, no longer persistent",
                needs(LOGON_SESSIONS, DISK_DEVICES, PERSISTENT_CONNECTIONS, NEXT_LOGON), desk -> {
                    String z = desk.device("Z:"), share = desk.remote(SHARE);
                    desk.connect(z, share, plain().persistentToo());
                    ClauseContext elevated = desk.session(SessionKind.ELEVATED);
                    desk.expect(elevated.cancel2(z, UPDATE_PROFILE, true), NO_ERROR);
                    desk.assertConnected(z, share);
                    desk.assertRemembered(z, false);
                    desk.fixture().nextLogon();
                    desk.assertNotConnected(z);
                }));
        out.add(new Clause("session5.elevated-cancel-without-flags-not-connected",
                "An elevated cancel of the desktop's persistent drive or deviceless connection, flags 0, forced: ERROR_NOT_CONNECTED, nothing changes",
                needs(LOGON_SESSIONS, DISK_DEVICES, PERSISTENT_CONNECTIONS, DEVICELESS_CONNECTIONS), desk -> {
                    String z = desk.device("Z:"), share = desk.remote(SHARE), other = desk.remote(OTHER);
                    desk.connect(z, share, plain().persistentToo());
                    desk.connectDeviceless(other, plain());
                    ClauseContext elevated = desk.session(SessionKind.ELEVATED);
                    desk.expectRefused(() -> elevated.cancel2(z, NO_FLAGS, true), ERROR_NOT_CONNECTED);
                    desk.expectRefused(() -> elevated.cancel2(other, UPDATE_PROFILE, true), ERROR_NOT_CONNECTED);
                    desk.expectRefused(() -> elevated.cancel2(share, UPDATE_PROFILE, true), ERROR_NOT_CONNECTED);
                }));
        out.add(new Clause("session5.elevated-legacy-cancel-acts-with-row-1-flags",
                "An elevated WNetCancelConnection(Z:, TRUE) of the desktop's persistent drive: as row 1's flags say, "
                        + "NO_ERROR and forgotten with CONNECT_UPDATE_PROFILE, else ERROR_NOT_CONNECTED; the drive stays either way",
                needs(LOGON_SESSIONS, DISK_DEVICES, PERSISTENT_CONNECTIONS), desk -> {
                    String z = desk.device("Z:"), share = desk.remote(SHARE);
                    desk.connect(z, share, plain().persistentToo());
                    ClauseContext elevated = desk.session(SessionKind.ELEVATED);
                    if (desk.legacyUpdatesProfile()) {
                        desk.expect(elevated.cancel(z, true), NO_ERROR);
                        desk.assertRemembered(z, false);
                    } else {
                        desk.expectRefused(() -> elevated.cancel(z, true), ERROR_NOT_CONNECTED);
                    }
                    desk.assertConnected(z, share);
                }));
        out.add(new Clause("session6.lookup-in-another-session",
                "WNetGetConnection in the elevated session: the desktop's persistent drive ERROR_CONNECTION_UNAVAIL with its remembered name, "
                        + "a plain one ERROR_NOT_CONNECTED",
                needs(LOGON_SESSIONS, DISK_DEVICES, PERSISTENT_CONNECTIONS, CONNECTION_LOOKUP), desk -> {
                    String z = desk.device("Z:"), y = desk.device("Y:"), share = desk.remote(SHARE), other = desk.remote(OTHER);
                    desk.connect(z, share, plain().persistentToo());
                    desk.connect(y, other, plain());
                    ClauseContext elevated = desk.session(SessionKind.ELEVATED);
                    elevated.watchDevice(z);
                    elevated.watchDevice(y);
                    LookupOutcome zz = elevated.expectRead(elevated.unchanged(() -> elevated.reader().getConnection(z)),
                            ERROR_CONNECTION_UNAVAIL);
                    assertEquals(Optional.of(share), zz.remoteName());
                    elevated.expectRead(elevated.unchanged(() -> elevated.reader().getConnection(y)), ERROR_NOT_CONNECTED);
                    desk.expectRead(desk.reader().getConnection(z), NO_ERROR);
                }));
        out.add(new Clause("session7.next-logon-restores-in-the-desktop-session-only",
                "The next logon ends every session; the persistent drive comes back in the desktop session, "
                        + "and the unlinked elevated session sees it only as remembered",
                needs(LOGON_SESSIONS, DISK_DEVICES, PERSISTENT_CONNECTIONS, NEXT_LOGON), desk -> {
                    String z = desk.device("Z:"), q = desk.device("Q:"), share = desk.remote(SHARE), other = desk.remote(OTHER);
                    desk.connect(z, share, plain().persistentToo());
                    ClauseContext elevated = desk.session(SessionKind.ELEVATED);
                    elevated.connect(q, other, plain());
                    desk.fixture().nextLogon();
                    desk.assertConnected(z, share);
                    elevated.assertNotConnected(z);
                    elevated.assertRemembered(z, true);
                    elevated.assertNotConnected(q);
                }));
        out.add(new Clause("session7.next-logon-restores-in-the-linked-twin",
                "With linked connections the persistent drive comes back in the elevated session too",
                needs(LOGON_SESSIONS, DISK_DEVICES, PERSISTENT_CONNECTIONS, NEXT_LOGON), desk -> {
                    String z = desk.device("Z:"), share = desk.remote(SHARE);
                    desk.connect(z, share, plain().persistentToo());
                    ClauseContext linked = desk.session(SessionKind.ELEVATED_LINKED);
                    linked.fixture().nextLogon();
                    linked.assertConnected(z, share);
                    desk.assertConnected(z, share);
                }));
        out.add(new Clause("session8.another-user-shares-nothing",
                "Another user neither sees the user's drive nor remembers it; its CONNECT_UPDATE_PROFILE cancel answers ERROR_NOT_CONNECTED",
                needs(LOGON_SESSIONS, DISK_DEVICES, PERSISTENT_CONNECTIONS), desk -> {
                    String z = desk.device("Z:"), share = desk.remote(SHARE);
                    desk.connect(z, share, plain().persistentToo());
                    ClauseContext other = desk.session(SessionKind.OTHER_USER);
                    other.assertNotConnected(z);
                    other.assertRemembered(z, false);
                    desk.expectRefused(() -> other.cancel2(z, UPDATE_PROFILE, true), ERROR_NOT_CONNECTED);
                    desk.assertRemembered(z, true);
                }));
    }
}
