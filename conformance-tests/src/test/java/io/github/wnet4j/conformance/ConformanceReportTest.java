package io.github.wnet4j.conformance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The report file on its own: valid after every clause, named once. */
class ConformanceReportTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Clause FIRST = new Clause("row02.first", "first \u5171\u6709 \"quoted\"", Set.of(), t -> { });
    private static final Clause SECOND = new Clause("row02.second", "second", Set.of(), t -> { });

    @TempDir
    Path dir;

    @Test
    void theFileIsCompleteAfterEveryClause() throws Exception {
        ConformanceReport report = new ConformanceReport(dir.resolve("nested/reports"), "documented");
        report.nameBackend("mine");
        report.record(FIRST, ConformanceReport.Status.PASSED, "");
        JsonNode afterOne = JSON.readTree(Files.readString(dir.resolve("nested/reports/mine-documented.json")));
        assertEquals(1, afterOne.get("clauses").size());
        assertEquals("first \u5171\u6709 \"quoted\"", afterOne.get("clauses").get(0).get("title").stringValue());

        report.record(SECOND, ConformanceReport.Status.FAILED, "expected NO_ERROR (0)");
        JsonNode afterTwo = JSON.readTree(Files.readString(report.file()));
        assertEquals("failed", afterTwo.get("clauses").get(1).get("status").stringValue());
        assertEquals("expected NO_ERROR (0)", afterTwo.get("clauses").get(1).get("reason").stringValue());
    }

    @Test
    void theFirstBackendNameSticks() {
        ConformanceReport report = new ConformanceReport(dir, "documented");
        report.nameBackend("first");
        report.nameBackend("second");
        assertEquals(dir.resolve("first-documented.json"), report.file());
    }
}
