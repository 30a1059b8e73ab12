package io.github.wnet4j.examples;

import io.github.wnet4j.ConnectOutcome;
import io.github.wnet4j.ConnectRequest;
import io.github.wnet4j.ConnectionScope;
import io.github.wnet4j.CredentialConflictOutcome;
import io.github.wnet4j.Credentials;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.WNet;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.fake.SimulatedNetwork;
import io.github.wnet4j.fake.WithFakeLogon;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's connect example, run against the fake: a credential conflict met, named, cured; a scoped drive. */
@WithFakeLogon
class CredentialConflictTest {

    // README-CONNECT-BEGIN
    @Test
    void meetsTheCredentialConflictAndCuresIt(FakeLogon logon, WNet wnet) {
        logon.network(SimulatedNetwork.builder()
                .server("nas", s -> s.share("backup").share("public").account("svc", "s3cret".toCharArray()))
                .build());
        wnet.connect(ConnectRequest.device("Y:", "\\\\nas\\public")).orThrow();   // as the logon's own user
        try (Credentials svc = Credentials.of("svc", "s3cret".toCharArray())) {
            ConnectRequest backup = ConnectRequest.device("Z:", "\\\\nas\\backup").with(svc);
            ConnectOutcome conflict = wnet.connect(backup);
            assertTrue(conflict.is(ErrorCode.ERROR_SESSION_CREDENTIAL_CONFLICT));   // 1219
            assertEquals("Y:", conflict.serverHeldBy().get(0).device().orElseThrow());
            CredentialConflictOutcome cure = wnet.connectCancellingConflicts(backup, false);
            assertTrue(cure.isSuccess());   // steps: the 1219, the cancel of Y:, the retry
            assertEquals(3, cure.steps().size());
        }
        try (ConnectionScope scope = wnet.scope()) {
            String drive = scope.connect(ConnectRequest.anyFreeDevice("\\\\fileserver\\deploy"))
                    .orThrow().device().orElseThrow();
            assertEquals("Y:", drive);   // Z: is taken: the next free letter down
        }   // the scope cancels Y:, and only what it made
        assertFalse(logon.isConnected("Y:"));
        assertEquals(List.of("Z:"), logon.connections().stream().map(c -> c.device().orElseThrow()).toList());
    }
    // README-CONNECT-END
}
