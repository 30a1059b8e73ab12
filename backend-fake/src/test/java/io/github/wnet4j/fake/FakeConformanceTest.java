package io.github.wnet4j.fake;

import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.conformance.ConformanceFixture;
import io.github.wnet4j.conformance.ConformanceKit;

import java.util.ArrayList;
import java.util.List;

/**
 * The whole conformance suite against the fake, under every preset profile and the two connect-side
 * readings no preset holds: {@code logon-failure-for-bad-password} (row C12, "Bad password, unknown
 * user") and {@code legacy-add-temporary} (row C18, "The legacy WNetAddConnection").
 */
class FakeConformanceTest implements ConformanceKit {

    @Override
    public ConformanceFixture newFixture(BehaviourProfile profile) {
        return new FakeLogonFixture(FakeLogon.create(profile));
    }

    @Override
    public List<BehaviourProfile> profiles() {
        List<BehaviourProfile> profiles = new ArrayList<>(BehaviourProfile.presets());
        List<String> names = profiles.stream().map(BehaviourProfile::name).toList();
        if (!names.contains("logon-failure-for-bad-password")) {
            profiles.add(BehaviourProfile.builder("logon-failure-for-bad-password").logonFailureForBadPassword(true).build());
        }
        if (!names.contains("legacy-add-temporary")) {
            profiles.add(BehaviourProfile.builder("legacy-add-temporary").legacyAddTemporary(true).build());
        }
        return profiles;
    }
}
