package io.github.wnet4j.nativetesting;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real-Windows fixture's accounts: generated passwords in place of the suite's, kept in char arrays and cleared. */
class FixtureAccountsTest {
    private static final String DECLARED = "Alice-test-password";

    private final FixtureAccounts accounts = new FixtureAccounts(new SecureRandom());

    @Test
    void aGeneratedPasswordMeetsWindowsComplexityAndIsNotTheSuites() {
        char[] password = FixtureAccounts.generate(new SecureRandom());
        String text = new String(password);
        assertEquals(FixtureAccounts.PASSWORD_LENGTH, password.length);
        assertTrue(text.chars().anyMatch(Character::isUpperCase), "an upper-case letter");
        assertTrue(text.chars().anyMatch(Character::isLowerCase), "a lower-case letter");
        assertTrue(text.chars().anyMatch(Character::isDigit), "a digit");
        assertTrue(text.chars().anyMatch(c -> !Character.isLetterOrDigit(c)), "a symbol");
        assertTrue(text.chars().noneMatch(c -> "IlO01".indexOf(c) >= 0), "no look-alike characters");
        assertFalse(text.equals(new String(FixtureAccounts.generate(new SecureRandom()))), "each password is new");
    }

    @Test
    void theDeclaredPasswordBecomesTheGeneratedOneAndAnyOtherPassesAsItIs() {
        assertTrue(accounts.declare("alice", "w4j1a2b3c4d-alice", DECLARED.toCharArray()));
        char[] generated = accounts.generatedPassword("alice");
        assertFalse(new String(generated).equals(DECLARED));
        assertArrayEquals(generated, accounts.passwordFor("alice", DECLARED.toCharArray()));
        assertArrayEquals(generated, accounts.passwordFor("ALICE", DECLARED.toCharArray()), "user names compare case-insensitively");
        assertArrayEquals("Wrong-one".toCharArray(), accounts.passwordFor("alice", "Wrong-one".toCharArray()),
                "a wrong password stays wrong");
        assertArrayEquals(DECLARED.toCharArray(), accounts.passwordFor("mallory", DECLARED.toCharArray()),
                "an account never declared gets what the suite gave");
        assertThrows(IllegalArgumentException.class, () -> accounts.generatedPassword("bob"));
    }

    @Test
    void anAccountDeclaredAgainIsMadeOnceAndNeverWithAnotherPassword() {
        assertTrue(accounts.declare("alice", "w4j1a2b3c4d-alice", DECLARED.toCharArray()));
        assertFalse(accounts.declare("ALICE", "w4j1a2b3c4d-alice", DECLARED.toCharArray()));
        char[] other = "Another-one".toCharArray();
        assertThrows(UnsupportedOperationException.class, () -> accounts.declare("alice", "w4j1a2b3c4d-alice", other));
        assertArrayEquals(new char[other.length], other, "the refused password is cleared too");
        assertEquals(List.of("w4j1a2b3c4d-alice"), accounts.names());
    }

    @Test
    void closingClearsEveryPasswordAndNothingPrintsOne() {
        char[] declared = DECLARED.toCharArray();
        accounts.declare("alice", "w4j1a2b3c4d-alice", declared);
        String generated = new String(accounts.generatedPassword("alice"));
        assertFalse(accounts.toString().contains(generated) || accounts.toString().contains(DECLARED), accounts.toString());
        assertTrue(accounts.toString().contains("w4j1a2b3c4d-alice"), accounts.toString());
        accounts.close();
        assertArrayEquals(new char[declared.length], declared, "the declared password the accounts took is cleared");
        assertArrayEquals(new char[FixtureAccounts.PASSWORD_LENGTH], accounts.generatedPassword("alice"),
                "the generated password is cleared");
    }
}
