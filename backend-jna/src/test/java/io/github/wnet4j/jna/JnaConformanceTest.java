package io.github.wnet4j.jna;

import io.github.wnet4j.BehaviourProfile;
import io.github.wnet4j.WNetBackend;
import io.github.wnet4j.conformance.ConformanceFixture;
import io.github.wnet4j.conformance.ConformanceKit;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.fake.FakeLogonFixture;
import io.github.wnet4j.nativetesting.MprDouble;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The whole conformance suite through the JNA backend, under every preset profile: each clause's
 * FakeLogon is served by the C test double of mpr.dll, so every call crosses the real native
 * boundary before it reaches the model. Reports: target/conformance/jna-&lt;profile&gt;.json.
 */
class JnaConformanceTest implements ConformanceKit {

    @Override
    public ConformanceFixture newFixture(BehaviourProfile profile) {
        MprDouble.whyUnavailable().ifPresent(Assumptions::abort);
        FakeLogon logon = FakeLogon.create(profile);
        MprDouble.load().serve(logon.backend());
        return new FakeLogonFixture("jna", logon, Holder.BACKEND);
    }

    @Override
    public List<BehaviourProfile> profiles() {
        return BehaviourProfile.presets();
    }

    @AfterAll
    static void noCallBrokeTheAbiOrTheModel() {
        if (MprDouble.whyUnavailable().isEmpty()) {
            MprDouble mpr = MprDouble.load();
            assertEquals(0, mpr.abiViolations(), "calls the double rejected for breaking the Windows ABI");
            assertEquals(List.of(), mpr.modelFailures(), "exceptions the model threw behind the double");
            mpr.stopServing();
        }
    }

    /** One backend for the whole suite, made by the provider as discovery would. */
    private static final class Holder {
        static final WNetBackend BACKEND = new JnaBackendProvider().create();
    }
}
