package io.github.wnet4j.examples;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the README says the quick start prints, and the JUnit version the snippets pin, are the build's. */
class ReadmeOutputTest {

    private static String read(String path) throws IOException {
        return Files.readString(Path.of(path), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    /** Runs QuickStart as the README's {@code exec:java} does: on a thread named after it, which the journal shows. */
    static final class AsExecJava {
        public static void main(String[] args) throws InterruptedException {
            Thread main = new Thread(() -> QuickStart.main(args), QuickStart.class.getName() + ".main()");
            main.start();
            main.join();
        }
    }

    @Test
    void theReadmeShowsWhatTheQuickStartPrints() throws IOException, InterruptedException {
        // A JVM of its own: QuickStart seeds FakeLogon.shared(), which other tests in this JVM also seed.
        // The fake by name, which off Windows discovery picks by itself, so that this runs on Windows too.
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dwnet4j.backend=fake", "-cp", System.getProperty("java.class.path"), AsExecJava.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD)   // discovery's log line, which the README only mentions
                .start();
        String printed = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertTrue(run.waitFor(60, TimeUnit.SECONDS), "QuickStart did not end within 60 s");
        assertEquals(0, run.exitValue(), printed);

        assertTrue(read("../README.md").contains("```text\n" + printed + "```\n"),
                "README.md's quick start must show exactly what QuickStart prints; it now prints:\n" + printed);
    }

    @Test
    void theReadmesSnippetsPinTheProjectsJUnit() throws IOException {
        Matcher parent = Pattern.compile("<junit.version>([^<]+)</junit.version>").matcher(read("../pom.xml"));
        assertTrue(parent.find(), "the parent pom sets junit.version");
        Pattern pin = Pattern.compile("(?:junit-bom:|<artifactId>junit-jupiter(?:-engine)?</artifactId>\\s*<version>)([^\"<]+)");
        // The README's Maven and Gradle snippets, and the conformance suite's page.
        for (var page : Map.of("../README.md", 2, "../conformance-tests/README.md", 1).entrySet()) {
            Matcher pinned = pin.matcher(read(page.getKey()));
            int snippets = 0;
            while (pinned.find()) {
                assertEquals(parent.group(1), pinned.group(1), page.getKey() + " pins JUnit " + pinned.group(1)
                        + ", the project builds with " + parent.group(1) + ": change the snippet");
                snippets++;
            }
            assertEquals(page.getValue(), snippets, "JUnit versions pinned in " + page.getKey());
        }
    }
}
