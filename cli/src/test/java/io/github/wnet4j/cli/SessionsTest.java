package io.github.wnet4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.github.wnet4j.cli.WnetTest.resource;
import static io.github.wnet4j.cli.WnetTest.wnet;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The state file's users and logon sessions, and {@code --session NAME} (specification "Logon sessions"). */
class SessionsTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("s.json");
    }

    private WnetTest.Run run(String... args) {
        return WnetTest.wnetOn(file(), args);
    }

    private WnetTest.Run ok(String... args) {
        return WnetTest.wnetOk(file(), args);
    }

    private JsonNode json() throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(file()));
    }

    /** Versions 1 and 2 were development formats no release wrote: refused in one message, the file kept. */
    @Test
    void aVersion1Or2FileIsRefusedInOneMessageAndKept() throws IOException {
        for (String fixture : new String[] {"state-version1.json", "state-version2.json"}) {
            byte[] bytes = resource(fixture);
            Files.write(file(), bytes);
            for (String[] command : new String[][] {{"list"}, {"cancel", "Z:"}, {"sim", "session", "list"}, {"sim", "logon"}}) {
                WnetTest.Run r = run(command);
                assertEquals(ExitCodes.USAGE, r.status(), fixture + ": " + String.join(" ", command));
                WnetTest.assertOneMessage(r.err());
                assertTrue(r.message().contains("no release wrote") && r.message().contains("'wnet sim'"), r.err());
                assertArrayEquals(bytes, Files.readAllBytes(file()), fixture + " kept");
            }
        }
    }

    @Test
    void theLinkedTwinSeesAndCancelsTheDesktopSessionsConnections() throws IOException {
        Files.write(file(), resource("state-sessions.json"));
        assertTrue(ok("get", "Z:", "--session", "elevated").out().contains("\\\\fileserver\\deploy"));
        assertEquals(ExitCodes.NOT_CONNECTED, run("get", "LPT1:", "--session", "elevated").status());
        ok("cancel", "Z:", "--force", "--session", "elevated");
        assertEquals(ExitCodes.REMEMBERED_ONLY, run("get", "Z:").status(), "gone from the shared map, still remembered");
    }

    @Test
    void theS5TrapAnElevatedCancelForgetsButTheDesktopDriveStays() {
        ok("sim", "connect", "Z:", "\\\\fileserver\\deploy", "--persistent");
        ok("sim", "session", "add", "elevated");
        assertTrue(ok("cancel", "Z:", "--update-profile", "--session", "elevated").out().contains("NO_ERROR"));
        assertTrue(ok("list").out().contains("Z:"), "the user's Z: is still mapped");
        String sessions = ok("sim", "session", "list").out();
        assertTrue(sessions.lines().anyMatch(l -> l.startsWith("Z:") && l.contains("connected  no")), "no longer persistent: " + sessions);
        ok("sim", "logon");
        assertFalse(ok("list").out().contains("Z:"), "forgotten, so the next logon does not bring it back");
    }

    @Test
    void everyCommandThatActsTakesSession() {
        ok("sim", "connect", "Z:", "\\\\srv\\desk");
        ok("sim", "session", "add", "backup");
        ok("sim", "connect", "Z:", "\\\\srv\\backup", "--session", "backup");
        ok("sim", "connect", "Y:", "\\\\srv\\backup", "--persistent", "--session", "backup");
        ok("sim", "connect", "\\\\srv\\IPC$", "--session", "backup");
        assertTrue(ok("get", "Z:", "--session", "backup").out().contains("\\\\srv\\backup"));
        assertTrue(ok("get", "Z:").out().contains("\\\\srv\\desk"));
        assertTrue(ok("unc", "Z:\\a.txt", "--session", "backup").out().contains("\\\\srv\\backup\\a.txt"));
        String list = ok("list", "--session", "backup").out();
        assertTrue(list.contains("Y:") && list.contains("IPC$") && !list.contains("desk"), list);
        ok("cancel", "Z:", "--session", "backup");
        assertTrue(ok("get", "Z:").out().contains("\\\\srv\\desk"), "the desktop session's Z: is another connection");
        assertEquals(ExitCodes.NOT_CONNECTED, run("get", "Z:", "--session", "backup").status());
        ok("cancel-server", "srv", "--session", "backup");
        assertFalse(ok("list", "--session", "backup").out().contains("srv"));
        assertTrue(ok("list").out().contains("\\\\srv\\desk"), "cancel-server stayed in its session");
        // S7: the next logon ends every session; Y: was remembered, the profile is the user's
        String logon = ok("sim", "logon", "--session", "backup").out();
        assertTrue(logon.lines().anyMatch(l -> l.startsWith("Y:") && l.contains("unavailable")), "backup sees it remembered: " + logon);
        assertTrue(ok("get", "Y:").out().contains("\\\\srv\\backup"), "restored in the desktop session");
        assertFalse(ok("list").out().contains("desk"), "the desktop session's live connection ended");
    }

    @Test
    void badSessionNamesAreOneLineExitTwoAndTouchNothing() throws IOException {
        ok("sim", "connect", "Z:", "\\\\srv\\a");
        byte[] before = Files.readAllBytes(file());
        List<String[]> commands = List.of(new String[] {"sim", "connect", "Y:", "\\\\srv\\b"}, new String[] {"cancel", "Z:"},
                new String[] {"list"}, new String[] {"get", "Z:"}, new String[] {"unc", "Z:\\x"},
                new String[] {"cancel-server", "srv"}, new String[] {"sim", "logon"});
        for (String name : new String[] {"elevated", "nope", "", " padded", "tab\there"}) {
            for (String[] c : commands) {
                List<String> args = new ArrayList<>(List.of(c));
                args.addAll(List.of("--session", name));
                WnetTest.Run r = run(args.toArray(String[]::new));
                assertEquals(ExitCodes.USAGE, r.status(), args + ": " + r.out() + r.err());
                WnetTest.assertOneMessage(r.err());
                r.assertNoStackTrace();
                assertTrue(r.message().contains("session"), r.err());
            }
        }
        assertArrayEquals(before, Files.readAllBytes(file()));
        WnetTest.Run noState = wnet("list", "--session", "elevated");
        assertEquals(ExitCodes.USAGE, noState.status());
        assertTrue(noState.message().contains("add --state FILE"), noState.err());
    }

    @Test
    void sessionAddRefusesWhatNoMachineHas() throws IOException {
        ok("sim", "session", "add", "elevated", "--linked");
        byte[] before = Files.readAllBytes(file());
        for (String[] c : new String[][] {{"sim", "session", "add", "elevated"}, {"sim", "session", "add", "desktop"},
                {"sim", "session", "add", "backup", "--linked"}, {"sim", "session", "add", "x", "--session", "elevated"}}) {
            WnetTest.Run r = run(c);
            assertEquals(ExitCodes.USAGE, r.status(), String.join(" ", c) + ": " + r.out());
            WnetTest.assertOneMessage(r.err());
        }
        assertArrayEquals(before, Files.readAllBytes(file()));
        assertTrue(ok("sim", "session", "list").out().contains("session elevated (linked to desktop)"));
    }

    @Test
    void aFileWithImpossibleSessionsIsRefusedUnchanged() throws IOException {
        String user = "{\"version\":3,\"users\":[{\"name\":\"default\",";
        String[] bad = {
                user + "\"sessions\":[{\"name\":\"elevated\"}]}]}",
                user + "\"sessions\":[{\"name\":\"desktop\",\"linked\":true}]}]}",
                user + "\"sessions\":[{\"name\":\"desktop\"},{\"name\":\"desktop\"}]}]}",
                user + "\"sessions\":[{\"name\":\"desktop\"},{\"name\":\"elevated\",\"linked\":true,"
                        + "\"devices\":[{\"device\":\"Z:\",\"remoteName\":\"\\\\\\\\s\\\\x\",\"openFiles\":0,\"inUse\":false}]}]}]}",
                user + "\"sessions\":[{\"name\":\"desktop\",\"owner\":\"x\"}]}]}",
                "{\"version\":3,\"version\":3,\"users\":[{\"name\":\"a\",\"sessions\":[{\"name\":\"desktop\"}]}]}",
                "{\"version\":3,\"sessions\":[{\"name\":\"desktop\"}]}",
                "{\"version\":4,\"users\":[]}",
                user + "\"sessions\":[{\"name\":\"desktop\"},{\"name\":\"elevated\"},{\"name\":\"elevated\"}]}]}",
                "{\"users\":[{\"name\":\"a\",\"sessions\":[{\"name\":\"desktop\"}]}]}",
                "{\"version\":3,\"users\":[{\"name\":\"a\",\"sessions\":[{\"name\":\"desktop\"}]}],\"devices\":[]}",
        };
        for (String content : bad) {
            Files.writeString(file(), content);
            WnetTest.Run r = run("list");
            assertEquals(ExitCodes.USAGE, r.status(), content + ": " + r.out());
            WnetTest.assertOneMessage(r.err());
            assertTrue(r.message().contains("left unchanged"), content + ": " + r.err());
            assertEquals(content, Files.readString(file()));
        }
    }
}
