package io.github.wnet4j.jna;

import io.github.wnet4j.spi.Availability;
import io.github.wnet4j.spi.BackendProvider;
import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.WNet;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.nativetesting.MprDouble;
import io.github.wnet4j.nativeaccess.MprLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Discovery, availability and loading of the JNA provider. Changes the library property, so restores it after each test. */
class JnaBackendProviderTest {

    private String savedLibrary;
    private String savedBackend;

    @BeforeEach
    void saveProperties() {
        savedLibrary = System.getProperty(MprLibrary.PROPERTY);
        savedBackend = System.getProperty(WNet.BACKEND_PROPERTY);
    }

    @AfterEach
    void restoreProperties() {
        restore(MprLibrary.PROPERTY, savedLibrary);
        restore(WNet.BACKEND_PROPERTY, savedBackend);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    private static String missingLibrary() {
        return "/nonexistent/wnet4j-" + UUID.randomUUID() + "/libmissing.so";
    }

    @Test
    void isRegisteredAsJnaWithPriority200() {
        List<BackendProvider> jna = ServiceLoader.load(BackendProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p instanceof JnaBackendProvider)
                .toList();
        assertEquals(1, jna.size(), "one JnaBackendProvider registered in META-INF/services");
        assertEquals("jna", jna.get(0).name());
        assertEquals(200, jna.get(0).priority());
        assertFalse(jna.get(0).isSimulator());
    }

    @Test
    void discoveryLoadsNothingUntilAvailabilityIsAsked() {
        String missing = missingLibrary();
        System.setProperty(MprLibrary.PROPERTY, missing);
        BackendProvider found = ServiceLoader.load(BackendProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("jna"))
                .findFirst().orElseThrow();
        assertEquals(200, found.priority());
        assertFalse(JnaBackendProvider.LIBRARY.librariesTried().contains(missing), "discovery must not load the library");

        Availability availability = found.availability();
        assertTrue(JnaBackendProvider.LIBRARY.librariesTried().contains(missing));
        assertFalse(availability.isAvailable());
        assertTrue(availability.cause().isPresent());
    }

    @Test
    void aMissingLibraryIsUnavailableWithTheLibraryTheSourceAndTheReason() {
        String missing = missingLibrary();
        System.setProperty(MprLibrary.PROPERTY, missing);
        JnaBackendProvider provider = new JnaBackendProvider();
        Availability availability = provider.availability();

        assertFalse(availability.isAvailable());
        String reason = availability.reason();
        assertTrue(reason.contains("'" + missing + "'"), reason);
        assertTrue(reason.contains("from system property wnet4j.mpr.library"), reason);
        // The loader's own message says why.
        assertTrue(reason.contains(availability.cause().orElseThrow().getMessage().replace('\n', ' ')), reason);
        assertTrue(reason.contains("-Dwnet4j.mpr.library="), reason);

        IllegalStateException e = assertThrows(IllegalStateException.class, provider::create);
        assertEquals(reason, e.getMessage());
    }

    @Test
    void withoutThePropertyItTriesMprAndSaysItWasTheDefault() {
        assumeTrue(!System.getProperty("os.name", "").startsWith("Windows"), "on Windows mpr.dll exists");
        System.clearProperty(MprLibrary.PROPERTY);
        Availability availability = new JnaBackendProvider().availability();
        assertFalse(availability.isAvailable());
        assertTrue(availability.reason().contains("'mpr' (the default; system property wnet4j.mpr.library is not set)"),
                availability.reason());
    }

    @Test
    void aLibraryWithoutTheFunctionsIsUnavailableNamingTheMissingOne() {
        // libm: a real library without the functions. Not libc: JNA opens "c" as the whole process,
        // where the double, once loaded, would supply them.
        assumeTrue(System.getProperty("os.name", "").startsWith("Linux"), "libm is named 'm' on Linux");
        System.setProperty(MprLibrary.PROPERTY, "m");
        Availability availability = new JnaBackendProvider().availability();
        assertFalse(availability.isAvailable());
        assertTrue(availability.reason().contains("WNetCancelConnection2W"), availability.reason());
    }

    @Test
    void theDoubleIsAvailableAndTheAnswerIsRemembered() {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        String path = System.getProperty(MprLibrary.PROPERTY);
        JnaBackendProvider provider = new JnaBackendProvider();
        Availability availability = provider.availability();
        assertTrue(availability.isAvailable(), availability::reason);
        assertTrue(availability.reason().contains(path), availability.reason());

        System.setProperty(MprLibrary.PROPERTY, missingLibrary());
        assertSame(availability, provider.availability());
        provider.create();
    }

    @Test
    void discoveryByNameCancelsAPersistentConnectionInTheModel() {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        FakeLogon logon = FakeLogon.create().connectDevice("Z:", "\\\\srv\\share", o -> o.persistent());
        MprDouble mpr = MprDouble.load();
        mpr.serve(logon.backend());
        try {
            System.setProperty(WNet.BACKEND_PROPERTY, "jna");
            ConnectionCanceller canceller = WNet.get();
            assertEquals("jna", canceller.backendName());
            CancelOutcome outcome = canceller.cancelConnection2("z:", Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), false);
            assertTrue(outcome.is(ErrorCode.NO_ERROR), outcome::describe);
            assertFalse(logon.isConnected("Z:"));
            assertFalse(logon.isRemembered("Z:"));
        } finally {
            mpr.stopServing();
        }
    }
}
