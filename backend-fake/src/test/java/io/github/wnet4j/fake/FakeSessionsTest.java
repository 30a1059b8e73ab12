package io.github.wnet4j.fake;

import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.LookupOutcome;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.github.wnet4j.ErrorCode.ERROR_CONNECTION_UNAVAIL;
import static io.github.wnet4j.ErrorCode.ERROR_NOT_CONNECTED;
import static io.github.wnet4j.ErrorCode.ERROR_OPEN_FILES;
import static io.github.wnet4j.ErrorCode.NO_ERROR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One user's logon sessions in the fake (specification rows S1-S8), beyond the conformance clauses. */
class FakeSessionsTest {
    private static final String DEPLOY = "\\\\fileserver\\deploy";
    private static final Set<CancelFlag> UPDATE = Set.of(CancelFlag.CONNECT_UPDATE_PROFILE);

    @Test
    void theElevatedUpdateProfileCancelAnswersNoErrorWhileTheDesktopDriveStays() {
        FakeLogon desktop = FakeLogon.create().connectDevice("Z:", DEPLOY, o -> o.persistent());
        FakeLogon elevated = desktop.elevated();

        assertEquals(NO_ERROR.value(), elevated.canceller().cancelConnection2("Z:", UPDATE, true).code());

        assertEquals(Optional.of(DEPLOY), desktop.remoteNameOf("Z:"), "the user's Z: stays mapped (S5)");
        assertFalse(desktop.isRemembered("Z:"), "the profile forgot it, for every session (S1)");
        assertFalse(desktop.snapshot().deviceConnections().get(0).persistent(), "so Z: is no longer persistent");
        desktop.nextLogon();
        assertFalse(desktop.isConnected("Z:"), "and the next logon does not bring it back");
    }

    @Test
    void anElevatedCancelWithoutFlagsAnswersNotConnectedAndChangesNothing() {
        FakeLogon desktop = FakeLogon.create().connectDevice("Z:", DEPLOY, o -> o.persistent().openFiles(2));
        LogonState before = desktop.snapshot();
        assertEquals(ERROR_NOT_CONNECTED.value(), desktop.elevated().canceller().cancelConnection2("Z:", Set.of(), true).code());
        assertEquals(ERROR_NOT_CONNECTED.value(), desktop.elevated().canceller().cancelConnection2(DEPLOY, Set.of(), true).code());
        assertEquals(before, desktop.snapshot());
    }

    @Test
    void aLinkedTwinSeesOpenFilesAndCancelsForBoth() {
        FakeLogon desktop = FakeLogon.create().connectDevice("Z:", DEPLOY, o -> o.openFiles(1));
        FakeLogon linked = desktop.elevatedLinked();
        assertEquals(1, linked.openFiles("Z:"), "open files belong to the connection (S4)");
        assertEquals(ERROR_OPEN_FILES.value(), linked.canceller().cancelConnection2("Z:", Set.of(), false).code());
        linked.connectDeviceless("\\\\fileserver\\IPC$");
        assertTrue(desktop.hasDevicelessConnection("\\\\fileserver\\IPC$"));
        assertEquals(NO_ERROR.value(), linked.canceller().cancelConnection2("Z:", Set.of(), true).code());
        assertFalse(desktop.isConnected("Z:"));
    }

    @Test
    void furtherSessionsStartEmptyAndKeepTheirOwnConnections() {
        FakeLogon desktop = FakeLogon.create().connectDevice("Z:", DEPLOY).remember("Y:", "\\\\fileserver\\old");
        FakeLogon service = desktop.newSession("backup service").connectDevice("Z:", "\\\\nas\\backup");
        assertEquals(Optional.of("\\\\nas\\backup"), service.remoteNameOf("Z:"));
        assertEquals(Optional.of(DEPLOY), desktop.remoteNameOf("Z:"));
        assertTrue(service.isRemembered("Y:"), "the profile is the user's (S1)");
        assertFalse(service.isConnected("Y:"));
        assertEquals(List.of(desktop, service), desktop.sessions());
        assertEquals("backup service", service.sessionName());
    }

    @Test
    void aLookupInAnotherSessionSaysRememberedOrNotConnected() {
        FakeLogon desktop = FakeLogon.create().connectDevice("Z:", DEPLOY, o -> o.persistent()).connectDevice("X:", "\\\\nas\\home");
        LookupOutcome z = desktop.elevated().reader().getConnection("Z:");
        assertEquals(ERROR_CONNECTION_UNAVAIL.value(), z.code());
        assertEquals(Optional.of(DEPLOY), z.remoteName());
        assertEquals(ERROR_NOT_CONNECTED.value(), desktop.elevated().reader().getConnection("X:").code());
    }

    @Test
    void theNextLogonRestoresInTheDesktopSessionAndTheLinkedTwinOnly() {
        FakeLogon desktop = FakeLogon.create().connectDevice("Z:", DEPLOY, o -> o.persistent());
        FakeLogon elevated = desktop.elevated().connectDevice("Q:", "\\\\srv\\q");
        FakeLogon service = desktop.newSession("service").connectDeviceless("\\\\srv\\ipc");
        desktop.nextLogon();
        assertTrue(desktop.isConnected("Z:"));
        assertFalse(elevated.isConnected("Z:"), "the unlinked twin sees Z: only as remembered (S7)");
        assertTrue(elevated.isRemembered("Z:"));
        assertFalse(elevated.isConnected("Q:"), "every session ended");
        assertFalse(service.hasDevicelessConnection("\\\\srv\\ipc"));

        FakeLogon linkedUser = FakeLogon.create().connectDevice("Z:", DEPLOY, o -> o.persistent());
        FakeLogon linked = linkedUser.elevatedLinked();
        linked.nextLogon();
        assertTrue(linked.isConnected("Z:"));
    }

    @Test
    void onlyTheLinkedTwinSaysItIsALinkedElevation() {
        FakeLogon linkedUser = FakeLogon.create();
        assertTrue(linkedUser.elevatedLinked().isLinkedElevation());
        assertFalse(linkedUser.isLinkedElevation(), "the desktop session shares its map but is not the twin");
        FakeLogon unlinkedUser = FakeLogon.create();
        assertFalse(unlinkedUser.elevated().isLinkedElevation());
        assertFalse(unlinkedUser.newSession("backup service").isLinkedElevation());
    }

    @Test
    void anotherUserSharesNothing() {
        FakeLogon alice = FakeLogon.create().connectDevice("Z:", DEPLOY, o -> o.persistent());
        FakeLogon bob = FakeLogon.create();
        assertEquals(ERROR_NOT_CONNECTED.value(), bob.canceller().cancelConnection2("Z:", UPDATE, false).code());
        assertTrue(alice.isRemembered("Z:"));
        assertTrue(bob.journal().size() == 1 && alice.journal().isEmpty());
    }

    @Test
    void theJournalRecordsTheSessionInOneOrder() {
        FakeLogon desktop = FakeLogon.create().connectDevice("Z:", DEPLOY, o -> o.persistent());
        FakeLogon elevated = desktop.elevated();
        elevated.reader().getConnection("Z:");
        elevated.canceller().cancelConnection2("Z:", UPDATE, false);
        desktop.canceller().cancelConnection2("Z:", Set.of(), false);
        List<JournalEntry> journal = desktop.journal();
        assertEquals(List.of("elevated", "elevated", "desktop"), journal.stream().map(JournalEntry::session).toList());
        assertEquals(List.of(1L, 2L, 3L), journal.stream().map(JournalEntry::sequence).toList());
        assertEquals(journal, elevated.journal(), "one journal per user");
        assertTrue(journal.get(0).toString().endsWith(", session elevated]"), journal.get(0).toString());
    }

    @Test
    void faultsArmedOnOneSessionHoldForEverySessionOfTheUser() {
        FakeLogon desktop = FakeLogon.create().connectDevice("Z:", DEPLOY, o -> o.persistent());
        FakeLogon elevated = desktop.elevated();
        elevated.armProfileFault(ProfileFault.CANNOT_OPEN);
        assertEquals(ErrorCode.ERROR_CANNOT_OPEN_PROFILE.value(), desktop.canceller().cancelConnection2("Z:", UPDATE, false).code());
        desktop.clearProfileFault().networkPresent(false);
        assertEquals(ErrorCode.ERROR_NO_NETWORK.value(), elevated.canceller().cancelConnection2("Z:", UPDATE, false).code());
        desktop.networkPresent(true);
        ExtendedError denied = new ExtendedError(5, "Access is denied.", "Microsoft Windows Network");
        desktop.armProviderError(ProviderError.of(denied).once());
        assertEquals(ErrorCode.ERROR_EXTENDED_ERROR.value(), elevated.canceller().cancelConnection2("Z:", UPDATE, false).code());
        assertEquals(denied, elevated.backend().lastExtendedError());
        assertTrue(desktop.isRemembered("Z:"), "failed calls changed nothing");
    }

    @Test
    void theTwinIsMadeOnceAndEitherLinkedOrNot() {
        FakeLogon desktop = FakeLogon.create();
        assertSame(desktop.elevated(), desktop.elevated());
        assertSame(desktop.elevated(), desktop.elevated().elevated());
        IllegalStateException e = assertThrows(IllegalStateException.class, desktop::elevatedLinked);
        assertTrue(e.getMessage().contains("EnableLinkedConnections"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> desktop.newSession(" "));
        desktop.newSession("service");
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> desktop.newSession("service"));
        assertTrue(twice.getMessage().contains("already has a session named \"service\""), twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> desktop.newSession("desktop"));
    }

    @Test
    void cancellersOfTwoSessionsAreBoundToTheirOwn() {
        FakeLogon desktop = FakeLogon.create().connectDevice("Z:", DEPLOY);
        ConnectionCanceller elevated = desktop.elevated().canceller();
        assertEquals(ERROR_NOT_CONNECTED.value(), elevated.cancelConnection2("Z:", Set.of(), true).code());
        assertTrue(desktop.isConnected("Z:"));
        assertTrue(desktop.elevated().toString().contains("session elevated"), desktop.elevated().toString());
    }

    @Test
    void racingCancelsFromTwoSessionsFollowTheJournalsOrder() throws Exception {
        FakeLogon desktop = FakeLogon.create();
        FakeLogon elevated = desktop.elevated();
        int rounds = 200;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < rounds; round++) {
                desktop.connectDevice("Z:", DEPLOY + round, o -> o.persistent());
                java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
                var mine = pool.submit(() -> {
                    start.await();
                    return desktop.backend().cancelConnection2("Z:", CancelFlag.CONNECT_UPDATE_PROFILE.bit(), false);
                });
                var theirs = pool.submit(() -> {
                    start.await();
                    return elevated.backend().cancelConnection2("Z:", CancelFlag.CONNECT_UPDATE_PROFILE.bit(), false);
                });
                int desktopCode = mine.get();
                int elevatedCode = theirs.get();
                List<JournalEntry> journal = desktop.journal();
                String first = journal.get(journal.size() - 2).session();
                // Desktop first: it disconnects and forgets, and the elevated cancel finds nothing. Elevated
                // first: it forgets (S5), and the desktop cancel then disconnects a non-persistent drive.
                assertEquals(NO_ERROR.value(), desktopCode, "round " + round);
                assertEquals(first.equals(JournalEntry.DESKTOP) ? ERROR_NOT_CONNECTED.value() : NO_ERROR.value(), elevatedCode,
                        "round " + round + ", first " + first);
                assertFalse(desktop.isConnected("Z:") || desktop.isRemembered("Z:"), "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2 * rounds, desktop.journal().size());
    }
}
