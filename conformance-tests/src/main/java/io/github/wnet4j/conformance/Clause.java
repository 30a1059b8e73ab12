package io.github.wnet4j.conformance;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One checkable statement of the specification: a stable id (reports and people refer to it), a
 * title, the fixture capabilities it needs, and the body that seeds, cancels and checks.
 *
 * @param id stable, such as {@code row08.open-files-refuse-without-force}
 * @param title what the clause checks, in one line
 * @param needs the capabilities the fixture must declare, or the clause is skipped
 * @param body the check itself
 */
record Clause(String id, String title, Set<Capability> needs, Body body) {

    /** The check; it throws an {@link AssertionError} when the backend does not conform. */
    @FunctionalInterface
    interface Body {
        void run(ClauseContext t) throws Exception;
    }

    Clause {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Set<Capability> ordered = EnumSet.noneOf(Capability.class);
        ordered.addAll(needs);
        needs = Collections.unmodifiableSet(ordered); // enum order, so reasons read the same every run
        Objects.requireNonNull(body, "body");
        if (!id.matches("[a-z0-9]+(\\.[a-z0-9-]+)+")) {
            throw new IllegalArgumentException("a clause id is dot-separated lower-case words: " + id);
        }
    }

    /** What JUnit shows: the id, then the title. */
    String displayName() {
        return id + ": " + title;
    }
}
