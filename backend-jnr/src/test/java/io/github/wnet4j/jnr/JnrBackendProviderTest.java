package io.github.wnet4j.jnr;

import io.github.wnet4j.spi.Availability;
import io.github.wnet4j.spi.BackendProvider;
import io.github.wnet4j.nativetesting.MprDouble;
import io.github.wnet4j.nativeaccess.MprLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The provider: discovery loads nothing, the first availability() loads once and remembers, a
 * missing or wrong library is unavailable with a reason that names what was tried and what to do,
 * and the double is available.
 */
class JnrBackendProviderTest {
    private static final String PROPERTY = MprLibrary.PROPERTY;

    private String propertyBefore;

    @BeforeEach
    void rememberTheLibraryProperty() {
        propertyBefore = System.getProperty(PROPERTY);
    }

    @AfterEach
    void restoreTheLibraryProperty() {
        if (propertyBefore == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, propertyBefore);
        }
    }

    /** A path no test creates, unique to the test so the once-per-library cache never hides a load. */
    private static String missingLibrary(String test) {
        return Path.of(System.getProperty("java.io.tmpdir"), "wnet4j-no-such-dir", test, "libmpr-missing.so").toString();
    }

    @Test
    void serviceLoaderFindsTheProviderAndDiscoveryLoadsNothing() {
        String missing = missingLibrary("discovery");
        System.setProperty(PROPERTY, missing);

        List<BackendProvider> jnr = ServiceLoader.load(BackendProvider.class).stream()
                .filter(p -> p.type() == JnrBackendProvider.class)
                .map(ServiceLoader.Provider::get)
                .toList();
        assertEquals(1, jnr.size(), "exactly one jnr provider registered in META-INF/services");
        BackendProvider provider = jnr.get(0);
        assertEquals("jnr", provider.name());
        assertEquals(100, provider.priority());
        assertFalse(provider.isSimulator());
        assertFalse(JnrBackendProvider.LIBRARY.librariesTried().contains(missing), "finding and naming the provider must not load anything");

        Availability availability = provider.availability();
        assertFalse(availability.isAvailable());
        assertTrue(JnrBackendProvider.LIBRARY.librariesTried().contains(missing), "availability() is what loads");
    }

    @Test
    void aMissingLibraryIsUnavailableAndTheReasonSaysWhatWhereWhyAndWhatToDo() {
        String missing = missingLibrary("reason");
        System.setProperty(PROPERTY, missing);

        String reason = new JnrBackendProvider().availability().reason();
        assertTrue(reason.contains("'" + missing + "'"), () -> "names the library tried: " + reason);
        assertTrue(reason.contains("system property " + PROPERTY), () -> "says where the name came from: " + reason);
        assertTrue(reason.contains("there is no file at that path"), () -> "says why: " + reason);
        assertTrue(reason.contains("-D" + PROPERTY + "=") && reason.contains("mpr.dll is a system DLL"),
                () -> "says what to do: " + reason);
    }

    @Test
    void creatingAnUnavailableBackendFailsWithTheReason() {
        JnrBackendProvider provider = new JnrBackendProvider(
                new MprLibrary.Choice(missingLibrary("create"), "a test", true));
        IllegalStateException e = assertThrows(IllegalStateException.class, provider::create);
        assertTrue(e.getMessage().contains(provider.availability().reason()), e::getMessage);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aLibraryWithoutTheFunctionsIsUnavailableAndTheReasonNamesThem() {
        // libjava loads fine but exports none of mpr's functions.
        String libjava = Path.of(System.getProperty("java.home"), "lib", "libjava.so").toString();
        Availability availability = new JnrBackendProvider(new MprLibrary.Choice(libjava, "a test", true)).availability();
        assertFalse(availability.isAvailable());
        assertTrue(availability.reason().contains("does not export WNetCancelConnection2W, WNetCancelConnectionW, WNetGetLastErrorW"),
                availability::reason);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void withoutThePropertyItTriesMprAndSaysItIsTheDefault() {
        System.clearProperty(PROPERTY);
        Availability availability = new JnrBackendProvider().availability();
        assertFalse(availability.isAvailable(), "there is no mpr library on Linux");
        assertTrue(availability.reason().startsWith("could not load the mpr library 'mpr' (the default; system property "
                + PROPERTY + " is not set) through jnr-ffi"), availability::reason);
        assertTrue(availability.cause().isPresent(), "the loader's error is kept as the cause");
    }

    @Test
    void theDoubleIsAvailableAndTheReasonSaysWhatWasLoadedFromWhere() {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        JnrBackendProvider provider = new JnrBackendProvider();
        Availability availability = provider.availability();
        assertTrue(availability.isAvailable(), availability::reason);
        assertEquals("loaded '" + System.getProperty(PROPERTY) + "' (from system property " + PROPERTY + ") through jnr-ffi",
                availability.reason());
        assertTrue(provider.create() instanceof JnrBackend);
    }

    @Test
    void theAnswerIsRememberedAndTheChoiceIsReadWhenTheProviderIsMade() {
        String missing = missingLibrary("remembered");
        System.setProperty(PROPERTY, missing);
        JnrBackendProvider provider = new JnrBackendProvider();
        System.setProperty(PROPERTY, missingLibrary("changed later"));
        Availability first = provider.availability();
        assertTrue(first.reason().contains(missing), first::reason);
        assertSame(first, provider.availability());
        assertThrows(IllegalStateException.class, provider::create);
        // Another provider for the same library gets the same remembered load.
        assertSame(first, new JnrBackendProvider(new MprLibrary.Choice(missing, "a test", true)).availability());
    }

    @Test
    void concurrentFirstUsesAllGetTheOneLoad() throws Exception {
        String missing = missingLibrary("concurrent");
        JnrBackendProvider provider = new JnrBackendProvider(new MprLibrary.Choice(missing, "a test", true));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Availability>> asks = IntStream.range(0, 32)
                    .<Callable<Availability>>mapToObj(i -> provider::availability).toList();
            List<Future<Availability>> answers = pool.invokeAll(asks);
            Availability first = answers.get(0).get();
            for (Future<Availability> answer : answers) {
                assertSame(first, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
