package io.github.wnet4j.fake;

import static io.github.wnet4j.fake.SimulatedNetwork.Access.ACCEPTED;
import static io.github.wnet4j.fake.SimulatedNetwork.Access.ACCESS_DENIED;
import static io.github.wnet4j.fake.SimulatedNetwork.Access.NO_SUCH_SHARE;
import static io.github.wnet4j.fake.SimulatedNetwork.Access.SERVER_UNREACHABLE;
import static io.github.wnet4j.fake.SimulatedNetwork.Access.UNKNOWN_USER;
import static io.github.wnet4j.fake.SimulatedNetwork.Access.WRONG_PASSWORD;
import static io.github.wnet4j.fake.SimulatedNetwork.Access.WRONG_SHARE_TYPE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wnet4j.fake.SimulatedNetwork.ShareType;
import org.junit.jupiter.api.Test;

class SimulatedNetworkTest {
    private static final char[] PASSWORD = "Backup-2026".toCharArray();

    private final SimulatedNetwork network = SimulatedNetwork.builder()
            .server("nas", s -> s.share("backup").share("laser", ShareType.PRINT).account("svc-backup", PASSWORD)
                    .deny("intern", "backup").account("intern", "x".toCharArray()))
            .server("\\\\old-fs", s -> s.unreachable())
            .build();

    @Test
    void anUndeclaredServerAcceptsEveryShareAndAccount() {
        assertEquals(ACCEPTED, SimulatedNetwork.open().access("\\\\anything\\any", ShareType.DISK, "who", "pw".toCharArray()));
        assertEquals(ACCEPTED, network.access("\\\\fileserver\\deploy", ShareType.PRINT, null, null));
        assertFalse(network.declares("fileserver"));
        assertTrue(network.declares("\\\\NAS"));
    }

    @Test
    void aDeclaredServerAnswersForWhatWasDeclared() {
        assertEquals(ACCEPTED, network.access("\\\\NAS\\Backup", ShareType.DISK, "SVC-BACKUP", "Backup-2026".toCharArray()));
        assertEquals(ACCEPTED, network.access("\\\\nas\\backup", null, null, null), "the logon's own user, default password");
        assertEquals(ACCEPTED, network.access("\\\\nas\\IPC$", null, "svc-backup", null), "IPC$ always exists");
        assertEquals(NO_SUCH_SHARE, network.access("\\\\nas\\missing", ShareType.DISK, null, null));
        assertEquals(WRONG_SHARE_TYPE, network.access("\\\\nas\\laser", ShareType.DISK, null, null));
        assertEquals(SERVER_UNREACHABLE, network.access("\\\\OLD-FS\\x", ShareType.DISK, null, null));
        assertEquals(UNKNOWN_USER, network.access("\\\\nas\\backup", ShareType.DISK, "stranger", "pw".toCharArray()));
        assertEquals(WRONG_PASSWORD, network.access("\\\\nas\\backup", ShareType.DISK, "svc-backup", "backup-2026".toCharArray()),
                "a password that differs only in case is another password (row C9)");
        assertEquals(ACCESS_DENIED, network.access("\\\\nas\\BACKUP", ShareType.DISK, "Intern", "x".toCharArray()));
    }

    @Test
    void whatADeclaredServerLeavesUndeclaredIsOpen() {
        SimulatedNetwork partly = SimulatedNetwork.builder()
                .server("shares-only", s -> s.share("data"))
                .server("accounts-only", s -> s.account("svc", PASSWORD))
                .build();
        assertEquals(ACCEPTED, partly.access("\\\\shares-only\\data", ShareType.DISK, "anyone", "pw".toCharArray()));
        assertEquals(NO_SUCH_SHARE, partly.access("\\\\shares-only\\other", ShareType.DISK, null, null));
        assertEquals(ACCEPTED, partly.access("\\\\accounts-only\\anything", ShareType.PRINT, "svc", "Backup-2026".toCharArray()));
        assertEquals(UNKNOWN_USER, partly.access("\\\\accounts-only\\anything", ShareType.DISK, "other", null));
    }

    @Test
    void neitherToStringNorTheDigestRevealsAPassword() {
        String text = network.toString();
        assertFalse(text.contains("Backup-2026"), text);
        assertTrue(text.contains("svc-backup") && text.contains("old-fs (unreachable)"), text);
    }

    @Test
    void badDeclarationsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> SimulatedNetwork.builder().server("nas", s -> { }).server("NAS", s -> { }));
        assertThrows(IllegalArgumentException.class, () -> SimulatedNetwork.builder().server("\\\\nas\\share", s -> { }));
        assertThrows(IllegalArgumentException.class,
                () -> SimulatedNetwork.builder().server("nas", s -> s.share("nas\\backup")));
        assertThrows(IllegalArgumentException.class,
                () -> SimulatedNetwork.builder().server("nas", s -> s.account("svc\0x", PASSWORD)));
    }
}
