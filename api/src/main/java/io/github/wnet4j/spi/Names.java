package io.github.wnet4j.spi;

/**
 * The one grammar of names in wnet4j: what a name may hold at all, which names are local devices,
 * which are remote names, how names compare, what a remote name a connection can be made to
 * looks like, and which server a remote name is on ({@link #serverOf(String)},
 * {@link #checkServer(String)}).
 *
 * <p>The validating canceller checks every name with {@link #check(String)} before a backend runs;
 * native backends check again at their boundary; the fake and anything that seeds state use
 * {@link #checkRemoteName(String)}, so that no state can hold a name no call could name. Case is
 * folded one UTF-16 unit at a time ({@link #fold(String)}), as Windows does (specification, row 13).
 */
public final class Names {
    /** The longest name Windows accepts, in UTF-16 code units: {@value}. */
    public static final int MAX_LENGTH = 32_767;

    private static final String WHAT =
            "pass a local device such as \"Z:\" or \"LPT1:\", or a remote name such as \"\\\\server\\share\"";

    /** Canonical device names, upper case with a colon: the drives, then the printer ports. */
    private static final String[] DRIVES = new String[26];
    private static final String[] PRINTERS = new String[9];

    static {
        for (int i = 0; i < DRIVES.length; i++) {
            DRIVES[i] = (char) ('A' + i) + ":";
        }
        for (int i = 0; i < PRINTERS.length; i++) {
            PRINTERS[i] = "LPT" + (i + 1) + ":";
        }
    }

    private Names() {
    }

    /**
     * Checks that a name can be passed to Windows at all; returns it unchanged.
     *
     * @param name the name to check
     * @return {@code name}
     * @throws NullPointerException if it is null
     * @throws IllegalArgumentException if it is empty, longer than {@value #MAX_LENGTH} units, or holds
     *         U+0000 or an unpaired surrogate (either would name a different connection at the boundary)
     */
    public static String check(String name) {
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
                throw new IllegalArgumentException("name " + quote(name) + " holds U+0000 at index " + i
                        + ": native code would stop reading there and act on " + quote(name.substring(0, i))
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

    /**
     * Checks that a password can be passed to Windows whole: at most {@value #MAX_LENGTH} UTF-16 units and no
     * U+0000 (native code would stop there and send only the part before it). The message names the limit or
     * the index, never a character of the password. Returns it unchanged; null (no password given) passes.
     *
     * @param password the password, or null
     * @return {@code password}
     * @throws IllegalArgumentException if it is too long or holds U+0000
     */
    public static char[] checkPassword(char[] password) {
        if (password == null) {
            return null;
        }
        if (password.length > MAX_LENGTH) {
            throw new IllegalArgumentException("the password is longer than " + MAX_LENGTH + " UTF-16 units");
        }
        for (int i = 0; i < password.length; i++) {
            if (password[i] == '\0') {
                throw new IllegalArgumentException("the password holds U+0000 at index " + i
                        + ": Windows would receive only the characters before it; remove it");
            }
        }
        return password;
    }

    /**
     * The canonical form of a local device name ({@code "z:"} and {@code "Z:"} give {@code "Z:"};
     * {@code "lpt1"} and {@code "LPT1:"} give {@code "LPT1:"}), or {@code null} if the name is not one:
     * {@code Z}, {@code Z:\}, {@code ZZ:}, {@code LPT0:} and every remote name are not devices.
     *
     * @param name a name that passed {@link #check(String)}
     * @return the canonical device name, or {@code null}
     */
    public static String device(String name) {
        int n = name.length();
        if (n == 2 && name.charAt(1) == ':') {
            char c = name.charAt(0);
            if (c >= 'a' && c <= 'z') {
                return DRIVES[c - 'a'];
            }
            if (c >= 'A' && c <= 'Z') {
                return DRIVES[c - 'A'];
            }
            return null;
        }
        boolean lpt = (n == 4 || n == 5 && name.charAt(4) == ':')
                && name.regionMatches(true, 0, "LPT", 0, 3)
                && name.charAt(3) >= '1' && name.charAt(3) <= '9';
        return lpt ? PRINTERS[name.charAt(3) - '1'] : null;
    }

    /**
     * Whether a canonical device name (from {@link #device(String)}) is a printer port rather than a drive.
     *
     * @param device a canonical device name
     * @return {@code true} for {@code LPT1:}-{@code LPT9:}
     */
    public static boolean isPrinter(String device) {
        return device.length() == 5;
    }

    /**
     * Whether a name is in the remote-name form {@code \\...} (it may still be malformed; see
     * {@link #checkRemoteName(String)}).
     *
     * @param name a name
     * @return whether it starts with two backslashes
     */
    public static boolean isRemoteName(String name) {
        return name.startsWith("\\\\");
    }

    /**
     * Checks that a remote name is one a connection can be made to: {@code \\server\share}, optionally
     * followed by {@code \folder} segments, where the server and every segment are non-empty, not only
     * white space and free of control characters, and the name does not end in a backslash. Returns it
     * unchanged.
     *
     * @param remoteName the remote name
     * @return {@code remoteName}
     * @throws NullPointerException if it is null
     * @throws IllegalArgumentException naming what is wrong and what a remote name looks like
     */
    public static String checkRemoteName(String remoteName) {
        return isPrintableAsciiRemoteName(remoteName) ? remoteName : checkAnyRemoteName(remoteName);
    }

    /**
     * Whether a name is a remote name that {@link #checkRemoteName} accepts and made only of printable
     * ASCII ({@code !} to {@code ~}: no blank, no control character, no surrogate), decided in one pass:
     * most names are, and the fake checks the remote name of every connect. False for anything else,
     * which {@link #checkAnyRemoteName} then accepts or refuses with its reason.
     */
    static boolean isPrintableAsciiRemoteName(String name) {
        if (name == null || name.length() > MAX_LENGTH || !isRemoteName(name)) {
            return false;
        }
        int backslashes = 0; // after the leading two: each closes a non-empty part
        int partLength = 0;
        for (int i = 2; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\\') {
                if (partLength == 0) {
                    return false;
                }
                backslashes++;
                partLength = 0;
            } else if (c > ' ' && c < 0x7F) {
                partLength++;
            } else {
                return false;
            }
        }
        return backslashes > 0 && partLength > 0; // a server, a share, and no backslash at the end
    }

    /** {@link #checkRemoteName} for any name: every unit checked, and a refusal says which rule the name breaks. */
    static String checkAnyRemoteName(String remoteName) {
        check(remoteName);
        if (!isRemoteName(remoteName)) {
            throw badRemoteName(remoteName, "it does not start with two backslashes");
        }
        if (remoteName.endsWith("\\")) {
            throw badRemoteName(remoteName, "it ends in a backslash, which no connection's name does");
        }
        // One pass over the units, no substrings.
        int segments = 0;
        int start = 2;
        while (start <= remoteName.length()) {
            int end = remoteName.indexOf('\\', start);
            if (end < 0) {
                end = remoteName.length();
            }
            boolean blank = true;
            int control = -1;
            for (int i = start; i < end; i++) {
                char c = remoteName.charAt(i);
                blank &= Character.isWhitespace(c);
                if (control < 0 && Character.isISOControl(c)) {
                    control = i;
                }
            }
            if (blank) {
                throw badRemoteName(remoteName, segments == 0 ? "its server name is empty or blank"
                        : "it has an empty or blank part between backslashes");
            }
            if (control >= 0) {
                throw badRemoteName(remoteName, "it holds the control character U+"
                        + String.format("%04X", (int) remoteName.charAt(control)));
            }
            segments++;
            start = end + 1;
        }
        if (segments < 2) {
            throw badRemoteName(remoteName, "it names a server but no share");
        }
        return remoteName;
    }

    /**
     * The server part of a remote name: {@code srv} for {@code \\srv\share\dir}; the whole rest if
     * there is no share; empty if the name is not in the remote-name form.
     *
     * @param remoteName a name
     * @return the server, as spelled in the name, or empty
     */
    public static String serverOf(String remoteName) {
        return isRemoteName(remoteName) ? remoteName.substring(2, serverEnd(remoteName)) : "";
    }

    /**
     * Where the server part of a name in the remote-name form ends: the index of the backslash after
     * it, or the name's length if there is no share ({@code 5} for {@code \\srv\share}). Lets a caller
     * that looks at a remote name on every call find the server and the share without making either.
     *
     * @param remoteName a name in the remote-name form ({@link #isRemoteName})
     * @return the index where the server part ends
     */
    public static int serverEnd(String remoteName) {
        int end = remoteName.indexOf('\\', 2);
        return end < 0 ? remoteName.length() : end;
    }

    /**
     * Whether two names in the remote-name form are on the same server: {@link #same} of their
     * {@link #serverOf} parts, without making either part.
     *
     * @param a a remote name
     * @param b another remote name
     * @return whether their servers are the same name to Windows
     */
    public static boolean sameServer(String a, String b) {
        int end = serverEnd(a);
        return end == serverEnd(b) && sameUnits(a, b, 2, end);
    }

    /**
     * Checks a server name, {@code "fileserver"} or {@code "\\\\fileserver"}, and returns it without
     * its leading backslashes.
     *
     * @param server the server name
     * @return the server name without leading backslashes
     * @throws NullPointerException if it is null
     * @throws IllegalArgumentException if it fails {@link #check(String)}, is blank, or holds a
     *     backslash after its leading two (a share)
     */
    public static String checkServer(String server) {
        if (server == null) {
            throw new NullPointerException("server must not be null: pass a server name such as \"fileserver\"");
        }
        check(server);
        String bare = isRemoteName(server) ? server.substring(2) : server;
        if (bare.isBlank() || bare.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("server " + quote(server)
                    + " is not a server name: pass \"fileserver\" or \"\\\\fileserver\", without a share");
        }
        return bare;
    }

    /**
     * The key two names compare by: each UTF-16 unit upper-cased on its own
     * ({@link Character#toUpperCase(char)}), so no unit ever becomes two ({@code ß} stays {@code ß},
     * unlike {@link String#toUpperCase()}, which makes it {@code SS}).
     *
     * @param name a name
     * @return its case-folded key
     */
    public static String fold(String name) {
        char[] units = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            char u = Character.toUpperCase(c);
            if (u != c) {
                if (units == null) {
                    units = name.toCharArray();
                }
                units[i] = u;
            }
        }
        return units == null ? name : new String(units);
    }

    /**
     * Whether two names are the same name to Windows (case-insensitive per UTF-16 unit).
     *
     * @param a a name
     * @param b another name
     * @return whether they fold to the same key
     */
    public static boolean same(String a, String b) {
        return a.length() == b.length() && sameUnits(a, b, 0, a.length());
    }

    /** Whether units {@code from} to {@code to} of two names fold alike, unit by unit as {@link #fold} does; nothing made. */
    private static boolean sameUnits(String a, String b, int from, int to) {
        for (int i = from; i < to; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y && Character.toUpperCase(x) != Character.toUpperCase(y)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A name quoted for a message, with control, format and unpaired surrogate units shown as
     * {@code \}{@code uXXXX} so the message shows exactly which name was meant.
     *
     * @param name a name
     * @return the name in double quotes
     */
    public static String quote(String name) {
        StringBuilder s = new StringBuilder(name.length() + 2).append('"');
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            int type = Character.getType(c);
            boolean hidden = Character.isISOControl(c) || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || (Character.isSurrogate(c) && !isPaired(name, i));
            if (hidden) {
                s.append(String.format("\\u%04X", (int) c));
            } else if (c == '"') {
                s.append("\\\"");
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }

    private static boolean isPaired(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static IllegalArgumentException unpaired(String name, int index, String which) {
        return new IllegalArgumentException("name " + quote(name) + " holds an unpaired " + which
                + " surrogate U+" + String.format("%04X", (int) name.charAt(index)) + " at index " + index
                + ": it is not valid UTF-16 and an encoder would replace it with '?', naming a different connection");
    }

    private static IllegalArgumentException badRemoteName(String remoteName, String why) {
        return new IllegalArgumentException("remote name " + quote(remoteName) + " cannot be connected to: " + why
                + "; a remote name looks like \"\\\\server\\share\"");
    }
}
