package io.github.wnet4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.wnet4j.WNet;
import io.github.wnet4j.NoBackendException;
import io.github.wnet4j.ProviderStatus;
import io.github.wnet4j.spi.BackendProvider;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Discovery beside plugins that never return (issue 22, "discovery never waits on a plugin"): one
 * per place discovery runs a provider's code, each put beside the shipped backends by a services
 * file of its own, through the thread's context class loader, and met through the public entry
 * points. {@code get()}, {@code named("fake")} and {@code diagnostics()} must each answer, the
 * plugin's reason naming the call that did not return, and no thread may be left that keeps the JVM
 * alive. The bounds are 1000 ms; {@code assertTimeoutPreemptively} only stops a hang, timing nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HangingPluginTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final List<String> PROPERTIES = List.of("wnet4j.provider.timeout.ms",
            "wnet4j.availability.timeout.ms", "wnet4j.backend");
    private static final Map<String, String> BEFORE = new HashMap<>();
    private static final Figures FIGURES = Figures.of("5-hostile-providers");

    @TempDir
    Path dir;

    @BeforeAll
    static void smallBounds() {
        for (String p : PROPERTIES) {
            BEFORE.put(p, System.getProperty(p));
        }
        // The native backends load their library once per JVM, under the default bound here, so that
        // below they answer from memory well within the short one.
        diagnostics();
        System.setProperty(PROPERTIES.get(0), "1000");
        System.setProperty(PROPERTIES.get(1), "1000");
        System.clearProperty("wnet4j.backend"); // get() chooses by priority
    }

    @AfterAll
    static void releaseAndRestore() {
        HostileProviders.releaseAll();
        for (String p : PROPERTIES) {
            if (BEFORE.get(p) == null) {
                System.clearProperty(p);
            } else {
                System.setProperty(p, BEFORE.get(p));
            }
        }
        FIGURES.write();
    }

    static Stream<Arguments> places() {
        return Stream.of(
                arguments("its static initialiser", HostileProviders.InStaticInitialiser.class),
                arguments("its constructor", HostileProviders.InConstructor.class),
                arguments("its name()", HostileProviders.InName.class),
                arguments("its priority()", HostileProviders.InPriority.class),
                arguments("its isSimulator()", HostileProviders.InIsSimulator.class),
                arguments("its availability()", HostileProviders.InAvailability.class));
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void aPluginThatNeverReturnsIsPassedOver(String call, Class<? extends BackendProvider> plugin) throws IOException {
        // Before name() returns, only the class names the plugin.
        boolean named = call.equals("its priority()") || call.equals("its isSimulator()") || call.equals("its availability()");
        String listedAs = named ? "hostile-" + plugin.getSimpleName() : plugin.getName();
        String answered = guarded(plugin, () -> {
            int n = 0;
            assertNotEquals(listedAs, get(), "get() chose another backend");
            n++;
            assertEquals("fake", named("fake"));
            n++;
            ProviderStatus status = status(diagnostics(), listedAs);
            assertTrue(status.reason().startsWith(call + " did not return within 1000 ms"), status::toString);
            return ++n;
        });
        FIGURES.add("hanging plugin", "never returns from " + call + ": of get(), named(\"fake\"), diagnostics(),"
                + " answered with its reason naming the call; daemon threads left on it", answered);
    }

    @Order(2)
    @Test
    void aPluginWhoseCreateNeverReturnsIsNamedByGet() throws IOException {
        String answered = guarded(HostileProviders.InCreate.class, () -> {
            NoBackendException e = assertThrows(NoBackendException.class, HangingPluginTest::get);
            assertTrue(e.getMessage().startsWith("The wnet4j backend 'hostile-InCreate' said it was available,"
                    + " but its create() did not return within 1000 ms"), e::getMessage);
            int n = 1;
            assertEquals("fake", named("fake"));
            n++;
            assertTrue(status(diagnostics(), "hostile-InCreate").available(), "create() is not asked for diagnostics");
            return ++n;
        });
        FIGURES.add("hanging plugin", "never returns from its create(): of get() (failing, naming it),"
                + " named(\"fake\"), diagnostics(), answered; daemon threads left on it", answered);
    }

    /**
     * Runs {@code calls} with {@code plugin} registered beside the shipped backends, stopped if it
     * hangs; no thread that keeps the JVM alive may be added. {@return how many calls answered, of
     * three, and how many daemon threads discovery left on the plugin}
     */
    private String guarded(Class<? extends BackendProvider> plugin, ThrowingSupplier<Integer> calls) throws IOException {
        Path services = dir.resolve("META-INF/services/" + BackendProvider.class.getName());
        Files.createDirectories(services.getParent());
        Files.write(services, List.of(plugin.getName()));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            return assertTimeoutPreemptively(HANG_GUARD, () -> {
                Set<Thread> before = nonDaemonThreads();
                Thread.currentThread().setContextClassLoader(loader);
                int answered = calls.get();
                Set<Thread> added = nonDaemonThreads();
                added.removeAll(before);
                assertEquals(Set.of(), added, "threads that would keep the JVM alive");
                List<Thread> left = Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().startsWith("wnet4j discovery: ") && t.getName().contains(plugin.getName()))
                        .toList();
                assertTrue(left.stream().allMatch(Thread::isDaemon), left::toString);
                return answered + " / 3; " + left.size();
            }, "discovery hung on " + plugin.getSimpleName());
        }
    }

    private static ProviderStatus status(List<ProviderStatus> all, String name) {
        return all.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not listed: " + all));
    }

    private static Set<Thread> nonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> !t.isDaemon()).collect(Collectors.toCollection(HashSet::new));
    }

    // The public entry points, through the thread's context class loader.

    private static String get() {
        return WNet.get().backendName();
    }

    private static String named(String name) {
        return WNet.named(name).backendName();
    }

    private static List<ProviderStatus> diagnostics() {
        return WNet.diagnostics();
    }
}
