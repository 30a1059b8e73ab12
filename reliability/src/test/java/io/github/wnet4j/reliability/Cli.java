package io.github.wnet4j.reliability;

import io.github.wnet4j.cli.Wnet;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code wnet} command run in-process through its public {@link Wnet#run}. */
final class Cli {

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Cli() {
    }

    static Run wnet(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            status = Wnet.run(args, o, e);
        }
        return new Run(status, out.toString(), err.toString());
    }

    /**
     * Checks the answer to a malformed state file: exit status 2, one message on stderr that starts with
     * "wnet: " and names the file (wrapped at 80 columns, its later lines indented two spaces), no stack
     * trace, nothing on stdout.
     */
    static void assertRejected(Run run, Path file, String what) {
        assertEquals(2, run.status(), what + ": exit status; stderr: " + run.err() + " stdout: " + run.out());
        List<String> lines = run.errLines();
        assertFalse(lines.isEmpty(), what + ": a message on stderr");
        assertTrue(lines.stream().skip(1).allMatch(l -> l.startsWith("  ") && !l.startsWith("   ")),
                what + ": one message, its later lines indented: " + run.err());
        String line = String.join(" ", lines.stream().map(String::strip).toList());
        assertTrue(line.startsWith("wnet: "), what + ": the message starts with the command's name: " + line);
        assertTrue(line.contains(file.getFileName().toString()), what + ": the message names the file: " + line);
        assertFalse(line.contains("\tat ") || line.matches(".*\\bat [a-z]+\\.[\\w.$]+\\(.*"), what + ": no stack trace: " + line);
        assertEquals("", run.out(), what + ": nothing on stdout");
    }
}
