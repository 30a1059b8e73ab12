package io.github.wnet4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wnet4j.spi.BackendProvider;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A provider that never returns, in each place discovery runs a provider's code (issue 22, "discovery
 * never waits on a plugin"): found through ServiceLoader from a services file of its own, beside this
 * module's test providers ({@code svc-real}, a real backend of priority 100, {@code svc-sim} and one
 * whose constructor throws). {@code get()} and {@code named()} answer anyway, the hung provider's
 * reason names the call that did not return, and no thread is left that keeps the JVM alive.
 *
 * <p>The bounds are 1000 ms here, far above what a healthy provider takes on a loaded machine. The
 * outcomes are asserted, never a duration:
 * {@code assertTimeoutPreemptively} only stops a test that hangs (as each did before discovery was
 * bounded), far above any bound.
 */
class HangingProviderTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private static final String READING_BOUND = "wnet4j.provider.timeout.ms";
    private static final String CALL_BOUND = "wnet4j.availability.timeout.ms";

    @TempDir
    Path dir;

    private URLClassLoader loader;
    private String readingBefore;
    private String callBefore;

    @BeforeEach
    void arm() {
        readingBefore = System.getProperty(READING_BOUND);
        callBefore = System.getProperty(CALL_BOUND);
        System.setProperty(READING_BOUND, "1000");
        System.setProperty(CALL_BOUND, "1000");
        HangingProviders.arm();
    }

    @AfterEach
    void release() throws IOException {
        HangingProviders.releaseAll();
        restore(READING_BOUND, readingBefore);
        restore(CALL_BOUND, callBefore);
        if (loader != null) {
            loader.close();
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    /** A fresh discovery through a class loader that also sees a services file naming {@code provider}. */
    private Discovery discover(Class<? extends BackendProvider> provider) throws IOException {
        if (loader == null) {
            Path services = dir.resolve("META-INF/services/" + BackendProvider.class.getName());
            Files.createDirectories(services.getParent());
            Files.write(services, List.of(provider.getName()));
            loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
        }
        return Discovery.load(loader);
    }

    @Test
    void aStaticInitialiserThatNeverReturns() {
        Class<HangingProviders.InStaticInitialiser> c = HangingProviders.InStaticInitialiser.class;
        passedOverWhileReading(c, c.getName(), "its static initialiser");
    }

    @Test
    void aConstructorThatNeverReturns() {
        Class<HangingProviders.InConstructor> c = HangingProviders.InConstructor.class;
        passedOverWhileReading(c, c.getName(), "its constructor");
    }

    @Test
    void aNameThatNeverReturns() {
        Class<HangingProviders.InName> c = HangingProviders.InName.class;
        passedOverWhileReading(c, c.getName(), "its name()");
    }

    @Test
    void aPriorityThatNeverReturns() {
        guarded(() -> {
            // Its name is known, so named() waits for it, to its deadline, and says what hung.
            NoBackendException e = assertThrows(NoBackendException.class,
                    () -> discover(HangingProviders.InPriority.class).named("hangs-in-priority"));
            assertTrue(e.getMessage().startsWith("The wnet4j backend 'hangs-in-priority' could not be read:"
                    + " its priority() did not return within 1000 ms"), e::getMessage);
        });
        passedOverWhileReading(HangingProviders.InPriority.class, "hangs-in-priority", "its priority()");
    }

    @Test
    void anIsSimulatorThatNeverReturns() {
        passedOverWhileReading(HangingProviders.InIsSimulator.class, "hangs-in-is-simulator", "its isSimulator()");
    }

    @Test
    void anAvailabilityThatNeverReturns() {
        Class<HangingProviders.InAvailability> c = HangingProviders.InAvailability.class;
        guarded(() -> {
            Discovery d = discover(c); // one discovery: the availability is asked once, and waited for once
            assertEquals("svc-real", select(d));
            ProviderStatus hung = status(d.diagnostics(), "hangs-in-availability");
            assertEquals(1000, hung.priority(), "read through: only its availability is missing");
            assertTrue(hung.reason().startsWith("its availability() did not return within 1000 ms; it is left running"
                    + " on daemon thread 'wnet4j discovery: availability of hangs-in-availability (" + c.getName() + ")'."
                    + " Set -D" + CALL_BOUND + "=MILLISECONDS to wait longer."), hung::toString);
            NoBackendException e = assertThrows(NoBackendException.class, () -> d.named("hangs-in-availability"));
            assertTrue(e.getMessage().startsWith("The wnet4j backend 'hangs-in-availability' is not available:"
                    + " its availability() did not return within 1000 ms"), e::getMessage);
            assertEquals("svc-real", discover(c).named("svc-real").backendName(), "named() asks no other provider");
            assertTheHungThreadIsADaemon();
        });
    }

    @Test
    void aCreateThatNeverReturns() {
        Class<HangingProviders.InCreate> c = HangingProviders.InCreate.class;
        guarded(() -> {
            String expected = "The wnet4j backend 'hangs-in-create' said it was available, but its create() did not"
                    + " return within 1000 ms; it is left running on daemon thread 'wnet4j discovery: creating backend"
                    + " hangs-in-create (" + c.getName() + ")'. Set -D" + CALL_BOUND + "=MILLISECONDS to wait longer.";
            NoBackendException viaGet = assertThrows(NoBackendException.class, () -> select(discover(c)));
            assertTrue(viaGet.getMessage().startsWith(expected), viaGet::getMessage);
            assertEquals("hangs-in-create", viaGet.providers().get(0).name());
            assertFalse(viaGet.providers().get(0).available());
            NoBackendException viaName = assertThrows(NoBackendException.class, () -> discover(c).named("hangs-in-create"));
            assertTrue(viaName.getMessage().startsWith(expected), viaName::getMessage);
            assertEquals("svc-real", discover(c).named("svc-real").backendName());
            assertTheHungThreadIsADaemon();
        });
    }

    @Test
    void anInterruptEndsTheWaitAndIsKept() {
        Class<HangingProviders.InConstructor> c = HangingProviders.InConstructor.class;
        guarded(() -> {
            System.setProperty(READING_BOUND, "600000"); // only the interrupt can end the wait
            Discovery d = discover(c);
            HangingProviders.awaitHanging();
            Thread.currentThread().interrupt();
            try {
                List<ProviderStatus> all = d.diagnostics();
                assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept for the caller");
                assertEquals("its constructor had not returned when the thread waiting for it was interrupted; it is left"
                        + " running on daemon thread 'wnet4j discovery: reading " + c.getName() + "'", status(all, c.getName()).reason());
            } finally {
                Thread.interrupted();
            }
        });
    }

    @Test
    void aStaticInitialiserThatThrowsIsItsOwnReason() {
        Class<HangingProviders.ThrowingInStaticInitialiser> c = HangingProviders.ThrowingInStaticInitialiser.class;
        guarded(() -> {
            Discovery first = discover(c);
            assertEquals("svc-real", select(first));
            ProviderStatus thrown = status(first.diagnostics(), c.getName());
            assertEquals("its static initialiser threw java.lang.ExceptionInInitializerError, caused by"
                    + " java.lang.IllegalStateException: deliberate failure in a static initialiser", thrown.reason());
            assertInstanceOf(ExceptionInInitializerError.class, thrown.failure());
            // The JVM remembers the failure: the next discovery meets a NoClassDefFoundError instead.
            ProviderStatus again = status(discover(c).diagnostics(), c.getName());
            assertTrue(again.reason().startsWith("its static initialiser threw java.lang.NoClassDefFoundError"), again::toString);
        });
    }

    /**
     * A provider hung while being read: {@code get()} chooses {@code svc-real}; an unknown name's
     * exception and the diagnostics list it as {@code listedAs} with the call that did not return;
     * {@code named("svc-real")} answers even when the bound is longer than the test's guard.
     */
    private void passedOverWhileReading(Class<? extends BackendProvider> c, String listedAs, String call) {
        String reason = call + " did not return within 1000 ms; it is left running on daemon thread"
                + " 'wnet4j discovery: reading " + c.getName() + "'. Set -D" + READING_BOUND + "=MILLISECONDS to wait longer.";
        guarded(() -> {
            Discovery d = discover(c); // one discovery: the hung provider is waited for once, then given up on
            assertEquals("svc-real", select(d), "get() passes the hung provider over");
            NoBackendException e = assertThrows(NoBackendException.class, () -> d.named("no-such-backend"));
            assertTrue(e.getMessage().contains("\n  " + listedAs + " (priority 0): unavailable: " + reason), e::getMessage);
            assertEquals(reason, status(d.diagnostics(), listedAs).reason());

            System.setProperty(READING_BOUND, "600000"); // ten minutes: named() must not wait for it at all
            assertEquals("svc-real", discover(c).named("svc-real").backendName());
            assertTheHungThreadIsADaemon();
        });
    }

    private static String select(Discovery d) {
        return BackendProperty.with(null, d::select).backendName();
    }

    private static ProviderStatus status(List<ProviderStatus> all, String name) {
        return all.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not listed: " + all));
    }

    /** Runs {@code test}, stopped if it hangs; it must leave no thread that would keep the JVM alive. */
    private static void guarded(Executable test) {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            Set<Thread> before = nonDaemonThreads(); // here: JUnit's own timeout thread is no daemon
            test.execute();
            Set<Thread> added = nonDaemonThreads();
            added.removeAll(before);
            assertEquals(Set.of(), added, "threads that would keep the JVM alive");
        }, "discovery hung on a provider");
    }

    /** The hung provider's thread is still there, and is a daemon, like every thread discovery started. */
    private static void assertTheHungThreadIsADaemon() {
        List<Thread> discovery = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("wnet4j discovery: ")).toList();
        assertFalse(discovery.isEmpty(), "the hung provider's thread is still waiting");
        assertTrue(discovery.stream().allMatch(Thread::isDaemon), discovery::toString);
    }

    private static Set<Thread> nonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> !t.isDaemon()).collect(Collectors.toCollection(HashSet::new));
    }
}
