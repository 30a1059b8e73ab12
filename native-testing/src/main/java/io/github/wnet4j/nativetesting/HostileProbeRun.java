package io.github.wnet4j.nativetesting;

import io.github.wnet4j.nativeaccess.ProviderContractException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Every {@link HostileMode} met by one native backend in JVMs of its own ({@link HostileProviderProbe}),
 * since a backend that reads outside the buffer kills the JVM that runs it: one JVM for all modes,
 * and after a death or a hang a new one for the modes left, so each mode gets its own verdict.
 */
public final class HostileProbeRun {
    /** Far above what the probe needs (a few seconds for every mode on a loaded machine). */
    private static final long PROBE_SECONDS = 180;

    private HostileProbeRun() {
    }

    /**
     * What happened in one mode: the probe's line for it, or why its JVM died or hung there.
     *
     * @param mode the mode
     * @param line {@code mode <name> | open <handles> | <outcome>}, or null if the JVM died in it
     * @param death why the JVM died or hung in it, or null
     */
    public record Outcome(HostileMode mode, String line, String death) {
        /**
         * What is wrong with it, or null if the backend did what it must: the JVM lived and ended in
         * time, a {@link ProviderContractException} named the function and said what was wrong, and
         * no enumeration handle was left open.
         *
         * @return the problem, or null
         */
        public String problem() {
            if (line == null) {
                return "did not live through " + mode + ": " + death;
            }
            String[] parts = line.split(" \\| ", 3);
            if (!parts[1].equals("open 0")) {
                return "handles left open after " + mode + ": " + line;
            }
            String thrown = "threw " + ProviderContractException.class.getName() + ": " + mode.function()
                    + " broke its buffer contract: ";
            if (!parts[2].startsWith(thrown) || !parts[2].contains(mode.says())) {
                return "expected a contract violation naming " + mode.function() + " and saying '" + mode.says()
                        + "', got: " + parts[2];
            }
            return null;
        }
    }

    /**
     * Probes every mode through one backend.
     *
     * @param backendName the backend's provider name ({@code jna}, {@code jnr}, {@code ffm})
     * @return each mode's outcome
     * @throws InterruptedException if interrupted while waiting for a probe JVM
     */
    public static Map<HostileMode, Outcome> of(String backendName) throws InterruptedException {
        Map<HostileMode, String> lines = new EnumMap<>(HostileMode.class);
        Map<HostileMode, Outcome> outcomes = new EnumMap<>(HostileMode.class);
        List<HostileMode> left = new ArrayList<>(List.of(HostileMode.values()));
        while (!left.isEmpty()) {
            String died = probe(backendName, left, lines);
            for (HostileMode mode : List.copyOf(left)) {
                if (lines.containsKey(mode)) {
                    outcomes.put(mode, new Outcome(mode, lines.get(mode), null));
                    left.remove(mode);
                }
            }
            if (!left.isEmpty()) { // the first mode without a line is the one it died in
                HostileMode culprit = left.remove(0);
                outcomes.put(culprit, new Outcome(culprit, null, died != null ? died : "the probe printed nothing for it"));
            }
        }
        return outcomes;
    }

    /** Runs the probe over these modes, keeps its lines; why it died, or null if it ended well. */
    private static String probe(String backendName, List<HostileMode> modes, Map<HostileMode, String> lines)
            throws InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx256m",
                "-D" + MprDouble.LIBRARY_PROPERTY + "=" + System.getProperty(MprDouble.LIBRARY_PROPERTY)));
        if (Runtime.version().feature() >= 22) {
            command.add("--enable-native-access=ALL-UNNAMED");
        }
        command.addAll(List.of(HostileProviderProbe.class.getName(), backendName));
        modes.forEach(m -> command.add(m.name()));
        try {
            Path output = Files.createTempFile("wnet4j-hostile-" + backendName, ".txt");
            Path crashLog = Path.of(output + ".hs_err.log");
            command.add(1, "-XX:ErrorFile=" + crashLog);
            Process probe = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            String died = null;
            if (!probe.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
                probe.destroyForcibly().waitFor();
                died = "the probe JVM did not end within " + PROBE_SECONDS + " s (a read without bound?)";
            } else if (probe.exitValue() != 0) {
                died = "the probe JVM died with exit status " + probe.exitValue();
            }
            StringBuilder other = new StringBuilder();
            for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
                if (line.startsWith("mode ")) {
                    lines.put(HostileMode.valueOf(line.substring(5, line.indexOf(' ', 5))), line);
                } else if (other.length() < 2000) {
                    other.append(line).append(' ');
                }
            }
            Files.deleteIfExists(output);
            Files.deleteIfExists(crashLog);
            return died == null ? null : died + ": " + other.toString().trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the probe JVM " + command, e);
        }
    }
}
