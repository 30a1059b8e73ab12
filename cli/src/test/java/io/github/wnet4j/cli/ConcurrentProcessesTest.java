package io.github.wnet4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static io.github.wnet4j.cli.WnetTest.wnet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code wnet} as separate processes on one state file, started together: each command's read,
 * decision and write is one exclusive step, so nothing is lost and nothing is cancelled twice.
 */
class ConcurrentProcessesTest {
    @TempDir
    Path dir;

    /** A {@code wnet} JVM: the test's class path minus the test tooling, started small and quick. */
    static ProcessBuilder wnetProcess(Map<String, String> env, String... args) {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String runtime = String.join(File.pathSeparator, Arrays.stream(cp.split(File.pathSeparator))
                .filter(e -> !e.endsWith("test-classes"))
                .filter(e -> !e.matches(".*(junit|opentest4j|apiguardian|surefire).*"))
                .toList());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", runtime, Wnet.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        return pb;
    }

    /** What a process printed and returned. */
    record Exit(int status, String out, String err) {
    }

    /** Starts every command at once, then waits for all. */
    static List<Exit> together(List<String[]> commands) throws IOException, InterruptedException {
        List<Process> started = new ArrayList<>();
        for (String[] c : commands) {
            started.add(wnetProcess(Map.of(), c).start());
        }
        List<Exit> exits = new ArrayList<>();
        for (Process p : started) {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "a wnet process did not finish");
            exits.add(new Exit(p.exitValue(), out, err));
        }
        return exits;
    }

    @Test
    void parallelConnectsOnDistinctDevicesLoseNoUpdate() throws Exception {
        String state = dir.resolve("s.json").toString();
        int rounds = 2;
        int processes = 8;
        Set<String> expected = new HashSet<>();
        for (int r = 0; r < rounds; r++) {
            List<String[]> commands = new ArrayList<>();
            for (int p = 0; p < processes; p++) {
                String device = (char) ('A' + r * processes + p) + ":";
                expected.add(device);
                commands.add(new String[] {"sim", "connect", device, "\\\\srv\\r" + r + "p" + p, "--state", state});
            }
            for (Exit e : together(commands)) {
                assertEquals(0, e.status(), e.err());
            }
        }
        JsonNode s = JsonMapper.builder().build().readTree(wnet("list", "--json", "--state", state).out());
        Set<String> saved = new HashSet<>();
        s.get("connections").forEach(d -> saved.add(d.get("device").asString()));
        assertEquals(expected, saved, "every process's device is in the file");
    }

    @Test
    void parallelConnectsInTwoSessionsLoseNoUpdate() throws Exception {
        String state = dir.resolve("s.json").toString();
        assertEquals(0, wnet("sim", "session", "add", "backup", "--state", state).status());
        List<String[]> commands = new ArrayList<>();
        for (int p = 0; p < 6; p++) {
            String device = (char) ('A' + p) + ":";
            commands.add(new String[] {"sim", "connect", device, "\\\\srv\\desk" + p, "--state", state});
            commands.add(new String[] {"sim", "connect", device, "\\\\srv\\backup" + p, "--session", "backup", "--state", state});
        }
        for (Exit e : together(commands)) {
            assertEquals(0, e.status(), e.err());
        }
        for (String session : new String[] {"desktop", "backup"}) {
            JsonNode s = JsonMapper.builder().build().readTree(
                    wnet("list", "--json", "--session", session, "--state", state).out());
            Set<String> saved = new HashSet<>();
            s.get("connections").forEach(d -> saved.add(d.get("remoteName").asString()));
            Set<String> expected = new HashSet<>();
            for (int p = 0; p < 6; p++) {
                expected.add("\\\\srv\\" + (session.equals("desktop") ? "desk" : "backup") + p);
            }
            assertEquals(expected, saved, "every process's connection is in session " + session);
        }
    }

    @Test
    void parallelCancelsOfOneDeviceSucceedExactlyOnce() throws Exception {
        String state = dir.resolve("s.json").toString();
        for (int round = 0; round < 2; round++) {
            assertEquals(0, wnet("sim", "connect", "Z:", "\\\\srv\\share" + round, "--state", state).status());
            List<String[]> commands = new ArrayList<>();
            for (int p = 0; p < 4; p++) {
                commands.add(new String[] {"cancel", "Z:", "--state", state});
            }
            List<Integer> statuses = together(commands).stream().map(Exit::status).sorted().toList();
            assertEquals(List.of(0, 1, 1, 1), statuses, "one success, then 'not connected' for the rest");
            assertFalse(wnet("list", "--state", state).out().contains("Z:"));
        }
    }

    @Test
    void parallelGuardedCancelsLookAndCancelAsOneStep() throws Exception {
        String state = dir.resolve("s.json").toString();
        assertEquals(0, wnet("sim", "connect", "Z:", "\\\\srv\\ours", "--state", state).status());
        List<String[]> commands = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            commands.add(new String[] {"cancel", "Z:", "--if-points-at", "\\\\srv\\ours", "--state", state});
        }
        commands.add(new String[] {"sim", "connect", "Z:", "\\\\srv\\theirs", "--state", state});
        List<Exit> exits = together(commands);
        List<Integer> guarded = exits.subList(0, 4).stream().map(Exit::status).sorted().toList();
        // Each guarded cancel looks and cancels under the file's lock, so no other command comes in between:
        // exactly one cancels ours; the others find Z: gone (1) or, after the connect, pointing at theirs (9).
        assertEquals(1, guarded.stream().filter(s -> s == 0).count(), "exactly one cancel of ours: " + exits);
        assertTrue(guarded.stream().allMatch(s -> s == 0 || s == 1 || s == 9), exits.toString());
        Exit connect = exits.get(4);
        if (connect.status() == 0) {
            assertTrue(wnet("get", "Z:", "--state", state).out().contains("\\\\srv\\theirs"), "theirs is never cancelled");
        }
    }

    @Test
    void parallelServerCancelsCancelEachConnectionOnce() throws Exception {
        String state = dir.resolve("s.json").toString();
        for (String[] c : new String[][] {{"Z:", "\\\\srv\\a"}, {"Y:", "\\\\srv\\b"}, {"\\\\srv\\IPC$"}}) {
            List<String> args = new ArrayList<>(List.of("sim", "connect"));
            args.addAll(List.of(c));
            args.addAll(List.of("--state", state));
            assertEquals(0, wnet(args.toArray(String[]::new)).status());
        }
        List<String[]> commands = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            commands.add(new String[] {"cancel-server", "srv", "--json", "--state", state});
        }
        int succeeded = 0;
        for (Exit e : together(commands)) {
            JsonNode o = JsonMapper.builder().build().readTree(e.out());
            for (JsonNode c : o.get("cancels")) {
                succeeded += c.get("outcome").get("code").asInt() == 0 ? 1 : 0;
            }
            assertTrue(e.status() == 0 || e.status() == 1, e.toString());
        }
        assertEquals(3, succeeded, "each of the three connections cancelled by exactly one process");
        assertEquals(1, wnet("cancel-server", "srv", "--state", state).status(), "none left");
    }

    @Test
    void underANonUtf8LocaleANameWithBytesItCannotDecodeIsRefused() throws Exception {
        String state = dir.resolve("s.json").toString();
        ProcessBuilder pb = wnetProcess(Map.of("LC_ALL", "C", "LANG", "C"), "sim", "connect", "\\\\srv\\ä", "--state", state);
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assumeTrue(WnetTest.unwrapped(err).contains("U+FFFD") || p.exitValue() == 0 && !Files.readString(Path.of(state)).contains("\\uFFFD"),
                "this JVM decodes argv as UTF-8 even under LC_ALL=C, so nothing is lost here");
        assertEquals(ExitCodes.USAGE, p.exitValue(), err);
        WnetTest.assertOneMessage(err);
        assertTrue(WnetTest.unwrapped(err).contains("sun.jnu.encoding=") && WnetTest.unwrapped(err).contains("LC_ALL=C.UTF-8"), err);
        assertFalse(Files.exists(Path.of(state)));
    }
}
