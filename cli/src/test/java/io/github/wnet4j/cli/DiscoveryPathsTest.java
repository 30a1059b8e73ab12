package io.github.wnet4j.cli;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * ServiceLoader discovery of every backend works on the class path, on the module path (the
 * library's module-info {@code uses}/{@code provides}), and from a separate class loader.
 * The first two start real JVMs running {@code wnet backends --json}.
 */
class DiscoveryPathsTest {
    private static final Path DOUBLE = Path.of("../native-testing/target/native/libmprdouble.so").toAbsolutePath().normalize();

    /** The jars and class folders wnet runs with: the test class path minus the test tooling. */
    private static List<String> runtimeEntries() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(cp.split(File.pathSeparator))
                .filter(e -> !e.endsWith("test-classes"))
                .filter(e -> !e.matches(".*(junit|opentest4j|apiguardian|surefire).*"))
                .toList();
    }

    /** fake, jna and jnr, and ffm where the build has it (on JDK 22+, cli's ffm profile adds it at run time). */
    private static Set<String> expectedBackends() {
        Set<String> names = new java.util.TreeSet<>(Set.of("fake", "jna", "jnr"));
        if (runtimeEntries().stream().anyMatch(e -> e.contains("backend-ffm"))) {
            names.add("ffm");
        }
        return names;
    }

    private static JsonNode runJava(List<String> args) throws IOException, InterruptedException {
        return runJava(args, 0);
    }

    private static JsonNode runJava(List<String> args, int expectedStatus) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the JVM did not finish");
        assertEquals(expectedStatus, p.exitValue(), "exit status; stderr:\n" + err + "\nstdout:\n" + out);
        return JsonMapper.builder().build().readTree(out);
    }

    private static void assertAllThreeFoundAndNativesUseTheDouble(JsonNode backends) {
        Set<String> names = new java.util.TreeSet<>();
        for (JsonNode b : backends) {
            names.add(b.get("name").asString());
            if (!b.get("name").asString().equals("fake")) {
                assertTrue(b.get("available").asBoolean(), "available through the double: " + b);
            }
        }
        assertEquals(expectedBackends(), names, backends.toString());
    }

    @Test
    void onTheClassPath() throws Exception {
        assumeTrue(Files.exists(DOUBLE), "the native test double is built only on Linux: " + DOUBLE);
        JsonNode backends = runJava(List.of("-Dwnet4j.mpr.library=" + DOUBLE,
                "-cp", String.join(File.pathSeparator, runtimeEntries()),
                "io.github.wnet4j.cli.Wnet", "backends", "--json"));
        assertAllThreeFoundAndNativesUseTheDouble(backends);
    }

    @Test
    void onTheModulePath() throws Exception {
        assumeTrue(Files.exists(DOUBLE), "the native test double is built only on Linux: " + DOUBLE);
        List<String> entries = runtimeEntries();
        JsonNode backends = runJava(List.of("-Dwnet4j.mpr.library=" + DOUBLE,
                "--module-path", String.join(File.pathSeparator, entries),
                // Only what the cli requires is resolved; the providers come in through service binding.
                "--module", "io.github.wnet4j.cli/io.github.wnet4j.cli.Wnet", "backends", "--json"));
        assertAllThreeFoundAndNativesUseTheDouble(backends);
        assertTrue(entries.stream().anyMatch(e -> e.contains("backend-jna") || e.contains("wnet4j-backend-jna")),
                "the jna backend was on the module path: " + entries);

        // A real call through each native backend, from the module path, into the double (which
        // answers ERROR_NO_NETWORK while no model is served): exit status 5, the network class.
        for (String backend : expectedBackends().stream().filter(b -> !b.equals("fake")).toList()) {
            JsonNode outcome = runJava(List.of("-Dwnet4j.mpr.library=" + DOUBLE,
                    "--module-path", String.join(File.pathSeparator, entries),
                    "--module", "io.github.wnet4j.cli/io.github.wnet4j.cli.Wnet", "cancel", "Z:", "--backend", backend, "--json"),
                    ExitCodes.NETWORK);
            assertEquals(backend, outcome.get("backend").asString());
            assertEquals("ERROR_NO_NETWORK", outcome.get("error").asString(), outcome.toString());
        }
    }

    @Test
    void fromASeparateClassLoader() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String e : runtimeEntries()) {
            urls.add(Path.of(e).toUri().toURL());
        }
        // Parent: the platform loader, so every wnet4j class is this loader's own copy.
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Class<?> door = Class.forName("io.github.wnet4j.WNet", true, loader);
            assertNotSame(io.github.wnet4j.WNet.class, door);

            // Discovery is internal: the facade discovers through the thread's context class loader.
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                List<?> statuses = (List<?>) door.getMethod("diagnostics").invoke(null);
                Set<String> names = statuses.stream().map(s -> {
                    try {
                        return (String) s.getClass().getMethod("name").invoke(s);
                    } catch (ReflectiveOperationException e) {
                        throw new AssertionError(e);
                    }
                }).collect(Collectors.toSet());
                assertEquals(expectedBackends(), names);

                // The fake from that loader cancels a connection seeded in that loader's shared logon.
                Class<?> fakeLogon = Class.forName("io.github.wnet4j.fake.FakeLogon", true, loader);
                Object logon = fakeLogon.getMethod("shared").invoke(null);
                fakeLogon.getMethod("connectDevice", String.class, String.class).invoke(logon, "K:", "\\\\srv\\loader");
                Object canceller = door.getMethod("named", String.class).invoke(null, "fake");
                assertSame(loader, canceller.getClass().getClassLoader());
                Method cancel = canceller.getClass().getInterfaces()[0].getMethod("cancelConnection2", String.class, Set.class, boolean.class);
                Object outcome = cancel.invoke(canceller, "K:", Set.of(), false);
                assertEquals(0, outcome.getClass().getMethod("code").invoke(outcome));
                assertEquals(false, fakeLogon.getMethod("isConnected", String.class).invoke(logon, "K:"));
            } finally {
                thread.setContextClassLoader(before);
            }
        }
    }
}
