package io.github.wnet4j.examples;

import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.WNet;
import io.github.wnet4j.WNetException;
import io.github.wnet4j.fake.FakeLogon;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's example does what the README says, and the README shows exactly this code. */
class DriveCleanupTest {

    @BeforeEach
    void chooseTheFake() {
        System.setProperty(WNet.BACKEND_PROPERTY, "fake");
    }

    @AfterEach
    void clearProperty() {
        System.clearProperty(WNet.BACKEND_PROPERTY);
    }

    @Test
    void forcesOnlyWhenFilesAreOpenAndForgetsTheDrive() {
        FakeLogon logon = FakeLogon.shared().connectDevice("P:", "\\\\fileserver\\deploy", c -> c.persistent().openFiles(2));

        assertTrue(DriveCleanup.unmap("P:").isSuccess());

        assertFalse(logon.isConnected("P:"));
        assertFalse(logon.isRemembered("P:"));
        var calls = logon.journal().stream().filter(e -> e.name().equals("P:")).toList();
        assertEquals(2, calls.size(), "one refused call, then one forced call: " + calls);
        assertEquals(ErrorCode.ERROR_OPEN_FILES.value(), calls.get(0).code());
        assertFalse(calls.get(0).force());
        assertEquals(ErrorCode.NO_ERROR.value(), calls.get(1).code());
        assertTrue(calls.get(1).force());
    }

    @Test
    void aDriveThatIsNotMappedIsDone() {
        assertTrue(DriveCleanup.unmap("Q:").is(ErrorCode.ERROR_NOT_CONNECTED));
    }

    @Test
    void aDriveInUseIsReportedAndKept() {
        FakeLogon logon = FakeLogon.shared().connectDevice("R:", "\\\\fileserver\\logs", c -> c.usedByProcess());

        WNetException e = assertThrows(WNetException.class, () -> DriveCleanup.unmap("R:"));

        assertEquals(ErrorCode.ERROR_DEVICE_IN_USE.value(), e.code());
        assertTrue(e.getMessage().contains("\"R:\""), e.getMessage());
        assertTrue(logon.isConnected("R:"));
    }
}
