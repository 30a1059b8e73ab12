package io.github.wnet4j;

/** The one place names are checked before any backend sees them. */
final class NameRules {
    /** The longest name Windows accepts, in UTF-16 code units. */
    static final int MAX_LENGTH = 32_767;

    private static final String WHAT = "pass a local device such as \"Z:\" or \"LPT1:\", or a remote name such as \"\\\\server\\share\"";

    private NameRules() {
    }

    /**
     * Checks a name; returns it unchanged.
     *
     * @throws NullPointerException if it is null
     * @throws IllegalArgumentException if it is empty, too long, or holds U+0000 or an unpaired surrogate
     */
    static String check(String name) {
        if (name == null) { // not requireNonNull with a supplier: no lambda on every cold start's first call
            throw new NullPointerException("name must not be null: " + WHAT);
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("name must not be empty: " + WHAT);
        }
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("name is " + name.length()
                    + " UTF-16 units long; Windows accepts at most " + MAX_LENGTH);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\0') {
                throw new IllegalArgumentException("name " + CancelOutcome.quote(name) + " holds U+0000 at index " + i
                        + ": native code would stop reading there and cancel " + CancelOutcome.quote(name.substring(0, i))
                        + " instead; remove the U+0000");
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw unpaired(name, i, "high");
            }
            if (Character.isLowSurrogate(c)) {
                throw unpaired(name, i, "low");
            }
        }
        return name;
    }

    private static IllegalArgumentException unpaired(String name, int index, String which) {
        return new IllegalArgumentException("name " + CancelOutcome.quote(name) + " holds an unpaired " + which
                + " surrogate U+" + String.format("%04X", (int) name.charAt(index)) + " at index " + index
                + ": it is not valid UTF-16 and an encoder would replace it with '?', naming a different connection");
    }
}
