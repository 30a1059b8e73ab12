package io.github.wnet4j;

import io.github.wnet4j.spi.BackendProvider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules for choosing a backend, through {@link Discovery#of(List, boolean)} and test providers. */
class DiscoveryTest {

    private static final boolean WINDOWS = true;
    private static final boolean ELSEWHERE = false;

    /** Captures what Discovery logs through System.Logger, which the JDK routes to java.util.logging. */
    private static final class Capture extends Handler {
        final List<LogRecord> records = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    // Held in a field: java.util.logging keeps loggers only weakly.
    private final Logger julLogger = Logger.getLogger("io.github.wnet4j.Discovery");
    private final Capture log = new Capture();
    private boolean parentHandlers;
    private Level levelBefore;

    @BeforeEach
    void captureLog() {
        log.setLevel(Level.ALL);
        julLogger.addHandler(log);
        levelBefore = julLogger.getLevel();
        julLogger.setLevel(Level.ALL); // System.Logger's DEBUG is java.util.logging's FINE, below the default INFO
        parentHandlers = julLogger.getUseParentHandlers();
        julLogger.setUseParentHandlers(false); // keep the build output quiet
    }

    @AfterEach
    void releaseLog() {
        julLogger.removeHandler(log);
        julLogger.setLevel(levelBefore);
        julLogger.setUseParentHandlers(parentHandlers);
    }

    /** The records at INFO or above: what a program shows by default. */
    private List<LogRecord> shown() {
        return log.records.stream().filter(r -> r.getLevel().intValue() >= Level.INFO.intValue()).toList();
    }

    /** The one record logged, which must be at DEBUG (java.util.logging's FINE); {@return its message} */
    private String onlyDebugRecord() {
        assertEquals(1, log.records.size(), log.records::toString);
        assertEquals(Level.FINE, log.records.get(0).getLevel());
        return log.records.get(0).getMessage();
    }

    @Nested
    class Priority {
        @Test
        void theAvailableRealBackendOfHighestPriorityWins() {
            TestProvider low = TestProvider.real("low", 10);
            TestProvider high = TestProvider.real("high", 300);
            TestProvider mid = TestProvider.real("mid", 200);
            for (boolean windows : new boolean[] {WINDOWS, ELSEWHERE}) {
                assertEquals("high", Discovery.of(List.of(low, high, mid), windows).best().backendName());
            }
            assertEquals(0, low.createCalls.get());
            assertEquals(2, high.createCalls.get());
        }

        @Test
        void anUnavailableBackendIsPassedOver() {
            TestProvider high = TestProvider.real("high", 300).unavailable("mpr.dll not found");
            TestProvider low = TestProvider.real("low", 10);
            assertEquals("low", Discovery.of(List.of(high, low), ELSEWHERE).best().backendName());
            assertEquals(0, high.createCalls.get());
        }

        @Test
        void theChosenProvidersOwnBackendIsHandedBackForTheFacadeToWrap() {
            RecordingBackend backend = RecordingBackend.answering(ErrorCode.NO_ERROR);
            TestProvider p = TestProvider.real("rec", 1).creating(backend);
            Discovery.Chosen chosen = Discovery.of(List.of(p), ELSEWHERE).best();
            assertEquals("rec", chosen.backendName());
            assertSame(backend, chosen.backend());
        }

        @Test
        void nullProvidersAreRejected() {
            List<BackendProvider> withNull = new ArrayList<>();
            withNull.add(null);
            assertEquals("provider", assertThrows(NullPointerException.class,
                    () -> Discovery.of(withNull, ELSEWHERE)).getMessage());
        }
    }

    @Nested
    class Simulators {
        @Test
        void onWindowsASimulatorIsNeverChosenUnlessNamed() {
            TestProvider real = TestProvider.real("jna", 200).unavailable("mpr.dll could not be loaded");
            TestProvider sim = TestProvider.simulator("fake", 1000);
            Discovery d = Discovery.of(List.of(real, sim), WINDOWS);
            NoBackendException e = assertThrows(NoBackendException.class, d::best);
            assertTrue(e.getMessage().startsWith("No real wnet4j backend is available on this Windows machine"), e.getMessage());
            assertTrue(e.getMessage().contains("-Dwnet4j.backend=fake"), "says how to ask for it: " + e.getMessage());
            assertTrue(e.getMessage().contains("jna (priority 200): unavailable: mpr.dll could not be loaded"), e.getMessage());
            assertEquals(0, sim.createCalls.get());

            assertEquals("fake", d.named("fake").backendName(), "by name it is allowed");
            assertTrue(shown().isEmpty(), "nothing shown when chosen by name: " + log.records);
            String m = onlyDebugRecord();
            assertTrue(m.startsWith("wnet4j: backend 'fake' chosen: asked for by name (priority 1000, simulator, available: "), m);
        }

        @Test
        void onWindowsARealBackendIsChosenOverAHigherPrioritySimulator() {
            TestProvider sim = TestProvider.simulator("fake", 1000);
            TestProvider real = TestProvider.real("jnr", 100);
            assertEquals("jnr", Discovery.of(List.of(sim, real), WINDOWS).best().backendName());
        }

        @Test
        void elsewhereARealBackendIsStillPreferredToAHigherPrioritySimulator() {
            TestProvider sim = TestProvider.simulator("fake", 1000);
            TestProvider real = TestProvider.real("jnr", 100);
            assertEquals("jnr", Discovery.of(List.of(sim, real), ELSEWHERE).best().backendName());
            assertEquals(0, sim.createCalls.get());
            assertTrue(shown().isEmpty(), "a real backend is chosen without a line a program shows: " + log.records);
            assertTrue(onlyDebugRecord().startsWith("wnet4j: backend 'jnr' chosen: the available real backend of highest priority"),
                    log.records::toString);
        }

        @Test
        void elsewhereTheSimulatorIsChosenWhenNoRealBackendIsAvailableAndThatIsLogged() {
            TestProvider jna = TestProvider.real("jna", 200).unavailable("JNA found no mpr.dll: this is not Windows");
            TestProvider jnr = TestProvider.real("jnr", 100)
                    .unavailable("jnr-ffi could not load mpr", new UnsatisfiedLinkError("mpr"));
            TestProvider sim = TestProvider.simulator("fake", 0);
            assertEquals("fake", Discovery.of(List.of(jna, jnr, sim), ELSEWHERE).best().backendName());

            assertEquals(1, log.records.size(), log.records.toString());
            LogRecord r = log.records.get(0);
            assertEquals(Level.INFO, r.getLevel());
            String m = r.getMessage();
            assertTrue(m.contains("the simulator 'fake' was chosen"), m);
            assertTrue(m.contains("no real backend is available"), m);
            assertTrue(m.contains("jna (priority 200): unavailable: JNA found no mpr.dll: this is not Windows"), m);
            assertTrue(m.contains("jnr (priority 100): unavailable: jnr-ffi could not load mpr"), m);
            assertTrue(m.contains("-Dwnet4j.backend=NAME"), "says how to choose: " + m);
        }

        @Test
        void anUnavailableSimulatorIsNotChosenEither() {
            TestProvider real = TestProvider.real("jna", 200).unavailable("not Windows");
            TestProvider sim = TestProvider.simulator("fake", 0).unavailable("switched off for this test");
            NoBackendException e = assertThrows(NoBackendException.class,
                    () -> Discovery.of(List.of(real, sim), ELSEWHERE).best());
            assertTrue(e.getMessage().startsWith("No wnet4j backend is available."), e.getMessage());
            assertTrue(e.getMessage().contains("fake (priority 0, simulator): unavailable: switched off for this test"), e.getMessage());
            assertTrue(log.records.isEmpty());
        }
    }

    @Nested
    class ByName {
        @Test
        void theSystemPropertyPicksByNameCaseInsensitivelyAndTrimmed() {
            TestProvider high = TestProvider.real("jna", 200);
            TestProvider low = TestProvider.real("jnr", 100);
            Discovery d = Discovery.of(List.of(high, low), WINDOWS);
            String before = System.getProperty(WNet.BACKEND_PROPERTY);
            assertEquals("jnr", BackendProperty.with("jnr", d::select).backendName());
            assertEquals("jnr", BackendProperty.with(" JNR ", d::select).backendName());
            assertEquals("jna", BackendProperty.with(null, d::select).backendName());
            assertEquals("jna", BackendProperty.with("  ", d::select).backendName(), "blank means unset");
            assertEquals(before, System.getProperty(WNet.BACKEND_PROPERTY), "the property does not leak");
        }

        @Test
        void theSystemPropertyMayNameASimulatorEvenOnWindows() {
            TestProvider real = TestProvider.real("jna", 200);
            TestProvider sim = TestProvider.simulator("fake", 0);
            Discovery d = Discovery.of(List.of(real, sim), WINDOWS);
            assertEquals("fake", BackendProperty.with("fake", d::select).backendName());
        }

        @Test
        void bestIgnoresTheSystemProperty() {
            TestProvider high = TestProvider.real("jna", 200);
            TestProvider low = TestProvider.real("jnr", 100);
            Discovery d = Discovery.of(List.of(high, low), ELSEWHERE);
            assertEquals("jna", BackendProperty.with("jnr", d::best).backendName());
        }

        @Test
        void anUnknownNameListsEveryProvider() {
            TestProvider jna = TestProvider.real("jna", 200);
            TestProvider jnr = TestProvider.real("jnr", 100).unavailable("no jnr-ffi on the class path");
            TestProvider sim = TestProvider.simulator("fake", 0);
            Discovery d = Discovery.of(List.of(sim, jnr, jna), ELSEWHERE);
            NoBackendException e = assertThrows(NoBackendException.class,
                    () -> BackendProperty.with("jan", d::select));
            String m = e.getMessage();
            assertTrue(m.startsWith("No wnet4j backend is named 'jan'."), m);
            assertTrue(m.contains("\n  jna (priority 200): available: "), m);
            assertTrue(m.contains("\n  jnr (priority 100): unavailable: no jnr-ffi on the class path"), m);
            assertTrue(m.contains("\n  fake (priority 0, simulator): available: "), m);
            assertEquals(List.of("jna", "jnr", "fake"), e.providers().stream().map(ProviderStatus::name).toList());
            assertEquals(0, jna.createCalls.get() + jnr.createCalls.get() + sim.createCalls.get());
        }

        @Test
        void aNamedButUnavailableBackendSaysWhyWithTheProvidersFailureAsCause() {
            UnsatisfiedLinkError jnaFailure = new UnsatisfiedLinkError("Unable to load library 'mpr'");
            IllegalStateException jnrFailure = new IllegalStateException("jnr-ffi: no mpr");
            // Both are unavailable with a cause; the one asked for must be the cause, whatever its priority.
            TestProvider jna = TestProvider.real("jna", 200).unavailable("JNA could not load mpr.dll", jnaFailure);
            TestProvider jnr = TestProvider.real("jnr", 100).unavailable("jnr-ffi could not load mpr.dll", jnrFailure);
            Discovery d = Discovery.of(List.of(jna, jnr), ELSEWHERE);
            // named() waits for no provider but the one it names, so read them all first: the other's failure
            // can only be kept if it was read.
            d.awaitProviders();

            NoBackendException e = assertThrows(NoBackendException.class, () -> d.named("jnr"));
            assertTrue(e.getMessage().startsWith("The wnet4j backend 'jnr' is not available: jnr-ffi could not load mpr.dll"),
                    e.getMessage());
            assertSame(jnrFailure, e.getCause());
            assertEquals(List.of(jnaFailure), List.of(e.getSuppressed()), "the other failure is kept, suppressed");

            NoBackendException viaJna = assertThrows(NoBackendException.class, () -> d.named("jna"));
            assertSame(jnaFailure, viaJna.getCause());
            assertEquals(0, jna.createCalls.get() + jnr.createCalls.get());
        }

        @Test
        void aNullNameIsRejected() {
            Discovery d = Discovery.of(List.of(TestProvider.real("jna", 1)), ELSEWHERE);
            assertEquals("name", assertThrows(NullPointerException.class, () -> d.named(null)).getMessage());
        }
    }

    @Nested
    class MisbehavingProviders {
        @Test
        void anAvailabilityCheckThatThrowsIsReportedNotPropagated() {
            IllegalStateException boom = new IllegalStateException("native probe crashed");
            TestProvider broken = TestProvider.real("jna", 200).availabilityThrows(boom);
            TestProvider fine = TestProvider.real("jnr", 100);
            Discovery d = Discovery.of(List.of(broken, fine), ELSEWHERE);

            assertEquals("jnr", d.best().backendName());
            ProviderStatus s = d.diagnostics().get(0);
            assertEquals("jna", s.name());
            assertFalse(s.available());
            assertTrue(s.reason().contains("native probe crashed"), s.reason());
            assertSame(boom, s.failure());

            NoBackendException e = assertThrows(NoBackendException.class, () -> d.named("jna"));
            assertSame(boom, e.getCause());
            assertTrue(e.getMessage().contains("its availability check threw java.lang.IllegalStateException: native probe crashed"),
                    e.getMessage());
        }

        @Test
        void anAvailabilityCheckThatThrowsALinkageErrorIsReportedToo() {
            UnsatisfiedLinkError boom = new UnsatisfiedLinkError("no mpr in java.library.path");
            TestProvider broken = TestProvider.real("jna", 200).availabilityThrowsError(boom);
            Discovery d = Discovery.of(List.of(broken, TestProvider.real("jnr", 100)), ELSEWHERE);
            assertEquals("jnr", d.best().backendName());
            assertSame(boom, d.diagnostics().get(0).failure());
        }

        @Test
        void anAvailabilityCheckThatReturnsNullIsReported() {
            TestProvider broken = TestProvider.real("jna", 200).availabilityReturnsNull();
            Discovery d = Discovery.of(List.of(broken, TestProvider.real("jnr", 100)), ELSEWHERE);
            assertEquals("jnr", d.best().backendName());
            ProviderStatus s = d.diagnostics().get(0);
            assertFalse(s.available());
            assertEquals("its availability() returned null", s.reason());
            NoBackendException e = assertThrows(NoBackendException.class, () -> d.named("jna"));
            assertTrue(e.getMessage().contains("its availability() returned null"), e.getMessage());
        }

        @Test
        void aCreateThatThrowsIsANoBackendExceptionWithTheCause() {
            IllegalStateException boom = new IllegalStateException("mpr.dll vanished");
            TestProvider liar = TestProvider.real("jna", 200).createThrows(boom);
            Discovery d = Discovery.of(List.of(liar, TestProvider.real("jnr", 100)), ELSEWHERE);

            NoBackendException e = assertThrows(NoBackendException.class, d::best);
            assertSame(boom, e.getCause());
            assertTrue(e.getMessage().contains("The wnet4j backend 'jna' said it was available, but creating it failed"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("mpr.dll vanished"), e.getMessage());

            NoBackendException named = assertThrows(NoBackendException.class, () -> d.named("jna"));
            assertSame(boom, named.getCause());
        }
    }

    @Nested
    class ChoiceLog {
        @Test
        void theHighestPriorityChoiceIsLoggedOnceAtDebugWithTheBackendsPassedOver() {
            TestProvider ffm = TestProvider.real("ffm", 300).unavailable("FFM needs JDK 22 or later");
            TestProvider jna = TestProvider.real("jna", 200);
            TestProvider jnr = TestProvider.real("jnr", 100);
            Discovery.Chosen chosen = Discovery.of(List.of(jnr, ffm, jna), WINDOWS).best();
            assertEquals("jna", chosen.backendName());
            assertEquals("wnet4j: backend 'jna' chosen: the available real backend of highest priority (priority 200,"
                    + " available: test provider jna is always available); passed over:\n"
                    + "  ffm (priority 300): unavailable: FFM needs JDK 22 or later", onlyDebugRecord());
            assertEquals(0, jnr.availabilityCalls.get(), "the log asks nothing more of the providers");
        }

        @Test
        void aChoiceByThePropertySaysSo() {
            Discovery d = Discovery.of(List.of(TestProvider.real("jna", 200), TestProvider.real("jnr", 100)), WINDOWS);
            assertEquals("jnr", BackendProperty.with(" jnr ", d::select).backendName());
            assertEquals("wnet4j: backend 'jnr' chosen: -Dwnet4j.backend=jnr names it (priority 100,"
                    + " available: test provider jnr is always available)", onlyDebugRecord());
        }

        @Test
        void aChoiceByNameSaysSo() {
            Discovery d = Discovery.of(List.of(TestProvider.real("jna", 200), TestProvider.real("jnr", 100)), WINDOWS);
            assertEquals("jnr", d.named("JNR").backendName());
            assertTrue(onlyDebugRecord().startsWith("wnet4j: backend 'jnr' chosen: asked for by name (priority 100"),
                    log.records::toString);
        }

        @Test
        void aFailedChoiceLogsNothing() {
            Discovery d = Discovery.of(List.of(TestProvider.real("jna", 200).unavailable("not Windows")), WINDOWS);
            assertThrows(NoBackendException.class, d::best);
            assertThrows(NoBackendException.class, () -> d.named("jna"));
            assertTrue(log.records.isEmpty(), log.records::toString);
        }

        @Test
        void atTheDefaultLevelTheChoiceOfARealBackendShowsNothing() {
            julLogger.setLevel(Level.INFO);
            assertEquals("jna", Discovery.of(List.of(TestProvider.real("jna", 200)), WINDOWS).best().backendName());
            assertTrue(log.records.isEmpty(), log.records::toString);
        }
    }

    @Nested
    class Laziness {
        @Test
        void availabilityIsNotAskedUntilASelectionOrDiagnostics() {
            TestProvider a = TestProvider.real("jna", 200);
            TestProvider b = TestProvider.simulator("fake", 0);
            Discovery d = Discovery.of(List.of(a, b), ELSEWHERE);
            assertEquals(0, a.availabilityCalls.get() + b.availabilityCalls.get(), "making a Discovery asks nothing");

            d.diagnostics();
            assertEquals(1, a.availabilityCalls.get());
            assertEquals(1, b.availabilityCalls.get());
            assertEquals(0, a.createCalls.get() + b.createCalls.get(), "diagnostics creates nothing");
        }

        @Test
        void bestStopsAskingOnceItHasARealBackend() {
            TestProvider a = TestProvider.real("jna", 200);
            TestProvider b = TestProvider.real("jnr", 100);
            Discovery d = Discovery.of(List.of(a, b), ELSEWHERE);
            d.best();
            assertEquals(1, a.availabilityCalls.get());
            assertEquals(0, b.availabilityCalls.get(), "a lower-priority backend need not load its native code");
        }

        @Test
        void namedAsksOnlyTheNamedProvider() {
            TestProvider a = TestProvider.real("jna", 200);
            TestProvider b = TestProvider.real("jnr", 100);
            Discovery.of(List.of(a, b), ELSEWHERE).named("jnr");
            assertEquals(0, a.availabilityCalls.get());
            assertEquals(1, b.availabilityCalls.get());
        }
    }

    @Nested
    class Diagnostics {
        @Test
        void listsEveryProviderByPriorityWithItsReason() {
            TestProvider jnr = TestProvider.real("jnr", 100).unavailable("jnr-ffi could not load mpr", new UnsatisfiedLinkError("mpr"));
            TestProvider sim = TestProvider.simulator("fake", 0);
            TestProvider jna = TestProvider.real("jna", 200);
            List<ProviderStatus> all = Discovery.of(List.of(jnr, sim, jna), ELSEWHERE).diagnostics();
            assertEquals(3, all.size());
            assertEquals(new ProviderStatus("jna", 200, false, true, "test provider jna is always available", null), all.get(0));
            ProviderStatus j = all.get(1);
            assertEquals("jnr", j.name());
            assertEquals(100, j.priority());
            assertFalse(j.available());
            assertEquals("jnr-ffi could not load mpr", j.reason());
            assertInstanceOf(UnsatisfiedLinkError.class, j.cause().orElseThrow());
            assertEquals("jnr (priority 100): unavailable: jnr-ffi could not load mpr", j.toString());
            assertEquals("fake (priority 0, simulator): available: test provider fake is always available", all.get(2).toString());
        }

        @Test
        void noProvidersAtAllSaysWhatToAdd() {
            Discovery d = Discovery.of(List.of(), ELSEWHERE);
            assertEquals(List.of(), d.diagnostics());
            NoBackendException e = assertThrows(NoBackendException.class, d::best);
            assertTrue(e.getMessage().contains("no provider of io.github.wnet4j.spi.BackendProvider was found"), e.getMessage());
            assertTrue(e.getMessage().contains("add wnet4j-backend-jna, wnet4j-backend-jnr or wnet4j-backend-fake"), e.getMessage());
            assertEquals(List.of(), e.providers());
        }
    }
}
