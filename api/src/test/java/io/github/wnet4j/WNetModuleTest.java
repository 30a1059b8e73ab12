package io.github.wnet4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import io.github.wnet4j.guice.WNetModule;
import org.junit.jupiter.api.Test;

/** The Guice bindings ({@link WNetModule}), over the providers registered in this module's test services file. */
class WNetModuleTest {

    @Test
    void bindsTheDiscoveredCancellerAsASingleton() {
        BackendProperty.with("svc-sim", () -> {
            Injector injector = Guice.createInjector(new WNetModule());
            ConnectionCanceller first = injector.getInstance(ConnectionCanceller.class);
            assertEquals("svc-sim", first.backendName(), "the property chose it");
            assertSame(first, injector.getInstance(ConnectionCanceller.class));
            return null;
        });
    }

    @Test
    void bindsTheDoorAndTheReaderOverTheSameChoiceAsSingletons() {
        BackendProperty.with("svc-sim", () -> {
            Injector injector = Guice.createInjector(new WNetModule());
            ConnectionReader reader = injector.getInstance(ConnectionReader.class);
            assertEquals("svc-sim", reader.backendName());
            assertSame(reader, injector.getInstance(ConnectionReader.class));
            WNet wnet = injector.getInstance(WNet.class);
            assertSame(wnet, injector.getInstance(WNet.class));
            assertSame(wnet.reader(), reader, "the reader is the door's");
            assertSame(wnet.canceller(), injector.getInstance(ConnectionCanceller.class), "the canceller is the door's");
            assertEquals("WNet[svc-sim]", wnet.toString());
            return null;
        });
        Injector named = Guice.createInjector(new WNetModule("svc-real"));
        assertEquals("svc-real", named.getInstance(ConnectionReader.class).backendName());
    }

    @Test
    void withoutThePropertyDiscoveryPicksTheBestBackend() {
        ConnectionCanceller c = BackendProperty.with(null,
                () -> Guice.createInjector(new WNetModule()).getInstance(ConnectionCanceller.class));
        assertEquals("svc-real", c.backendName());
    }

    @Test
    void theNamedConstructorBindsThatBackendWhateverThePropertySays() {
        BackendProperty.with("svc-real", () -> {
            Injector injector = Guice.createInjector(new WNetModule("svc-sim"));
            ConnectionCanceller c = injector.getInstance(ConnectionCanceller.class);
            assertEquals("svc-sim", c.backendName());
            assertSame(c, injector.getInstance(ConnectionCanceller.class));
            return null;
        });
    }

    @Test
    void anUnknownBackendFailsProvisionWithTheDiscoveryMessage() {
        Injector injector = Guice.createInjector(new WNetModule("jna"));
        ProvisionException e = assertThrows(ProvisionException.class, () -> injector.getInstance(ConnectionCanceller.class));
        NoBackendException cause = assertInstanceOf(NoBackendException.class, e.getCause());
        assertTrue(cause.getMessage().startsWith("No wnet4j backend is named 'jna'."), cause.getMessage());
    }

    @Test
    void modulesAreEqualWhenTheyBindTheSameBackend() {
        assertEquals(new WNetModule(), new WNetModule());
        assertEquals(new WNetModule().hashCode(), new WNetModule().hashCode());
        assertEquals(new WNetModule("svc-sim"), new WNetModule("svc-sim"));
        assertEquals(new WNetModule("svc-sim").hashCode(), new WNetModule("svc-sim").hashCode());
        assertNotEquals(new WNetModule("svc-sim"), new WNetModule("svc-real"));
        assertNotEquals(new WNetModule(), new WNetModule("svc-real"));
        assertNotEquals(new WNetModule("svc-real"), new WNetModule());
        assertNotEquals(new WNetModule(), null);
    }

    @Test
    void guiceInstallsEqualModulesOnce() {
        // Two libraries may both install the module: equal modules are de-duplicated, not a double binding.
        Injector injector = Guice.createInjector(new WNetModule("svc-sim"), new WNetModule("svc-sim"));
        assertEquals("svc-sim", injector.getInstance(ConnectionCanceller.class).backendName());
        assertThrows(CreationException.class,
                () -> Guice.createInjector(new WNetModule("svc-sim"), new WNetModule("svc-real")),
                "modules that differ both bind ConnectionCanceller");
    }

    @Test
    void aNullBackendNameIsRejected() {
        assertEquals("backendName", assertThrows(NullPointerException.class, () -> new WNetModule(null)).getMessage());
    }
}
