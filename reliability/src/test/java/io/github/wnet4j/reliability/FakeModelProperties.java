package io.github.wnet4j.reliability;

import io.github.wnet4j.BehaviourProfile;
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
 * sequence on failure (see {@link PropertyCheck} for the seed that replays it).
 */
class FakeModelProperties {

    private static final List<String> PROPERTIES =
            List.of("documented", "legacy-documentation", "force-overrides-in-use", "any-combination");

    private static void check(String property, PropertyCheck<ModelSequences.Sequence> sequences) {
        ModelHarness.Tally tally = ModelSequences.tally(property);
        sequences.run(ModelSequences.TRIES, s -> ModelSequences.run(s, p -> ModelHarness.overFake(p, tally)));
    }

    @Test
    void documentedProfile() {
        check("documented", ModelSequences.over("documented profile", BehaviourProfile.documented()));
    }

    @Test
    void legacyDocumentationProfile() {
        check("legacy-documentation", ModelSequences.over("legacy-documentation profile", BehaviourProfile.legacyDocumentation()));
    }

    @Test
    void forceOverridesInUseProfile() {
        check("force-overrides-in-use", ModelSequences.over("force-overrides-in-use profile", BehaviourProfile.forceOverridesInUse()));
    }

    @Test
    void everyCombinationOfTheDisputedPoints() {
        Set<BehaviourProfile> drawn = new HashSet<>();
        ModelHarness.Tally tally = ModelSequences.tally("any-combination");
        ModelSequences.over("every combination of the disputed points", ModelSequences::anyCombination)
                .run(ModelSequences.TRIES, s -> {
                    drawn.add(s.profile());
                    ModelSequences.run(s, p -> ModelHarness.overFake(p, tally));
                });
        if (System.getProperty(PropertyCheck.SEED_PROPERTY) == null) {
            assertEquals(8, drawn.size(), "1,000 sequences draw each of the 8 combinations: " + drawn);
        }
    }

    @AfterAll
    static void writeFigures() {
        Figures figures = Figures.of("1-fake-model");
        PROPERTIES.forEach(property -> figures.add("model: fake vs reference", "profile " + property
                + ": sequences / steps (cancels / reads)", ModelSequences.describe(property)));
        figures.write();
    }
}
