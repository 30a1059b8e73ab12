package io.github.wnet4j.conformance;

import io.github.wnet4j.Credentials;
import io.github.wnet4j.behaviour.BehaviourProfile;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The connect clauses' password checks: they find a password, and never print it themselves. */
class ConnectChecksTest {

    private static String passwordOf(char[] password) {
        return new String(password);
    }

    @Test
    void aTextHoldingATestPasswordFailsWithoutShowingIt() {
        String password = passwordOf(ConnectChecks.alicePassword());
        AssertionError e = assertThrows(AssertionError.class,
                () -> ConnectChecks.assertNoPassword("connected with " + password, "the text"));
        assertFalse(e.getMessage().contains(password), "the failure itself must not print the password");
        assertTrue(e.getMessage().contains("the text"), e.getMessage());
        assertDoesNotThrow(() -> ConnectChecks.assertNoPassword("connected with a password", "the text"));
    }

    @Test
    void aReportedReasonNeverHoldsATestPassword() {
        String password = passwordOf(ConnectChecks.bobPassword());
        String reason = ConnectChecks.redact("the backend said " + password + " was wrong");
        assertFalse(reason.contains(password), reason);
        assertEquals("the backend said (a test password, redacted) was wrong", reason);
    }

    @Test
    void theClausesCredentialsComeFromTheFixtureAndTheirPasswordArrayIsCleared() {
        ClauseContext t = new ClauseContext(new TinyDiskFixture(Set.of(), false), BehaviourProfile.documented());
        char[] password = ConnectChecks.alicePassword();
        try (Credentials alice = t.credentials("alice", password)) {
            assertEquals(Optional.of("alice"), alice.userName(), "by default the fixture passes the account as given");
            assertTrue(alice.hasPassword());
        }
        assertArrayEqualsZero(password);
    }

    private static void assertArrayEqualsZero(char[] cleared) {
        for (char c : cleared) {
            assertEquals('\0', c, "the clause's copy of the password is cleared once the credentials are made");
        }
    }

    @Test
    void theTestCredentialsPrintNoPassword() {
        ClauseContext t = new ClauseContext(new TinyDiskFixture(Set.of(), false), BehaviourProfile.documented());
        try (Credentials alice = ConnectChecks.alice(t); Credentials bob = ConnectChecks.bob(t)) {
            assertDoesNotThrow(() -> ConnectChecks.assertNoPassword(alice + " " + bob, "the credentials' toString"));
            assertTrue(alice.toString().contains(ConnectChecks.ALICE), alice.toString());
        }
    }
}
