package io.github.wnet4j.conformance;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue of clauses itself. */
class ClausesTest {

    @Test
    void everyRowOfTheBehaviourTableHasClauses() {
        Set<String> rows = Clauses.all().stream().map(c -> c.id().substring(0, c.id().indexOf('.')))
                .collect(Collectors.toSet());
        List<String> missing = IntStream.rangeClosed(1, 16).mapToObj(i -> String.format("row%02d", i))
                .filter(row -> !rows.contains(row)).toList();
        assertEquals(List.of(), missing, "rows of docs/specification.md without a clause");
    }

    @Test
    void everyRowOfTheReadTableHasClauses() {
        Set<String> rows = Clauses.all().stream().map(c -> c.id().substring(0, c.id().indexOf('.')))
                .collect(Collectors.toSet());
        List<String> missing = IntStream.rangeClosed(1, 18).mapToObj(i -> String.format("read%02d", i))
                .filter(row -> !rows.contains(row)).toList();
        assertEquals(List.of(), missing, "rows R1-R18 without a clause");
        assertTrue(rows.contains("cleanup"), "the safe clean-up has clauses of its own");
    }

    @Test
    void everyReadClauseNeedsAReadCapability() {
        // A backend written before the read side, which answers ERROR_NOT_SUPPORTED, gets its read
        // clauses skipped, never failed, until its fixture declares the read capabilities.
        Set<Capability> reads = Set.of(Capability.CONNECTION_LOOKUP, Capability.ENUMERATION, Capability.UNIVERSAL_NAMES);
        List<String> without = Clauses.all().stream()
                .filter(c -> c.id().startsWith("read") || c.id().startsWith("cleanup."))
                .filter(c -> c.needs().stream().noneMatch(reads::contains)).map(Clause::id).toList();
        assertEquals(List.of(), without);
    }

    @Test
    void theSuiteIsOfAReadableSize() {
        int size = Clauses.all().size();
        assertTrue(size >= 70 && size <= 220, "clauses: " + size); // 124 with rows 1-16, 172 with the read side
    }

    @Test
    void bothFunctionsGetEveryValidationRule() {
        List<String> cancel2 = Clauses.all().stream().map(Clause::id).filter(id -> id.startsWith("row15.cancel2."))
                .map(id -> id.substring("row15.cancel2.".length())).filter(rule -> !rule.equals("null-flags")).toList();
        List<String> legacy = Clauses.all().stream().map(Clause::id).filter(id -> id.startsWith("row15.legacy."))
                .map(id -> id.substring("row15.legacy.".length())).toList();
        assertEquals(cancel2, legacy);
        assertTrue(cancel2.size() >= 9, "validation rules: " + cancel2);
    }

    @Test
    void clauseIdsAreDottedLowerCaseWords() {
        Clause.Body nothing = t -> { };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Clause("Row 8", "title", Set.of(), nothing));
        assertTrue(e.getMessage().contains("Row 8"));
    }
}
