package io.github.wnet4j.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coverage-guided fuzzing (Jazzer) of the {@code wnet} state-file loader: any bytes as the
 * {@code --state} file of {@code list} and of {@code cancel Z: --force --update-profile} (which
 * rewrites the file on success). Refused: exit status 2, one line naming the file, no stack trace, the
 * bytes kept. Accepted: a status of a Win32 answer, nothing on stderr, and what was written loads
 * again. No input may throw out of {@code Wnet.run}. The default build replays the corpus in
 * {@code src/test/resources/.../StateFileFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes
 * (reliability/README.md).
 * Runs last (see junit-platform.properties): Jazzer's agent instruments every class loaded after it.
 */
@Order(Integer.MAX_VALUE)
class StateFileFuzzTest {

    static final AtomicLong EXECUTIONS = new AtomicLong();
    private static final Path DIRECTORY = Path.of("target", "state-file-jazzer");
    /** Exit statuses of a command that ran: success and the Win32 classes (1 not connected ... 6 other). */
    private static final Set<Integer> ANSWERED = Set.of(0, 1, 3, 4, 5, 6);

    /** Whether this run fuzzes ({@code JAZZER_FUZZ} set) or replays the corpus. */
    static String mode() {
        String fuzz = System.getenv("JAZZER_FUZZ");
        return fuzz != null && !fuzz.isEmpty() && !fuzz.equals("0") ? "fuzzing run" : "corpus replayed by the build";
    }

    @FuzzTest(maxDuration = "60s")
    void anyBytesAsTheStateFile(byte[] input) throws IOException {
        Files.createDirectories(DIRECTORY);
        boolean cancel = input.length > 0 && (input[input.length - 1] & 1) == 1; // the input picks the command too
        Path file = Files.createTempFile(DIRECTORY, "state", ".json");
        try {
            Files.write(file, input);
            Cli.Run run = cancel ? Cli.wnet("cancel", "Z:", "--force", "--update-profile", "--state", file.toString())
                    : Cli.wnet("list", "--state", file.toString());
            String what = (cancel ? "cancel Z: on " : "list on ") + new String(input, StandardCharsets.UTF_8);
            if (run.status() == 2) {
                assertArrayEquals(input, Files.readAllBytes(file), what + ": a refused file is never rewritten");
                Cli.assertRejected(run, file, what);
            } else {
                assertTrue(ANSWERED.contains(run.status()), what + ": exit " + run.status() + " " + run.err());
                assertEquals("", run.err(), what + ": stderr");
                Cli.Run again = Cli.wnet("list", "--state", file.toString());
                assertEquals(0, again.status(), what + ": the file loads again: " + again.err());
            }
            EXECUTIONS.incrementAndGet();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @AfterAll
    static void writeFigures() {
        Figures.of("7-fuzz-state-file").add("fuzz", "fuzz executions: state-file loader (" + mode() + ")", EXECUTIONS.get()).write();
    }
}
