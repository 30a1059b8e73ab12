package io.github.wnet4j.conformance;

import io.github.wnet4j.behaviour.BehaviourProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.github.wnet4j.conformance.Capability.DISK_DEVICES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Runs the kit against tiny purpose-built fixtures through the JUnit Platform test kit, and checks
 * what JUnit reports and what the JSON report says.
 */
class ConformanceKitTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path reports;

    @BeforeEach
    void reportIntoTemporaryDirectory() {
        System.setProperty(ConformanceKit.REPORT_DIR_PROPERTY, reports.toString());
    }

    @AfterEach
    void restoreReportDirectory() {
        System.clearProperty(ConformanceKit.REPORT_DIR_PROPERTY);
    }

    // ---- the kits under test (nested, so neither surefire nor Jupiter runs them on their own) ----

    /** A right backend for plain disk devices, declaring only that. */
    static class DiskOnlyKit implements ConformanceKit {
        @Override
        public ConformanceFixture newFixture(BehaviourProfile profile) {
            return new TinyDiskFixture(EnumSet.of(DISK_DEVICES), false);
        }
    }

    /** The disk-only backend, saying why it makes no logon sessions. */
    static class NoSessionsKit implements ConformanceKit {
        @Override
        public ConformanceFixture newFixture(BehaviourProfile profile) {
            return new TinyDiskFixture(EnumSet.of(DISK_DEVICES), false, "one logon session only, as on this test machine");
        }
    }

    /** The same backend, declaring nothing. */
    static class NoCapabilitiesKit implements ConformanceKit {
        @Override
        public ConformanceFixture newFixture(BehaviourProfile profile) {
            return new TinyDiskFixture(Set.of(), false);
        }
    }

    /** A wrong backend: NO_ERROR for everything, and nothing changes. */
    static class AlwaysSucceedsKit implements ConformanceKit {
        @Override
        public ConformanceFixture newFixture(BehaviourProfile profile) {
            return new TinyDiskFixture(EnumSet.of(DISK_DEVICES), true);
        }
    }

    /** The disk-only backend under every preset profile. */
    static class EveryPresetKit extends DiskOnlyKit {
        @Override
        public List<BehaviourProfile> profiles() {
            return BehaviourProfile.presets();
        }
    }

    /** As a real-Windows fixture does on Linux; named like one to check the report's fallback name. */
    static class JnaWindowsConformanceTest implements ConformanceKit {
        @Override
        public ConformanceFixture newFixture(BehaviourProfile profile) {
            return Assumptions.abort("real mpr.dll exists only on Windows");
        }

        @Override
        public List<BehaviourProfile> profiles() {
            return BehaviourProfile.presets();
        }
    }

    // ---- tests ----

    @Test
    void clausesTheFixtureCannotSeedAreSkippedWithTheMissingCapabilities() throws Exception {
        Map<String, TestExecutionResult> results = resultsByClause(run(DiskOnlyKit.class));
        JsonNode report = readReport("tiny-documented.json");

        int passed = 0;
        int skipped = 0;
        for (JsonNode entry : report.get("clauses")) {
            Clause clause = clause(entry.get("id").stringValue());
            TestExecutionResult result = results.get(clause.id());
            Set<Capability> missing = EnumSet.noneOf(Capability.class);
            missing.addAll(clause.needs());
            missing.remove(DISK_DEVICES);
            if (missing.isEmpty()) {
                assertEquals(TestExecutionResult.Status.SUCCESSFUL, result.getStatus(), () -> clause.id() + ": " + result);
                assertEquals("passed", entry.get("status").stringValue());
                assertEquals("", entry.get("reason").stringValue());
                passed++;
            } else {
                String reason = "needs capabilities the fixture does not declare: " + missing;
                assertEquals(TestExecutionResult.Status.ABORTED, result.getStatus(), clause.id());
                assertEquals(reason, result.getThrowable().orElseThrow().getMessage());
                assertEquals("skipped", entry.get("status").stringValue());
                assertEquals(reason, entry.get("reason").stringValue());
                skipped++;
            }
        }
        assertEquals(Clauses.all().size(), passed + skipped, "every clause is in the report");
        assertTrue(passed >= 20, "disk devices alone exercise the validation rules and plain cancels: " + passed);
        assertTrue(skipped >= 40, "most clauses need more than disk devices: " + skipped);
    }

    @Test
    void sessionClausesAreSkippedWithTheFixturesOwnReason() throws Exception {
        Map<String, TestExecutionResult> results = resultsByClause(run(NoSessionsKit.class));
        int sessionClauses = 0;
        for (Clause clause : Clauses.all()) {
            String message = results.get(clause.id()).getThrowable().map(Throwable::getMessage).orElse("");
            boolean says = message.endsWith("; LOGON_SESSIONS: one logon session only, as on this test machine");
            assertEquals(clause.needs().contains(Capability.LOGON_SESSIONS), says, clause.id() + ": " + message);
            if (clause.id().startsWith("session")) {
                assertTrue(clause.needs().contains(Capability.LOGON_SESSIONS), clause.id());
                assertEquals(TestExecutionResult.Status.ABORTED, results.get(clause.id()).getStatus(), clause.id());
                sessionClauses++;
            }
        }
        for (int n = 1; n <= 8; n++) {
            String prefix = "session" + n + ".";
            assertTrue(Clauses.all().stream().anyMatch(c -> c.id().startsWith(prefix)), "a clause for S" + n);
        }
        assertTrue(sessionClauses >= 8, "session clauses: " + sessionClauses);
    }

    @Test
    void aFixtureDeclaringNothingRunsOnlyClausesThatNeedNothing() throws Exception {
        Map<String, TestExecutionResult> results = resultsByClause(run(NoCapabilitiesKit.class));
        JsonNode report = readReport("tiny-documented.json");
        for (JsonNode entry : report.get("clauses")) {
            Clause clause = clause(entry.get("id").stringValue());
            TestExecutionResult result = results.get(clause.id());
            if (clause.needs().isEmpty()) {
                assertEquals(TestExecutionResult.Status.SUCCESSFUL, result.getStatus(), clause.id());
            } else {
                assertEquals(TestExecutionResult.Status.ABORTED, result.getStatus(), clause.id());
                String reason = entry.get("reason").stringValue();
                for (Capability needed : clause.needs()) {
                    assertTrue(reason.contains(needed.name()), () -> clause.id() + " should name " + needed + ": " + reason);
                }
                assertEquals(reason, result.getThrowable().orElseThrow().getMessage());
            }
        }
    }

    @Test
    void aWrongBackendFailsAndTheReportSaysWhy() throws Exception {
        Map<String, TestExecutionResult> results = resultsByClause(run(AlwaysSucceedsKit.class));
        Map<String, JsonNode> report = entriesById(readReport("always-succeeds-documented.json"));

        for (String id : List.of("row01.legacy-not-connected", "row02.device-cancels-only-its-redirection",
                "row02.second-cancel-not-connected", "row14.device-trailing-backslash-not-connected",
                "row14.not-a-device.two-letter-drive", "row15.cancel2.longest-name-reaches-backend")) {
            TestExecutionResult result = results.get(id);
            assertEquals(TestExecutionResult.Status.FAILED, result.getStatus(), id);
            String message = result.getThrowable().orElseThrow().getMessage();
            assertEquals("failed", report.get(id).get("status").stringValue(), id);
            assertEquals(message, report.get(id).get("reason").stringValue(), id);
            assertFalse(message.isBlank(), id);
        }
        assertTrue(report.get("row01.legacy-not-connected").get("reason").stringValue()
                .contains("expected ERROR_NOT_CONNECTED (2250)"));
        // Validation happens before any backend, so even this backend cannot break it.
        assertEquals(TestExecutionResult.Status.SUCCESSFUL, results.get("row15.cancel2.nul-in-middle").getStatus());
        assertEquals("passed", report.get("row15.legacy.null-name").get("status").stringValue());
    }

    @Test
    void aFixtureThatCannotBeMadeSkipsEveryClauseOfEveryProfile() throws Exception {
        EngineExecutionResults results = run(JnaWindowsConformanceTest.class);
        int clauses = Clauses.all().size();
        int profiles = BehaviourProfile.presets().size();
        assertEquals(clauses * profiles, results.testEvents().aborted().count());
        assertEquals(0, results.testEvents().succeeded().count() + results.testEvents().failed().count());
        results.testEvents().aborted().stream().forEach(e -> assertEquals("real mpr.dll exists only on Windows",
                e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow().getMessage()));

        for (BehaviourProfile profile : BehaviourProfile.presets()) {
            JsonNode report = readReport("jna-windows-" + profile.name() + ".json");
            assertEquals("jna-windows", report.get("backend").stringValue());
            assertEquals(clauses, report.get("clauses").size());
            for (JsonNode entry : report.get("clauses")) {
                assertEquals("skipped", entry.get("status").stringValue());
                assertEquals("real mpr.dll exists only on Windows", entry.get("reason").stringValue());
            }
        }
    }

    @Test
    void theReportHasExactlyTheDocumentedShapeInSuiteOrder() throws Exception {
        run(DiskOnlyKit.class);
        JsonNode report = readReport("tiny-documented.json");
        assertEquals(List.of("backend", "profile", "clauses"), new ArrayList<>(report.propertyNames()));
        assertEquals("tiny", report.get("backend").stringValue());
        assertEquals("documented", report.get("profile").stringValue());
        List<String> ids = new ArrayList<>();
        for (JsonNode entry : report.get("clauses")) {
            assertEquals(List.of("id", "title", "status", "reason"), new ArrayList<>(entry.propertyNames()));
            for (JsonNode value : entry) {
                assertTrue(value.isString(), () -> "every value is a string: " + entry);
            }
            assertTrue(Set.of("passed", "failed", "skipped").contains(entry.get("status").stringValue()));
            assertEquals(clause(entry.get("id").stringValue()).title(), entry.get("title").stringValue());
            ids.add(entry.get("id").stringValue());
        }
        assertEquals(Clauses.all().stream().map(Clause::id).toList(), ids, "clauses in suite order");
        try (var files = Files.list(reports)) {
            assertEquals(List.of("tiny-documented.json"), files.map(p -> p.getFileName().toString()).toList(),
                    "one report and no temporary files left behind");
        }
    }

    @Test
    void oneContainerPerProfileHoldsEveryClauseAndOneReportEach() throws Exception {
        EngineExecutionResults results = run(EveryPresetKit.class);
        List<String> containers = results.containerEvents().started().stream()
                .map(e -> e.getTestDescriptor().getDisplayName())
                .filter(name -> BehaviourProfile.presets().stream().anyMatch(p -> p.name().equals(name)))
                .toList();
        assertEquals(BehaviourProfile.presets().stream().map(BehaviourProfile::name).toList(), containers);
        assertEquals(Clauses.all().size() * 3L, results.testEvents().started().count());
        assertEquals(Clauses.all().get(0).id() + ": " + Clauses.all().get(0).title(),
                results.testEvents().started().stream().findFirst().orElseThrow().getTestDescriptor().getDisplayName());
        for (BehaviourProfile profile : BehaviourProfile.presets()) {
            assertEquals(profile.name(), readReport("tiny-" + profile.name() + ".json").get("profile").stringValue());
        }
    }

    @Test
    void theFallbackReportNameComesFromTheTestClassName() {
        assertEquals("jna-windows", new JnaWindowsConformanceTest().reportBackendName());
        assertEquals("always-succeeds-kit", new AlwaysSucceedsKit().reportBackendName());
    }

    // ---- helpers ----

    private static EngineExecutionResults run(Class<? extends ConformanceKit> kit) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(kit)).execute();
    }

    /** Each clause's result, by id; for a kit with one profile. */
    private static Map<String, TestExecutionResult> resultsByClause(EngineExecutionResults results) {
        Map<String, TestExecutionResult> byId = new LinkedHashMap<>();
        for (Event e : results.testEvents().finished().list()) {
            String name = e.getTestDescriptor().getDisplayName();
            byId.put(name.substring(0, name.indexOf(": ")), e.getPayload(TestExecutionResult.class).orElseThrow());
        }
        assertEquals(Clauses.all().size(), byId.size(), "one result per clause");
        return byId;
    }

    private JsonNode readReport(String file) throws Exception {
        return JSON.readTree(Files.readString(reports.resolve(file)));
    }

    private static Map<String, JsonNode> entriesById(JsonNode report) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        report.get("clauses").forEach(e -> byId.put(e.get("id").stringValue(), e));
        return byId;
    }

    private static Clause clause(String id) {
        return Clauses.all().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no clause " + id));
    }
}
