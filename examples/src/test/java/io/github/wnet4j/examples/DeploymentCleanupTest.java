package io.github.wnet4j.examples;

import io.github.wnet4j.ConnectionReader;
import io.github.wnet4j.WNet;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.fake.WithFakeLogon;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.github.wnet4j.GuardedCancelOutcome.Decision.CANCELLED;
import static io.github.wnet4j.GuardedCancelOutcome.Decision.POINTS_ELSEWHERE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The README's look-then-cancel example, run against the fake; the README shows the marked test line for line. */
@WithFakeLogon
class DeploymentCleanupTest {

    // README-LOOKTEST-BEGIN
    @Test
    void leavesTheUsersOwnDriveAndDropsOurs(FakeLogon logon, WNet wnet) {
        logon.connectDevice("Z:", "\\\\home\\alice", c -> c.persistent())          // the user's own Z:
                .connectDevice("Y:", "\\\\fileserver\\deploy", c -> c.persistent().openFiles(1))
                .connectDeviceless("\\\\fileserver\\IPC$");
        assertEquals("Z: -> \\\\home\\alice", DeploymentCleanup.describe(wnet, "Z:"));
        assertEquals(POINTS_ELSEWHERE, DeploymentCleanup.unmapOurs(wnet, "Z:", "\\\\fileserver\\deploy").decision());
        assertEquals(CANCELLED, DeploymentCleanup.unmapOurs(wnet, "Y:", "\\\\fileserver\\deploy").decision());
        assertEquals(1, DeploymentCleanup.disconnectServer(wnet, "fileserver").cancels().size());   // IPC$
        assertEquals(Optional.of("\\\\home\\alice"), logon.remoteNameOf("Z:"));
        assertFalse(logon.isRemembered("Y:"));
        assertEquals(List.of(), logon.connectionsTo("\\\\fileserver\\IPC$"));
    }
    // README-LOOKTEST-END

    @Test
    void describesRememberedOnlyAndUnmappedDrives(ConnectionReader reader, FakeLogon logon) {
        logon.remember("X:", "\\\\fileserver\\old");
        assertEquals("X: -> \\\\fileserver\\old (remembered only)", DeploymentCleanup.describe(reader, "X:"));
        assertEquals("W: is not mapped", DeploymentCleanup.describe(reader, "W:"));
    }
}
