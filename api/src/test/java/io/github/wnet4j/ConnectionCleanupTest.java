package io.github.wnet4j;

import io.github.wnet4j.spi.ConnectionAnswer;
import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.NetResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.github.wnet4j.CancelFlag.CONNECT_UPDATE_PROFILE;
import static io.github.wnet4j.GuardedCancelOutcome.Decision.CANCELLED;
import static io.github.wnet4j.GuardedCancelOutcome.Decision.LOOKUP_FAILED;
import static io.github.wnet4j.GuardedCancelOutcome.Decision.NOT_CONNECTED;
import static io.github.wnet4j.GuardedCancelOutcome.Decision.POINTS_ELSEWHERE;
import static io.github.wnet4j.ScriptedReadBackend.disk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guarded cancel's and cancel-everything-to-a-server's decisions over scripted answers: which calls it makes, in which order, and what it
 * reports. (Its behaviour against a real model of the state is checked by the conformance suite's
 * cleanup clauses and the fake's tests.)
 */
class ConnectionCleanupTest {
    private static final String DEPLOY = "\\\\fileserver\\deploy";

    private final ScriptedReadBackend backend = new ScriptedReadBackend();
    private final WNet cleanup = WNet.over("s", backend);

    @Test
    void cancelsOnlyWhenTheDevicePointsAtTheExpectedRemoteName() {
        backend.lookups.put("Z:", new ConnectionAnswer(0, "\\\\FILESERVER\\Deploy"));
        GuardedCancelOutcome z = cleanup.cancelIfPointsAt("Z:", DEPLOY, Set.of(CONNECT_UPDATE_PROFILE), true);
        assertEquals(CANCELLED, z.decision());
        assertTrue(z.isDone());
        assertEquals(List.of("getConnection Z:", "cancelConnection2 Z: 1 true"), backend.calls);
    }

    @Test
    void leavesADeviceThatPointsElsewhereAlone() {
        backend.lookups.put("Z:", new ConnectionAnswer(0, "\\\\home\\mine"));
        GuardedCancelOutcome z = cleanup.cancelIfPointsAt("Z:", DEPLOY, Set.of(), false);
        assertEquals(POINTS_ELSEWHERE, z.decision());
        assertTrue(z.cancel().isEmpty());
        assertTrue(z.isDone());
        assertEquals(List.of("getConnection Z:"), backend.calls);
    }

    @Test
    void aRememberedOnlyDeviceIsCancelledIfItsRememberedNameIsOursAndLeftIfItIsUnknown() {
        backend.lookups.put("Y:", new ConnectionAnswer(1201, DEPLOY));
        backend.lookups.put("X:", new ConnectionAnswer(1201, null));
        assertEquals(CANCELLED, cleanup.cancelIfPointsAt("Y:", DEPLOY, Set.of(CONNECT_UPDATE_PROFILE), false).decision());
        assertEquals(NOT_CONNECTED, cleanup.cancelIfPointsAt("X:", DEPLOY, Set.of(CONNECT_UPDATE_PROFILE), false).decision());
        assertEquals(List.of("getConnection Y:", "cancelConnection2 Y: 1 false", "getConnection X:"), backend.calls);
    }

    @Test
    void aFailedLookCancelsNothingAndOrThrowNamesTheLook() {
        backend.lookups.put("Z:", new ConnectionAnswer(1222, null));
        GuardedCancelOutcome z = cleanup.cancelIfPointsAt("Z:", DEPLOY, Set.of(), false);
        assertEquals(LOOKUP_FAILED, z.decision());
        assertFalse(z.isDone());
        WNetException e = assertThrows(WNetException.class, z::orThrow);
        assertEquals(WNetFunction.GET_CONNECTION, e.function());
        assertEquals(List.of("getConnection Z:"), backend.calls);
    }

    @Test
    void aFailedCancelIsReportedAndThrownByOrThrow() {
        backend.lookups.put("Z:", new ConnectionAnswer(0, DEPLOY));
        backend.cancels.put("Z:", 2401);
        GuardedCancelOutcome z = cleanup.cancelIfPointsAt("Z:", DEPLOY, Set.of(), false);
        assertEquals(CANCELLED, z.decision());
        assertFalse(z.isDone());
        assertTrue(assertThrows(WNetException.class, z::orThrow).knownCode().orElseThrow() == ErrorCode.ERROR_OPEN_FILES);
    }

    @Test
    void aLookThatSucceedsWithoutARemoteNameIsABackendDefectAndCancelsNothing() {
        backend.lookups.put("Z:", new ConnectionAnswer(0, null));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> cleanup.cancelIfPointsAt("Z:", DEPLOY, Set.of(), false));
        assertTrue(e.getMessage().contains("NO_ERROR but no remote name"), e.getMessage());
        assertEquals(List.of("getConnection Z:"), backend.calls);
    }

    @Test
    void badInputIsRefusedBeforeAnyBackendRuns() {
        assertThrows(IllegalArgumentException.class, () -> cleanup.cancelIfPointsAt(DEPLOY, DEPLOY, Set.of(), false));
        assertThrows(IllegalArgumentException.class, () -> cleanup.cancelIfPointsAt("Z:\\", DEPLOY, Set.of(), false));
        assertThrows(IllegalArgumentException.class, () -> cleanup.cancelIfPointsAt("Z:", "\\\\fileserver", Set.of(), false));
        assertThrows(IllegalArgumentException.class, () -> cleanup.cancelIfPointsAt("Z:", "\\\\srv\\s\u0000", Set.of(), false));
        assertThrows(NullPointerException.class, () -> cleanup.cancelIfPointsAt("Z:", DEPLOY, null, false));
        assertThrows(NullPointerException.class, () -> cleanup.cancelIfPointsAt(null, DEPLOY, Set.of(), false));
        assertThrows(IllegalArgumentException.class, () -> cleanup.cancelAllTo("\\\\srv\\share", Set.of(), false));
        assertThrows(IllegalArgumentException.class, () -> cleanup.cancelAllTo("\\\\", Set.of(), false));
        assertThrows(IllegalArgumentException.class, () -> cleanup.cancelAllTo("srv\uD800", Set.of(), false));
        assertThrows(NullPointerException.class, () -> cleanup.cancelAllTo(null, Set.of(), false));
        assertEquals(List.of(), backend.calls);
    }

    @Test
    void cancelAllToCancelsDevicesThenDevicelessThenRememberedOnlyWithUpdateProfile() {
        backend.connected(disk(1, null, "\\\\fileserver\\IPC$"), disk(1, "Z:", DEPLOY), disk(1, "Q:", "\\\\other\\x"),
                disk(1, "P:", "\\\\FileServer\\logs"));
        backend.remembered(disk(3, "Z:", DEPLOY), disk(3, "Y:", "\\\\fileserver\\old"), disk(3, "W:", "\\\\other\\y"));
        backend.cancels.put("P:", 2401);
        ServerCleanupOutcome out = cleanup.cancelAllTo("\\\\fileserver", Set.of(CONNECT_UPDATE_PROFILE), false);
        assertEquals(List.of("enumerate 1 0 0", "enumerate 3 0 0", "cancelConnection2 Z: 1 false", "cancelConnection2 P: 1 false",
                "cancelConnection2 \\\\fileserver\\IPC$ 1 false", "cancelConnection2 Y: 1 false"), backend.calls);
        assertEquals(List.of("Z:", "P:", "\\\\fileserver\\IPC$", "Y:"), out.cancels().stream().map(c -> c.outcome().name()).toList());
        assertFalse(out.isDone(), "P: had open files");
        assertEquals(ErrorCode.ERROR_OPEN_FILES, assertThrows(WNetException.class, out::orThrow).knownCode().orElseThrow());
        assertEquals("fileserver", out.server());
    }

    @Test
    void withoutUpdateProfileRememberedEntriesAreNotRead() {
        backend.connected(disk(1, "Z:", DEPLOY));
        ServerCleanupOutcome out = cleanup.cancelAllTo("FILESERVER", Set.of(), true);
        assertEquals(List.of("enumerate 1 0 0", "cancelConnection2 Z: 0 true"), backend.calls);
        assertTrue(out.remembered().isEmpty());
        assertTrue(out.isDone());
    }

    @Test
    void aFailedListingCancelsNothing() {
        backend.listings.put(NetResource.RESOURCE_CONNECTED, new EnumerationAnswer(1222, "WNetOpenEnum", List.of()));
        ServerCleanupOutcome out = cleanup.cancelAllTo("fileserver", Set.of(CONNECT_UPDATE_PROFILE), false);
        assertEquals(List.of("enumerate 1 0 0"), backend.calls);
        assertFalse(out.isDone());
        assertEquals(WNetFunction.OPEN_ENUM, assertThrows(WNetException.class, out::orThrow).function());
    }
}
