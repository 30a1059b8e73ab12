package io.github.wnet4j.nativeaccess;

import io.github.wnet4j.spi.Names;

/**
 * UTF-16 in and out of native code, the same for every backend: a name goes in as its own code
 * units (copied, never through a charset encoder, which would replace what it cannot encode), and
 * text a provider wrote comes out always well formed.
 */
public final class Utf16 {
    private Utf16() {
    }

    /**
     * A name's UTF-16 code units, copied one for one, then a NUL unit. Checks the name with
     * {@link Names#check(String)} first, so that no path to native code, validated by the api or not,
     * can pass a name the api rejects (a U+0000 would make Windows cancel the name before it).
     *
     * @param name the name
     * @return its units and a terminating NUL unit
     * @throws NullPointerException if it is null
     * @throws IllegalArgumentException as {@link Names#check(String)}
     */
    public static short[] nulTerminated(String name) {
        Names.check(name);
        short[] units = new short[name.length() + 1];
        for (int i = 0; i < name.length(); i++) {
            units[i] = (short) name.charAt(i);
        }
        return units; // the last unit stays 0: the terminating NUL
    }

    /**
     * The text a provider wrote into a buffer: the units before the first NUL, or all of them if the
     * buffer came back full and unterminated. Always well formed: a high surrogate ending a text that
     * filled the buffer was cut off from its low half and is dropped; any other unpaired surrogate
     * becomes U+FFFD. The
     * caller sets the buffer's first unit to NUL before the call, so a buffer the function did not
     * write reads as empty text.
     *
     * @param units the buffer's units
     * @return the text
     */
    public static String text(short[] units) {
        return text(units, units.length);
    }

    /**
     * As {@link #text(short[])}, for a backend that copied only the start of a native buffer: the
     * units up to and including the first NUL, or all of them.
     *
     * @param units the units copied, at most {@code capacity}
     * @param capacity the size of the buffer the function wrote, in units
     * @return the text
     */
    public static String text(short[] units, int capacity) {
        int length = 0;
        while (length < units.length && units[length] != 0) {
            length++;
        }
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) units[i];
        }
        return text(chars, capacity);
    }

    /**
     * As {@link #text(short[], int)}, for a backend that copied just the units before the first NUL
     * (all of them if there is none) straight into chars: no second copy is made.
     *
     * @param beforeNul the units before the first NUL, or all of the buffer's; repaired in place
     * @param capacity the size of the buffer the function wrote, in units
     * @return the text
     */
    public static String text(char[] beforeNul, int capacity) {
        int length = beforeNul.length;
        // A text that filled the buffer (with or without its NUL) was cut there, maybe between the
        // two halves of a pair: a high surrogate at its end is the first half of what was cut off.
        boolean filled = length >= capacity - 1;
        if (filled && length > 0 && Character.isHighSurrogate(beforeNul[length - 1])) {
            length--;
        }
        for (int i = 0; i < length; i++) {
            char c = beforeNul[i];
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(beforeNul[i + 1])) {
                i++;
            } else if (Character.isSurrogate(c)) {
                beforeNul[i] = '\uFFFD';
            }
        }
        return new String(beforeNul, 0, length);
    }

    /**
     * Exactly these units as a string, none replaced: names Windows returns (a remote name, a
     * universal name) come back unit for unit, so that they compare equal to what Windows holds.
     *
     * @param units the units
     * @param length how many of them, from index 0
     * @return the string
     */
    public static String exact(short[] units, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) units[i];
        }
        return new String(chars);
    }
}
