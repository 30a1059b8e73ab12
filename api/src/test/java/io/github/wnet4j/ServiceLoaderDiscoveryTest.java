package io.github.wnet4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.wnet4j.spi.BackendProvider;

/**
 * Discovery through {@link java.util.ServiceLoader} for real, with the providers registered in this
 * module's test {@code META-INF/services}: {@code svc-real} (priority 100), the simulator
 * {@code svc-sim} (priority 500) and one whose constructor throws.
 */
class ServiceLoaderDiscoveryTest {

    private static final String BROKEN = ServiceTestProviders.ThrowingConstructor.class.getName();

    @Test
    void findsEveryRegisteredProviderAndListsTheBrokenOneLast() {
        List<ProviderStatus> all = Discovery.load().diagnostics();
        assertEquals(List.of("svc-sim", "svc-real", BROKEN), all.stream().map(ProviderStatus::name).toList());

        ProviderStatus broken = all.get(2);
        assertFalse(broken.available());
        assertEquals(0, broken.priority());
        assertEquals("its constructor threw java.lang.IllegalStateException: ThrowingConstructor always fails in its constructor",
                broken.reason());
        assertInstanceOf(ServiceConfigurationError.class, broken.failure());
        assertEquals("ThrowingConstructor always fails in its constructor", broken.failure().getCause().getMessage());
    }

    @Test
    void aBrokenProviderDoesNotStopDiscovery() {
        Discovery.Chosen chosen = BackendProperty.with(null, () -> Discovery.load().select());
        assertEquals("svc-real", chosen.backendName(), "the real backend beats the higher-priority simulator");
        assertEquals("svc-sim", BackendProperty.with("svc-sim", () -> Discovery.load().select()).backendName());
    }

    @Test
    void findingProvidersDoesNotAskTheirAvailability() {
        ServiceTestProviders.AVAILABILITY_CALLS.set(0);
        ServiceTestProviders.CONSTRUCTED.set(0);
        Discovery d = Discovery.load();
        d.awaitProviders(); // each is read on its own thread
        assertEquals(3, ServiceTestProviders.CONSTRUCTED.get(), "every provider was instantiated (one failed doing so)");
        assertEquals(0, ServiceTestProviders.AVAILABILITY_CALLS.get());
        d.best();
        assertTrue(ServiceTestProviders.AVAILABILITY_CALLS.get() > 0);
    }

    @Test
    void anUnknownNameListsTheBrokenProviderTooWithItsFailureAsCause() {
        NoBackendException e = assertThrows(NoBackendException.class, () -> Discovery.load().named("jna"));
        String m = e.getMessage();
        assertTrue(m.contains("\n  svc-sim (priority 500, simulator): available: "), m);
        assertTrue(m.contains("\n  svc-real (priority 100): available: "), m);
        assertTrue(m.contains("\n  " + BROKEN + " (priority 0): unavailable: its constructor threw java.lang.IllegalStateException: "), m);
        assertInstanceOf(ServiceConfigurationError.class, e.getCause());
    }

    @Test
    void anExplicitClassLoaderSeesItsOwnServicesFile(@TempDir Path dir) throws IOException {
        writeServicesFile(dir, ServiceTestProviders.ExtraLoaderOnly.class.getName(), "io.github.wnet4j.NoSuchProvider");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Discovery d = Discovery.load(loader);
            List<ProviderStatus> all = d.diagnostics();
            assertEquals(List.of("svc-extra", "svc-sim", "svc-real"),
                    all.stream().filter(ProviderStatus::available).map(ProviderStatus::name).toList());
            // The class that does not exist is reported, not thrown, and discovery goes on.
            assertTrue(all.stream().anyMatch(s -> s.name().equals("unloadable provider")
                    && s.failure() instanceof ServiceConfigurationError
                    && s.reason().contains("io.github.wnet4j.NoSuchProvider")), all.toString());
            assertTrue(all.stream().anyMatch(s -> s.name().equals(BROKEN)), all.toString());
            assertEquals("svc-extra", d.best().backendName());
        }
        assertFalse(Discovery.load().diagnostics().stream().anyMatch(s -> s.name().equals("svc-extra")),
                "the default loader does not see the other loader's services file");
    }

    @Test
    void theDoorDiscoversThroughTheThreadsContextClassLoader(@TempDir Path dir) throws IOException {
        writeServicesFile(dir, ServiceTestProviders.ExtraLoaderOnly.class.getName());
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            thread.setContextClassLoader(loader);
            assertEquals("svc-extra", WNet.best().backendName());
        } finally {
            thread.setContextClassLoader(before);
        }
        assertEquals("svc-real", WNet.best().backendName());
    }

    private static void writeServicesFile(Path root, String... classNames) throws IOException {
        Path services = root.resolve("META-INF/services/" + BackendProvider.class.getName());
        Files.createDirectories(services.getParent());
        Files.write(services, List.of(classNames));
    }

    @Test
    void theDoorFollowsThePropertyAndTheRules() {
        assertEquals("svc-real", BackendProperty.with(null, WNet::get).backendName());
        assertEquals("svc-sim", BackendProperty.with("svc-sim", WNet::get).backendName());
        assertEquals("svc-real", BackendProperty.with("svc-sim", WNet::best).backendName());
        assertEquals("svc-sim", WNet.named("SVC-SIM").backendName());
        assertEquals(List.of("svc-sim", "svc-real", BROKEN),
                WNet.diagnostics().stream().map(ProviderStatus::name).toList());
        NoBackendException e = assertThrows(NoBackendException.class, () -> WNet.named("fake"));
        assertTrue(e.getMessage().startsWith("No wnet4j backend is named 'fake'."), e.getMessage());
    }

    @Test
    void aDiscoveredDoorValidatesNames() {
        WNet canceller = WNet.named("svc-real");
        assertThrows(IllegalArgumentException.class, () -> canceller.cancelConnection2("", Set.of(), false));
        assertThrows(NullPointerException.class, () -> canceller.cancelConnection(null, false));
        assertTrue(canceller.cancelConnection2("Z:", Set.of(), false).isSuccess());
    }
}
