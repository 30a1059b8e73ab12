package io.github.wnet4j.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Text as {@code wnet} prints it to a terminal: names and messages come from the command line, a
 * state file or a network provider, so a control character among them (an ESC sequence, a line
 * break that forges a line of its own) is shown as {@code \}{@code uXXXX}, never sent to the
 * terminal; and a message is wrapped at {@value #WIDTH} columns, its later lines indented by two
 * spaces, so a failure fits a terminal and still gives its cause and its remedy whole.
 */
final class ConsoleText {
    /** The width of the terminal a message must fit. */
    static final int WIDTH = 80;

    private static final String INDENT = "  ";

    private ConsoleText() {
    }

    /**
     * {@code text} with every control, format (such as U+202E, which reverses what follows) and
     * line or paragraph separator character shown as {@code \}{@code uXXXX}.
     */
    static String printable(String text) {
        StringBuilder s = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            boolean hidden = Character.isISOControl(c) || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            if (hidden && s == null) {
                s = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (hidden) {
                s.append(String.format("\\u%04X", (int) c));
            } else if (s != null) {
                s.append(c);
            }
        }
        return s == null ? text : s.toString();
    }

    /**
     * The lines {@code message} (made printable) takes at {@value #WIDTH} columns, broken at spaces,
     * every line after the first indented; a word longer than a line keeps a line of its own.
     */
    static List<String> wrap(String message) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int start = 0; // where the line's words begin: after the indent on every line but the first
        for (String word : printable(message).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(INDENT);
                start = INDENT.length();
            }
            if (line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Prints {@code message} wrapped (see {@link #wrap}). */
    static void println(PrintWriter out, String message) {
        for (String line : wrap(message)) {
            out.println(line);
        }
    }
}
