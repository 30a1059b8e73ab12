package io.github.wnet4j.reliability;

import io.github.wnet4j.behaviour.BehaviourProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fake against the reference model: random sequences of seeding, faults, calls through both
 * functions with every flag and force value, and next logons, compared after every step (outcome and
 * state, plus the invariants in {@link ModelHarness}). One property per preset profile, and one over
 * every combination of the three disputed points; 1,000 sequences each, shrunk to a minimal failing
 * sequence on failure (see {@link PropertyCheck} for the seed that replays it). Every sequence runs in
 * two sessions of one user, the desktop session and its elevated twin (linked in half of them, S4;
 * unlinked in the other half, S3), its steps moving between them; both sessions' states are compared
 * after every step, and the journal must name the session of each call.
 */
class FakeModelProperties {

    private static final List<String> PROPERTIES =
            List.of("documented", "legacy-documentation", "force-overrides-in-use", "any-combination");

    private static void check(String property, PropertyCheck<ModelSequences.Sequence> sequences) {
        ModelHarness.Tally tally = ModelSequences.tally(property);
        Set<ModelSequences.Twin> twins = new HashSet<>();
        sequences.run(ModelSequences.TRIES, s -> {
            twins.add(s.twin());
            ModelSequences.run(s, (p, twin) -> ModelHarness.overFake(p, twin, tally));
        });
        assertBothTwins(twins);
    }

    private static void assertBothTwins(Set<ModelSequences.Twin> twins) {
        if (System.getProperty(PropertyCheck.SEED_PROPERTY) == null) {
            assertEquals(Set.of(ModelSequences.Twin.LINKED, ModelSequences.Twin.UNLINKED), twins,
                    "1,000 sequences draw both elevated twins, linked and unlinked");
        }
    }

    @Test
    void documentedProfile() {
        check("documented", ModelSequences.inTwoSessions("documented profile", BehaviourProfile.documented()));
    }

    @Test
    void legacyDocumentationProfile() {
        check("legacy-documentation", ModelSequences.inTwoSessions("legacy-documentation profile", BehaviourProfile.legacyDocumentation()));
    }

    @Test
    void forceOverridesInUseProfile() {
        check("force-overrides-in-use", ModelSequences.inTwoSessions("force-overrides-in-use profile", BehaviourProfile.forceOverridesInUse()));
    }

    @Test
    void everyCombinationOfTheDisputedPoints() {
        Set<BehaviourProfile> drawn = new HashSet<>();
        Set<ModelSequences.Twin> twins = new HashSet<>();
        ModelHarness.Tally tally = ModelSequences.tally("any-combination");
        ModelSequences.inTwoSessions("every combination of the disputed points", ModelSequences::anyCombination)
                .run(ModelSequences.TRIES, s -> {
                    drawn.add(s.profile());
                    twins.add(s.twin());
                    ModelSequences.run(s, (p, twin) -> ModelHarness.overFake(p, twin, tally));
                });
        assertBothTwins(twins);
        if (System.getProperty(PropertyCheck.SEED_PROPERTY) == null) {
            assertEquals(8, drawn.size(), "1,000 sequences draw each of the 8 combinations: " + drawn);
        }
    }

    @AfterAll
    static void writeFigures() {
        Figures figures = Figures.of("1-fake-model");
        PROPERTIES.forEach(property -> figures.add("model: fake vs reference", "profile " + property
                + ": sequences / steps (cancels / reads)", ModelSequences.describe(property)));
        figures.add("model: fake vs reference", "session sequences checked (4 properties): linked / unlinked twin;"
                + " steps in the twin; S5 traps met",
                ModelSequences.describeSessions(PROPERTIES));
        figures.write();
    }
}
