package io.github.wnet4j.conformance;

import io.github.wnet4j.ResourceType;
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

    /** The rows (the part of each id before its first dot) that have clauses. */
    private static Set<String> rows() {
        return Clauses.all().stream().map(c -> c.id().substring(0, c.id().indexOf('.'))).collect(Collectors.toSet());
    }

    /** The rows {@code prefix01} to {@code prefixNN} that have no clause. */
    private static List<String> missing(String prefix, int last) {
        Set<String> rows = rows();
        return IntStream.rangeClosed(1, last).mapToObj(i -> String.format("%s%02d", prefix, i)).filter(row -> !rows.contains(row)).toList();
    }

    @Test
    void everyRowOfTheBehaviourTableHasClauses() {
        assertEquals(List.of(), missing("row", 16), "rows of docs/specification.md without a clause");
    }

    @Test
    void everyRowOfTheReadTableHasClauses() {
        assertEquals(List.of(), missing("read", 18), "rows R1-R18 without a clause");
        assertTrue(rows().contains("cleanup"), "the safe clean-up has clauses of its own");
    }

    @Test
    void everyRowOfTheConnectTableHasClauses() {
        assertEquals(List.of(), missing("connect", 21), "rows C1-C21 without a clause");
        Set<String> rows = rows();
        assertTrue(rows.contains("conflict"), "the cure of a credential conflict has clauses of its own");
        assertTrue(rows.contains("scope"), "the scoped connection has clauses of its own");
        long argumentRules = Clauses.all().stream().filter(c -> c.id().startsWith("row15.connect.")).count();
        assertTrue(argumentRules >= 15, "row 15's rules for the connect arguments: " + argumentRules);
        assertTrue(Clauses.all().stream().anyMatch(c -> c.id().equals("row15.connect.password-nul")),
                "a U+0000 in a password is refused before any backend");
    }

    @Test
    void everyConnectClauseNeedsTheConnectCapabilityAndArgumentRulesNeedNothing() {
        // A backend that cannot connect gets its connect clauses skipped, never failed; row 15's rules
        // never reach a backend, so they hold for every fixture.
        List<String> without = Clauses.all().stream()
                .filter(c -> c.id().startsWith("connect") || c.id().startsWith("conflict.") || c.id().startsWith("scope."))
                .filter(c -> !c.needs().contains(Capability.MAKE_CONNECTIONS)).map(Clause::id).toList();
        assertEquals(List.of(), without);
        List<String> needing = Clauses.all().stream().filter(c -> c.id().startsWith("row15.connect."))
                .filter(c -> !c.needs().isEmpty()).map(Clause::id).toList();
        assertEquals(List.of(), needing);
    }

    @Test
    void connectRowsAreNumberedWithTwoDigits() {
        List<String> bad = Clauses.all().stream().map(Clause::id).filter(id -> id.startsWith("connect"))
                .filter(id -> !id.matches("connect(0[1-9]|1[0-9]|2[01])\\..+")).toList();
        assertEquals(List.of(), bad);
    }

    @Test
    void aNetworkSpecSaysWhatItNeedsAndShowsNoPassword() {
        NetworkSpec spec = NetworkSpec.builder()
                .server("srv", s -> s.share("share").account("alice", "Spec-secret-1".toCharArray()).deny(null, "share"))
                .server("gone", NetworkSpec.ServerSpec::unreachable).localDrives("C:").busy(true).build();
        assertEquals(Set.of(Capability.DECLARED_SHARES, Capability.DECLARED_ACCOUNTS, Capability.DENIED_SHARES,
                Capability.UNREACHABLE_SERVERS, Capability.LOCAL_DRIVES, Capability.NETWORK_BUSY), spec.needs());
        assertEquals(Set.of(), NetworkSpec.builder().server("srv", s -> { }).build().needs());
        assertEquals(Set.of(Capability.DECLARED_SHARES, Capability.PRINT_SHARES), NetworkSpec.builder()
                .server("srv", s -> s.share("printer", ResourceType.PRINT)).build().needs());
        assertTrue(!spec.toString().contains("Spec-secret-1") && spec.toString().contains("alice"), spec.servers().toString());
        char[] copy = spec.servers().get(0).password("alice");
        copy[0] = 'X';
        assertEquals("Spec-secret-1", new String(spec.servers().get(0).password("alice")), "the spec hands out copies");
        assertThrows(IllegalArgumentException.class, () -> spec.servers().get(0).password("bob"));
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
        assertTrue(size >= 250 && size <= 360, "clauses: " + size); // 124 with rows 1-16, 172 with the read side, 302 with the connect side
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
