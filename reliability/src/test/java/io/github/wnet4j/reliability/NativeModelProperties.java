package io.github.wnet4j.reliability;

import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.WNet;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.nativetesting.MprDouble;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The same random sequences as {@link FakeModelProperties}, cancels and reads, through the JNA and the JNR backend over
 * the C double of mpr.dll serving a fake logon, compared after every step with a second fake logon
 * called directly and with the reference model (outcome, extended error, state and journal). The
 * profile of each sequence is drawn from the presets, so every profile is covered. Skipped, with the
 * reason, where the double is not available (it is built only on Linux).
 */
class NativeModelProperties {

    @BeforeAll
    static void needsTheDouble() {
        assumeTrue(NativeBackends.whyUnavailable() == null, NativeBackends::whyUnavailable);
    }

    @Test
    void jnaOverTheDoubleMatchesTheFake() {
        check("jna");
    }

    @Test
    void jnrOverTheDoubleMatchesTheFake() {
        check("jnr");
    }

    private static void check(String backend) {
        ModelHarness.Tally tally = ModelSequences.tally(backend + " over the double");
        List<BehaviourProfile> presets = BehaviourProfile.presets();
        ModelSequences.over(backend + " over the double", r -> PropertyCheck.pick(r, presets), Op.ONE_SESSION_KINDS,
                        Op::universalNameBeyondTheDouble)
                .run(ModelSequences.TRIES, s -> {
                    MprDouble mpr = NativeBackends.mpr();
                    int violations = mpr.abiViolations();
                    ModelSequences.run(s, profile -> harness(backend, profile, tally));
                    assertEquals(List.of(), mpr.modelFailures(), "exceptions the model threw behind the double");
                    assertEquals(violations, mpr.abiViolations(), "calls the double rejected for breaking the Windows ABI");
                    assertEquals(0, mpr.openEnumerations(), "enumeration handles left open (every enumeration closes its handle)");
                });
    }

    private static ModelHarness harness(String backend, BehaviourProfile profile, ModelHarness.Tally tally) {
        NativeBackends.Native n = NativeBackends.named(backend);
        FakeLogon served = FakeLogon.create(profile);
        NativeBackends.mpr().serve(served.backend());
        ModelHarness.Subject direct = ModelHarness.Subject.direct(FakeLogon.create(profile));
        ModelHarness.Subject viaNative = new ModelHarness.Subject(backend, served, n.canceller(),
                WNet.over(backend, n.backend()), n.backend());
        return new ModelHarness(profile, List.of(direct, viaNative), tally);
    }

    @AfterAll
    static void writeFigures() {
        if (NativeBackends.whyUnavailable() != null) {
            Figures.of("2-native-model").add("model: native vs fake", "skipped", NativeBackends.whyUnavailable()).write();
            return;
        }
        NativeBackends.mpr().stopServing();
        Figures figures = Figures.of("2-native-model");
        for (String backend : List.of("jna", "jnr")) {
            figures.add("model: native vs fake", backend + " over the double, all presets: sequences / steps (cancels / reads)",
                    ModelSequences.describe(backend + " over the double"));
        }
        figures.write();
    }
}
