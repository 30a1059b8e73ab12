package io.github.wnet4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CredentialsTest {
    private static final String SECRET = "Tr0ub4dor&3";

    @Test
    void holdsItsOwnCopyOfThePassword() {
        char[] callers = SECRET.toCharArray();
        try (Credentials credentials = Credentials.of("CORP\\svc-deploy", callers)) {
            java.util.Arrays.fill(callers, '\0');
            assertArrayEquals(SECRET.toCharArray(), credentials.passwordForOneCall());
            assertEquals(Optional.of("CORP\\svc-deploy"), credentials.userName());
            assertTrue(credentials.hasPassword());
        }
    }

    @Test
    void eachCallGetsACopyItMayClear() {
        try (Credentials credentials = Credentials.of("svc", SECRET.toCharArray())) {
            char[] first = credentials.passwordForOneCall();
            java.util.Arrays.fill(first, '\0');
            assertArrayEquals(SECRET.toCharArray(), credentials.passwordForOneCall());
        }
    }

    @Test
    void closeClearsThePasswordAndRefusesLaterCalls() throws ReflectiveOperationException {
        Credentials credentials = Credentials.of("svc", SECRET.toCharArray());
        Field field = Credentials.class.getDeclaredField("password");
        field.setAccessible(true);
        char[] held = (char[]) field.get(credentials);
        credentials.close();
        assertArrayEquals(new char[SECRET.length()], held, "the array that held the password is zeroed");
        assertTrue(credentials.isClosed());
        IllegalStateException e = assertThrows(IllegalStateException.class, credentials::passwordForOneCall);
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        credentials.close(); // idempotent
        assertTrue(credentials.hasPassword(), "whether one was given does not change");
    }

    @Test
    void toStringNamesTheUserAndNeverThePassword() {
        try (Credentials credentials = Credentials.of("svc", SECRET.toCharArray())) {
            String text = credentials.toString();
            assertFalse(text.contains(SECRET), text);
            assertTrue(text.contains("svc") && text.contains("redacted"), text);
        }
        assertTrue(Credentials.user("svc").toString().contains("none given"));
        assertTrue(Credentials.password(SECRET.toCharArray()).toString().contains("logon's own user"));
    }

    @Test
    void absentIsNotEmpty() {
        Credentials userOnly = Credentials.user("svc");
        assertFalse(userOnly.hasPassword());
        assertNull(userOnly.passwordForOneCall(), "no password given is NULL, the user's default");
        Credentials empty = Credentials.of("svc", new char[0]);
        assertTrue(empty.hasPassword());
        assertArrayEquals(new char[0], empty.passwordForOneCall(), "an empty password is \"\", no password");
        assertEquals(Optional.empty(), Credentials.password(new char[0]).userName());
    }

    @Test
    void aPasswordWithUPlus0000IsRefusedWithoutNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Credentials.of("svc", "abc\0def".toCharArray()));
        assertTrue(e.getMessage().contains("U+0000 at index 3"), e.getMessage());
        assertFalse(e.getMessage().contains("abc") || e.getMessage().contains("def"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Credentials.password("\0".toCharArray()));
    }

    @Test
    void unpairedSurrogatesAreRefusedInUserNamesAndPasswords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Credentials.of("svc", "abc\uD800def".toCharArray()));
        assertTrue(e.getMessage().contains("unpaired surrogate at index 3"), e.getMessage());
        assertFalse(e.getMessage().contains("abc") || e.getMessage().contains("def"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Credentials.password("\uDC00".toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> Credentials.user("svc\uD83D"));
        assertEquals(Optional.of("svc\uD83D\uDE00"), Credentials.user("svc\uD83D\uDE00").userName(), "a pair is text");
        assertTrue(Credentials.of("svc", "\uD83D\uDE00".toCharArray()).hasPassword(), "a pair is text");
    }

    @Test
    void userNamesAreChecked() {
        assertThrows(NullPointerException.class, () -> Credentials.of(null, SECRET.toCharArray()));
        assertThrows(NullPointerException.class, () -> Credentials.of("svc", null));
        assertThrows(IllegalArgumentException.class, () -> Credentials.user(""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Credentials.user("svc\u001b[2J"));
        assertTrue(e.getMessage().contains("U+001B"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Credentials.user("a".repeat(Credentials.MAX_LENGTH + 1)));
        assertEquals(Optional.of(".\\local"), Credentials.user(".\\local").userName());
    }

    @Test
    void credentialsAreNeverEqualByTheirSecret() {
        assertNotEquals(Credentials.of("svc", SECRET.toCharArray()), Credentials.of("svc", SECRET.toCharArray()));
    }
}
