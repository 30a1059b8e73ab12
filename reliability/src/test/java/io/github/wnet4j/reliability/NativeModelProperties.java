package io.github.wnet4j.reliability;

import io.github.wnet4j.BehaviourProfile;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.nativetesting.MprDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.state.ActionChain;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The same random sequences as {@link FakeModelProperties}, through the JNA and the JNR backend over
 * the C double of mpr.dll serving a fake logon, compared after every step with a second fake logon
 * called directly and with the reference model (outcome, extended error, state and journal). The
 * profile of each sequence is drawn from the presets, so every profile is covered. Skipped, with the
 * reason, where the double is not available (it is built only on Linux).
 */
@AddLifecycleHook(NativeBackends.SkipWithoutDouble.class)
class NativeModelProperties {

    @Property(tries = FakeModelProperties.TRIES, shrinking = ShrinkingMode.FULL)
    void jnaOverTheDoubleMatchesTheFake(@ForAll("throughJna") ActionChain<ModelHarness> chain) {
        run(chain);
    }

    @Property(tries = FakeModelProperties.TRIES, shrinking = ShrinkingMode.FULL)
    void jnrOverTheDoubleMatchesTheFake(@ForAll("throughJnr") ActionChain<ModelHarness> chain) {
        run(chain);
    }

    @Provide
    Arbitrary<ActionChain<ModelHarness>> throughJna() {
        return through("jna");
    }

    @Provide
    Arbitrary<ActionChain<ModelHarness>> throughJnr() {
        return through("jnr");
    }

    private static Arbitrary<ActionChain<ModelHarness>> through(String backend) {
        ModelHarness.Tally tally = FakeModelProperties.tally(backend + " over the double");
        return Arbitraries.of(BehaviourProfile.presets()).flatMap(profile -> FakeModelProperties.chains(() -> {
            NativeBackends.Native n = NativeBackends.named(backend);
            FakeLogon served = FakeLogon.create(profile);
            NativeBackends.mpr().serve(served.backend());
            ModelHarness.Subject direct = ModelHarness.Subject.direct(FakeLogon.create(profile));
            ModelHarness.Subject viaNative = new ModelHarness.Subject(backend, served, n.canceller(), n.backend());
            return new ModelHarness(profile, List.of(direct, viaNative), tally);
        }));
    }

    private static void run(ActionChain<ModelHarness> chain) {
        MprDouble mpr = NativeBackends.mpr();
        int violations = mpr.abiViolations();
        ModelHarness end = chain.run();
        assertEquals(List.of(), mpr.modelFailures(), "exceptions the model threw behind the double");
        assertEquals(violations, mpr.abiViolations(), "calls the double rejected for breaking the Windows ABI");
        end.finish();
    }

    @AfterContainer
    static void writeFigures() {
        if (NativeBackends.whyUnavailable() != null) {
            Figures.of("2-native-model").add("model: native vs fake", "skipped", NativeBackends.whyUnavailable()).write();
            return;
        }
        NativeBackends.mpr().stopServing();
        Figures figures = Figures.of("2-native-model");
        for (String backend : List.of("jna", "jnr")) {
            ModelHarness.Tally t = FakeModelProperties.tally(backend + " over the double");
            figures.add("model: native vs fake", backend + " over the double, all presets: sequences / steps (calls)",
                    t.sequences + " / " + t.steps + " (" + t.calls + ")");
        }
        figures.write();
    }
}
