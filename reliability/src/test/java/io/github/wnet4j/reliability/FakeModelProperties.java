package io.github.wnet4j.reliability;

import io.github.wnet4j.BehaviourProfile;
import io.github.wnet4j.CancelFlag;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The fake against the reference model: random sequences of seeding, faults, calls through both
 * functions with every flag and force value, and next logons, compared after every step (outcome and
 * state, plus the invariants in {@link ModelHarness}). One property per preset profile, and one over
 * every combination of the three disputed points; 1,000 sequences each, shrunk to a minimal failing
 * sequence on failure.
 */
class FakeModelProperties {

    static final int TRIES = 1000;
    static final int MAX_STEPS = 40;

    private static final Map<String, ModelHarness.Tally> TALLIES = new TreeMap<>();

    static ModelHarness.Tally tally(String property) {
        synchronized (TALLIES) {
            return TALLIES.computeIfAbsent(property, p -> new ModelHarness.Tally());
        }
    }

    /** A chain of steps over a fresh harness that {@code harness} makes. */
    static Arbitrary<ActionChain<ModelHarness>> chains(Supplier<ModelHarness> harness) {
        Action.Independent<ModelHarness> step = () -> Op.any().map(op -> Transformer.mutate(op.toString(), h -> h.apply(op)));
        return ActionChain.startWith(harness).withAction(step).withMaxTransformations(MAX_STEPS);
    }

    private static final List<String> PROPERTIES =
            List.of("documented", "legacy-documentation", "force-overrides-in-use", "any-combination");

    private static void run(ActionChain<ModelHarness> chain) {
        ModelHarness end = chain.run();
        end.finish();
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.FULL)
    void documentedProfile(@ForAll("documented") ActionChain<ModelHarness> chain) {
        run(chain);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.FULL)
    void legacyDocumentationProfile(@ForAll("legacyDocumentation") ActionChain<ModelHarness> chain) {
        run(chain);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.FULL)
    void forceOverridesInUseProfile(@ForAll("forceOverridesInUse") ActionChain<ModelHarness> chain) {
        run(chain);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.FULL)
    void everyCombinationOfTheDisputedPoints(@ForAll("anyProfile") ActionChain<ModelHarness> chain) {
        run(chain);
    }

    @Provide
    Arbitrary<ActionChain<ModelHarness>> documented() {
        return over(BehaviourProfile.documented(), "documented");
    }

    @Provide
    Arbitrary<ActionChain<ModelHarness>> legacyDocumentation() {
        return over(BehaviourProfile.legacyDocumentation(), "legacy-documentation");
    }

    @Provide
    Arbitrary<ActionChain<ModelHarness>> forceOverridesInUse() {
        return over(BehaviourProfile.forceOverridesInUse(), "force-overrides-in-use");
    }

    @Provide
    Arbitrary<ActionChain<ModelHarness>> anyProfile() {
        ModelHarness.Tally tally = tally("any-combination");
        return anyCombination().flatMap(p -> chains(() -> ModelHarness.overFake(p, tally)));
    }

    /** Each of the 2 x 2 x 2 readings of rows 1, 3 and 9, as a custom profile. */
    static Arbitrary<BehaviourProfile> anyCombination() {
        return Combinators.combine(Arbitraries.of(false, true), Arbitraries.of(BehaviourProfile.RemoteNameScope.class),
                        Arbitraries.of(false, true))
                .as((legacyUpdates, scope, forceOverrides) -> BehaviourProfile.builder("custom")
                        .legacyCancelFlags(legacyUpdates ? Set.of(CancelFlag.CONNECT_UPDATE_PROFILE) : Set.of())
                        .remoteNameScope(scope)
                        .forceOverridesDeviceInUse(forceOverrides)
                        .build());
    }

    private static Arbitrary<ActionChain<ModelHarness>> over(BehaviourProfile profile, String property) {
        ModelHarness.Tally tally = tally(property);
        return chains(() -> ModelHarness.overFake(profile, tally));
    }

    @AfterContainer
    static void writeFigures() {
        Figures figures = Figures.of("1-fake-model");
        synchronized (TALLIES) {
            PROPERTIES.forEach(property -> figures.add("model: fake vs reference", "profile " + property
                    + ": sequences / steps (calls)", describe(TALLIES.get(property))));
        }
        figures.write();
    }

    static String describe(ModelHarness.Tally t) {
        return t == null ? "not run" : t.sequences + " / " + t.steps + " (" + t.calls + ")";
    }
}
