package io.github.wnet4j.nativetesting;

import io.github.wnet4j.ResourceType;
import io.github.wnet4j.conformance.NetworkSpec;
import io.github.wnet4j.spi.Names;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the real-Windows fixture names the suite's servers, shares and accounts on its one machine,
 * and which declared networks it takes: all of it decided without Windows, so tested here.
 */
class FixtureNamesTest {
    private static final String COMPUTER = "RUNNER-01";

    private final FixtureNames names = new FixtureNames(COMPUTER, "1a2b3c4d");

    private static char[] password(String test) {
        return test.toCharArray();
    }

    @Test
    void eachServerTheSuiteNamesIsThisMachineUnderAnotherName() {
        assertEquals("\\\\RUNNER-01\\wnet4j-1a2b3c4d-1", names.remoteName("\\\\srv\\Share").remoteName());
        assertEquals("\\\\127.0.0.1\\wnet4j-1a2b3c4d-1", names.remoteName("\\\\srv.corp.example\\Share").remoteName(),
                "the same share under the machine's second name");
        assertEquals("\\\\localhost\\wnet4j-1a2b3c4d-2", names.remoteName("\\\\elsewhere\\Other").remoteName());
        assertEquals("\\\\RUNNER-01\\wnet4j-1a2b3c4d-2", names.remoteName("\\\\Srv\\Other").remoteName(),
                "server names compare case-insensitively");
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> names.remoteName("\\\\fourth\\share"));
        assertTrue(e.getMessage().contains("fourth") && e.getMessage().contains("127.0.0.1"), e.getMessage());
    }

    @Test
    void aNameKeepsTheCaseItWasAskedIn() {
        assertEquals("\\\\runner-01\\wnet4j-1a2b3c4d-1", names.remoteName("\\\\srv\\share").remoteName());
        assertEquals("\\\\RUNNER-01\\WNET4J-1A2B3C4D-1", names.remoteName("\\\\SRV\\SHARE").remoteName());
        assertEquals(Optional.of("wnet4j-1a2b3c4d-1"), names.remoteName("\\\\SRV\\SHARE").share(),
                "the share to make is named as the fixture names it, whatever the case asked");
    }

    @Test
    void aServerUnderDotInvalidIsLeftAsWrittenAndNeedsNoShare() {
        FixtureNames.Mapped gone = names.remoteName("\\\\gone.invalid\\share");
        assertEquals(new FixtureNames.Mapped("\\\\gone.invalid\\share", Optional.empty()), gone);
        assertTrue(FixtureNames.unresolvable("GONE.INVALID"));
        assertTrue(FixtureNames.unresolvable(".Invalid"));
        assertFalse(FixtureNames.unresolvable("invalid"), "shorter than the suffix");
        assertFalse(FixtureNames.unresolvable("gone.invalid.example"));
        assertFalse(FixtureNames.unresolvable(""));
    }

    @Test
    void shareNamesCompareAsWindowsFoldsThemOneUnitAtATime() {
        // Row 13 ("case"): names fold one UTF-16 unit at a time; ß folds to itself, so "ß" and "SS" are two shares, not one.
        assertEquals(Optional.of("wnet4j-1a2b3c4d-1"), names.remoteName("\\\\srv\\Straße").share());
        assertEquals(Optional.of("wnet4j-1a2b3c4d-1"), names.remoteName("\\\\SRV\\STRAßE").share());
        assertEquals(Optional.of("wnet4j-1a2b3c4d-2"), names.remoteName("\\\\SRV\\STRASSE").share());
    }

    @Test
    void declaredSharesMakeTheListExactForTheFixturesOwnShares() {
        String server = server(names.remoteName("\\\\srv\\share").remoteName());
        names.declare(NetworkSpec.builder().server(server, s -> s.share("share")).build());
        assertEquals(Optional.of("wnet4j-1a2b3c4d-1"), names.remoteName("\\\\srv\\share").share());
        FixtureNames.Mapped other = names.remoteName("\\\\srv\\other");
        assertEquals(Optional.empty(), other.share(), "an undeclared share is a name the fixture never shares");
        assertEquals("\\\\runner-01\\wnet4j-1a2b3c4d-2", other.remoteName());
    }

    @Test
    void theClausesAccountsAndDenialAreMadeUnderTheFixturesNames() {
        String server = server(names.remoteName("\\\\srv\\share").remoteName());
        FixtureNames.Declaration d = names.declare(NetworkSpec.builder().server(server, s -> s
                .account("alice", password("Test-1")).account("bob", password("Test-2")).deny("alice", "share")).build());
        assertEquals(List.of("alice", "bob"), List.copyOf(d.accounts().keySet()));
        assertEquals(List.of(new FixtureNames.Denial("wnet4j-1a2b3c4d-1", "alice")), d.denials());
        assertEquals("w4j1a2b3c4d-alice", names.userName("alice"));
        assertEquals("W4J1A2B3C4D-ALICE", names.userName("ALICE"));
        assertEquals("w4j1a2b3c4d-mallory", names.userName("mallory"), "a name never declared is an account never made");
    }

    @Test
    void anUnreachableServerUnderDotInvalidIsTakenAndNoOtherIs() {
        names.remoteName("\\\\srv\\share");
        assertEquals(new FixtureNames.Declaration(Map.of(), List.of()),
                names.declare(NetworkSpec.builder().server("gone.invalid", NetworkSpec.ServerSpec::unreachable).build()));
        FixtureNames fresh = new FixtureNames(COMPUTER, "1a2b3c4d");
        fresh.remoteName("\\\\srv\\share");
        refused(fresh, NetworkSpec.builder().server(COMPUTER, NetworkSpec.ServerSpec::unreachable).build(), ".invalid");
    }

    @Test
    void whatTheMachineCannotBeMadeToDoIsRefusedBeforeAnythingIsMade() {
        names.remoteName("\\\\srv\\share");
        refused(names, NetworkSpec.builder().server(COMPUTER, s -> s.share("printer", ResourceType.PRINT)).build(), "printer");
        refused(names, NetworkSpec.builder().localDrives("C:").build(), "local drive");
        refused(names, NetworkSpec.builder().busy(true).build(), "ERROR_BUSY");
        refused(names, NetworkSpec.builder().server("nas", s -> s.share("share")).build(), "no server nas");
        refused(names, NetworkSpec.builder().server(COMPUTER, s -> s.deny(null, "share")).build(), "the logon's own user");
        refused(names, NetworkSpec.builder().server(COMPUTER, s -> s.deny("alice", "share")).build(), "not to alice");
        refused(names, NetworkSpec.builder().server("gone.invalid", s -> s.unreachable().share("share")).build(), "nothing else");
        refused(names, NetworkSpec.builder().server(COMPUTER, s -> s.share("other")).build(), "before the network");
        names.declare(NetworkSpec.builder().server(COMPUTER, s -> s.account("alice", password("Test-1"))).build());
        refused(names, NetworkSpec.builder().server(COMPUTER, s -> s.account("bob", password("Test-2"))).build(), "one network");
    }

    @Test
    void anAccountNameWindowsWouldRefuseIsRefusedHere() {
        assertThrows(IllegalArgumentException.class, () -> names.userName("a-name-too-long"));
        assertThrows(IllegalArgumentException.class, () -> names.userName("CORP\\alice"));
    }

    @Test
    void closingCancelsEveryShareUnderEveryServerAndIpcUnlessItWasThereBefore() {
        names.remoteName("\\\\srv\\share");
        names.remoteName("\\\\srv.corp.example\\other");
        assertEquals(List.of("\\\\RUNNER-01\\wnet4j-1a2b3c4d-1", "\\\\RUNNER-01\\wnet4j-1a2b3c4d-2",
                        "\\\\127.0.0.1\\wnet4j-1a2b3c4d-1", "\\\\127.0.0.1\\wnet4j-1a2b3c4d-2", "\\\\127.0.0.1\\IPC$"),
                names.remoteNamesToCancel(List.of("\\\\runner-01\\ipc$")));
    }

    private static void refused(FixtureNames names, NetworkSpec spec, String said) {
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> names.declare(spec));
        assertTrue(e.getMessage().contains(said), () -> "should say \"" + said + "\": " + e.getMessage());
    }

    /** The server part of a remote name, as the clauses take it. */
    private static String server(String remoteName) {
        return Names.serverOf(remoteName);
    }
}
