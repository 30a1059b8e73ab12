package io.github.wnet4j.cli;

import io.github.wnet4j.fake.FakeLogon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.github.wnet4j.cli.WnetTest.resource;
import static io.github.wnet4j.cli.WnetTest.wnet;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The state file's users (format version 3), {@code --user NAME} and {@code wnet sim user add/list} (specification row S8). */
class UsersTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("u.json");
    }

    private WnetTest.Run run(String... args) {
        return WnetTest.wnetOn(file(), args);
    }

    private WnetTest.Run ok(String... args) {
        return WnetTest.wnetOk(file(), args);
    }

    /** Two users: the default one with a linked twin, and bob under another profile with a further session. */
    private void twoUsers() {
        ok("sim", "connect", "Z:", "\\\\fileserver\\deploy", "--persistent", "--open-files", "2");
        ok("sim", "connect", "\\\\fileserver\\IPC$");
        ok("sim", "session", "add", "elevated", "--linked");
        ok("sim", "user", "add", "bob", "--profile", "legacy-documentation");
        ok("sim", "connect", "Z:", "\\\\nas\\bob", "--persistent", "--user", "bob");
        ok("sim", "connect", "Y:", "\\\\nas\\old", "--remembered-only", "--user", "bob");
        ok("sim", "session", "add", "backup service", "--user", "bob");
        ok("sim", "connect", "LPT1:", "\\\\printsrv\\laser", "--in-use", "--user", "bob", "--session", "backup service");
    }

    @Test
    void theCommandsWriteTheVersion3FixtureAndItRoundTripsByteForByte() throws Exception {
        byte[] fixture = resource("state-version3.json");
        twoUsers();
        assertEquals(new String(fixture, StandardCharsets.UTF_8).strip(), Files.readString(file()).strip(),
                "what the commands write is the fixture");
        StateFile.Loaded loaded = StateFile.load(file(), fixture, null, null);
        byte[] saved = StateFile.format(file(), loaded.network(), loaded.users());
        assertArrayEquals(fixture, saved);
        Files.write(file(), fixture);
        ok("list", "--user", "bob", "--session", "backup service");
        ok("sim", "user", "list");
        assertArrayEquals(fixture, Files.readAllBytes(file()), "reading never rewrites");
    }

    @Test
    void theReadmesFormatExampleIsAVersion3FileWnetReads() throws Exception {
        String readme = Files.readString(Path.of("..", "docs", "cli.md"));
        int from = readme.indexOf("```json\n", readme.indexOf("### The state file's format")) + "```json\n".length();
        assertTrue(from > "```json\n".length(), "docs/cli.md shows the format");
        byte[] example = readme.substring(from, readme.indexOf("```", from)).getBytes(StandardCharsets.UTF_8);
        List<StateFile.User> users = StateFile.parse(file(), example, null, null);
        assertEquals(List.of("default"), users.stream().map(StateFile.User::name).toList());
        FakeLogon desktop = users.get(0).desktop();
        assertEquals(Optional.of("\\\\fileserver\\deploy"), desktop.remoteNameOf("Z:"));
        assertTrue(desktop.isRemembered("Z:"));
        assertTrue(desktop.sessions().get(1).isLinkedElevation());
    }

    @Test
    void userAddAndListAndTheProfileIsPerUser() throws IOException {
        ok("sim", "user", "add", "alice"); // a new file: the default user, then alice
        twoUsersAfterAlice();
        String users = ok("sim", "user", "list").out();
        assertEquals(List.of("USER       PROFILE                 SESSIONS",
                "default *  documented              desktop",
                "alice      force-overrides-in-use  desktop, elevated",
                "(* the user a command acts as without --user)"), users.lines().toList());
        String sessions = ok("sim", "session", "list", "--user", "alice").out();
        assertTrue(sessions.contains("session elevated") && sessions.contains("force-overrides-in-use"), sessions);
        assertFalse(ok("sim", "session", "list").out().contains("session elevated"), "the default user has no twin");

        byte[] before = Files.readAllBytes(file());
        for (String[] c : new String[][] {{"sim", "user", "add", "alice"}, {"sim", "user", "add", "carol", "--user", "alice"},
                {"sim", "user", "add", "carol", "--session", "elevated"}, {"sim", "user", "add", " padded"}, {"sim", "user", "add", "tab\there"},
                {"sim", "user", "list", "--user", "alice"}, {"sim", "user", "add", "carol", "--profile", "nonsense"}}) {
            WnetTest.Run r = run(c);
            assertEquals(ExitCodes.USAGE, r.status(), String.join(" ", c) + ": " + r.out());
            WnetTest.assertOneMessage(r.err());
            r.assertNoStackTrace();
        }
        assertArrayEquals(before, Files.readAllBytes(file()));
    }

    private void twoUsersAfterAlice() {
        ok("sim", "session", "add", "elevated", "--user", "alice");
        ok("sim", "connect", "Q:", "\\\\srv\\q", "--user", "alice", "--profile", "force-overrides-in-use"); // switches alice's only
    }

    @Test
    void aCancelInOneUserNeverTouchesAnotherUsersProfileOrDeviceMap() {
        twoUsers();
        ok("sim", "connect", "X:", "\\\\nas\\scratch"); // the default user's, not persistent
        ok("sim", "connect", "X:", "\\\\nas\\scratch", "--user", "bob");
        String defaultBefore = ok("sim", "session", "list").out();

        assertTrue(ok("cancel", "Z:", "--force", "--update-profile", "--user", "bob").out().contains("NO_ERROR"));
        assertTrue(ok("cancel", "Y:", "--update-profile", "--user", "bob").out().contains("NO_ERROR"));
        ok("cancel-server", "nas", "--force", "--user", "bob");
        assertEquals(ExitCodes.NOT_CONNECTED, run("cancel", "\\\\fileserver\\IPC$", "--user", "bob").status(),
                "bob has no connection to the default user's IPC$");
        String bobNow = ok("list", "--remembered", "--user", "bob").out();
        assertFalse(bobNow.contains("Z:") || bobNow.contains("Y:") || bobNow.contains("X:"), bobNow);

        assertEquals(defaultBefore, ok("sim", "session", "list").out(), "the default user's sessions, connections and profile");
        ok("sim", "logon", "--user", "bob"); // bob's next logon ends bob's sessions only
        assertEquals(defaultBefore, ok("sim", "session", "list").out());
        String list = ok("list", "--remembered").out();
        assertTrue(list.lines().anyMatch(l -> l.startsWith("Z:") && l.contains("\\\\fileserver\\deploy") && l.contains("yes")), list);
        assertTrue(list.lines().anyMatch(l -> l.startsWith("X:")), "still connected: " + list);
        assertTrue(ok("get", "Z:", "--session", "elevated").out().contains("\\\\fileserver\\deploy"), "the linked twin's too");

        ok("sim", "connect", "Z:", "\\\\nas\\bob", "--persistent", "--user", "bob"); // and the other way round
        String bobBefore = ok("sim", "session", "list", "--user", "bob").out();
        ok("cancel", "Z:", "--force", "--update-profile");
        ok("sim", "logon");
        assertEquals(bobBefore, ok("sim", "session", "list", "--user", "bob").out());
        assertTrue(bobBefore.lines().anyMatch(l -> l.startsWith("Z:") && l.contains("\\\\nas\\bob") && l.contains("yes")), bobBefore);
    }

    @Test
    void anUnknownUserOrSessionIsOneLineNamingTheOnesThereAreAndTouchesNothing() throws IOException {
        twoUsers();
        byte[] before = Files.readAllBytes(file());
        List<String[]> commands = List.of(new String[] {"sim", "connect", "W:", "\\\\srv\\w"}, new String[] {"cancel", "Z:"},
                new String[] {"list"}, new String[] {"get", "Z:"}, new String[] {"unc", "Z:\\x"},
                new String[] {"cancel-server", "nas"}, new String[] {"sim", "logon"}, new String[] {"sim", "session", "list"},
                new String[] {"sim", "session", "add", "service"});
        for (String[] c : commands) {
            WnetTest.Run r = run(with(c, "--user", "carol"));
            assertEquals(ExitCodes.USAGE, r.status(), String.join(" ", c) + ": " + r.out());
            WnetTest.assertOneMessage(r.err());
            assertTrue(r.message().contains("no user \"carol\" (it has default, bob)"), r.err());
            r.assertNoStackTrace();
            if (c.length < 2 || !c[1].equals("session")) {
                r = run(with(c, "--user", "bob", "--session", "elevated"));
                assertEquals(ExitCodes.USAGE, r.status(), String.join(" ", c) + ": " + r.out());
                WnetTest.assertOneMessage(r.err());
                assertTrue(r.message().contains("no logon session \"elevated\" of user \"bob\" (it has desktop, backup service)"), r.err());
            }
        }
        assertArrayEquals(before, Files.readAllBytes(file()));
        WnetTest.Run noState = wnet("list", "--user", "bob");
        assertEquals(ExitCodes.USAGE, noState.status());
        assertTrue(noState.message().contains("--user picks a user") && noState.message().contains("add --state FILE"), noState.err());
        WnetTest.Run newFile = wnet("sim", "connect", "Z:", "\\\\srv\\z", "--user", "bob", "--state", dir.resolve("new.json").toString());
        assertEquals(ExitCodes.USAGE, newFile.status());
        assertTrue(newFile.message().contains("no user \"bob\" (it has default)"), newFile.err());
        assertFalse(Files.exists(dir.resolve("new.json")), "nothing written");
    }

    private static String[] with(String[] command, String... more) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void aFileWithAUserOrASessionTwiceIsRefusedInOneLineNamingItAndLeftUnchanged() throws IOException {
        String desktop = "{\"name\":\"desktop\"}";
        String[][] bad = {
                {"{\"version\":3,\"users\":[{\"name\":\"bob\",\"sessions\":[" + desktop + "]},{\"name\":\"bob\",\"sessions\":["
                        + desktop + "]}]}", "user \"bob\" is listed twice"},
                {"{\"version\":3,\"users\":[{\"name\":\"bob\",\"sessions\":[" + desktop + ",{\"name\":\"backup\"},{\"name\":\"backup\"}]}]}",
                        "user \"bob\" lists session \"backup\" twice"},
                {"{\"version\":3,\"users\":[{\"name\":\"bob\",\"sessions\":[" + desktop + "," + desktop + "]}]}",
                        "user \"bob\" lists session \"desktop\" twice"},
                {"{\"version\":3,\"users\":[{\"name\":\"a\",\"sessions\":[" + desktop + "]},{\"name\":\"bob\",\"sessions\":["
                        + desktop + ",{\"name\":\"elevated\"},{\"name\":\"elevated\",\"linked\":true}]}]}",
                        "user \"bob\" lists session \"elevated\" twice"},
                {"{\"version\":3,\"users\":[]}", "\"users\" is empty"},
                {"{\"version\":3,\"users\":[{\"name\":\" bob\",\"sessions\":[" + desktop + "]}]}", "user name \" bob\""},
                {"{\"version\":3,\"users\":[{\"sessions\":[" + desktop + "]}]}", "lacks \"name\""},
                {"{\"version\":3,\"users\":[{\"name\":\"bob\",\"sessions\":[]}]}", "the first session must be \"desktop\""},
                {"{\"version\":3,\"users\":[{\"name\":\"bob\",\"sessions\":[" + desktop + "]}],\"profile\":\"documented\"}",
                        "Unrecognized property \"profile\""},
        };
        for (String[] c : bad) {
            Files.writeString(file(), c[0]);
            for (String[] command : new String[][] {{"list"}, {"sim", "user", "add", "carol"}, {"sim", "user", "list"}}) {
                WnetTest.Run r = run(command);
                assertEquals(ExitCodes.USAGE, r.status(), c[0] + ": " + r.out());
                WnetTest.assertOneMessage(r.err());
                assertTrue(r.message().contains(c[1]) && r.message().contains("left unchanged"), c[0] + ": " + r.err());
                assertEquals(c[0], Files.readString(file()));
            }
        }
    }
}
