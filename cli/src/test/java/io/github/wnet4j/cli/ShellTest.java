package io.github.wnet4j.cli;

import io.github.wnet4j.cli.WnetTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.github.wnet4j.cli.WnetTest.wnet;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code wnet} as a shell user meets it: global options in either place, help that cuts no summary,
 * messages within 80 columns, and names from a hand-edited state file that never reach the
 * terminal with a control character in them.
 */
class ShellTest {
    private static final String ESC = "\u001B";

    @TempDir
    Path dir;

    private String state() {
        return dir.resolve("s.json").toString();
    }

    @Test
    void theGlobalOptionsWorkBeforeAndAfterTheCommandsName() {
        assertEquals(0, wnet("--state", state(), "sim", "connect", "Z:", "\\\\srv\\a").status());
        assertEquals(0, wnet("sim", "--state", state(), "connect", "Y:", "\\\\srv\\b").status());
        Run before = wnet("--state", state(), "list");
        Run after = wnet("list", "--state", state());
        Run equals = wnet("--state=" + state(), "list");
        assertEquals(0, before.status(), before.err());
        assertEquals(after.out(), before.out());
        assertEquals(after.out(), equals.out());
        assertTrue(before.out().contains("\\\\srv\\b"), before.out());
        Run backend = wnet("--backend", "fake", "get", "Z:");
        assertEquals(ExitCodes.NOT_CONNECTED, backend.status(), "the empty fake, named before the command: " + backend.err());
        assertEquals(ExitCodes.NOT_CONNECTED, wnet("get", "Z:", "--backend", "fake").status());
        Run sim = wnet("--backend", "jna", "sim", "logon", "--state", state());
        assertEquals(ExitCodes.USAGE, sim.status());
        assertTrue(sim.message().contains("--state keeps the fake's logon"), sim.err());
    }

    @Test
    void theSimulatorsControlsLiveUnderSimAndNotBesideTheWindowsCommands() {
        String commands = wnet("--help").out().split("Commands:")[1].split("\\R\\R")[0];
        for (String gone : List.of("logon", "user", "session")) {
            assertFalse(commands.lines().anyMatch(l -> l.strip().startsWith(gone + " ")), gone + " in:\n" + commands);
        }
        // The connect beside the Windows commands is the Windows user's (net use's), not the simulator's seeding.
        assertTrue(commands.lines().anyMatch(l -> l.strip().startsWith("connect ")), commands);
        assertTrue(WnetTest.unwrapped(commands).replaceAll("\\s+", " ").contains("as 'net use' does"), commands);
        Run sim = wnet("sim", "--help");
        for (String name : List.of("connect", "logon", "user", "session")) {
            assertTrue(sim.out().lines().anyMatch(l -> l.strip().startsWith(name + " ")), name + " in:\n" + sim.out());
        }
        Run old = wnet("connect", "Z:", "\\\\srv\\a", "--open-files", "2", "--state", state()); // the seeding form
        assertEquals(ExitCodes.USAGE, old.status());
        assertFalse(Files.exists(Path.of(state())), "nothing made");
    }

    /** Every command's summary in its parent's list is a whole sentence, and every help line fits 80 columns. */
    @Test
    void theHelpCutsNoSummaryAndFitsEightyColumns() {
        CommandLine root = new CommandLine(new Wnet());
        Wnet.addSubcommands(root, new String[0]);
        List<CommandLine> all = new ArrayList<>();
        collect(root, all);
        for (CommandLine c : all) {
            String name = c.getCommandSpec().qualifiedName(" ");
            String[] description = c.getCommandSpec().usageMessage().description();
            if (c.getCommand() instanceof CommandLine.HelpCommand) {
                continue; // picocli's own
            }
            assertTrue(description.length > 0 && description[0].endsWith("."), name + ": " + String.join("|", description));
            Run help = wnet((name.substring("wnet".length()).strip() + " --help").strip().split(" "));
            assertEquals(0, help.status(), name + ": " + help.err());
            for (String line : help.out().lines().toList()) {
                assertTrue(line.length() <= ConsoleText.WIDTH, name + ": over 80 columns: " + line);
            }
            if (c.getParent() != null) {
                Run parent = wnet((c.getParent().getCommandSpec().qualifiedName(" ").substring("wnet".length()).strip()
                        + " --help").strip().split(" "));
                String listed = WnetTest.unwrapped(parent.out().replaceAll("\\R {10,}", " "));
                assertTrue(listed.replaceAll("\\s+", " ").contains(description[0]), name + "'s summary, whole, in:\n" + parent.out());
            }
        }
        assertTrue(all.size() >= 14, all.size() + " commands");
    }

    private static void collect(CommandLine c, List<CommandLine> all) {
        all.add(c);
        c.getSubcommands().values().forEach(s -> collect(s, all));
    }

    @Test
    void aFailedCancelsNotConnectedSaysNothingAboutLookUps() {
        assertEquals(0, wnet("sim", "connect", "Z:", "\\\\srv\\a", "--state", state()).status());
        Run cancel = wnet("cancel", "Y:", "--state", state());
        assertEquals(ExitCodes.NOT_CONNECTED, cancel.status());
        String said = WnetTest.unwrapped(cancel.out());
        assertTrue(said.contains("nothing to cancel"), said);
        assertFalse(said.toLowerCase(java.util.Locale.ROOT).contains("look-up"), said);
        cancel.out().lines().forEach(l -> assertTrue(l.length() <= ConsoleText.WIDTH, l));
    }

    /** Issue 23: the failure that was one line of 1,500 characters: each backend's reason in brief, and the remedy. */
    @Test
    void withNoUsableBackendTheMessageIsShortAndEndsWithTheRemedy() {
        org.junit.jupiter.api.Assumptions.assumeTrue(!System.getProperty("os.name").startsWith("Windows"),
                "on Windows a native backend may be usable");
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("wnet4j.backend") == null,
                "-Dwnet4j.backend names a backend explicitly");
        Run r = wnet("list");
        assertEquals(ExitCodes.NO_BACKEND, r.status(), r.err());
        WnetTest.assertOneMessage(r.err());
        assertTrue(r.err().lines().count() <= 5, "a few lines, not a loader's search path:\n" + r.err());
        assertTrue(r.message().contains("jna") && r.message().contains("could not load the mpr library"), r.err());
        assertTrue(r.message().contains("'wnet backends' says why in full"), r.err());
        assertTrue(r.message().endsWith("or name it with --backend fake (an empty logon)" + System.lineSeparator()), r.err());
        assertEquals("could not load the mpr library 'mpr'", Backends.brief("could not load the mpr library 'mpr' (the"
                + " default; x)\nthrough JNA: Unable to load library"));
    }

    /** Issue 22: ESC sequences and a forged line in a hand-edited file are refused, naming the field. */
    @Test
    void aStateFileHoldingEscapeSequencesOrAForgedLineIsRefusedNamingTheField() throws IOException {
        String[][] cases = {
                {sessions("\"desktop\"},{\"name\":\"x" + json(ESC + "[31mred" + ESC + "[0m") + "\""), "users[0].sessions[1].name"},
                {sessions("\"desktop\"},{\"name\":\"backup" + json("\nsession desktop") + "\""), "users[0].sessions[1].name"},
                {"{\"version\":3,\"users\":[{\"name\":\"" + json(ESC + "]0;owned" + "\u0007") + "\",\"sessions\":[{\"name\":\"desktop\"}]}]}",
                        "users[0].name"},
                {"{\"version\":3,\"users\":[{\"name\":\"a\",\"sessions\":[{\"name\":\"desktop\",\"devices\":[{\"device\":\"Z:\","
                        + "\"remoteName\":\"\\\\\\\\srv\\\\a" + json(ESC + "[2J") + "\",\"openFiles\":0,\"inUse\":false}]}]}]}",
                        "users[0].sessions[0].devices[0].remoteName"},
                {"{\"version\":3,\"users\":[{\"name\":\"a\",\"remembered\":[{\"device\":\"Z" + json("\n") + ":\","
                        + "\"remoteName\":\"\\\\\\\\srv\\\\a\"}],\"sessions\":[{\"name\":\"desktop\"}]}]}",
                        "users[0].remembered[0].device"},
        };
        for (String[] c : cases) {
            Files.writeString(Path.of(state()), c[0]);
            byte[] before = Files.readAllBytes(Path.of(state()));
            for (String[] command : new String[][] {{"sim", "session", "list"}, {"sim", "user", "list"}, {"list"}, {"cancel", "Z:"}}) {
                Run r = WnetTest.wnetOn(Path.of(state()), command);
                assertEquals(ExitCodes.USAGE, r.status(), c[1] + " " + String.join(" ", command) + ": " + r.out());
                WnetTest.assertOneMessage(r.err());
                assertTrue(r.message().contains(c[1]) && r.message().contains("correct that field or delete the file"),
                        r.err());
                assertFalse((r.out() + r.err()).contains(ESC) || (r.out() + r.err()).contains("\u0007"), r.err());
                assertEquals("", r.out());
                assertArrayEquals(before, Files.readAllBytes(Path.of(state())), "unchanged");
            }
        }
    }

    @Test
    void printedTextNeverCarriesAControlCharacter() {
        assertEquals("a\\u001B[31mb\\u000Ac\\u202E", ConsoleText.printable("a" + ESC + "[31mb\nc\u202E"));
        assertEquals("plain \\\\srv\\share", ConsoleText.printable("plain \\\\srv\\share"));
        List<String> lines = ConsoleText.wrap("wnet: " + "word ".repeat(40) + ESC);
        assertTrue(lines.size() > 1, lines.toString());
        assertTrue(lines.stream().allMatch(l -> l.length() <= ConsoleText.WIDTH && !l.contains(ESC)), lines.toString());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.startsWith("  ")), lines.toString());
    }

    private static String sessions(String tail) {
        return "{\"version\":3,\"users\":[{\"name\":\"a\",\"sessions\":[{\"name\":" + tail + "}]}]}";
    }

    /** Text as a JSON string's content: control characters as JSON escapes, as a hand-edit would write them. */
    private static String json(String text) {
        StringBuilder s = new StringBuilder();
        for (char ch : text.toCharArray()) {
            s.append(ch < 0x20 ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
        }
        return s.toString();
    }
}
