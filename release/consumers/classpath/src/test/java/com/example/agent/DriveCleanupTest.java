package com.example.agent;

import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.WNet;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ProviderStatus;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.fake.FakeLogonExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's JUnit example, and discovery seeing the runtime backend and the test-scope fake. */
class DriveCleanupTest {

    @RegisterExtension
    static final FakeLogonExtension fake = FakeLogonExtension.seeded(logon -> logon
                    .connectDevice("Z:", "\\\\fileserver\\deploy", c -> c.persistent().openFiles(2)))
            .failOnUnexpectedFailures()
            .expectFailure(ErrorCode.ERROR_OPEN_FILES);   // the code under test handles this one

    @Test
    void unmapsAndForgetsTheDeploymentDrive(FakeLogon logon, ConnectionCanceller canceller) {
        assertTrue(DriveCleanup.unmap(canceller, "Z:").isSuccess());
        assertFalse(logon.isConnected("Z:"));
        assertFalse(logon.isRemembered("Z:"));   // gone for good: not restored at the next logon
    }

    @Test
    void discoveryFindsTheRuntimeBackendAndTheFake() {
        List<String> found = WNet.diagnostics().stream().map(ProviderStatus::name).sorted().toList();
        assertEquals(List.of("fake", "jna"), found);
    }

    @Test
    void runsOnTheClassPath() {
        assertFalse(DriveCleanupTest.class.getModule().isNamed());
        assertFalse(ConnectionCanceller.class.getModule().isNamed());
    }
}
