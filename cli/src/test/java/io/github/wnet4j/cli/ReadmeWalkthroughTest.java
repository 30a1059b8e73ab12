package io.github.wnet4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's {@code wnet} section, re-run as written: every {@code $ ./wnet ...} line of its
 * console blocks (or {@code $ echo 'TEXT' | ./wnet ...}, TEXT then its standard input), in order, in one temporary folder, each printing exactly the lines the README
 * shows (and {@code exit N} where the README echoes the status; status 0 where it does not).
 */
class ReadmeWalkthroughTest {
    private static final java.util.regex.Pattern TEMP_FILE = java.util.regex.Pattern.compile("(\\w+)=\\$\\(mktemp -d\\)/([\\w.-]+)");

    private static final java.util.regex.Pattern PIPED = java.util.regex.Pattern.compile("echo '([^']*)' \\| (.*)");

    private static final String SECTION = "### Try it from a shell: `wnet`";

    @TempDir
    Path dir;

    /** One command of a console block and the output shown under it. */
    record Step(String command, List<String> shown) {
    }

    @Test
    void theReadmesWnetExamplesPrintWhatTheReadmeShows() throws IOException {
        // The walkthrough starts in the README's wnet section and goes on in docs/cli.md.
        List<Step> steps = steps(Files.readString(Path.of("..", "README.md")));
        steps.addAll(steps(SECTION + "\n" + Files.readString(Path.of("..", "docs", "cli.md")) + "\n## "));
        assertTrue(steps.size() >= 15, "the walkthrough and the read commands: " + steps.size() + " steps");
        Map<String, String> vars = new HashMap<>();
        int ran = 0;
        for (Step step : steps) {
            String command = step.command();
            java.util.regex.Matcher file = TEMP_FILE.matcher(command);
            if (file.matches()) { // NAME=$(mktemp -d)/FILE: a state file of its own in the test's folder
                vars.put(file.group(1), dir.resolve(file.group(2)).toString());
                continue;
            }
            boolean echoStatus = command.endsWith("; echo \"exit $?\"");
            command = echoStatus ? command.substring(0, command.length() - "; echo \"exit $?\"".length()) : command;
            boolean discard = command.endsWith(" > /dev/null");
            command = discard ? command.substring(0, command.length() - " > /dev/null".length()) : command;
            String stdin = "";
            java.util.regex.Matcher piped = PIPED.matcher(command);
            if (piped.matches()) { // echo 'TEXT' | ./wnet ...: TEXT and a line break on standard input
                stdin = piped.group(1) + "\n";
                command = piped.group(2);
            }
            assertTrue(command.startsWith("./wnet "), "only ./wnet commands in the walkthrough: " + step.command());
            WnetTest.Run run = WnetTest.wnetWith(stdin, Map.of(),
                    words(command.substring("./wnet ".length()), vars).toArray(String[]::new));
            List<String> printed = new ArrayList<>(discard ? List.of() : run.out().lines().toList());
            if (echoStatus) {
                printed.add("exit " + run.status());
            } else {
                assertEquals(0, run.status(), step.command() + " fails, and the README does not say so:\n" + run.out() + run.err());
            }
            assertEquals(step.shown(), printed, step.command());
            assertEquals("", run.err(), step.command());
            ran++;
        }
        assertTrue(ran >= 14, "ran " + ran);
    }

    /** The console blocks of the wnet section, as commands and the lines shown under each. */
    static List<Step> steps(String readme) {
        int from = readme.indexOf(SECTION);
        assertTrue(from >= 0, "the README has no section " + SECTION);
        String section = readme.substring(from, readme.indexOf("\n## ", from));
        List<Step> steps = new ArrayList<>();
        String[] blocks = section.split("```console\n");
        for (int b = 1; b < blocks.length; b++) {
            String block = blocks[b].substring(0, blocks[b].indexOf("```"));
            String command = null;
            List<String> shown = new ArrayList<>();
            for (String line : block.lines().toList()) {
                if (line.startsWith("$ ")) {
                    if (command != null) {
                        steps.add(new Step(command, trimmed(shown)));
                    }
                    command = line.substring(2);
                    shown = new ArrayList<>();
                } else {
                    shown.add(line);
                }
            }
            if (command != null) {
                steps.add(new Step(command, trimmed(shown)));
            }
        }
        return steps;
    }

    private static List<String> trimmed(List<String> lines) {
        List<String> l = new ArrayList<>(lines);
        while (!l.isEmpty() && l.get(l.size() - 1).isBlank()) {
            l.remove(l.size() - 1);
        }
        return l;
    }

    /** The words a POSIX shell makes of the line: '...' literal, "..." and bare words with $name expanded. */
    static List<String> words(String line, Map<String, String> vars) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                continue;
            }
            word = word == null ? new StringBuilder() : word;
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                word.append(line, i + 1, end);
                i = end;
            } else if (c == '"') {
                int end = line.indexOf('"', i + 1);
                word.append(expand(line.substring(i + 1, end), vars));
                i = end;
            } else if (c == '$') {
                int end = i + 1;
                while (end < line.length() && Character.isLetter(line.charAt(end))) {
                    end++;
                }
                word.append(expand(line.substring(i, end), vars));
                i = end - 1;
            } else {
                assertTrue(c != '\\' && c != ';' && c != '>' && c != '|' && c != '&' && c != '*',
                        "a character this reader does not interpret, unquoted: " + line);
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    private static String expand(String text, Map<String, String> vars) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '$') {
                int end = i + 1;
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                String name = text.substring(i + 1, end);
                assertTrue(vars.containsKey(name), "$" + name + " is not set by an earlier README line");
                out.append(vars.get(name));
                i = end - 1;
            } else {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }
}
