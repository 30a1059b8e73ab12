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

    @Test
    void aVersion1FileLoadsAsOneUserWithOneDesktopSession() throws IOException {
        Files.write(file(), resource("state-version1.json"));
        String list = ok("list", "--remembered").out();
        assertTrue(list.contains("\\\\fileserver\\old"), list);
        assertTrue(ok("get", "Z:").out().contains("\\\\fileserver\\deploy"));
        String sessions = ok("session", "list").out();
        assertEquals(1, sessions.lines().filter(l -> l.startsWith("session ")).count(), sessions);
        assertTrue(sessions.contains("(profile: legacy-documentation)"), sessions);
        assertTrue(sessions.lines().anyMatch(l -> l.startsWith("X:") && l.endsWith("yes")), "X: in use: " + sessions);

        assertArrayEquals(resource("state-version1.json"), Files.readAllBytes(file()), "reading never rewrites");

        ok("session", "add", "elevated"); // the first save writes version 3, keeping everything, as user "default"
        JsonNode file = json();
        assertEquals(3, file.get("version").asInt());
        assertEquals(1, file.get("users").size());
        JsonNode s = file.get("users").get(0);
        assertEquals("default", s.get("name").asString());
        assertEquals("legacy-documentation", s.get("profile").asString());
        List<String> remembered = new ArrayList<>();
        s.get("remembered").forEach(r -> remembered.add(r.get("device").asString() + "=" + r.get("remoteName").asString()));
        assertEquals(List.of("Y:=\\\\fileserver\\old", "Z:=\\\\fileserver\\deploy"), remembered);
        JsonNode desktop = s.get("sessions").get(0);
        assertEquals(2, desktop.get("devices").size());
        assertEquals(2, desktop.get("devices").get(1).get("openFiles").asInt());
        assertEquals("\\\\fileserver\\IPC$", desktop.get("deviceless").get(0).get("remoteName").asString());
    }

    @Test
    void aVersion2FileLoadsAsTheDefaultUserAndIsWrittenAsVersion3WithTheSameContent() throws Exception {
        byte[] bytes = resource("state-version2.json");
        Files.write(file(), bytes);
        for (String[] read : new String[][] {{"list", "--remembered"}, {"get", "Z:", "--session", "elevated"},
                {"get", "LPT1:", "--session", "backup service"}, {"unc", "Z:\\x.txt"}, {"session", "list"}, {"user", "list"},
                {"list", "--profile", "legacy-documentation", "--user", "default"}}) {
            ok(read);
            assertArrayEquals(bytes, Files.readAllBytes(file()), String.join(" ", read) + " never rewrites");
        }
        assertTrue(ok("user", "list").out().contains("default *"));

        ok("user", "add", "bob"); // a change: written as version 3, the version-2 body as user "default"
        JsonNode v2 = JsonMapper.builder().build().readTree(bytes);
        JsonNode v3 = json();
        assertEquals(3, v3.get("version").asInt());
        JsonNode user = v3.get("users").get(0);
        assertEquals("default", user.get("name").asString());
        for (String field : new String[] {"profile", "remembered", "sessions"}) {
            assertEquals(v2.get(field), user.get(field), field);
        }
        assertEquals("bob", v3.get("users").get(1).get("name").asString());
    }

    @Test
    void theLinkedTwinSeesAndCancelsTheDesktopSessionsConnections() throws IOException {
        Files.write(file(), resource("state-version2.json"));
        assertTrue(ok("get", "Z:", "--session", "elevated").out().contains("\\\\fileserver\\deploy"));
        assertEquals(ExitCodes.NOT_CONNECTED, run("get", "LPT1:", "--session", "elevated").status());
        ok("cancel", "Z:", "--force", "--session", "elevated");
        assertEquals(ExitCodes.REMEMBERED_ONLY, run("get", "Z:").status(), "gone from the shared map, still remembered");
    }

    @Test
    void theS5TrapAnElevatedCancelForgetsButTheDesktopDriveStays() {
        ok("connect", "Z:", "\\\\fileserver\\deploy", "--persistent");
        ok("session", "add", "elevated");
        assertTrue(ok("cancel", "Z:", "--update-profile", "--session", "elevated").out().contains("NO_ERROR"));
        assertTrue(ok("list").out().contains("Z:"), "the user's Z: is still mapped");
        String sessions = ok("session", "list").out();
        assertTrue(sessions.lines().anyMatch(l -> l.startsWith("Z:") && l.contains("connected  no")), "no longer persistent: " + sessions);
        ok("logon");
        assertFalse(ok("list").out().contains("Z:"), "forgotten, so the next logon does not bring it back");
    }

    @Test
    void everyCommandThatActsTakesSession() {
        ok("connect", "Z:", "\\\\srv\\desk");
        ok("session", "add", "backup");
        ok("connect", "Z:", "\\\\srv\\backup", "--session", "backup");
        ok("connect", "Y:", "\\\\srv\\backup", "--persistent", "--session", "backup");
        ok("connect", "\\\\srv\\IPC$", "--session", "backup");
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
        String logon = ok("logon", "--session", "backup").out();
        assertTrue(logon.lines().anyMatch(l -> l.startsWith("Y:") && l.contains("unavailable")), "backup sees it remembered: " + logon);
        assertTrue(ok("get", "Y:").out().contains("\\\\srv\\backup"), "restored in the desktop session");
        assertFalse(ok("list").out().contains("desk"), "the desktop session's live connection ended");
    }

    @Test
    void badSessionNamesAreOneLineExitTwoAndTouchNothing() throws IOException {
        ok("connect", "Z:", "\\\\srv\\a");
        byte[] before = Files.readAllBytes(file());
        List<String[]> commands = List.of(new String[] {"connect", "Y:", "\\\\srv\\b"}, new String[] {"cancel", "Z:"},
                new String[] {"list"}, new String[] {"get", "Z:"}, new String[] {"unc", "Z:\\x"},
                new String[] {"cancel-server", "srv"}, new String[] {"logon"});
        for (String name : new String[] {"elevated", "nope", "", " padded", "tab\there"}) {
            for (String[] c : commands) {
                List<String> args = new ArrayList<>(List.of(c));
                args.addAll(List.of("--session", name));
                WnetTest.Run r = run(args.toArray(String[]::new));
                assertEquals(ExitCodes.USAGE, r.status(), args + ": " + r.out() + r.err());
                assertEquals(1, r.err().lines().count(), r.err());
                r.assertNoStackTrace();
                assertTrue(r.err().contains("session"), r.err());
            }
        }
        assertArrayEquals(before, Files.readAllBytes(file()));
        WnetTest.Run noState = wnet("list", "--session", "elevated");
        assertEquals(ExitCodes.USAGE, noState.status());
        assertTrue(noState.err().contains("add --state FILE"), noState.err());
    }

    @Test
    void sessionAddRefusesWhatNoMachineHas() throws IOException {
        ok("session", "add", "elevated", "--linked");
        byte[] before = Files.readAllBytes(file());
        for (String[] c : new String[][] {{"session", "add", "elevated"}, {"session", "add", "desktop"},
                {"session", "add", "backup", "--linked"}, {"session", "add", "x", "--session", "elevated"}}) {
            WnetTest.Run r = run(c);
            assertEquals(ExitCodes.USAGE, r.status(), String.join(" ", c) + ": " + r.out());
            assertEquals(1, r.err().lines().count(), r.err());
        }
        assertArrayEquals(before, Files.readAllBytes(file()));
        assertTrue(ok("session", "list").out().contains("session elevated (linked to desktop)"));
    }

    @Test
    void aFileWithImpossibleSessionsIsRefusedUnchanged() throws IOException {
        String[] bad = {
                "{\"version\":2,\"sessions\":[{\"name\":\"elevated\"}]}",
                "{\"version\":2,\"sessions\":[{\"name\":\"desktop\",\"linked\":true}]}",
                "{\"version\":2,\"sessions\":[{\"name\":\"desktop\"},{\"name\":\"desktop\"}]}",
                "{\"version\":2,\"sessions\":[{\"name\":\"desktop\"},{\"name\":\"elevated\",\"linked\":true,"
                        + "\"devices\":[{\"device\":\"Z:\",\"remoteName\":\"\\\\\\\\s\\\\x\",\"openFiles\":0,\"inUse\":false}]}]}",
                "{\"version\":2,\"sessions\":[{\"name\":\"desktop\",\"owner\":\"x\"}]}",
                "{\"version\":2,\"version\":2,\"sessions\":[{\"name\":\"desktop\"}]}",
                "{\"version\":3,\"sessions\":[{\"name\":\"desktop\"}]}",
                "{\"version\":4,\"users\":[]}",
                "{\"version\":2,\"sessions\":[{\"name\":\"desktop\"},{\"name\":\"elevated\"},{\"name\":\"elevated\"}]}",
                "{\"sessions\":[{\"name\":\"desktop\"}]}",
                "{\"version\":2,\"sessions\":[{\"name\":\"desktop\"}],\"devices\":[]}",
        };
        for (String content : bad) {
            Files.writeString(file(), content);
            WnetTest.Run r = run("list");
            assertEquals(ExitCodes.USAGE, r.status(), content + ": " + r.out());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains("left unchanged"), content + ": " + r.err());
            assertEquals(content, Files.readString(file()));
        }
    }
}
