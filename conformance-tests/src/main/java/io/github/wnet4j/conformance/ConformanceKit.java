package io.github.wnet4j.conformance;

import io.github.wnet4j.behaviour.BehaviourProfile;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The conformance suite: implement this interface in a JUnit 5 test class, make
 * {@link #newFixture(BehaviourProfile)} return a fixture over your backend, and the class runs every
 * clause of the specification against it.
 *
 * <pre>{@code
 * class MyBackendConformanceTest implements ConformanceKit {
 *     public ConformanceFixture newFixture(BehaviourProfile profile) {
 *         return new MyFixture(profile);          // fresh state for every clause
 *     }
 * }
 * }</pre>
 *
 * <p>JUnit shows one container per {@linkplain #profiles() profile} and one test per clause. A clause
 * that needs a {@link Capability} the fixture does not declare is reported skipped with the missing
 * capabilities as the reason, never passed. Each profile's results are also written to
 * {@code target/conformance/<backend>-<profile>.json} (the directory is relative to the working
 * directory; set the system property {@value #REPORT_DIR_PROPERTY} to put it elsewhere).
 */
public interface ConformanceKit {

    /** The system property naming the directory reports are written to: {@value}. */
    String REPORT_DIR_PROPERTY = "wnet4j.conformance.reportDir";

    /**
     * A fresh fixture for one clause, under {@code profile}: the suite seeds it, calls its backend,
     * observes it, and closes it. The fixture's backend must behave as {@code profile} says on the
     * disputed points.
     *
     * <p>Throw {@link org.opentest4j.TestAbortedException} (for example through
     * {@code Assumptions.abort("real mpr.dll exists only on Windows")}) when no fixture can be made
     * here: every clause for the profile is then reported skipped with that reason.
     *
     * @param profile how the backend settles the disputed points
     * @return a fixture that has seeded nothing yet
     */
    ConformanceFixture newFixture(BehaviourProfile profile);

    /** {@return the profiles to run the suite under; by default only {@link BehaviourProfile#documented()}} */
    default List<BehaviourProfile> profiles() {
        return List.of(BehaviourProfile.documented());
    }

    /**
     * The backend name a report is filed under when {@link #newFixture} gave no fixture to ask
     * (it aborted or failed). By default it comes from the test class's simple name:
     * {@code JnaWindowsConformanceTest} gives {@code jna-windows}.
     *
     * @return the name reports are filed under
     */
    default String reportBackendName() {
        String name = getClass().getSimpleName().replaceFirst("(Conformance)?Tests?$", "");
        String hyphenated = name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        return hyphenated.isEmpty() ? "backend" : hyphenated;
    }

    /**
     * The suite: one container per profile (named after it), holding one test per clause (named by
     * its id and title), in a fixed order.
     *
     * @return a container per profile
     */
    @TestFactory
    default Stream<DynamicNode> conformanceSuite() {
        List<Clause> clauses = Clauses.all();
        return profiles().stream().map(profile -> new ProfileRun(this, profile).container(clauses));
    }
}
