package io.github.wnet4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The wnet command, run in-process as a shell would run it. */
class WnetTest {
    @TempDir
    Path dir;

    /** What one invocation printed and returned. */
    record Run(int status, String out, String err) {
        void assertNoStackTrace() {
            assertFalse(err.contains("\tat ") || out.contains("\tat "), "stack trace printed:\n" + err + out);
        }

        /** What stderr said, its message's lines joined back into one. */
        String message() {
            return unwrapped(err);
        }
    }

    /** A message wrapped at 80 columns ({@link ConsoleText}) as one line again. */
    static String unwrapped(String message) {
        return message.replaceAll("\\R  ", " ");
    }

    /**
     * One failure as wnet prints it: a first line "wnet: ...", then only its continuation lines
     * (indented two spaces), each within 80 columns.
     */
    static void assertOneMessage(String err) {
        List<String> lines = err.lines().toList();
        assertFalse(lines.isEmpty(), "nothing printed");
        assertTrue(lines.get(0).startsWith("wnet: "), err);
        for (String line : lines) {
            assertTrue(line.length() <= ConsoleText.WIDTH || !line.strip().contains(" "), "over 80 columns: " + line);
        }
        assertTrue(lines.stream().skip(1).allMatch(l -> l.startsWith("  ") && !l.startsWith("   ")),
                "one message, its later lines indented:\n" + err);
    }

    /** {@code wnet ARGS} with {@code stdin} as its standard input and {@code environment} as its environment. */
    static Run wnetWith(String stdin, java.util.Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Wnet.run(args, new java.io.ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), environment::get,
                new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    static Run wnet(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Wnet.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    /** {@code wnet ARGS --state STATE}: how the state-file tests call it. */
    static Run wnetOn(Path state, String... args) {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--state";
        all[args.length + 1] = state.toString();
        return wnet(all);
    }

    /** As {@link #wnetOn}, asserting exit 0 (the message names the command and what it printed). */
    static Run wnetOk(Path state, String... args) {
        Run r = wnetOn(state, args);
        assertEquals(ExitCodes.OK, r.status(), String.join(" ", args) + ": " + r.err() + r.out());
        return r;
    }

    /** A test resource of this package (the state files written by older versions), which must exist. */
    static byte[] resource(String name) throws IOException {
        try (InputStream in = WnetTest.class.getResourceAsStream(name)) {
            assertTrue(in != null, "test resource " + name);
            return in.readAllBytes();
        }
    }

    private String state() {
        return dir.resolve("logon.json").toString();
    }

    @Test
    void theWalkthroughOpenFilesRefuseAPlainCancelAndAForcedOneForgetsTheDrive() {
        Run seeded = wnet("sim", "connect", "Z:", "\\\\fileserver\\deploy", "--persistent", "--open-files", "2", "--state", state());
        assertEquals(0, seeded.status(), seeded.err());
        assertTrue(seeded.out().contains("\\\\fileserver\\deploy"), seeded.out());

        Run refused = wnet("cancel", "Z:", "--state", state());
        assertEquals(ExitCodes.BUSY, refused.status());
        assertTrue(unwrapped(refused.out()).contains("ERROR_OPEN_FILES (2401)"), refused.out());

        Run kept = wnet("list", "--state", state());
        assertTrue(kept.out().contains("Z:") && kept.out().contains("connected"), kept.out());

        Run forced = wnet("cancel", "Z:", "--force", "--update-profile", "--state", state());
        assertEquals(ExitCodes.OK, forced.status(), forced.out() + forced.err());

        Run afterLogon = wnet("sim", "logon", "--state", state());
        assertFalse(afterLogon.out().contains("Z:"), "forgotten, so not restored:\n" + afterLogon.out());
    }

    @Test
    void aPlainCancelOfAPersistentDriveIsUndoneByTheNextLogon() {
        wnet("sim", "connect", "Y:", "\\\\srv\\share", "--persistent", "--state", state());
        assertEquals(ExitCodes.OK, wnet("cancel", "Y:", "--state", state()).status());

        Run listed = wnet("list", "--remembered", "--state", state());
        assertTrue(listed.out().lines().anyMatch(l -> l.startsWith("Y:") && l.contains("unavailable")),
                "remembered, not connected:\n" + listed.out());

        Run afterLogon = wnet("sim", "logon", "--state", state());
        assertTrue(afterLogon.out().lines().anyMatch(l -> l.startsWith("Y:") && l.contains("connected")), afterLogon.out());
    }

    @Test
    void exitStatusIsTheClassOfTheCode() {
        wnet("sim", "connect", "X:", "\\\\srv\\a", "--in-use", "--state", state());
        assertEquals(ExitCodes.BUSY, wnet("cancel", "X:", "--force", "--state", state()).status());
        assertEquals(ExitCodes.NOT_CONNECTED, wnet("cancel", "W:", "--state", state()).status());
        wnet("sim", "connect", "V:", "\\\\srv\\b", "--remembered-only", "--state", state());
        assertEquals(ExitCodes.NOT_CONNECTED, wnet("cancel", "V:", "--legacy", "--state", state()).status());
        assertEquals(ExitCodes.OK, wnet("cancel", "V:", "--update-profile", "--state", state()).status());
    }

    @Test
    void jsonOutputIsOneObjectWithTheCodeAndItsName() {
        wnet("sim", "connect", "\\\\srv\\data", "--open-files", "1", "--state", state());
        Run run = wnet("cancel", "\\\\srv\\data", "--json", "--state", state());

        JsonNode o = JsonMapper.builder().build().readTree(run.out());
        assertEquals(2401, o.get("code").asInt());
        assertEquals("ERROR_OPEN_FILES", o.get("error").asString());
        assertEquals("\\\\srv\\data", o.get("name").asString());
        assertEquals("WNetCancelConnection2", o.get("function").asString());
        assertFalse(o.get("success").asBoolean());
        assertEquals("fake", o.get("backend").asString());
        assertTrue(o.get("extendedError").isNull());
    }

    @Test
    void aMalformedStateFileIsReportedInOneLineAndNeverOverwritten() throws IOException {
        Path file = dir.resolve("logon.json");
        byte[] torn = "{\"version\": 1, \"devices\": [{\"device\": \"Z:\", ".getBytes(StandardCharsets.UTF_8);
        Files.write(file, torn);

        for (String[] args : new String[][] {
                {"list", "--state", file.toString()},
                {"cancel", "Z:", "--state", file.toString()},
                {"sim", "connect", "Y:", "\\\\srv\\s", "--state", file.toString()},
                {"sim", "logon", "--state", file.toString()}}) {
            Run run = wnet(args);
            assertEquals(ExitCodes.USAGE, run.status(), String.join(" ", args));
            WnetTest.assertOneMessage(run.err());
            assertTrue(run.message().contains(file.toString()) && run.message().contains("left unchanged"), run.err());
            run.assertNoStackTrace();
            assertArrayEquals(torn, Files.readAllBytes(file));
        }
    }

    @Test
    void aStateFileDescribingAnImpossibleLogonIsRefusedToo() throws IOException {
        Path file = dir.resolve("logon.json");
        String twice = "{\"version\":3,\"users\":[{\"name\":\"default\",\"sessions\":[{\"name\":\"desktop\",\"devices\":["
                + "{\"device\":\"Z:\",\"remoteName\":\"\\\\\\\\a\\\\b\",\"openFiles\":0,\"inUse\":false},"
                + "{\"device\":\"z:\",\"remoteName\":\"\\\\\\\\c\\\\d\",\"openFiles\":0,\"inUse\":false}]}]}]}";
        Files.writeString(file, twice);
        Run run = wnet("list", "--state", file.toString());
        assertEquals(ExitCodes.USAGE, run.status());
        assertTrue(run.message().contains("impossible"), run.err());
        assertEquals(twice, Files.readString(file));
    }

    @Test
    void writesLeaveNoTemporaryFilesAndTheResultParses() throws IOException {
        wnet("sim", "connect", "LPT1:", "\\\\srv\\printer", "--open-files", "3", "--state", state());
        wnet("sim", "connect", "\\\\sërver\\共有", "--state", state());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(".logon.json.wnet-lock", "logon.json"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "only the state file and its lock file");
        }
        JsonNode s = JsonMapper.builder().build().readTree(Files.readString(Path.of(state())));
        assertEquals(StateFile.VERSION, s.get("version").asInt());
        JsonNode desktop = s.get("users").get(0).get("sessions").get(0);
        assertEquals("desktop", desktop.get("name").asString());
        assertEquals("LPT1:", desktop.get("devices").get(0).get("device").asString());
        assertEquals(3, desktop.get("devices").get(0).get("openFiles").asInt());
        assertEquals("\\\\sërver\\共有", desktop.get("deviceless").get(0).get("remoteName").asString());
    }

    @Test
    void badInputGetsOneLineAndStatusTwo() throws IOException {
        String x = dir.resolve("x.json").toString();
        for (String[] args : new String[][] {
                {"cancel", "Z:", "--frobnicate"},
                {"cancel"},
                {"cancel", "", "--state", x},
                {"cancel", "Z:", "--legacy", "--update-profile", "--state", x},
                {"cancel", "Z:", "--backend", "jna", "--state", x},
                {"sim", "connect", "Q:", "not-a-remote-name", "--state", x},
                {"sim", "connect", "Q", "\\\\srv\\s", "--state", x},
                {"sim", "connect", "Q:", "\\\\srv\\s", "--open-files", "-1", "--state", x},
                {"sim", "connect", "Q:", "\\\\srv\\s", "--state", x, "--profile", "no-such-profile"}}) {
            Run run = wnet(args);
            assertEquals(ExitCodes.USAGE, run.status(), String.join(" ", args) + "\n" + run.err());
            WnetTest.assertOneMessage(run.err());
            run.assertNoStackTrace();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "bad input touches no file, not even a lock file");
        }
    }

    @Test
    void withoutStateOrBackendNoCommandFallsBackToAnEmptyFake() {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "on Windows a native backend may be usable");
        assumeTrue(System.getProperty("wnet4j.backend") == null, "-Dwnet4j.backend names a backend explicitly");
        for (String[] args : new String[][] {{"list"}, {"get", "Z:"}, {"unc", "Z:\\f"}, {"cancel-server", "srv"}}) {
            Run run = wnet(args);
            assertEquals(ExitCodes.NO_BACKEND, run.status(), String.join(" ", args) + "\n" + run.out() + run.err());
            assertEquals("", run.out());
            WnetTest.assertOneMessage(run.err());
            assertTrue(run.message().contains("--state FILE") && run.message().contains("--backend fake"), run.err());
        }
    }

    @Test
    void backendsListsTheFakeAsASimulator() {
        Run run = wnet("backends");
        assertEquals(0, run.status());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("fake") && l.contains("simulator") && l.contains("yes")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("jna")), run.out());
    }

    @Test
    void helpDocumentsTheExitStatus() {
        Run run = wnet("--help");
        assertEquals(0, run.status());
        for (String line : new String[] {"0  NO_ERROR", "1  ERROR_NOT_CONNECTED", "3  busy", "7  no usable backend",
                "8  ERROR_CONNECTION_UNAVAIL", "9  refused by --if-points-at"}) {
            assertTrue(run.out().contains(line), run.out());
        }
    }
    /** Which subcommands picocli is given: only what the command line can reach, so the rest is never reflected over. */
    @Test
    void aCommandLineGetsOnlyTheSubcommandsItCanReach() {
        java.util.function.Function<String[], java.util.Set<String>> added = args -> {
            picocli.CommandLine cli = new picocli.CommandLine(new Wnet());
            Wnet.addSubcommands(cli, args);
            return cli.getSubcommands().keySet();
        };
        List<String> all = List.of("list", "get", "unc", "connect", "cancel", "cancel-server", "backends", "sim", "help");
        assertEquals(java.util.Set.of("list"), added.apply(new String[] {"list", "--state", "F"}));
        assertEquals(java.util.Set.of("cancel-server"), added.apply(new String[] {"cancel-server", "\\\\s"}));
        assertEquals(java.util.Set.of(), added.apply(new String[] {"--version"}));
        for (String[] args : new String[][] {{}, {"--help"}, {"help", "list"}, {"lsit"}, {"--version", "list"}}) {
            assertEquals(all, List.copyOf(added.apply(args)), String.join(" ", args));
        }
    }

    @Test
    void theHelpStillListsEverySubcommandAndATypoIsStillAUsageError() {
        Run help = wnet("--help");
        assertEquals(ExitCodes.OK, help.status(), help.err());
        for (String name : List.of("list", "get", "unc", "cancel", "cancel-server", "backends", "sim", "help")) {
            assertTrue(help.out().lines().anyMatch(l -> l.strip().startsWith(name + " ")), name + " in:\n" + help.out());
        }
        Run typo = wnet("lsit");
        assertEquals(ExitCodes.USAGE, typo.status());
        assertTrue(typo.message().contains("Unmatched argument at index 0: 'lsit'"), typo.err());
        Run version = wnet("--version");
        assertEquals(ExitCodes.OK, version.status(), version.err());
        assertTrue(version.out().startsWith("wnet "), version.out());
        Run sub = wnet("help", "list");
        assertEquals(ExitCodes.OK, sub.status(), sub.err());
        assertTrue(sub.out().contains("Usage: wnet list"), sub.out());
    }
}
