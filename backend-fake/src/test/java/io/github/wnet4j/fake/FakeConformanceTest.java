package io.github.wnet4j.fake;

import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.conformance.ConformanceFixture;
import io.github.wnet4j.conformance.ConformanceKit;

import java.util.List;

/** The whole conformance suite against the fake, under every preset profile. */
class FakeConformanceTest implements ConformanceKit {

    @Override
    public ConformanceFixture newFixture(BehaviourProfile profile) {
        return new FakeLogonFixture(FakeLogon.create(profile));
    }

    @Override
    public List<BehaviourProfile> profiles() {
        return BehaviourProfile.presets();
    }
}
