package io.github.wnet4j.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code wnet} processes on one state file: under any interleaving the file holds what some serial
 * order of the commands gives, and a process killed with SIGKILL in the middle of a save leaves the
 * old file or the new one, never a torn one, and its temporary file is gone after the next save.
 */
class StateFileProcessesTest {
    private static final int PROCESSES = 8;
    private static final int OWN = 16;
    private static final int SHARED = 24;
    private static final int KILL_CYCLES = 20;
    private static final Pattern TEMPORARY = Pattern.compile("\\.s\\.json\\.(wnet-\\d+-\\d+|\\d+)\\.tmp");

    @TempDir
    Path dir;

    private static ProcessBuilder driver(String... args) {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", cp, StateFileDriver.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    }

    private JsonNode list(Path state) {
        Cli.Run run = Cli.wnet("list", "--json", "--state", state.toString());
        assertEquals(0, run.status(), run.err());
        return JsonMapper.builder().build().readTree(run.out());
    }

    @Test
    void processesLoseNoUpdateAndCancelNothingTwice() throws Exception {
        Path state = dir.resolve("s.json");
        for (int j = 0; j < SHARED; j++) {
            assertEquals(0, Cli.wnet("sim", "connect", "\\\\srv\\shared-" + j, "--state", state.toString()).status());
        }
        List<Process> started = new ArrayList<>();
        for (int p = 0; p < PROCESSES; p++) {
            started.add(driver("mix", state.toString(), Integer.toString(p), Integer.toString(OWN), Integer.toString(SHARED)).start());
        }
        Map<String, Integer> cancelled = new HashMap<>();
        int commands = 0;
        for (Process p : started) {
            List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertTrue(p.waitFor(300, TimeUnit.SECONDS), "a driver did not finish");
            assertEquals(0, p.exitValue());
            for (String line : lines) {
                String[] f = line.split(" ");
                int status = Integer.parseInt(f[2]);
                assertTrue(f[0].equals("connect") ? status == 0 : status == 0 || status == 1, line);
                if (f[0].equals("cancel") && status == 0) {
                    cancelled.merge(f[1], 1, Integer::sum);
                }
                commands++;
            }
        }
        assertEquals(PROCESSES * (OWN + SHARED), commands, "every command reported");

        JsonNode s = list(state);
        Set<String> inFile = new HashSet<>();
        s.get("connections").forEach(c -> inFile.add(c.get("remoteName").asString())); // only deviceless ones here
        int lost = 0;
        for (int p = 0; p < PROCESSES; p++) {
            for (int i = 0; i < OWN; i++) {
                lost += inFile.contains("\\\\srv\\p" + p + "-" + i) ? 0 : 1;
            }
        }
        int twice = cancelled.values().stream().mapToInt(n -> Math.max(0, n - 1)).sum();
        int never = SHARED - cancelled.size();
        Figures.of("state-file-processes")
                .add("state file: processes", "processes x commands on one state file (connect own, cancel shared)",
                        PROCESSES + " x " + (OWN + SHARED) + " = " + commands)
                .add("state file: processes", "updates lost / cancels that succeeded twice / shared never cancelled",
                        lost + " / " + twice + " / " + never)
                .write();
        assertEquals(0, lost, "connects missing from the file");
        assertEquals(0, twice, "cancels that succeeded twice: " + cancelled);
        assertEquals(0, never, "shared connections no process cancelled: " + cancelled);
        assertEquals(PROCESSES * OWN, inFile.size(), "the shared ones are gone, the own ones all there");
    }

    @Test
    void aKillDuringASaveNeverTearsTheFileAndTheNextSaveCleansUp() throws Exception {
        Path state = dir.resolve("s.json");
        Files.writeString(state, bulkyState());
        assertEquals(0, Cli.wnet("sim", "connect", "Z:", "\\\\srv\\keep", "--persistent", "--state", state.toString()).status());
        int torn = 0;
        int caughtMidSave = 0;
        int leftAfterNextSave = 0;
        try (WatchService watch = dir.getFileSystem().newWatchService()) {
            dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            for (int cycle = 0; cycle < KILL_CYCLES; cycle++) {
                for (WatchKey old = watch.poll(); old != null; old = watch.poll()) { // this test's own saves
                    old.pollEvents();
                    old.reset();
                }
                Process p = driver("churn", state.toString(), Integer.toString(cycle)).start();
                killWhenASaveStarts(watch, p);
                assertTrue(p.waitFor(60, TimeUnit.SECONDS));

                caughtMidSave += temporaryFiles() > 0 ? 1 : 0;
                Cli.Run listed = Cli.wnet("list", "--json", "--state", state.toString());
                if (listed.status() != 0 || !listed.out().contains("\\\\\\\\srv\\\\keep")) {
                    torn++;
                }
                assertEquals(0, Cli.wnet("sim", "connect", "\\\\srv\\after-" + cycle, "--state", state.toString()).status());
                leftAfterNextSave += temporaryFiles();
            }
        }
        Figures.of("state-file-processes-kill")
                .add("state file: kill -9", "kill -9 cycles during saves / torn files", KILL_CYCLES + " / " + torn)
                .add("state file: kill -9", "kills that caught a save mid-write / temporary files left after the next save",
                        caughtMidSave + " / " + leftAfterNextSave)
                .write();
        assertEquals(0, torn, "torn state files");
        assertEquals(0, leftAfterNextSave, "temporary files left after the next save");
    }

    /** SIGKILLs the driver as soon as one of its temporary files appears, that is, in the middle of a save. */
    private static void killWhenASaveStarts(WatchService watch, Process driver) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            WatchKey key = watch.poll(100, TimeUnit.MILLISECONDS);
            if (key == null) {
                assertTrue(driver.isAlive(), "the driver stopped by itself");
                continue;
            }
            boolean saving = key.pollEvents().stream()
                    .anyMatch(e -> e.context() instanceof Path p && TEMPORARY.matcher(p.getFileName().toString()).matches());
            key.reset();
            if (saving) {
                driver.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
                return;
            }
        }
        driver.destroyForcibly();
        throw new AssertionError("the driver saved nothing for a minute");
    }

    /**
     * About 400 KB of deviceless connections with long names, so that writing and forcing a save to disk
     * takes long enough for a kill at a random moment to land in it often.
     */
    private static String bulkyState() {
        StringBuilder s = new StringBuilder("{\"version\": 3, \"users\": [{\"name\": \"default\", \"profile\": \"documented\","
                + " \"remembered\": [], \"sessions\": [{\"name\": \"desktop\", \"devices\": [], \"deviceless\": [");
        String longName = "x".repeat(4000);
        for (int i = 0; i < 100; i++) {
            s.append(i == 0 ? "" : ",").append("{\"remoteName\": \"\\\\\\\\srv\\\\").append(longName).append(i)
                    .append("\", \"openFiles\": 0, \"inUse\": false}");
        }
        return s.append("]}]}]}").toString();
    }

    private long temporaryFiles() throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> TEMPORARY.matcher(f.getFileName().toString()).matches()).count();
        }
    }
}
