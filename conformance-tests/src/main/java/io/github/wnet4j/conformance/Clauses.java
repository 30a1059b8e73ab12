package io.github.wnet4j.conformance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The suite: every clause, in suite order: specification rows 1 to 14 (row 14 with the names Windows
 * does not treat as devices), non-ASCII names, row 15's validation rules for both functions, then
 * the read side's rows R1 to R18 (clause ids {@code readNN}) with row 15's rules for the reads, and
 * the safe clean-up built on them ({@code cleanup}), and one user's logon sessions, rows S1 to S8
 * ({@code sessionN}), then the connect side: rows C1 to C21 ({@code connectNN}), row 15's rules for
 * every connect argument ({@code row15.connect.}), the cure of a credential conflict
 * ({@code conflict.}) and the scoped connection ({@code scope.}).
 */
final class Clauses {
    /** The remote name most clauses connect to. */
    static final String SHARE = "\\\\srv\\share";
    /** A second remote name, to show a cancel leaves it alone. */
    static final String OTHER = "\\\\srv\\other";
    /** A print queue for the print devices. */
    static final String PRINTER = "\\\\srv\\printer";
    /** A share the connect clauses declare the server does not have (C11, "Unknown server, unknown share, no access"). */
    static final String MISSING = "\\\\srv\\missing";
    /**
     * A remote name on a server declared unreachable (C11), under the reserved top-level domain
     * {@code .invalid} (RFC 6761), which a real machine cannot resolve either.
     */
    static final String UNREACHABLE = "\\\\gone.invalid\\share";

    private static final List<Clause> ALL = assemble();

    private Clauses() {
    }

    /** Every clause, in suite order. */
    static List<Clause> all() {
        return ALL;
    }

    private static List<Clause> assemble() {
        List<Clause> out = new ArrayList<>();
        ConnectionClauses.addTo(out);
        FailureClauses.addTo(out);
        NameClauses.addTo(out);
        LookupClauses.addTo(out);
        ListingClauses.addTo(out);
        UniversalNameClauses.addTo(out);
        ReadFailureClauses.addTo(out);
        CleanupClauses.addTo(out);
        SessionClauses.addTo(out);
        ConnectClauses.addTo(out);
        Set<String> ids = new HashSet<>();
        for (Clause c : out) {
            if (!ids.add(c.id())) {
                throw new IllegalStateException("two clauses share the id " + c.id());
            }
        }
        return List.copyOf(out);
    }

    static Set<Capability> needs(Capability... capabilities) {
        Set<Capability> set = EnumSet.noneOf(Capability.class);
        set.addAll(List.of(capabilities));
        return set;
    }
}
