package io.github.wnet4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The connect side's adapters over a small model: requests, outcomes, the 1219 cure and the scope. */
class ConnectTest {
    private static final String SECRET = "S3cret-Deploy";

    private final ConnectModel model = new ConnectModel();
    private final WNet wnet = WNet.over("model", model);
    private final ConnectionReader reader = wnet.reader();
    private final ConnectionCanceller canceller = wnet.canceller();
    private final ConnectionMaker maker = wnet.maker();

    @Test
    void theRequestIsSentAsAskedAndThePasswordClearedAfterTheCall() {
        try (Credentials deploy = Credentials.of("CORP\\svc", SECRET.toCharArray())) {
            ConnectOutcome outcome = maker.connect(ConnectRequest.device("z:", "\\\\srv\\share").with(deploy).remembered());
            assertTrue(outcome.isSuccess(), outcome.describe());
            assertEquals(Optional.of("z:"), outcome.device());
            assertEquals(List.of("WNetAddConnection2 z: \\\\srv\\share CORP\\svc 1"), model.calls);
            assertEquals(SECRET, model.passwordAtCall, "the backend got the password");
            assertArrayEquals(new char[SECRET.length()], model.passwordsSeen.get(0), "and its copy was cleared after the call");
            assertFalse(deploy.isClosed(), "the caller's credentials stay usable");
            assertFalse(outcome.describe().contains(SECRET), outcome.describe());
            assertTrue(outcome.describe().contains("a password"), outcome.describe());
        }
    }

    @Test
    void anyFreeDeviceAsksWindowsToPickAndSaysWhichItGot() {
        model.live.put("Z:", "\\\\other\\x");
        ConnectOutcome outcome = maker.connect(ConnectRequest.anyFreeDevice("\\\\srv\\share"));
        assertEquals(Optional.of("Y:"), outcome.device());
        assertTrue(model.calls.get(0).endsWith(" 128"), "CONNECT_REDIRECT (0x80) is sent: " + model.calls);
    }

    @Test
    void aCredentialConflictListsTheConnectionsThatHoldTheServer() {
        maker.connect(ConnectRequest.device("Y:", "\\\\srv\\old"));
        maker.connect(ConnectRequest.deviceless("\\\\SRV\\IPC$"));
        maker.connect(ConnectRequest.device("X:", "\\\\elsewhere\\share"));
        try (Credentials other = Credentials.of("svc", SECRET.toCharArray())) {
            ConnectOutcome outcome = maker.connect(ConnectRequest.device("Z:", "\\\\srv\\new").with(other));
            assertEquals(1219, outcome.code());
            assertEquals(List.of("Y:", "\\\\SRV\\IPC$"),
                    outcome.serverHeldBy().stream().map(c -> c.device().orElse(c.remoteName())).toList());
            assertTrue(outcome.describe().contains("Held by: Y: -> \\\\srv\\old"), outcome.describe());
            WNetException e = assertThrows(WNetException.class, outcome::orThrow);
            assertEquals("Z:", e.name());
        }
    }

    @Test
    void theCureCancelsTheHoldersAndRetriesOnce() {
        maker.connect(ConnectRequest.device("Y:", "\\\\srv\\old"));
        maker.connect(ConnectRequest.deviceless("\\\\srv\\IPC$"));
        try (Credentials other = Credentials.of("svc", SECRET.toCharArray())) {
            CredentialConflictOutcome cure = wnet.connectCancellingConflicts(
                    ConnectRequest.device("Z:", "\\\\srv\\new").with(other), false);
            assertTrue(cure.isSuccess(), cure.describe());
            assertEquals(4, cure.steps().size(), cure.describe());
            assertEquals(List.of("Y:", "\\\\srv\\IPC$"), cure.cancels().stream().map(CancelOutcome::name).toList());
            assertEquals(Set.of("Z:"), model.live.keySet());
            assertFalse(cure.describe().contains(SECRET));
        }
    }

    @Test
    void theCureLeavesAHolderWithOpenFilesAndDoesNotRetry() {
        maker.connect(ConnectRequest.device("Y:", "\\\\srv\\old"));
        model.openFiles.put("Y:", 2);
        try (Credentials other = Credentials.of("svc", SECRET.toCharArray())) {
            CredentialConflictOutcome cure = wnet.connectCancellingConflicts(
                    ConnectRequest.device("Z:", "\\\\srv\\new").with(other), false);
            assertFalse(cure.isSuccess());
            assertTrue(cure.retry().isEmpty());
            assertEquals(2401, cure.cancels().get(0).code());
            assertTrue(cure.describe().contains("Not retried"), cure.describe());
            assertTrue(model.live.containsKey("Y:"), "a connection with open files is left alone without force");
        }
    }

    @Test
    void aScopeCancelsWhatItMadeAndOnlyThatAlsoWhenTheBlockThrows() {
        maker.connect(ConnectRequest.device("Y:", "\\\\srv\\mine-before"));
        maker.connect(ConnectRequest.deviceless("\\\\srv\\shared"));
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> {
            try (ConnectionScope scope = wnet.scope()) {
                scope.connect(ConnectRequest.anyFreeDevice("\\\\srv\\share")).orThrow();
                scope.connect(ConnectRequest.deviceless("\\\\srv\\shared")).orThrow();
                scope.connect(ConnectRequest.device("Y:", "\\\\srv\\taken")); // 85: made nothing
                assertEquals(List.of("Z:"), scope.connections());
                assertEquals(1, scope.leftConnected().size());
                assertTrue(scope.leftConnected().get(0).startsWith("\\\\srv\\shared (connected before this scope"));
                throw new RuntimeException("the block failed");
            }
        });
        assertEquals("the block failed", thrown.getMessage());
        assertEquals(0, thrown.getSuppressed().length);
        assertEquals(Set.of("Y:", "\\\\srv\\shared"), model.live.keySet(), "what existed before is still there");
    }

    @Test
    void aScopeForgetsOnlyWhatItRememberedAndLeavesADeviceRedirectedSince() {
        model.remembered.put("Y:", "\\srv\share");
        try (ConnectionScope scope = wnet.scope()) {
            scope.connect(ConnectRequest.device("Y:", "\\srv\share").remembered()).orThrow();
            scope.connect(ConnectRequest.device("X:", "\\srv\share").remembered()).orThrow();
            scope.connect(ConnectRequest.device("W:", "\\srv\share")).orThrow();
            model.live.put("W:", "\\srv\someone-elses"); // another program redirected W: since
        }
        assertEquals(Set.of("Y:"), model.remembered.keySet(), "Y: was remembered before the scope; X: only by it");
        assertEquals(Set.of("W:"), model.live.keySet(), "W: now points elsewhere, so the scope leaves it");
        assertTrue(model.calls.contains("WNetCancelConnection2 Y: 0 false"), model.calls.toString());
        assertTrue(model.calls.contains("WNetCancelConnection2 X: 1 false"), model.calls.toString());
    }

    @Test
    void aScopeThatCannotCancelSaysWhatIsStillConnected() {
        ConnectionScope scope = wnet.scope();
        scope.connect(ConnectRequest.device("Z:", "\\\\srv\\share"));
        model.openFiles.put("Z:", 1);
        WNetScopeException e = assertThrows(WNetScopeException.class, scope::close);
        assertEquals(1, e.failedCancels().size());
        assertTrue(e.getMessage().contains("still connected") && e.getMessage().contains("ERROR_OPEN_FILES"), e.getMessage());
        scope.close(); // idempotent: nothing left to try
        assertThrows(IllegalStateException.class, () -> scope.connect(ConnectRequest.device("Y:", "\\\\srv\\share")));
    }

    @Test
    void closedCredentialsAreRefusedBeforeTheBackendRuns() {
        Credentials closed = Credentials.of("svc", SECRET.toCharArray());
        closed.close();
        assertThrows(IllegalStateException.class, () -> maker.connect(ConnectRequest.device("Z:", "\\\\srv\\s").with(closed)));
        assertEquals(List.of(), model.calls);
    }

    @Test
    void badRequestsAreRefusedWhenMade() {
        assertThrows(IllegalArgumentException.class, () -> ConnectRequest.device("Z\0:", "\\\\srv\\s"));
        assertThrows(IllegalArgumentException.class, () -> ConnectRequest.deviceless("\\\\srv\\s\uD800"));
        assertThrows(IllegalArgumentException.class, () -> ConnectRequest.device("Z:", "\\\\srv\\s").using(WNetFunction.CANCEL_CONNECTION2));
        assertThrows(IllegalArgumentException.class, () -> ConnectRequest.anyFreeDevice("\\\\srv\\s").using(WNetFunction.ADD_CONNECTION2));
        assertThrows(IllegalArgumentException.class, () -> ConnectRequest.legacy("\\\\srv\\s", "Z:").with(Credentials.user("svc")));
        assertEquals(ResourceType.PRINT, ConnectRequest.device("lpt1", "\\\\srv\\laser").type());
    }

    @Test
    void anOutcomeBuiltByATestBehavesAsTheLibrarysOwn() {
        ConnectOutcome built = new ConnectOutcome(ConnectRequest.device("Z:", "\\\\srv\\share"), 85, Optional.empty(), List.of(),
                Optional.empty());
        assertEquals("WNetAddConnection2(\"Z:\" -> \"\\\\srv\\share\")", built.describeCall());
        assertThrows(WNetException.class, built::orThrow);
        assertThrows(IllegalArgumentException.class, () -> new ConnectOutcome(ConnectRequest.device("Z:", "\\\\srv\\share"), 0,
                Optional.empty(), List.of(), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new ConnectOutcome(ConnectRequest.device("Z:", "\\\\srv\\share"), 85,
                Optional.empty(), List.of(NetworkConnection.of("Y:", "\\\\srv\\x", ResourceType.DISK, "")), Optional.empty()));
    }
}
