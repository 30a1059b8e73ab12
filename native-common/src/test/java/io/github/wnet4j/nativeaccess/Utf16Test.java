package io.github.wnet4j.nativeaccess;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The UTF-16 marshalling every native backend shares. */
class Utf16Test {

    private static short[] units(String s, int capacity) {
        short[] units = new short[capacity];
        for (int i = 0; i < s.length() && i < capacity; i++) {
            units[i] = (short) s.charAt(i);
        }
        return units;
    }

    @Test
    void aNameGoesInAsItsOwnUnitsAndANul() {
        assertArrayEquals(new short[] {'Z', ':', 0}, Utf16.nulTerminated("Z:"));
        assertArrayEquals(new short[] {'\\', '\\', 's', '\\', (short) 0xD834, (short) 0xDD1E, 0},
                Utf16.nulTerminated("\\\\s\\\uD834\uDD1E"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Z:\u0000 not this one", "\\\\srv\\\uD800", "\\\\srv\\\uDC00x", ""})
    void aNameTheApiRejectsNeverBecomesUnits(String name) {
        assertThrows(IllegalArgumentException.class, () -> Utf16.nulTerminated(name));
    }

    @Test
    void textEndsAtTheFirstNulOrTheBuffersEnd() {
        assertEquals("abc", Utf16.text(units("abc", 8)));
        assertEquals("abc", Utf16.text(units("abc", 3)));
        assertEquals("", Utf16.text(new short[8]), "a buffer left as its NUL first unit reads as empty");
        assertEquals("", Utf16.text(new short[0]));
    }

    @Test
    void aPairCutAtTheBuffersEndLosesItsHighHalf() {
        assertEquals("ab", Utf16.text(units("ab\uD83D\uDE00", 3)), "cut, no NUL");
        assertEquals("ab", Utf16.text(units("ab\uD83D", 4)), "cut, then the NUL in the last unit");
        assertEquals("ab\uD83D\uDE00", Utf16.text(units("ab\uD83D\uDE00", 4)));
    }

    @Test
    void otherUnpairedSurrogatesBecomeTheReplacementCharacter() {
        assertEquals("a\uFFFDb\uFFFDc", Utf16.text(units("a\uDC00b\uD800c", 8)));
        assertEquals("\uFFFD", Utf16.text(units("\uD800", 4)), "a lone high surrogate in a text that did not fill the buffer");
    }

    @Test
    void aCopiedPrefixIsJudgedByTheWholeBuffersCapacity() {
        short[] prefix = {'a', 'b', (short) 0xD83D, 0};
        assertEquals("ab\uFFFD", Utf16.text(prefix, 100), "the text did not fill a 100-unit buffer: not cut");
        assertEquals("ab", Utf16.text(prefix, 4), "it filled a 4-unit buffer: cut between the halves");
    }

    /** The chars overload (units before the NUL, copied straight from native memory) decides as the units one does. */
    @ParameterizedTest
    @ValueSource(strings = {"abc", "", "ab\uD83D\uDE00", "ab\uD83D", "a\uDC00b\uD800c", "\uD800", "xyz\uD83D"})
    void theCharsOverloadReadsAsTheUnitsOne(String before) {
        for (int capacity : new int[] {before.length(), before.length() + 1, before.length() + 2, 100}) {
            if (capacity == 0) {
                continue;
            }
            String expected = Utf16.text(units(before, capacity), capacity);
            assertEquals(expected, Utf16.text(before.toCharArray(), capacity), before + " in " + capacity + " units");
        }
    }
}
