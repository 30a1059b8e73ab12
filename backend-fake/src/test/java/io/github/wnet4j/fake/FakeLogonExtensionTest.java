package io.github.wnet4j.fake;

import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.ErrorCode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * The extension, tested by running small test classes (nested, so surefire does not run them on
 * their own) through JUnit's EngineTestKit and reading what JUnit reported.
 */
class FakeLogonExtensionTest {

    private static EngineExecutionResults run(Class<?> testClass, String... configuration) {
        EngineTestKit.Builder kit = EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass));
        for (int i = 0; i < configuration.length; i += 2) {
            kit = kit.configurationParameter(configuration[i], configuration[i + 1]);
        }
        return kit.execute();
    }

    private static String failureMessages(EngineExecutionResults results) {
        return results.testEvents().failed().stream()
                .map(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                        .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
                        .map(Throwable::getMessage).orElse("?"))
                .reduce("", (a, b) -> a + "\n" + b);
    }

    // ---- declarative ----

    static final Set<FakeLogon> SEEN = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    @WithFakeLogon
    static class Declarative {
        @Test
        void first(FakeLogon logon, ConnectionCanceller canceller) {
            SEEN.add(logon);
            logon.connectDevice("Z:", "\\\\srv\\share");
            assertTrue(canceller.cancelConnection2("Z:", Set.of(), false).isSuccess());
            assertFalse(logon.isConnected("Z:"));
        }

        @Test
        void second(FakeLogon logon) {
            SEEN.add(logon);
            assertTrue(logon.connections().isEmpty(), "a fresh logon per test: " + logon);
        }
    }

    @Test
    void declarativeFormInjectsAFreshLogonAndACancellerOverItIntoEachTest() {
        SEEN.clear();
        run(Declarative.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));
        assertEquals(2, SEEN.size(), "two tests, two logons");
    }

    @WithFakeLogon
    static class ReadSide {
        @Test
        void readerAndDoorAreOverTheTestsLogon(FakeLogon logon, io.github.wnet4j.ConnectionReader reader,
                                               io.github.wnet4j.WNet wnet) {
            logon.connectDevice("Z:", "\\\\srv\\share");
            assertEquals("\\\\srv\\share", reader.getConnection("Z:").remoteName().orElseThrow());
            assertTrue(wnet.cancelIfPointsAt("Z:", "\\\\srv\\share", Set.of(), false).orThrow().isDone());
            assertFalse(logon.isConnected("Z:"));
        }
    }

    @Test
    void aReaderAndTheDoorAreInjectedOverTheSameFreshLogon() {
        run(ReadSide.class).testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    }

    @WithFakeLogon
    static class TwoSessions {
        @Test
        void elevatedParametersAreTheTwinOfTheTestsLogon(FakeLogon desktop, @Elevated FakeLogon elevated,
                                                         @Elevated ConnectionCanceller installer,
                                                         @Elevated io.github.wnet4j.ConnectionReader installerReader) {
            desktop.connectDevice("Z:", "\\\\srv\\share", c -> c.persistent());
            assertSame(desktop.elevated(), elevated);
            assertEquals(ErrorCode.ERROR_CONNECTION_UNAVAIL.value(), installerReader.getConnection("Z:").code());
            assertTrue(installer.cancelConnection2("Z:", Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), true).isSuccess());
            assertTrue(desktop.isConnected("Z:"));
            assertFalse(desktop.isRemembered("Z:"));
        }

        @Test
        void linkedParametersShareTheDeviceMap(FakeLogon desktop, @Elevated(linked = true) ConnectionCanceller installer) {
            desktop.connectDevice("Z:", "\\\\srv\\share");
            assertTrue(installer.cancelConnection2("Z:", Set.of(), false).isSuccess());
            assertFalse(desktop.isConnected("Z:"));
        }

        @Test
        void mixedParametersFailToResolve(@Elevated FakeLogon elevated, @Elevated(linked = true) FakeLogon linked) {
            throw new AssertionError("resolved both: " + elevated + ", " + linked);
        }
    }

    @Test
    void elevatedParametersGiveTwoSessionsOfOneUser() {
        EngineExecutionResults results = run(TwoSessions.class);
        results.testEvents().assertStatistics(s -> s.started(3).succeeded(2).failed(1));
        String failures = failureMessages(results);
        assertTrue(failures.contains("@Elevated parameters of one test must agree on linked"), failures);
    }

    @ExtendWith(FakeLogonExtension.class)
    static class PlainExtendWith {
        @Test
        void profileDefaultsToDocumented(FakeLogon logon) {
            assertEquals("documented", logon.profile().name());
        }
    }

    @Test
    void extendWithWorksWithoutTheAnnotation() {
        run(PlainExtendWith.class).testEvents().assertStatistics(s -> s.succeeded(1));
    }

    @WithFakeLogon(profile = "legacy-documentation")
    static class LegacyProfile {
        @Test
        void legacyCancelForgets(FakeLogon logon, ConnectionCanceller canceller) {
            logon.connectDevice("Z:", "\\\\srv\\share", c -> c.persistent());
            assertTrue(canceller.cancelConnection("Z:", false).isSuccess());
            assertFalse(logon.isRemembered("Z:"), "legacy-documentation: the legacy function updates the profile");
        }

        @Test
        @WithFakeLogon
        void theMethodsAnnotationWins(FakeLogon logon) {
            assertEquals("documented", logon.profile().name());
        }
    }

    @Test
    void theAnnotationChoosesTheProfile() {
        run(LegacyProfile.class).testEvents().assertStatistics(s -> s.succeeded(2));
    }

    // ---- programmatic, seeded in the field's initializer ----

    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class Programmatic {
        @RegisterExtension
        static final FakeLogonExtension FAKE = FakeLogonExtension.seeded(logon -> logon
                .connectDevice("Z:", "\\\\fileserver\\deploy", c -> c.persistent().openFiles(2)));

        @Test
        @Order(1)
        void cancelsTheSeededDrive(ConnectionCanceller canceller) {
            assertTrue(canceller.cancelConnection2("Z:", Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), true).isSuccess());
            assertFalse(FAKE.logon().isConnected("Z:"));
        }

        @Test
        @Order(2)
        void seesTheSeedAgainAfterTheFirstTestCancelledIt(FakeLogon logon) {
            assertSame(logon, FAKE.logon());
            assertTrue(logon.isConnected("Z:"));
            assertTrue(logon.isRemembered("Z:"));
            assertEquals(2, logon.openFiles("Z:"));
            assertTrue(logon.journal().isEmpty(), "seeding is not the code under test's doing: " + logon.journal());
        }
    }

    @Test
    void programmaticFormSeedsAFreshLogonBeforeEveryTest() {
        run(Programmatic.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    }

    @Test
    void logonOutsideATestSaysWhy() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> FakeLogonExtension.empty().logon());
        assertTrue(e.getMessage().contains("parameter"), e.getMessage());
    }

    // ---- parallel execution ----

    static final CyclicBarrier ALL_FOUR = new CyclicBarrier(4);

    @Execution(ExecutionMode.CONCURRENT)
    static class Parallel {
        @RegisterExtension
        static final FakeLogonExtension FAKE = FakeLogonExtension.seeded(logon -> logon.connectDevice("Z:", "\\\\srv\\share"));

        private static void raceOnZ(FakeLogon logon, ConnectionCanceller canceller) throws Exception {
            ALL_FOUR.await(30, TimeUnit.SECONDS);   // all four tests are running at once here
            assertTrue(canceller.cancelConnection2("Z:", Set.of(), false).isSuccess(),
                    "each test cancels its own Z:, so every cancel succeeds: " + logon.journal());
            assertSame(logon, FAKE.logon());
            assertEquals(1, logon.journal().size());
        }

        @Test
        void a(FakeLogon l, ConnectionCanceller c) throws Exception {
            raceOnZ(l, c);
        }

        @Test
        void b(FakeLogon l, ConnectionCanceller c) throws Exception {
            raceOnZ(l, c);
        }

        @Test
        void c(FakeLogon l, ConnectionCanceller c) throws Exception {
            raceOnZ(l, c);
        }

        @Test
        void d(FakeLogon l, ConnectionCanceller c) throws Exception {
            raceOnZ(l, c);
        }
    }

    @Test
    void testsRunningInParallelNeverShareALogon() {
        ALL_FOUR.reset();
        EngineExecutionResults results = run(Parallel.class,
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "4");
        results.testEvents().assertStatistics(s -> s.started(4).succeeded(4));
    }

    // ---- unexpected failures ----

    static class Strict {
        @RegisterExtension
        static final FakeLogonExtension FAKE = FakeLogonExtension.seeded(logon -> logon
                .connectDevice("Z:", "\\\\srv\\share", c -> c.openFiles(1))).failOnUnexpectedFailures();

        @Test
        void ignoresAFailure(ConnectionCanceller canceller) {
            canceller.cancelConnection2("Z:", Set.of(), false);   // ERROR_OPEN_FILES, silently dropped
        }

        @Test
        void succeeds(ConnectionCanceller canceller) {
            assertTrue(canceller.cancelConnection2("Z:", Set.of(), true).isSuccess());
        }
    }

    @Test
    void anUndeclaredFailureInTheJournalFailsTheTestAndNamesTheCall() {
        EngineExecutionResults results = run(Strict.class);
        results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
        Event failed = results.testEvents().failed().list().get(0);
        assertTrue(failed.getTestDescriptor().getDisplayName().startsWith("ignoresAFailure"));
        String message = failureMessages(results);
        assertTrue(message.contains("ERROR_OPEN_FILES") && message.contains("\"Z:\"") && message.contains("expectFailure"), message);
    }

    /** Z: with an open file, failing on undeclared failures, ERROR_OPEN_FILES declared for the class. */
    private static FakeLogonExtension openFilesOnZExpected() {
        return FakeLogonExtension.seeded(logon -> logon.connectDevice("Z:", "\\\\srv\\share", c -> c.openFiles(1)))
                .failOnUnexpectedFailures()
                .expectFailure(ErrorCode.ERROR_OPEN_FILES);
    }

    static class StrictButDeclared {
        @RegisterExtension
        static final FakeLogonExtension FAKE = openFilesOnZExpected();

        @Test
        void retriesWithForce(ConnectionCanceller canceller) {
            if (canceller.cancelConnection2("Z:", Set.of(), false).is(ErrorCode.ERROR_OPEN_FILES)) {
                assertTrue(canceller.cancelConnection2("Z:", Set.of(), true).isSuccess());
            }
        }
    }

    @WithFakeLogon(failOnUnexpectedFailures = true, expectedFailures = ErrorCode.ERROR_NOT_CONNECTED)
    static class StrictAnnotation {
        @Test
        void notConnectedIsDeclared(ConnectionCanceller canceller) {
            canceller.cancelConnection2("Q:", Set.of(), false);
        }

        @Test
        void noNetworkIsNot(FakeLogon logon, ConnectionCanceller canceller) {
            logon.networkPresent(false);
            canceller.cancelConnection2("Q:", Set.of(), false);
        }
    }

    @Test
    void declaredFailuresPass() {
        run(StrictButDeclared.class).testEvents().assertStatistics(s -> s.succeeded(1));
        EngineExecutionResults annotated = run(StrictAnnotation.class);
        annotated.testEvents().assertStatistics(s -> s.succeeded(1).failed(1));
        assertTrue(failureMessages(annotated).contains("ERROR_NO_NETWORK"), failureMessages(annotated));
    }

    @WithFakeLogon(failOnUnexpectedFailures = true)
    static class StrictReads {
        @Test
        void lookupsThatAnsweredAreNotFailures(FakeLogon logon, io.github.wnet4j.ConnectionReader reader) {
            logon.remember("X:", "\\\\srv\\old").connectDevice("LPT1:", "\\\\srv\\printer");
            assertTrue(reader.getConnection("Q:").isNotConnected());                        // ERROR_NOT_CONNECTED
            assertTrue(reader.getConnection("X:").isRememberedOnly());                      // ERROR_CONNECTION_UNAVAIL
            assertTrue(reader.getConnection("ZZ:").is(ErrorCode.ERROR_BAD_DEVICE));
            assertTrue(reader.universalName("Q:\\f.txt").is(ErrorCode.ERROR_NOT_CONNECTED));
            assertTrue(reader.universalName("LPT1:").is(ErrorCode.ERROR_BAD_DEVICE));
            assertTrue(reader.connections().isSuccess());
            assertEquals(6, logon.journal().size(), "every read is journaled: " + logon.journal());
        }

        @Test
        void aReadThatCouldNotLookIsAFailure(FakeLogon logon, io.github.wnet4j.ConnectionReader reader) {
            logon.networkPresent(false);
            reader.getConnection("Q:");   // ERROR_NO_NETWORK, not declared
        }

        @Test
        void aProviderErrorOnAListingIsAFailure(FakeLogon logon, io.github.wnet4j.ConnectionReader reader) {
            logon.armProviderError(ProviderError.of(53, "The network path was not found.", "test").once());
            reader.connections();         // ERROR_EXTENDED_ERROR, not declared
        }
    }

    @Test
    void aReadThatAnsweredIsNotAFailureButOneThatCouldNotLookIs() {
        EngineExecutionResults results = run(StrictReads.class);
        results.testEvents().assertStatistics(s -> s.started(3).succeeded(1).failed(2));
        assertTrue(results.testEvents().succeeded().list().get(0).getTestDescriptor().getDisplayName()
                .startsWith("lookupsThatAnswered"), failureMessages(results));
        String message = failureMessages(results);
        assertTrue(message.contains("WNetGetConnection(\"Q:\"") && message.contains("ERROR_NO_NETWORK"), message);
        assertTrue(message.contains("WNetOpenEnum(\"RESOURCE_CONNECTED\"") && message.contains("ERROR_EXTENDED_ERROR"), message);
    }

    @Test
    void exactlyTheReadAnswersAreNotFailures() {
        for (io.github.wnet4j.WNetFunction function : io.github.wnet4j.WNetFunction.values()) {
            for (ErrorCode code : ErrorCode.values()) {
                JournalEntry e = new JournalEntry(1, function, "Q:", 0, false, code.value(),
                        code == ErrorCode.ERROR_EXTENDED_ERROR ? new io.github.wnet4j.ExtendedError(53, "", "") : null, "main");
                boolean read = Set.of(io.github.wnet4j.WNetFunction.GET_CONNECTION, io.github.wnet4j.WNetFunction.OPEN_ENUM,
                        io.github.wnet4j.WNetFunction.GET_UNIVERSAL_NAME).contains(function);
                boolean answer = Set.of(ErrorCode.NO_ERROR, ErrorCode.ERROR_NOT_CONNECTED, ErrorCode.ERROR_CONNECTION_UNAVAIL,
                        ErrorCode.ERROR_BAD_DEVICE).contains(code);
                boolean failure = code != ErrorCode.NO_ERROR && !(read && answer);
                assertEquals(failure, FakeLogonExtension.isFailure(e), e.toString());
            }
        }
    }

    // ---- expected failures per test method ----

    static class PerMethod {
        @RegisterExtension
        static final FakeLogonExtension FAKE = openFilesOnZExpected();

        @Test
        @ExpectedFailures(ErrorCode.ERROR_NOT_CONNECTED)
        void addsItsOwnToTheClasss(ConnectionCanceller canceller) {
            canceller.cancelConnection2("Z:", Set.of(), false);   // ERROR_OPEN_FILES: the class's
            canceller.cancelConnection2("Q:", Set.of(), false);   // ERROR_NOT_CONNECTED: this test's
        }

        @Test
        void withoutItsOwnOnlyTheClasssAreExpected(ConnectionCanceller canceller) {
            canceller.cancelConnection2("Q:", Set.of(), false);   // ERROR_NOT_CONNECTED: undeclared here
        }

        @Test
        @ExpectedFailures(value = ErrorCode.ERROR_NOT_CONNECTED, inherit = false)
        void replacesTheClasss(ConnectionCanceller canceller) {
            canceller.cancelConnection2("Z:", Set.of(), false);   // ERROR_OPEN_FILES: no longer expected
        }
    }

    @WithFakeLogon(failOnUnexpectedFailures = true)
    static class PerMethodDeclarative {
        @Test
        @ExpectedFailures({ErrorCode.ERROR_NOT_CONNECTED, ErrorCode.ERROR_NO_NETWORK})
        void declaresItsOwn(FakeLogon logon, ConnectionCanceller canceller) {
            canceller.cancelConnection2("Q:", Set.of(), false);
            logon.networkPresent(false);
            canceller.cancelConnection2("Q:", Set.of(), false);
        }

        @Test
        void anotherTestDoesNotInheritThem(ConnectionCanceller canceller) {
            canceller.cancelConnection2("Q:", Set.of(), false);
        }
    }

    @Test
    void aTestMethodDeclaresItsOwnExpectedFailures() {
        EngineExecutionResults results = run(PerMethod.class);
        results.testEvents().assertStatistics(s -> s.started(3).succeeded(1).failed(2));
        List<String> failed = results.testEvents().failed().stream().map(e -> e.getTestDescriptor().getDisplayName()).sorted().toList();
        assertEquals(List.of("replacesTheClasss(ConnectionCanceller)", "withoutItsOwnOnlyTheClasssAreExpected(ConnectionCanceller)"),
                failed, failureMessages(results));
        String message = failureMessages(results);
        assertTrue(message.contains("ERROR_OPEN_FILES") && message.contains("@ExpectedFailures"), message);

        EngineExecutionResults declarative = run(PerMethodDeclarative.class);
        declarative.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
        assertTrue(declarative.testEvents().failed().list().get(0).getTestDescriptor().getDisplayName()
                .startsWith("anotherTestDoesNotInheritThem"), failureMessages(declarative));
    }

    static class StrictAndAlreadyFailing {
        @RegisterExtension
        static final FakeLogonExtension FAKE = FakeLogonExtension.empty().failOnUnexpectedFailures();

        @Test
        void failsOnItsOwn(ConnectionCanceller canceller) {
            canceller.cancelConnection2("Q:", Set.of(), false);
            throw new AssertionError("the test's own failure");
        }
    }

    @Test
    void aTestThatFailedAlreadyKeepsItsOwnFailure() {
        EngineExecutionResults results = run(StrictAndAlreadyFailing.class);
        results.testEvents().assertStatistics(s -> s.failed(1));
        assertEquals("\nthe test's own failure", failureMessages(results));
    }

}
