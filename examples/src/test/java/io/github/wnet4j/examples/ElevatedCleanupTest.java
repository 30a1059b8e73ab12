package io.github.wnet4j.examples;

// README-ELEVATED-BEGIN
import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.fake.FakeLogon;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ElevatedCleanupTest {
    private final FakeLogon desktop = FakeLogon.create()       // the user's desktop session
            .connectDevice("Z:", "\\\\fileserver\\deploy", c -> c.persistent());
    private final FakeLogon elevated = desktop.elevated();   // the installer's: UAC's default, not linked

    @Test
    void theTrapNoErrorWhileTheUsersDriveStays() {
        CancelOutcome outcome = elevated.canceller()
                .cancelConnection2("Z:", Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), true);
        assertTrue(outcome.isSuccess());               // NO_ERROR, and yet
        assertTrue(desktop.isConnected("Z:"));         // the user's Z: is still mapped,
        assertFalse(desktop.isRemembered("Z:"));       // only no longer persistent
    }

    @Test
    void theFixRefusesElevatedAndChangesNothing() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ElevatedCleanup.unmap(elevated.reader(), elevated.canceller(), "Z:"));
        assertTrue(refused.getMessage().contains("not connected in this logon session"));
        assertTrue(desktop.isConnected("Z:") && desktop.isRemembered("Z:"));
    }

    @Test
    void theFixUnmapsInTheUsersDesktopSession() {
        assertTrue(ElevatedCleanup.unmap(desktop.reader(), desktop.canceller(), "Z:").isSuccess());
        assertFalse(desktop.isConnected("Z:") || desktop.isRemembered("Z:"));
    }

    @Test
    void withLinkedConnectionsTheElevatedStepUnmapsTheUsersDrive() {
        FakeLogon user = FakeLogon.create().connectDevice("Z:", "\\\\fileserver\\deploy", c -> c.persistent());
        FakeLogon linked = user.elevatedLinked();              // EnableLinkedConnections = 1
        assertTrue(ElevatedCleanup.unmap(linked.reader(), linked.canceller(), "Z:").isSuccess());
        assertFalse(user.isConnected("Z:") || user.isRemembered("Z:"));
    }
}
// README-ELEVATED-END
