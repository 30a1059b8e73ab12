package io.github.wnet4j.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

/**
 * {@link Names#checkRemoteName}'s one-pass shortcut for printable ASCII names against the check of every
 * unit: the shortcut never accepts a name the full check refuses, and over printable ASCII it accepts
 * exactly what the full check accepts. Every string up to a length over small alphabets (also after a
 * leading {@code \\}), so each rule's edge (empty part, trailing backslash, one part only, blank, control,
 * U+0000, surrogates) is met.
 */
class RemoteNameShortcutTest {

    /** Backslash, printable ASCII (its first and last), space, tab, DEL, non-ASCII, U+0000, both surrogate halves. */
    private static final char[] ANY = {'\\', 'a', '!', '~', ' ', '\t', '\u007F', '\u00E9', '\0', '\uD800', '\uDC00'};
    /** Backslash and printable ASCII only. */
    private static final char[] PRINTABLE = {'\\', 'a', '!', '~'};

    @Test
    void theShortcutNeverAcceptsANameTheFullCheckRefuses() {
        int[] accepted = new int[1];
        for (String prefix : new String[] {"", "\\\\"}) {
            every(ANY, prefix, 6, name -> {
                if (Names.isPrintableAsciiRemoteName(name)) {
                    accepted[0]++;
                    if (!fullCheckAccepts(name)) {
                        fail("the shortcut accepts " + Names.quote(name) + ", which the full check refuses");
                    }
                }
            });
        }
        assertTrue(accepted[0] > 100, "the shortcut accepted " + accepted[0]);
    }

    @Test
    void overPrintableAsciiTheShortcutAcceptsExactlyWhatTheFullCheckAccepts() {
        int[] both = new int[1];
        int names = every(PRINTABLE, "", 9, name -> {
            boolean full = fullCheckAccepts(name);
            assertEquals(full, Names.isPrintableAsciiRemoteName(name), () -> Names.quote(name));
            if (full) {
                both[0]++;
            }
        });
        assertTrue(both[0] > 1000, "accepted " + both[0] + " of " + names);
    }

    @Test
    void theShortcutLeavesTheLengthLimitToTheFullCheck() {
        String longest = "\\\\srv\\" + "s".repeat(Names.MAX_LENGTH - 6);
        assertTrue(Names.isPrintableAsciiRemoteName(longest));
        assertFalse(Names.isPrintableAsciiRemoteName(longest + "s"));
        assertFalse(fullCheckAccepts(longest + "s"));
        assertFalse(Names.isPrintableAsciiRemoteName(null));
    }

    private static boolean fullCheckAccepts(String name) {
        try {
            Names.checkAnyRemoteName(name);
            return true;
        } catch (IllegalArgumentException refused) {
            return false;
        }
    }

    /**
     * Calls {@code test} with {@code prefix} followed by every string of length 0 to {@code maxLength} over
     * {@code alphabet}; returns how many.
     */
    private static int every(char[] alphabet, String prefix, int maxLength, Consumer<String> test) {
        int count = 0;
        char[] rest = new char[maxLength];
        for (int length = 0; length <= maxLength; length++) {
            int[] digits = new int[length];
            while (true) {
                for (int i = 0; i < length; i++) {
                    rest[i] = alphabet[digits[i]];
                }
                test.accept(prefix + new String(rest, 0, length));
                count++;
                int i = length - 1;
                while (i >= 0 && ++digits[i] == alphabet.length) {
                    digits[i--] = 0;
                }
                if (i < 0) {
                    break;
                }
            }
        }
        return count;
    }
}
