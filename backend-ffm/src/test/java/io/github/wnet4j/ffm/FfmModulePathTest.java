package io.github.wnet4j.ffm;

import io.github.wnet4j.nativetesting.MprDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The FFM backend in fresh JVMs, as users run it: on a real module path and on the class path, with
 * native access granted (nothing printed) and without it (the JVM's warning names what to grant); and
 * on a JDK older than 22, where the provider still loads and says why it is unavailable. Tests
 * otherwise run on the class path of this JVM, where none of that is checked.
 */
class FfmModulePathTest {
    private static final String PROBE = """
            import io.github.wnet4j.WNet;
            import java.util.Set;
            public class Probe {
                public static void main(String[] args) {
                    WNet.diagnostics().forEach(System.out::println);
                    if (args.length > 0) {
                        System.out.println("ffm: " + WNet.named("ffm").cancelConnection2("Z:", Set.of(), false).code());
                        ModuleLayer.boot().findModule("io.github.wnet4j.ffm").ifPresent(m ->
                                System.out.println("io.github.wnet4j.ffm exports " + m.getDescriptor().exports()));
                    }
                }
            }
            """;

    /** The api, the shared native module and this backend, as built: the only entries the probe needs. */
    private static String path() {
        List<String> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String n = Path.of(e).getFileName().toString();
            boolean api = e.contains("/api/target/") || n.startsWith("wnet4j-api")
                    || e.contains("/native-common/target/") || n.startsWith("wnet4j-native-common");
            boolean ffm = e.contains("/backend-ffm/target/classes");
            if ((api || ffm) && !e.contains("test-classes")) {
                entries.add(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String run(Path java, Path dir, String... options) throws IOException, InterruptedException {
        Path probe = Files.writeString(dir.resolve("Probe.java"), PROBE);
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(List.of(options));
        command.add("-D" + MprDouble.LIBRARY_PROPERTY + "=" + System.getProperty(MprDouble.LIBRARY_PROPERTY));
        command.add(probe.toString());
        command.add("cancel");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the probe JVM did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private static Path thisJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    @Test
    void onTheModulePathWithNativeAccessGrantedItCancelsPrintsNoWarningAndExportsNothing(@TempDir Path dir) throws Exception {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        String out = run(thisJava(), dir, "-p", path(), "--add-modules", "io.github.wnet4j,io.github.wnet4j.ffm",
                "--enable-native-access=io.github.wnet4j.ffm");
        assertTrue(out.contains("ffm (priority 300): available"), out);
        // Nothing is served by the double in that JVM: the call reached it and came back with 1222.
        assertTrue(out.contains("ffm: 1222"), out);
        assertTrue(out.contains("io.github.wnet4j.ffm exports []"), out);
        assertFalse(out.contains("WARNING"), out);
    }

    @Test
    void onTheModulePathWithoutNativeAccessTheJvmWarningNamesTheModuleToGrant(@TempDir Path dir) throws Exception {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        String out = run(thisJava(), dir, "-p", path(), "--add-modules", "io.github.wnet4j,io.github.wnet4j.ffm");
        assertTrue(out.contains("ffm: 1222"), out);
        assertTrue(out.contains("--enable-native-access=io.github.wnet4j.ffm"), out);
    }

    @Test
    void onTheClassPathWithNativeAccessGrantedToAllUnnamedItPrintsNoWarning(@TempDir Path dir) throws Exception {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        String out = run(thisJava(), dir, "-cp", path(), "--enable-native-access=ALL-UNNAMED");
        assertTrue(out.contains("ffm: 1222"), out);
        assertFalse(out.contains("WARNING"), out);
    }

    @Test
    void onAJdkOlderThan22TheProviderLoadsAndSaysWhyItIsUnavailable(@TempDir Path dir) throws Exception {
        Optional<Path> old = olderJdk();
        assumeTrue(old.isPresent(), "no JDK older than 22 found (set -Dwnet4j.test.oldJdk=<java.home of JDK 17-21>)");
        for (List<String> path : List.of(List.of("-cp", path()), List.of("-p", path(), "--add-modules", "io.github.wnet4j.ffm"))) {
            Path probe = Files.writeString(dir.resolve("Probe.java"), PROBE);
            List<String> command = new ArrayList<>(List.of(old.get().resolve("bin/java").toString()));
            command.addAll(path);
            command.add(probe.toString());
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the probe JVM did not finish");
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), out);
            assertTrue(out.contains("ffm (priority 300): unavailable: could not load the mpr library"), path + ": " + out);
            assertTrue(out.contains("through FFM (java.lang.foreign): this JVM is Java "), path + ": " + out);
            assertTrue(out.contains("final only from Java 22 (run on JDK 22 or later, or use the jna or jnr backend)"), out);
        }
    }

    /** A JDK 17 to 21: the property, else the usual Debian and Temurin places. */
    private static Optional<Path> olderJdk() throws IOException {
        String named = System.getProperty("wnet4j.test.oldJdk");
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> all = Files.list(jvms)) {
            return all.filter(p -> p.getFileName().toString().matches("(java-|temurin-)(17|18|19|20|21)\\b.*"))
                    .filter(p -> Files.isExecutable(p.resolve("bin/java")))
                    .sorted().findFirst();
        }
    }
}
