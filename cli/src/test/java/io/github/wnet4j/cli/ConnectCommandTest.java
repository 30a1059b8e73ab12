package io.github.wnet4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code wnet connect} against the fake's simulated network in a state file, and {@code wnet sim
 * server} declaring that network: the connect rows' answers, the credential conflict (1219) named and
 * cured, and the password never printed or saved.
 */
class ConnectCommandTest {
    private static final String PASSWORD = "Tr0ub4dor&3-secret";

    @TempDir
    Path dir;

    /** Every run of the test, so that each one's output can be searched for the password. */
    private final List<WnetTest.Run> runs = new ArrayList<>();

    private Path state() {
        return dir.resolve("state.json");
    }

    private WnetTest.Run wnet(String stdin, String... args) {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--state";
        all[args.length + 1] = state().toString();
        WnetTest.Run run = WnetTest.wnetWith(stdin, Map.of("SVC_PASSWORD", PASSWORD), all);
        run.assertNoStackTrace();
        for (String line : (Arrays.asList(args).contains("--json") ? run.err() : run.out() + run.err()).lines().toList()) {
            assertTrue(line.length() <= ConsoleText.WIDTH || !line.strip().contains(" "), "over 80 columns: " + line);
        }
        runs.add(run);
        return run;
    }

    private WnetTest.Run ok(String stdin, String... args) {
        WnetTest.Run run = wnet(stdin, args);
        assertEquals(ExitCodes.OK, run.status(), String.join(" ", args) + ": " + run.out() + run.err());
        return run;
    }

    /** nas has shares backup and public and accepts svc with {@link #PASSWORD}; old-fs cannot be reached. */
    private void declareNetwork() {
        ok(PASSWORD + "\n", "sim", "server", "nas", "--share", "backup", "--share", "public", "--account", "svc",
                "--password-stdin");
        ok("", "sim", "server", "old-fs", "--unreachable");
    }

    private void assertPasswordNowhere() throws IOException {
        for (WnetTest.Run run : runs) {
            assertFalse((run.out() + run.err()).contains(PASSWORD), "printed the password: " + run.out() + run.err());
        }
        if (Files.exists(state())) {
            assertFalse(Files.readString(state()).contains(PASSWORD), "the state file holds the password");
        }
    }

    @Test
    void aConflictIsNamedWithItsCureThenCuredAndTheCredentialsOutliveTheFile() throws IOException {
        declareNetwork();
        ok("", "connect", "Y:", "\\\\nas\\public");
        byte[] before = Files.readAllBytes(state());

        WnetTest.Run conflict = wnet(PASSWORD + "\n", "connect", "Z:", "\\\\nas\\backup", "--as", "svc", "--password-stdin");
        assertEquals(ExitCodes.OTHER_WIN32, conflict.status(), conflict.out() + conflict.err());
        String said = conflict.out();
        assertTrue(said.contains("ERROR_SESSION_CREDENTIAL_CONFLICT (1219)"), said);
        assertTrue(said.contains("\n  Y: -> \\\\nas\\public"), "names the holder: " + said);
        assertTrue(said.contains("wnet connect Z: '\\\\nas\\backup' --as svc --password-stdin --replace-conflicting"), said);
        assertArrayEquals(before, Files.readAllBytes(state()), "a failed connect changes nothing (C21)");

        WnetTest.Run cured = ok(PASSWORD + "\n", "connect", "Z:", "\\\\nas\\backup", "--as", "svc", "--password-stdin",
                "--replace-conflicting");
        List<String> lines = WnetTest.unwrapped(cured.out()).lines().toList();
        assertTrue(lines.get(0).contains("(1219)"), cured.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("WNetCancelConnection2(\"Y:\"") && l.contains("succeeded")), cured.out());
        assertTrue(lines.get(lines.size() - 1).startsWith("WNetAddConnection2(\"Z:\"") && lines.get(lines.size() - 1)
                .contains("succeeded"), cured.out());
        String listed = ok("", "list").out();
        assertTrue(listed.contains("Z:") && !listed.contains("Y:"), listed);

        // The file keeps svc's hold on nas (as a digest): the logon's own user now meets the conflict.
        assertTrue(Files.readString(state()).contains("\"user\" : \"svc\""), Files.readString(state()));
        WnetTest.Run own = wnet("", "connect", "Y:", "\\\\nas\\public");
        assertTrue(own.out().contains("(1219)") && own.out().contains("Z: -> \\\\nas\\backup"), own.out());
        // ... and svc with the same password does not.
        ok("", "connect", "X:", "\\\\nas\\public", "--as", "svc", "--password-env", "SVC_PASSWORD");
        assertPasswordNowhere();
    }

    @Test
    void theNetworkAnswersBadPasswordUnknownUserUnreachableAndUnknownShare() throws IOException {
        declareNetwork();
        assertEquals("ERROR_INVALID_PASSWORD (86)", code(wnet("wrong\n", "connect", "Z:", "\\\\nas\\backup", "--as", "svc",
                "--password-stdin")));
        assertEquals("ERROR_LOGON_FAILURE (1326)", code(wnet(PASSWORD + "\n", "connect", "Z:", "\\\\nas\\backup", "--as",
                "mallory", "--password-stdin")));
        assertEquals("ERROR_BAD_NETPATH (53)", code(wnet("", "connect", "Z:", "\\\\old-fs\\data")));
        assertEquals("ERROR_BAD_NET_NAME (67)", code(wnet("", "connect", "Z:", "\\\\nas\\nosuch")));
        assertFalse(ok("", "list").out().contains("Z:"), "nothing connected");
        assertPasswordNowhere();
    }

    private static String code(WnetTest.Run run) {
        assertEquals(ExitCodes.OTHER_WIN32, run.status(), run.out() + run.err());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(ERROR_[A-Z_]+ \\(\\d+\\))").matcher(run.out());
        assertTrue(m.find(), run.out());
        return m.group(1);
    }

    @Test
    void anyFreeDrivePrintsThePickLastDevicelessAndPersistentWork() {
        ok("", "sim", "server", "srv"); // declares nothing but the server: every share, every account
        WnetTest.Run picked = ok("", "connect", "*", "\\\\srv\\share");
        List<String> lines = picked.out().lines().toList();
        assertEquals("Z:", lines.get(lines.size() - 1), picked.out());
        assertEquals("Y:", lastLine(ok("", "connect", "*", "\\\\srv\\other")), "the next free drive down (C15)");
        ok("", "connect", "\\\\srv\\ipc$");
        ok("", "connect", "X:", "\\\\srv\\third", "--persistent");
        String listed = ok("", "list").out();
        assertTrue(listed.contains("\\\\srv\\ipc$") && listed.contains("X:"), listed);
        assertTrue(ok("", "list", "--remembered").out().contains("X:"), "remembered (CONNECT_UPDATE_PROFILE)");
        assertTrue(ok("", "connect", "W:", "\\\\srv\\fourth", "--json").out().contains("\"connected\" : \"W:\""));
    }

    private static String lastLine(WnetTest.Run run) {
        List<String> lines = run.out().lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void badInputIsRefusedBeforeAnythingRunsAndAPasswordOnTheCommandLineIsNeverEchoed() throws IOException {
        WnetTest.Run argv = wnet("", "connect", "Z:", "\\\\nas\\backup", "--as", "svc", "--password", PASSWORD);
        assertEquals(ExitCodes.USAGE, argv.status());
        assertTrue(argv.message().contains("--password-stdin"), argv.err());
        for (String[] bad : List.of(
                new String[] {"connect", "\\\\nas\\backup", "--persistent"},
                new String[] {"connect", "Z:", "\\\\nas\\backup", "--force"},
                new String[] {"connect", "Z:", "\\\\nas\\backup", "--password-env", "UNSET_VARIABLE"},
                new String[] {"connect", "Z:", "\\\\nas\\backup", "--password-stdin"},
                new String[] {"connect", "Z:", "\\\\nas\\backup", "--password-stdin", "--password-env", "SVC_PASSWORD"},
                new String[] {"connect", "Q", "\\\\nas\\backup"})) {
            WnetTest.Run r = wnet("", bad);
            assertEquals(ExitCodes.USAGE, r.status(), String.join(" ", bad) + ": " + r.out() + r.err());
            WnetTest.assertOneMessage(r.err());
        }
        assertFalse(Files.exists(state()), "no state file made by refused input");
        assertPasswordNowhere();
    }

    /**
     * A password holding U+FFFD (bytes the locale could not decode) is refused as a password, not as an
     * undecodable argument, whose message quotes the argument. The arguments go to {@link Wnet#run} as
     * they are, so the test needs no particular locale.
     */
    @Test
    void anUndecodablePasswordOnTheCommandLineIsNeverEchoed() {
        String undecodable = "Tr0ub\uFFFDdor-secret";
        for (String[] password : List.of(new String[] {"--password", undecodable},
                new String[] {"--password=" + undecodable})) {
            String[] args = Stream.concat(Stream.of("connect", "Z:", "\\\\nas\\backup", "--as", "svc"),
                    Arrays.stream(password)).toArray(String[]::new);
            WnetTest.Run r = wnet("", args);
            assertEquals(ExitCodes.USAGE, r.status(), r.err());
            assertTrue(r.message().contains("--password-stdin"), r.err());
            assertFalse((r.out() + r.err()).contains("Tr0ub"), r.err());
        }
    }

    /** A password given to --password-env by mistake, in the variable's place, is not echoed in the message. */
    @Test
    void aPasswordGivenAsTheVariablesNameIsNeverEchoed() throws IOException {
        for (String[] args : List.of(new String[] {"connect", "Z:", "\\\\nas\\backup", "--password-env", PASSWORD},
                new String[] {"connect", "Z:", "\\\\nas\\backup", "--password-env", PASSWORD, "--password-stdin"})) {
            WnetTest.Run r = wnet("", args);
            assertEquals(ExitCodes.USAGE, r.status(), r.err());
            WnetTest.assertOneMessage(r.err());
        }
        assertTrue(runs.get(0).message().contains("not the password"), runs.get(0).err());
        assertPasswordNowhere();
        assertTrue(wnet("", "connect", "Z:", "\\\\nas\\backup", "--password-env", "UNSET_VARIABLE").message()
                .contains("UNSET_VARIABLE is not set"));
    }

    /** A user --as accepts, though no logon's user could be named so, is saved and read back. */
    @Test
    void aConnectionsUserThatAsAcceptsIsReadBackFromTheFile() throws IOException {
        ok("", "sim", "server", "srv"); // every share and account
        ok("", "connect", "Z:", "\\\\srv\\s", "--as", "svc ");
        assertTrue(ok("", "list").out().contains("\\\\srv\\s"));
        assertTrue(Files.readString(state()).contains("\"user\" : \"svc \""), Files.readString(state()));
    }

    /** A bad server or share name is one message and status 2, whether the fake's check or the command line's refuses it. */
    @Test
    void simServerRefusesABadServerOrShareNameInOneMessage() {
        for (String[] bad : List.of(new String[] {"sim", "server", "nas", "--share", "\\\\nas\\backup"},
                new String[] {"sim", "server", "nas", "--print-share", " "}, new String[] {"sim", "server", "\\\\nas\\backup"})) {
            WnetTest.Run r = wnet("", bad);
            assertEquals(ExitCodes.USAGE, r.status(), r.err());
            WnetTest.assertOneMessage(r.err());
        }
        assertTrue(runs.get(0).message().contains("is not a share name: give the name alone"), runs.get(0).err());
    }

    @Test
    void simServerDeclaresAndDescribesAServerKeepingOnlyADigest() throws IOException {
        WnetTest.Run declared = ok(PASSWORD + "\n", "sim", "server", "nas", "--share", "backup", "--print-share", "laser",
                "--account", "svc", "--password-stdin");
        assertEquals("\\\\nas: reachable; shares: backup, laser (print), IPC$; accounts: svc and the logon's own user",
                WnetTest.unwrapped(declared.out()).strip());
        String file = Files.readString(state(), StandardCharsets.UTF_8);
        assertTrue(file.contains("\"passwordDigest\" : \""), file);
        assertTrue(ok("", "sim", "server", "nas", "--unreachable").out().contains("unreachable"));
        assertTrue(ok("", "sim", "server", "nas", "--no-unreachable").out().contains("shares: backup, laser (print)"),
                "a declaration is added to, not replaced");
        assertEquals(ExitCodes.USAGE, wnet("", "sim", "server", "nas", "--account", "svc").status(), "an account needs a password");
        assertPasswordNowhere();
    }
}
