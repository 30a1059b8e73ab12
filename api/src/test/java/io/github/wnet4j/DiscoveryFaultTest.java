package io.github.wnet4j;

import io.github.wnet4j.spi.Availability;
import io.github.wnet4j.spi.BackendProvider;
import io.github.wnet4j.spi.WNetBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Discovery never fails silently, wholesale or forever: each provider's fault is its own reason. */
class DiscoveryFaultTest {
    private static final boolean ELSEWHERE = false;

    private String timeoutBefore;
    private String libraryBefore;

    @BeforeEach
    void save() {
        timeoutBefore = System.getProperty(Discovery.TIMEOUT_PROPERTY);
        libraryBefore = System.getProperty(BackendProvider.MPR_LIBRARY_PROPERTY);
        System.clearProperty(BackendProvider.MPR_LIBRARY_PROPERTY);
    }

    @AfterEach
    void restore() {
        restore(Discovery.TIMEOUT_PROPERTY, timeoutBefore);
        restore(BackendProvider.MPR_LIBRARY_PROPERTY, libraryBefore);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    /** A provider whose one method throws; the rest behave. */
    private static final class Faulty implements BackendProvider {
        private final String name;
        private final String throwingIn;
        private final Error error;

        Faulty(String name, String throwingIn, Error error) {
            this.name = name;
            this.throwingIn = throwingIn;
            this.error = error;
        }

        private void maybeThrow(String method) {
            if (method.equals(throwingIn)) {
                throw error;
            }
        }

        @Override
        public String name() {
            maybeThrow("name");
            return name;
        }

        @Override
        public int priority() {
            maybeThrow("priority");
            return 500;
        }

        @Override
        public boolean isSimulator() {
            maybeThrow("isSimulator");
            return false;
        }

        @Override
        public Availability availability() {
            maybeThrow("availability");
            return Availability.available("faulty but fine");
        }

        @Override
        public WNetBackend create() {
            return new RecordingBackend();
        }
    }

    @Test
    void aProviderThrowingFromAnyMethodIsItsOwnReasonAndTheOthersStillWork() {
        for (String method : List.of("name", "priority", "isSimulator", "availability")) {
            AssertionError boom = new AssertionError("deliberate failure in " + method + "()");
            Discovery d = Discovery.of(List.of(new Faulty("bad", method, boom), TestProvider.real("good", 1)), ELSEWHERE);
            assertEquals("good", d.best().backendName(), method);
            List<ProviderStatus> all = d.diagnostics();
            assertEquals(2, all.size(), method);
            ProviderStatus bad = all.stream().filter(s -> !s.name().equals("good")).findFirst().orElseThrow();
            assertFalse(bad.available(), method);
            assertTrue(bad.reason().contains(method + "()") || bad.reason().contains("availability check"), bad::toString);
            assertTrue(bad.reason().contains("deliberate failure in " + method), bad::toString);
            assertEquals(boom, bad.failure(), method);
        }
    }

    @Test
    void anAvailabilityThatNeverReturnsIsBoundedAndNamed() {
        System.setProperty(Discovery.TIMEOUT_PROPERTY, "200");
        CountDownLatch never = new CountDownLatch(1);
        TestProvider hung = TestProvider.real("hung", 500);
        BackendProvider hanging = new BackendProvider() {
            @Override
            public String name() {
                return "hung";
            }

            @Override
            public int priority() {
                return 500;
            }

            @Override
            public Availability availability() {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Availability.available("too late");
            }

            @Override
            public WNetBackend create() {
                return hung.create();
            }
        };
        try {
            Discovery d = Discovery.of(List.of(hanging, TestProvider.real("good", 1)), ELSEWHERE);
            assertEquals("good", d.best().backendName());
            ProviderStatus status = d.diagnostics().get(0);
            assertEquals("hung", status.name());
            assertFalse(status.available());
            assertTrue(status.reason().contains("its availability() did not return within 200 ms"), status::toString);
            assertTrue(status.reason().contains(Discovery.TIMEOUT_PROPERTY), status::toString);
            NoBackendException e = assertThrows(NoBackendException.class, () -> d.named("hung"));
            assertTrue(e.getMessage().contains("'hung' is not available"), e::getMessage);
        } finally {
            never.countDown();
        }
    }

    @Test
    void aBadTimeoutPropertyIsRefusedWithTheFix() {
        System.setProperty(Discovery.TIMEOUT_PROPERTY, "soon");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Discovery.of(List.of(), ELSEWHERE));
        assertTrue(e.getMessage().contains("positive number of milliseconds"), e::getMessage);
    }

    @Test
    void aBadReadingBoundIsRefusedWithTheFix() {
        String before = System.getProperty(Discovery.READING_TIMEOUT_PROPERTY);
        TestProvider p = TestProvider.real("jna", 1);
        try {
            System.setProperty(Discovery.READING_TIMEOUT_PROPERTY, "-5");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Discovery.of(List.of(p), ELSEWHERE));
            assertEquals("system property wnet4j.provider.timeout.ms is '-5'; set it to a positive number of milliseconds,"
                    + " or leave it unset for 5000", e.getMessage());
            assertThrows(IllegalArgumentException.class, Discovery::load);
        } finally {
            restore(Discovery.READING_TIMEOUT_PROPERTY, before);
        }
    }

    @Test
    void twoProvidersWithOneNameAreAClashNamingBoth() {
        TestProvider first = TestProvider.real("jna", 200);
        Faulty second = new Faulty("JNA", "none", null);
        Discovery d = Discovery.of(List.of(first, second), ELSEWHERE);
        d.awaitProviders(); // named() compares only the providers read by the time the named one is
        NoBackendException e = assertThrows(NoBackendException.class, () -> d.named("jna"));
        assertTrue(e.getMessage().contains("2 wnet4j providers are named 'jna'"), e::getMessage);
        assertTrue(e.getMessage().contains(TestProvider.class.getName()), e::getMessage);
        assertTrue(e.getMessage().contains(Faulty.class.getName()), e::getMessage);
        assertEquals(0, first.createCalls.get(), "neither is used");
    }

    @Test
    void aNamedLibraryThatNoNativeBackendLoadsFailsInsteadOfFallingBackToTheSimulator() {
        System.setProperty(BackendProvider.MPR_LIBRARY_PROPERTY, "/nowhere/libmprdouble.so");
        TestProvider sim = TestProvider.simulator("fake", 10);
        Discovery d = Discovery.of(List.of(TestProvider.real("jna", 200).unavailable(
                "could not load the mpr library '/nowhere/libmprdouble.so': no such file"), sim), ELSEWHERE);
        NoBackendException e = assertThrows(NoBackendException.class, d::best);
        assertTrue(e.getMessage().contains("-Dwnet4j.mpr.library=/nowhere/libmprdouble.so"), e::getMessage);
        assertTrue(e.getMessage().contains("no such file"), () -> "says why: " + e.getMessage());
        assertEquals(0, sim.createCalls.get(), "no fallback to the simulator");
        // Asked for by name, the simulator is still used.
        assertEquals("fake", d.named("fake").backendName());
    }
}
