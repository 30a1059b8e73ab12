package io.github.wnet4j.conformance;

import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectOutcome;
import io.github.wnet4j.ConnectRequest;
import io.github.wnet4j.ConnectionScope;
import io.github.wnet4j.CredentialConflictOutcome;
import io.github.wnet4j.WNetScopeException;

import java.util.List;
import java.util.Set;

import static io.github.wnet4j.ErrorCode.ERROR_ALREADY_ASSIGNED;
import static io.github.wnet4j.ErrorCode.ERROR_OPEN_FILES;
import static io.github.wnet4j.ErrorCode.ERROR_SESSION_CREDENTIAL_CONFLICT;
import static io.github.wnet4j.ErrorCode.NO_ERROR;
import static io.github.wnet4j.conformance.Capability.CONNECTION_LOOKUP;
import static io.github.wnet4j.conformance.Capability.DECLARED_ACCOUNTS;
import static io.github.wnet4j.conformance.Capability.DEVICELESS_CONNECTIONS;
import static io.github.wnet4j.conformance.Capability.DISK_DEVICES;
import static io.github.wnet4j.conformance.Capability.ENUMERATION;
import static io.github.wnet4j.conformance.Capability.MAKE_CONNECTIONS;
import static io.github.wnet4j.conformance.Capability.OPEN_FILES;
import static io.github.wnet4j.conformance.Capability.PERSISTENT_CONNECTIONS;
import static io.github.wnet4j.conformance.Capability.REMEMBERED_ONLY_ENTRIES;
import static io.github.wnet4j.conformance.Clauses.OTHER;
import static io.github.wnet4j.conformance.Clauses.SHARE;
import static io.github.wnet4j.conformance.Clauses.needs;
import static io.github.wnet4j.conformance.ConnectChecks.alice;
import static io.github.wnet4j.conformance.ConnectChecks.bob;
import static io.github.wnet4j.conformance.ConnectChecks.declareAccounts;
import static io.github.wnet4j.conformance.ConnectClauses.made;
import static io.github.wnet4j.conformance.ConnectionSpec.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clauses for the two library operations built on the connect side, with no Windows counterpart:
 * the cure of a credential conflict ({@code conflict.}: {@code connectCancellingConflicts}) and the
 * scoped connection ({@code scope.}: {@link ConnectionScope}); specification, "The credential
 * conflict (1219) and its cure" and "The scoped connection".
 */
final class ConflictScopeClauses {
    private static final Set<Capability> CURE = needs(MAKE_CONNECTIONS, DISK_DEVICES, DEVICELESS_CONNECTIONS, ENUMERATION, DECLARED_ACCOUNTS);
    private static final Set<Capability> SCOPE = needs(MAKE_CONNECTIONS, DISK_DEVICES, CONNECTION_LOOKUP, ENUMERATION);

    private ConflictScopeClauses() {
    }

    static void addTo(List<Clause> out) {
        conflict(out);
        scope(out);
    }

    private static Set<Capability> plus(Set<Capability> base, Capability... more) {
        Set<Capability> all = needs(more);
        all.addAll(base);
        return all;
    }

    /** Alice holds the server through Z: and IPC$; the request is bob's Y: to the other share. */
    private static ConnectRequest heldByAlice(ClauseContext t) {
        declareAccounts(t);
        made(t, ConnectRequest.device(t.device("Z:"), t.remote(SHARE)).with(alice(t)));
        made(t, ConnectRequest.deviceless(ipc(t)).with(alice(t)));
        return ConnectRequest.device(t.device("Y:"), t.remote(OTHER)).with(bob(t));
    }

    private static String ipc(ClauseContext t) {
        return "\\\\" + ConnectChecks.server(t) + "\\IPC$";
    }

    private static void conflict(List<Clause> out) {
        out.add(new Clause("conflict.outcome-lists-the-holders",
                "On 1219 the outcome lists this session's connections to the server, IPC$ included, and no other server's",
                CURE, t -> {
                    ConnectRequest request = heldByAlice(t);
                    made(t, ConnectRequest.device(t.device("W:"), t.remote("\\\\elsewhere\\share")).with(bob(t)));
                    ConnectOutcome o = ConnectChecks.expectRefused(t, request, ERROR_SESSION_CREDENTIAL_CONFLICT);
                    assertEquals(Set.of(t.entry(t.device("Z:"), t.remote(SHARE)), t.entry(null, ipc(t))), Set.copyOf(o.serverHeldBy()),
                            o.toString());
                    assertTrue(o.describe().contains(t.remote(SHARE)), () -> "the description names the holders: " + o.describe());
                }));
        out.add(new Clause("conflict.cure-cancels-the-holders-and-retries-once",
                "The cure cancels every holder, then connects once more, and reports each step",
                CURE, t -> {
                    ConnectRequest request = heldByAlice(t);
                    CredentialConflictOutcome cure = t.wnet().connectCancellingConflicts(request, false);
                    ConnectChecks.assertNoPassword(cure.describe(), "the cure's report");
                    t.expectRead(cure.first(), ERROR_SESSION_CREDENTIAL_CONFLICT);
                    assertEquals(2, cure.cancels().size(), cure.describe());
                    cure.cancels().forEach(c -> t.expect(c, NO_ERROR));
                    t.expectRead(cure.retry().orElseThrow(), NO_ERROR);
                    assertEquals(2 + cure.cancels().size(), cure.steps().size(), cure.describe());
                    t.assertNotConnected(t.device("Z:"));
                    t.assertDeviceless(ipc(t), false);
                    t.assertConnected(t.device("Y:"), t.remote(OTHER));
                }));
        out.add(new Clause("conflict.cure-leaves-a-remembered-holder-remembered",
                "The cure cancels a remembered holder with flags 0: it is no longer connected but stays remembered",
                plus(CURE, PERSISTENT_CONNECTIONS), t -> {
                    declareAccounts(t);
                    made(t, ConnectRequest.device(t.device("Z:"), t.remote(SHARE)).with(alice(t)).remembered());
                    CredentialConflictOutcome cure = t.wnet().connectCancellingConflicts(
                            ConnectRequest.device(t.device("Y:"), t.remote(OTHER)).with(bob(t)), false);
                    assertTrue(cure.isSuccess(), cure.describe());
                    t.assertNotConnected(t.device("Z:"));
                    t.assertRemembered(t.device("Z:"), true);
                }));
        out.add(new Clause("conflict.open-files-stop-the-cure-without-force",
                "A holder with open files is not cancelled without force, and the cure does not retry; with force it does",
                plus(CURE, OPEN_FILES), t -> {
                    declareAccounts(t);
                    t.connect(t.device("Z:"), t.remote(SHARE), plain().withOpenFiles(2));
                    ConnectRequest request = ConnectRequest.device(t.device("Y:"), t.remote(OTHER)).with(bob(t));
                    CredentialConflictOutcome refused = t.wnet().connectCancellingConflicts(request, false);
                    assertEquals(1, refused.cancels().size(), refused.describe());
                    t.expect(refused.cancels().get(0), ERROR_OPEN_FILES);
                    assertTrue(refused.retry().isEmpty(), refused.describe());
                    assertTrue(refused.describe().contains("Not retried"), refused.describe());
                    t.assertConnected(t.device("Z:"), t.remote(SHARE));
                    t.assertOpenFiles(t.device("Z:"), 2);
                    CredentialConflictOutcome forced = t.wnet().connectCancellingConflicts(request, true);
                    assertTrue(forced.isSuccess(), forced.describe());
                    t.assertNotConnected(t.device("Z:"));
                }));
        out.add(new Clause("conflict.no-conflict-no-cancels", "Without a conflict the cure makes one call and no cancel",
                CURE, t -> {
                    CredentialConflictOutcome cure = t.wnet().connectCancellingConflicts(
                            ConnectRequest.device(t.device("Z:"), t.remote(SHARE)), false);
                    t.expectRead(cure.first(), NO_ERROR);
                    assertEquals(List.of(cure.first()), cure.steps());
                }));
        out.add(new Clause("conflict.other-failure-is-not-cured", "Another failure than 1219 is returned as it is, with no cancel and no retry",
                CURE, t -> {
                    String z = t.device("Z:");
                    t.connect(z, t.remote(OTHER), plain());
                    CredentialConflictOutcome cure = t.wnet().connectCancellingConflicts(ConnectRequest.device(z, t.remote(SHARE)), true);
                    t.expectRead(cure.result(), ERROR_ALREADY_ASSIGNED);
                    assertEquals(1, cure.steps().size(), cure.describe());
                    t.assertConnected(z, t.remote(OTHER));
                }));
    }

    private static void scope(List<Clause> out) {
        out.add(new Clause("scope.cancels-what-it-made-and-only-that",
                "Closing the scope cancels its device and its deviceless connection, and leaves a device it did not make",
                plus(SCOPE, DEVICELESS_CONNECTIONS), t -> {
                    String y = t.device("Y:");
                    t.connect(y, t.remote(SHARE), plain());
                    try (ConnectionScope scope = t.wnet().scope()) {
                        scope.connect(ConnectRequest.device(t.device("Z:"), t.remote(SHARE))).orThrow();
                        scope.connect(ConnectRequest.deviceless(t.remote(OTHER))).orThrow();
                        assertEquals(List.of(t.device("Z:"), t.remote(OTHER)), scope.connections());
                    }
                    t.assertNotConnected(t.device("Z:"));
                    t.assertDeviceless(t.remote(OTHER), false);
                    t.assertConnected(y, t.remote(SHARE));
                }));
        out.add(new Clause("scope.cancels-when-the-block-throws", "The scope cancels what it made when its block throws",
                SCOPE, t -> {
                    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> {
                        try (ConnectionScope scope = t.wnet().scope()) {
                            scope.connect(ConnectRequest.device(t.device("Z:"), t.remote(SHARE))).orThrow();
                            throw new IllegalStateException("the block failed");
                        }
                    });
                    assertEquals(0, thrown.getSuppressed().length, "every cancel succeeded");
                    t.assertNotConnected(t.device("Z:"));
                }));
        out.add(new Clause("scope.leaves-a-deviceless-connection-it-did-not-make",
                "A deviceless connection that existed before the scope is left connected, and the scope says so",
                plus(SCOPE, DEVICELESS_CONNECTIONS), t -> {
                    String share = t.remote(SHARE);
                    t.connectDeviceless(share, plain());
                    ConnectionScope scope = t.wnet().scope();
                    scope.connect(ConnectRequest.deviceless(share)).orThrow();
                    scope.close();
                    t.assertDeviceless(share, true);
                    assertEquals(1, scope.leftConnected().size(), scope.leftConnected().toString());
                    assertTrue(scope.leftConnected().get(0).contains(share), scope.leftConnected().toString());
                }));
        out.add(new Clause("scope.forgets-what-it-remembered", "A device the scope remembered is cancelled and forgotten",
                plus(SCOPE, PERSISTENT_CONNECTIONS), t -> {
                    try (ConnectionScope scope = t.wnet().scope()) {
                        scope.connect(ConnectRequest.device(t.device("Z:"), t.remote(SHARE)).remembered()).orThrow();
                    }
                    t.assertNotConnected(t.device("Z:"));
                    t.assertRemembered(t.device("Z:"), false);
                }));
        out.add(new Clause("scope.keeps-an-entry-remembered-before", "A device remembered before the scope stays remembered after it",
                plus(SCOPE, PERSISTENT_CONNECTIONS, REMEMBERED_ONLY_ENTRIES), t -> {
                    String z = t.device("Z:");
                    t.remember(z, t.remote(SHARE));
                    try (ConnectionScope scope = t.wnet().scope()) {
                        scope.connect(ConnectRequest.device(z, t.remote(SHARE)).remembered()).orThrow();
                    }
                    t.assertNotConnected(z);
                    t.assertRemembered(z, true);
                }));
        out.add(new Clause("scope.leaves-a-device-redirected-elsewhere", "A device redirected elsewhere since the scope made it is left, and the scope says so",
                SCOPE, t -> {
                    String z = t.device("Z:");
                    ConnectionScope scope = t.wnet().scope();
                    scope.connect(ConnectRequest.device(z, t.remote(SHARE))).orThrow();
                    t.expect(t.cancel2(z, ClauseContext.NO_FLAGS, false), NO_ERROR);
                    t.connect(z, t.remote(OTHER), plain());
                    List<CancelOutcome> cancels = scope.closeAndReport();
                    assertEquals(List.of(), cancels);
                    t.assertConnected(z, t.remote(OTHER));
                    assertTrue(scope.leftConnected().stream().anyMatch(s -> s.startsWith(z)), scope.leftConnected().toString());
                }));
        out.add(new Clause("scope.says-what-it-could-not-cancel",
                "A device with open files is not cancelled without force: close throws naming it, suppressed on the block's exception",
                plus(SCOPE, OPEN_FILES), t -> {
                    String z = t.device("Z:");
                    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> {
                        try (ConnectionScope scope = t.wnet().scope()) {
                            madeWithOpenFiles(t, scope, z);
                            throw new IllegalStateException("the block failed");
                        }
                    });
                    assertEquals(1, thrown.getSuppressed().length, "the scope's failure is added to the block's");
                    WNetScopeException e = (WNetScopeException) thrown.getSuppressed()[0];
                    assertTrue(e.getMessage().contains(z), e.getMessage());
                    t.expect(e.failedCancels().get(0), ERROR_OPEN_FILES);
                    t.assertConnected(z, t.remote(SHARE));
                    WNetScopeException alone = assertThrows(WNetScopeException.class, () -> {
                        try (ConnectionScope scope = t.wnet().scope()) {
                            madeWithOpenFiles(t, scope, t.device("Y:"));
                        }
                    });
                    assertTrue(alone.getMessage().contains(t.device("Y:")), alone.getMessage());
                }));
        out.add(new Clause("scope.force-on-close-closes-open-files", "A scope opened with force on close cancels a device with open files",
                plus(SCOPE, OPEN_FILES), t -> {
                    String z = t.device("Z:");
                    try (ConnectionScope scope = t.wnet().scope(true)) {
                        madeWithOpenFiles(t, scope, z);
                    }
                    t.assertNotConnected(z);
                }));
        out.add(new Clause("scope.failed-connect-leaves-nothing-to-cancel", "A connect that failed in the scope adds nothing for it to cancel",
                SCOPE, t -> {
                    String z = t.device("Z:");
                    t.connect(z, t.remote(OTHER), plain());
                    try (ConnectionScope scope = t.wnet().scope()) {
                        t.expectRead(scope.connect(ConnectRequest.device(z, t.remote(SHARE))), ERROR_ALREADY_ASSIGNED);
                        assertEquals(List.of(), scope.connections());
                    }
                    t.assertConnected(z, t.remote(OTHER));
                }));
    }

    /**
     * The scope connects {@code device}; then other code, as a program using the drive would, leaves files
     * open on the same connection (the fixture re-seeds it with open files, pointing where the scope pointed it).
     */
    private static void madeWithOpenFiles(ClauseContext t, ConnectionScope scope, String device) {
        scope.connect(ConnectRequest.device(device, t.remote(SHARE))).orThrow();
        t.expect(t.cancel2(device, ClauseContext.NO_FLAGS, false), NO_ERROR);
        t.connect(device, t.remote(SHARE), plain().withOpenFiles(1));
    }
}
