package io.github.wnet4j.conformance;

import io.github.wnet4j.behaviour.BehaviourProfile;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.TestAbortedException;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Runs the clauses for one profile of one kit, and reports each as it finishes. */
final class ProfileRun {
    private final ConformanceKit kit;
    private final BehaviourProfile profile;
    private final ConformanceReport report;

    ProfileRun(ConformanceKit kit, BehaviourProfile profile) {
        this.kit = kit;
        this.profile = profile;
        this.report = new ConformanceReport(ConformanceReport.directory(), profile.name());
    }

    DynamicContainer container(List<Clause> clauses) {
        return DynamicContainer.dynamicContainer(profile.name(),
                clauses.stream().map(c -> DynamicTest.dynamicTest(c.displayName(), () -> run(c))));
    }

    /**
     * Runs one clause on a fresh fixture. An abort (from newFixture, a missing capability or the
     * clause) is reported skipped with its reason; anything else thrown is reported failed.
     */
    void run(Clause clause) throws Throwable {
        try {
            ConformanceFixture fixture;
            try {
                fixture = kit.newFixture(profile);
                if (fixture == null) {
                    throw new IllegalStateException(kit.getClass().getName() + ".newFixture(" + profile.name()
                            + ") returned null; return a fresh fixture, or abort (Assumptions.abort) if none can exist here");
                }
            } catch (Throwable t) {
                report.nameBackend(kit.reportBackendName());
                throw t;
            }
            try (fixture) {
                report.nameBackend(fixture.backendName());
                Set<Capability> missing = EnumSet.noneOf(Capability.class);
                missing.addAll(clause.needs());
                missing.removeAll(fixture.capabilities());
                if (!missing.isEmpty()) {
                    StringBuilder reason = new StringBuilder("needs capabilities the fixture does not declare: " + missing);
                    for (Capability c : missing) {
                        String why = fixture.whyNot(c);
                        if (why != null && !why.isBlank()) {
                            reason.append("; ").append(c).append(": ").append(why);
                        }
                    }
                    throw new TestAbortedException(reason.toString());
                }
                clause.body().run(new ClauseContext(fixture, profile));
            }
        } catch (TestAbortedException skipped) {
            report.record(clause, ConformanceReport.Status.SKIPPED, reason(skipped));
            throw skipped;
        } catch (Throwable failed) {
            report.record(clause, ConformanceReport.Status.FAILED, reason(failed));
            throw failed;
        }
        report.record(clause, ConformanceReport.Status.PASSED, "");
    }

    private static String reason(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getName() : ConnectChecks.redact(message);
    }
}
