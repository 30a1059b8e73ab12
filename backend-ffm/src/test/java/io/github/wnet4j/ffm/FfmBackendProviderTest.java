package io.github.wnet4j.ffm;

import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.WNet;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ProviderStatus;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.nativetesting.MprDouble;
import io.github.wnet4j.spi.Availability;
import io.github.wnet4j.spi.BackendProvider;
import io.github.wnet4j.nativeaccess.MprLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
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
 * missing or wrong library is unavailable with a reason naming what was tried and what to do, the
 * double is available, and discovery prefers ffm to jna and jnr.
 */
class FfmBackendProviderTest {
    private static final String PROPERTY = MprLibrary.PROPERTY;

    private String libraryBefore;
    private String backendBefore;

    @BeforeEach
    void rememberProperties() {
        libraryBefore = System.getProperty(PROPERTY);
        backendBefore = System.getProperty(WNet.BACKEND_PROPERTY);
    }

    @AfterEach
    void restoreProperties() {
        restore(PROPERTY, libraryBefore);
        restore(WNet.BACKEND_PROPERTY, backendBefore);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    /** A path no test creates, unique to the test so the once-per-library memo never hides a load. */
    private static String missingLibrary(String test) {
        return Path.of(System.getProperty("java.io.tmpdir"), "wnet4j-no-such-dir", "ffm-" + test, "libmpr-missing.so").toString();
    }

    @Test
    void serviceLoaderFindsTheProviderAndDiscoveryLoadsNothing() {
        String missing = missingLibrary("discovery");
        System.setProperty(PROPERTY, missing);

        List<BackendProvider> ffm = ServiceLoader.load(BackendProvider.class).stream()
                .filter(p -> p.type() == FfmBackendProvider.class)
                .map(ServiceLoader.Provider::get)
                .toList();
        assertEquals(1, ffm.size(), "exactly one ffm provider registered in META-INF/services");
        BackendProvider provider = ffm.get(0);
        assertEquals("ffm", provider.name());
        assertEquals(300, provider.priority());
        assertFalse(provider.isSimulator());
        assertFalse(FfmBackendProvider.LIBRARY.librariesTried().contains(missing), "finding and naming the provider must not load anything");

        assertFalse(provider.availability().isAvailable());
        assertTrue(FfmBackendProvider.LIBRARY.librariesTried().contains(missing), "availability() is what loads");
    }

    @Test
    void itRanksAboveJnaAndJnr() {
        List<BackendProvider> all = ServiceLoader.load(BackendProvider.class).stream().map(ServiceLoader.Provider::get).toList();
        int jna = all.stream().filter(p -> p.name().equals("jna")).findFirst().orElseThrow().priority();
        int jnr = all.stream().filter(p -> p.name().equals("jnr")).findFirst().orElseThrow().priority();
        assertTrue(new FfmBackendProvider().priority() > Math.max(jna, jnr), "ffm 300 against jna " + jna + ", jnr " + jnr);
    }

    @Test
    void aMissingLibraryIsUnavailableAndTheReasonSaysWhatWhereWhyAndWhatToDo() {
        String missing = missingLibrary("reason");
        System.setProperty(PROPERTY, missing);

        String reason = new FfmBackendProvider().availability().reason();
        assertTrue(reason.contains("'" + missing + "'"), () -> "names the library tried: " + reason);
        assertTrue(reason.contains("system property " + PROPERTY), () -> "says where the name came from: " + reason);
        assertTrue(reason.contains("through FFM (java.lang.foreign): there is no file at that path"), () -> "says why: " + reason);
        assertTrue(reason.contains("-D" + PROPERTY + "=") && reason.contains("mpr.dll is a system DLL"),
                () -> "says what to do: " + reason);
    }

    @Test
    void creatingAnUnavailableBackendFailsWithTheReason() {
        FfmBackendProvider provider = new FfmBackendProvider(new MprLibrary.Choice(missingLibrary("create"), "a test", true));
        IllegalStateException e = assertThrows(IllegalStateException.class, provider::create);
        assertTrue(e.getMessage().contains(provider.availability().reason()), e::getMessage);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aLibraryWithoutTheFunctionsIsUnavailableAndTheReasonNamesThem() {
        // libjava loads fine but exports none of mpr's functions.
        String libjava = Path.of(System.getProperty("java.home"), "lib", "libjava.so").toString();
        Availability availability = new FfmBackendProvider(new MprLibrary.Choice(libjava, "a test", true)).availability();
        assertFalse(availability.isAvailable());
        assertTrue(availability.reason().contains("does not export WNetCancelConnection2W, WNetCancelConnectionW, WNetGetLastErrorW"),
                availability::reason);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void withoutThePropertyItLooksUpTheSystemLibraryMprAndSaysItIsTheDefault() {
        System.clearProperty(PROPERTY);
        Availability availability = new FfmBackendProvider().availability();
        assertFalse(availability.isAvailable(), "there is no mpr library on Linux");
        assertTrue(availability.reason().startsWith("could not load the mpr library 'mpr' (the default; system property "
                + PROPERTY + " is not set) through FFM (java.lang.foreign)"), availability::reason);
        assertTrue(availability.cause().isPresent(), "the loader's error is kept as the cause");
    }

    @Test
    void theDoubleIsAvailableAndTheReasonSaysWhatWasLoadedFromWhere() {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        FfmBackendProvider provider = new FfmBackendProvider();
        Availability availability = provider.availability();
        assertTrue(availability.isAvailable(), availability::reason);
        assertEquals("loaded '" + System.getProperty(PROPERTY) + "' (from system property " + PROPERTY
                + ") through FFM (java.lang.foreign)", availability.reason());
        assertTrue(provider.create() instanceof FfmBackend);
    }

    @Test
    void theAnswerIsRememberedAndTheChoiceIsReadWhenTheProviderIsMade() {
        String missing = missingLibrary("remembered");
        System.setProperty(PROPERTY, missing);
        FfmBackendProvider provider = new FfmBackendProvider();
        System.setProperty(PROPERTY, missingLibrary("changed later"));
        Availability first = provider.availability();
        assertTrue(first.reason().contains(missing), first::reason);
        assertSame(first, provider.availability());
        assertThrows(IllegalStateException.class, provider::create);
        assertSame(first, new FfmBackendProvider(new MprLibrary.Choice(missing, "a test", true)).availability());
    }

    @Test
    void concurrentFirstUsesAllGetTheOneLoad() throws Exception {
        FfmBackendProvider provider = new FfmBackendProvider(new MprLibrary.Choice(missingLibrary("concurrent"), "a test", true));
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

    @Test
    void withEveryNativeBackendAvailableDiscoveryPicksFfmAndItCancelsASeededConnection() {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        System.clearProperty(WNet.BACKEND_PROPERTY);
        MprDouble mpr = MprDouble.load();
        FakeLogon logon = FakeLogon.create().connectDevice("Z:", "\\\\sërver\\共有", o -> o.persistent());
        mpr.serve(logon.backend());
        try {
            List<ProviderStatus> found = WNet.diagnostics();
            for (String name : List.of("ffm", "jna", "jnr")) {
                assertTrue(found.stream().anyMatch(s -> s.name().equals(name) && s.available()), () -> name + " in " + found);
            }
            ConnectionCanceller canceller = WNet.get();
            assertEquals("ffm", canceller.backendName());
            CancelOutcome outcome = canceller.cancelConnection2("z:", Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), false);
            assertTrue(outcome.is(ErrorCode.NO_ERROR), outcome::describe);
            assertFalse(logon.isConnected("Z:"));
            assertFalse(logon.isRemembered("Z:"), "CONNECT_UPDATE_PROFILE forgot the remembered entry");
        } finally {
            mpr.stopServing();
        }
    }
}
