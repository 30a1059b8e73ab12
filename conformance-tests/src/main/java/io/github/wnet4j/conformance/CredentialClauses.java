package io.github.wnet4j.conformance;

import io.github.wnet4j.ConnectRequest;
import io.github.wnet4j.Credentials;

import java.util.List;

import static io.github.wnet4j.ErrorCode.ERROR_DEVICE_ALREADY_REMEMBERED;
import static io.github.wnet4j.ErrorCode.ERROR_LOGON_FAILURE;
import static io.github.wnet4j.ErrorCode.ERROR_SESSION_CREDENTIAL_CONFLICT;
import static io.github.wnet4j.ErrorCode.NO_ERROR;
import static io.github.wnet4j.conformance.Capability.DECLARED_ACCOUNTS;
import static io.github.wnet4j.conformance.Capability.DECLARED_SHARES;
import static io.github.wnet4j.conformance.Capability.DEVICELESS_CONNECTIONS;
import static io.github.wnet4j.conformance.Capability.DISK_DEVICES;
import static io.github.wnet4j.conformance.Capability.LOGON_SESSIONS;
import static io.github.wnet4j.conformance.Capability.MAKE_CONNECTIONS;
import static io.github.wnet4j.conformance.Capability.NEXT_LOGON;
import static io.github.wnet4j.conformance.Capability.PERSISTENT_CONNECTIONS;
import static io.github.wnet4j.conformance.ClauseContext.NO_FLAGS;
import static io.github.wnet4j.conformance.Clauses.MISSING;
import static io.github.wnet4j.conformance.Clauses.OTHER;
import static io.github.wnet4j.conformance.Clauses.SHARE;
import static io.github.wnet4j.conformance.Clauses.needs;
import static io.github.wnet4j.conformance.ConnectChecks.alice;
import static io.github.wnet4j.conformance.ConnectChecks.aliceWrongPassword;
import static io.github.wnet4j.conformance.ConnectChecks.bob;
import static io.github.wnet4j.conformance.ConnectChecks.declareAccounts;
import static io.github.wnet4j.conformance.ConnectChecks.expect;
import static io.github.wnet4j.conformance.ConnectChecks.expectRefused;
import static io.github.wnet4j.conformance.ConnectClauses.made;
import static io.github.wnet4j.conformance.ConnectionSpec.plain;

/**
 * Clauses for credentials: rows C9 (one set of credentials per server, else 1219), C10 (the
 * conflict ends with the last holder), C12 (bad password, unknown user), C19 (per logon session) and
 * C21 (a failed call leaves no credentials in use). Every clause declares the server's accounts, so a
 * fixture that cannot is skipped rather than met with accounts it does not have.
 */
final class CredentialClauses {
    private CredentialClauses() {
    }

    static void addTo(List<Clause> out) {
        oneSetPerServer(out);
        order(out);
        conflictEnds(out);
        badCredentials(out);
        sessions(out);
    }

    private static ConnectRequest z(ClauseContext t, String remoteName, Credentials credentials) {
        return ConnectRequest.device(t.device("Z:"), remoteName).with(credentials);
    }

    private static ConnectRequest y(ClauseContext t, String remoteName, Credentials credentials) {
        return ConnectRequest.device(t.device("Y:"), remoteName).with(credentials);
    }

    /** C9 "One set of credentials per server". */
    private static void oneSetPerServer(List<Clause> out) {
        out.add(new Clause("connect09.other-user-name-conflicts",
                "A connection to a server held under another user name answers ERROR_SESSION_CREDENTIAL_CONFLICT and changes nothing",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, DECLARED_ACCOUNTS), t -> {
                    declareAccounts(t);
                    made(t, z(t, t.remote(SHARE), alice(t)));
                    expectRefused(t, y(t, t.remote(OTHER), bob(t)), ERROR_SESSION_CREDENTIAL_CONFLICT);
                }));
        out.add(new Clause("connect09.other-password-conflicts-before-the-password-check",
                "The same user name with another password answers ERROR_SESSION_CREDENTIAL_CONFLICT, before the password is judged",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, DECLARED_ACCOUNTS), t -> {
                    declareAccounts(t);
                    made(t, z(t, t.remote(SHARE), alice(t)));
                    expectRefused(t, y(t, t.remote(OTHER), aliceWrongPassword(t)), ERROR_SESSION_CREDENTIAL_CONFLICT);
                }));
        out.add(new Clause("connect09.same-credentials-share-the-server", "A second connection under the same credentials succeeds",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, DECLARED_ACCOUNTS), t -> {
                    declareAccounts(t);
                    made(t, z(t, t.remote(SHARE), alice(t)));
                    expect(t, y(t, t.remote(OTHER), alice(t)), NO_ERROR);
                }));
        out.add(new Clause("connect09.user-names-compare-case-insensitively", "The user name in other case is the same user: no conflict",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, DECLARED_ACCOUNTS), t -> {
                    declareAccounts(t);
                    made(t, z(t, t.remote(SHARE), alice(t)));
                    try (Credentials upper = t.credentials("ALICE", ConnectChecks.alicePassword())) {
                        expect(t, y(t, t.remote(OTHER), upper), NO_ERROR);
                    }
                }));
        out.add(new Clause("connect09.own-credentials-conflict-with-explicit-ones",
                "A server held under the logon's own credentials conflicts with a connection under a declared account",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, DECLARED_ACCOUNTS), t -> {
                    declareAccounts(t);
                    made(t, ConnectRequest.device(t.device("Z:"), t.remote(SHARE)));
                    expectRefused(t, y(t, t.remote(OTHER), alice(t)), ERROR_SESSION_CREDENTIAL_CONFLICT);
                }));
        out.add(new Clause("connect09.seeded-connection-holds-the-server-under-own-credentials",
                "A connection the fixture seeded holds its server under the logon's own credentials",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, DECLARED_ACCOUNTS), t -> {
                    declareAccounts(t);
                    t.connect(t.device("Z:"), t.remote(SHARE), plain());
                    expectRefused(t, y(t, t.remote(OTHER), bob(t)), ERROR_SESSION_CREDENTIAL_CONFLICT);
                    expect(t, ConnectRequest.device(t.device("Y:"), t.remote(OTHER)), NO_ERROR);
                }));
        out.add(new Clause("connect09.server-names-compare-case-insensitively", "The server's name in other case is the same server: a conflict",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, DECLARED_ACCOUNTS), t -> {
                    declareAccounts(t);
                    made(t, z(t, t.remote(SHARE), alice(t)));
                    expectRefused(t, y(t, ClauseContext.upper(t.remote(OTHER)), bob(t)), ERROR_SESSION_CREDENTIAL_CONFLICT);
                }));
        out.add(new Clause("connect09.another-name-of-the-server-is-another-server",
                "A server reached under another name (its full name, or its address) is another server: no conflict",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, DECLARED_ACCOUNTS), t -> {
                    declareAccounts(t);
                    made(t, z(t, t.remote(SHARE), alice(t)));
                    expect(t, y(t, t.remote("\\\\srv.corp.example\\share"), bob(t)), NO_ERROR);
                }));
        out.add(new Clause("connect09.deviceless-connection-holds-the-server", "A deviceless connection holds its server as a device does",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, DEVICELESS_CONNECTIONS, DECLARED_ACCOUNTS), t -> {
                    declareAccounts(t);
                    made(t, ConnectRequest.deviceless(t.remote(SHARE)).with(alice(t)));
                    expectRefused(t, z(t, t.remote(OTHER), bob(t)), ERROR_SESSION_CREDENTIAL_CONFLICT);
                }));
        out.add(new Clause("connect09.ipc-holds-the-server", "A deviceless connection to \\\\server\\IPC$ holds the server",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, DEVICELESS_CONNECTIONS, DECLARED_ACCOUNTS), t -> {
                    declareAccounts(t);
                    made(t, ConnectRequest.deviceless("\\\\" + ConnectChecks.server(t) + "\\IPC$").with(alice(t)));
                    expectRefused(t, z(t, t.remote(SHARE), bob(t)), ERROR_SESSION_CREDENTIAL_CONFLICT);
                }));
    }

    /** The order in which the rows decide: a taken device (step 5) before the conflict (7), the conflict before what the server answers (8, 9). */
    private static void order(List<Clause> out) {
        out.add(new Clause("connect03.already-assigned-before-the-conflict",
                "A taken device answers ERROR_ALREADY_ASSIGNED even when the server is held under other credentials",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, DECLARED_ACCOUNTS), t -> {
                    declareAccounts(t);
                    made(t, z(t, t.remote(SHARE), alice(t)));
                    expectRefused(t, z(t, t.remote(OTHER), bob(t)), io.github.wnet4j.ErrorCode.ERROR_ALREADY_ASSIGNED);
                }));
        out.add(new Clause("connect09.conflict-before-the-servers-answer",
                "The conflict answers before the server judges the share or the user: a missing share or an unknown user still gets 1219",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, DECLARED_ACCOUNTS, DECLARED_SHARES), t -> {
                    String server = ConnectChecks.server(t);
                    t.declareNetwork(NetworkSpec.builder().server(server, s -> ConnectChecks.aliceAndBob(s.share("share"))).build());
                    made(t, z(t, t.remote(SHARE), alice(t)));
                    expectRefused(t, y(t, t.remote(MISSING), bob(t)), ERROR_SESSION_CREDENTIAL_CONFLICT);
                    expectRefused(t, y(t, t.remote(SHARE), ConnectChecks.mallory(t)), ERROR_SESSION_CREDENTIAL_CONFLICT);
                }));
    }

    /** C10 "The conflict ends". */
    private static void conflictEnds(List<Clause> out) {
        out.add(new Clause("connect10.conflict-ends-with-the-last-holder",
                "Cancelling one of two holders leaves the conflict; cancelling the last ends it",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, DECLARED_ACCOUNTS), t -> {
                    declareAccounts(t);
                    made(t, z(t, t.remote(SHARE), alice(t)));
                    made(t, y(t, t.remote(OTHER), alice(t)));
                    t.expect(t.cancel2(t.device("Z:"), NO_FLAGS, false), NO_ERROR);
                    expectRefused(t, ConnectRequest.device(t.device("X:"), t.remote(SHARE)).with(bob(t)), ERROR_SESSION_CREDENTIAL_CONFLICT);
                    t.expect(t.cancel2(t.device("Y:"), NO_FLAGS, false), NO_ERROR);
                    expect(t, ConnectRequest.device(t.device("X:"), t.remote(SHARE)).with(bob(t)), NO_ERROR);
                }));
        out.add(new Clause("connect10.deviceless-uses-hold-until-cancelled",
                "Two uses of a deviceless connection hold the server until the cancel by its remote name ends both",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, DEVICELESS_CONNECTIONS, DECLARED_ACCOUNTS), t -> {
                    declareAccounts(t);
                    String share = t.remote(SHARE);
                    made(t, ConnectRequest.deviceless(share).with(alice(t)));
                    made(t, ConnectRequest.deviceless(share).with(alice(t)));
                    t.expect(t.cancel2(share, NO_FLAGS, false), NO_ERROR);
                    expect(t, z(t, t.remote(OTHER), bob(t)), NO_ERROR);
                }));
        out.add(new Clause("connect10.remembered-entry-holds-nothing",
                "A remembered device that is no longer connected does not hold the server",
                needs(MAKE_CONNECTIONS, PERSISTENT_CONNECTIONS, DECLARED_ACCOUNTS), t -> {
                    declareAccounts(t);
                    made(t, z(t, t.remote(SHARE), alice(t)).remembered());
                    t.expect(t.cancel2(t.device("Z:"), NO_FLAGS, false), NO_ERROR);
                    t.assertRemembered(t.device("Z:"), true);
                    expect(t, y(t, t.remote(OTHER), bob(t)), NO_ERROR);
                }));
        out.add(new Clause("connect06.next-logon-restores-under-the-remembered-credentials",
                "A device remembered under an account comes back at the next logon holding its server under that account",
                needs(MAKE_CONNECTIONS, PERSISTENT_CONNECTIONS, NEXT_LOGON, DECLARED_ACCOUNTS), t -> {
                    declareAccounts(t);
                    made(t, z(t, t.remote(SHARE), alice(t)).remembered());
                    t.fixture().nextLogon();
                    t.assertConnected(t.device("Z:"), t.remote(SHARE));
                    expectRefused(t, y(t, t.remote(OTHER), bob(t)), ERROR_SESSION_CREDENTIAL_CONFLICT);
                    expect(t, y(t, t.remote(OTHER), alice(t)), NO_ERROR);
                }));
    }

    /** C12 "Bad password, unknown user"; C21 "A failed call changes nothing" for the credentials in use. */
    private static void badCredentials(List<Clause> out) {
        out.add(new Clause("connect12.wrong-password-as-the-profile-says",
                "A declared user's wrong password answers ERROR_INVALID_PASSWORD, or ERROR_LOGON_FAILURE under logon-failure-for-bad-password",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, DECLARED_ACCOUNTS), t -> {
                    declareAccounts(t);
                    expectRefused(t, z(t, t.remote(SHARE), aliceWrongPassword(t)), t.badPasswordCode());
                }));
        out.add(new Clause("connect12.unknown-user-logon-failure", "A user the server does not know answers ERROR_LOGON_FAILURE",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, DECLARED_ACCOUNTS), t -> {
                    declareAccounts(t);
                    expectRefused(t, z(t, t.remote(SHARE), ConnectChecks.mallory(t)), ERROR_LOGON_FAILURE);
                }));
        out.add(new Clause("connect12.declared-account-and-own-user-accepted",
                "A server with declared accounts accepts them and the logon's own user",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, DECLARED_ACCOUNTS), t -> {
                    declareAccounts(t);
                    expect(t, z(t, t.remote(SHARE), alice(t)), NO_ERROR);
                    t.expect(t.cancel2(t.device("Z:"), NO_FLAGS, false), NO_ERROR);
                    expect(t, ConnectRequest.device(t.device("Z:"), t.remote(SHARE)), NO_ERROR);
                }));
        out.add(new Clause("connect21.failed-connect-leaves-no-credentials-in-use",
                "A connect refused for its password leaves no credentials holding the server: another account then connects",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, DECLARED_ACCOUNTS), t -> {
                    declareAccounts(t);
                    expectRefused(t, z(t, t.remote(SHARE), aliceWrongPassword(t)), t.badPasswordCode());
                    expect(t, y(t, t.remote(OTHER), bob(t)), NO_ERROR);
                }));
        out.add(new Clause("connect21.failed-deviceless-connect-leaves-no-use",
                "A deviceless connect to a share the server lacks leaves no connection and no credentials in use",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, DEVICELESS_CONNECTIONS, DECLARED_ACCOUNTS, DECLARED_SHARES), t -> {
                    String server = ConnectChecks.server(t);
                    t.declareNetwork(NetworkSpec.builder().server(server, s -> ConnectChecks.aliceAndBob(s.share("share"))).build());
                    expectRefused(t, ConnectRequest.deviceless(t.remote(MISSING)).with(alice(t)),
                            io.github.wnet4j.ErrorCode.ERROR_BAD_NET_NAME);
                    expect(t, z(t, t.remote(SHARE), bob(t)), NO_ERROR);
                }));
    }

    /** C19 "Logon sessions". */
    private static void sessions(List<Clause> out) {
        out.add(new Clause("connect19.connection-lands-in-the-calling-session",
                "A device connected in the desktop session is not connected in the unlinked elevated session",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, LOGON_SESSIONS), t -> {
                    expect(t, ConnectRequest.device(t.device("Z:"), t.remote(SHARE)), NO_ERROR);
                    t.session(SessionKind.ELEVATED).assertNotConnected(t.device("Z:"));
                }));
        out.add(new Clause("connect19.elevated-session-maps-a-letter-live-only-on-the-desktop",
                "The unlinked elevated session connects a letter that is live only in the desktop session",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, LOGON_SESSIONS), t -> {
                    t.connect(t.device("Z:"), t.remote(OTHER), plain());
                    ClauseContext elevated = t.session(SessionKind.ELEVATED);
                    expect(elevated, ConnectRequest.device(t.device("Z:"), t.remote(SHARE)), NO_ERROR);
                    t.assertConnected(t.device("Z:"), t.remote(OTHER));
                }));
        out.add(new Clause("connect19.elevated-session-meets-the-users-remembered-letter",
                "The elevated session gets ERROR_DEVICE_ALREADY_REMEMBERED for a letter the user's profile remembers elsewhere",
                needs(MAKE_CONNECTIONS, PERSISTENT_CONNECTIONS, LOGON_SESSIONS), t -> {
                    t.connect(t.device("Z:"), t.remote(OTHER), plain().persistentToo());
                    expectRefused(t.session(SessionKind.ELEVATED), ConnectRequest.device(t.device("Z:"), t.remote(SHARE)),
                            ERROR_DEVICE_ALREADY_REMEMBERED);
                }));
        out.add(new Clause("connect19.further-session-holds-the-server-under-its-own-credentials",
                "A further logon session may hold the server under other credentials",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, LOGON_SESSIONS, DECLARED_ACCOUNTS), t -> {
                    declareAccounts(t);
                    made(t, z(t, t.remote(SHARE), alice(t)));
                    expect(t.session(SessionKind.FURTHER), y(t, t.remote(OTHER), bob(t)), NO_ERROR);
                }));
        out.add(new Clause("connect19.linked-twin-shares-the-credentials-in-use",
                "The linked elevated twin shares the device map, and so the credentials in use: a conflict",
                needs(MAKE_CONNECTIONS, DISK_DEVICES, LOGON_SESSIONS, DECLARED_ACCOUNTS), t -> {
                    declareAccounts(t);
                    made(t, z(t, t.remote(SHARE), alice(t)));
                    expectRefused(t.session(SessionKind.ELEVATED_LINKED), y(t, t.remote(OTHER), bob(t)), ERROR_SESSION_CREDENTIAL_CONFLICT);
                }));
    }
}
