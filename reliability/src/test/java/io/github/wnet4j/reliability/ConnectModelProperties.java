package io.github.wnet4j.reliability;

import io.github.wnet4j.WNet;
import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.nativetesting.MprDouble;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The connect side against its reference model ({@link ConnectReferenceModel}): random sequences of
 * connects (a device, no device, any free drive or printer port, through WNetAddConnection2/3,
 * WNetUseConnection and the legacy WNetAddConnection; the logon's own credentials, a user name alone,
 * a user name and the right or a wrong password, an unknown user, a password alone; remembered or not),
 * cancels, the network gone, busy, a provider error, profile faults and next logons, over a simulated
 * network with a declared, an unreachable and an open server, compared with the model after every step
 * ({@link ConnectHarness}). On the fake under every preset profile and every combination of the connect
 * side's two disputed points (C12, C18), in the desktop session alone or with its elevated twin, linked
 * or not (C19, "Logon sessions"), calls moving between them; through JNA, JNR and (JDK 22+) FFM over
 * the C double serving a fake (one session: the double serves one), beside a second fake called directly.
 */
class ConnectModelProperties {

    /** Sequences per property on the fake; each has {@link ConnectSteps#STEPS} steps. */
    static final int FAKE_TRIES = 1000;
    /** Sequences per native backend (each step crosses into C and back into the served fake). */
    static final int NATIVE_TRIES = 500;

    private static final Map<String, ConnectHarness.Tally> TALLIES = new TreeMap<>();

    private static ConnectHarness.Tally tally(String property) {
        synchronized (TALLIES) {
            return TALLIES.computeIfAbsent(property, p -> new ConnectHarness.Tally());
        }
    }

    private static void onFake(String property, BehaviourProfile profile) {
        ConnectHarness.Tally tally = tally(property);
        ConnectSteps.over(property + " profile (connect)", r -> profile, true).run(FAKE_TRIES, s -> ConnectHarness.runOnFake(s, tally));
        assertBothTwins(tally);
    }

    private static void assertBothTwins(ConnectHarness.Tally tally) {
        if (System.getProperty(PropertyCheck.SEED_PROPERTY) == null) {
            assertTrue(tally.linked > 0 && tally.unlinked > 0 && tally.elevatedSteps > 0,
                    "1,000 sequences draw both elevated twins and make calls in them");
        }
    }

    @Test
    void documentedProfile() {
        onFake("documented", BehaviourProfile.documented());
    }

    @Test
    void legacyDocumentationProfile() {
        onFake("legacy-documentation", BehaviourProfile.legacyDocumentation());
    }

    @Test
    void forceOverridesInUseProfile() {
        onFake("force-overrides-in-use", BehaviourProfile.forceOverridesInUse());
    }

    @Test
    void everyCombinationOfTheConnectSidesDisputedPoints() {
        ConnectHarness.Tally tally = tally("any-combination");
        Set<String> drawn = new HashSet<>();
        ConnectSteps.over("every combination of C12 and C18 (connect)", ConnectSteps::anyConnectCombination, true).run(FAKE_TRIES, s -> {
            drawn.add(s.profile().logonFailureForBadPassword() + "/" + s.profile().legacyAddTemporary());
            ConnectHarness.runOnFake(s, tally);
        });
        assertBothTwins(tally);
        if (System.getProperty(PropertyCheck.SEED_PROPERTY) == null) {
            assertEquals(4, drawn.size(), "1,000 sequences draw each of the 4 combinations of C12 and C18: " + drawn);
        }
    }

    @Test
    void jnaOverTheDouble() {
        overTheDouble("jna");
    }

    @Test
    void jnrOverTheDouble() {
        overTheDouble("jnr");
    }

    @Test
    void ffmOverTheDouble() {
        assumeTrue(NativeBackends.whyUnavailable() == null, NativeBackends::whyUnavailable);
        assumeTrue(NativeBackends.whyNoFfm() == null, NativeBackends::whyNoFfm);
        overTheDouble("ffm");
    }

    private static void overTheDouble(String backend) {
        assumeTrue(NativeBackends.whyUnavailable() == null, NativeBackends::whyUnavailable);
        ConnectHarness.Tally tally = tally(backend + " over the double");
        NativeBackends.Native n = NativeBackends.named(backend);
        MprDouble mpr = NativeBackends.mpr();
        ConnectSteps.over(backend + " over the double (connect)", ConnectSteps::anyConnectCombination, false).run(NATIVE_TRIES, s -> {
            int violations = mpr.abiViolations();
            FakeLogon served = FakeLogon.create(s.profile());
            mpr.serve(served.backend());
            ConnectHarness.run(s, List.of(ConnectHarness.Subject.direct(FakeLogon.create(s.profile())),
                    new ConnectHarness.Subject(backend, served, WNet.over(backend, n.backend()))), tally);
            assertEquals(List.of(), mpr.modelFailures(), "exceptions the model threw behind the double");
            assertEquals(violations, mpr.abiViolations(), () -> "calls the double rejected for breaking the Windows ABI: "
                    + mpr.lastViolation());
        });
    }

    /**
     * The tally as "sequences / steps (connects: connected / 1219 met / failed and unchanged); servers released (C10)",
     * and for the fake "; linked / unlinked elevated twin, steps moved into it".
     */
    static String describe(String property) {
        synchronized (TALLIES) {
            ConnectHarness.Tally t = TALLIES.get(property);
            return t == null ? "not run" : t.sequences + " / " + t.steps + " (" + t.connects + ": " + t.connected + " / "
                    + t.conflicts + " / " + t.failedUnchanged + "); " + t.serversReleased
                    + (t.linked + t.unlinked == 0 ? "" : "; " + t.linked + " / " + t.unlinked + ", " + t.elevatedSteps);
        }
    }

    @AfterAll
    static void writeFigures() {
        if (NativeBackends.whyUnavailable() == null) {
            NativeBackends.mpr().stopServing();
        }
        Figures figures = Figures.of("1b-connect-model");
        String what = ": sequences / steps (connects: connected / 1219 met / failed, state unchanged); servers released (C10)";
        for (String p : List.of("documented", "legacy-documentation", "force-overrides-in-use", "any-combination")) {
            figures.add("model: connect, fake vs reference", "profile " + p + what
                    + "; sequences with a linked / unlinked elevated twin (C19), steps moved into it", describe(p));
        }
        for (String backend : List.of("jna", "jnr", "ffm")) {
            String why = NativeBackends.whyUnavailable() != null ? NativeBackends.whyUnavailable()
                    : backend.equals("ffm") ? NativeBackends.whyNoFfm() : null;
            figures.add("model: connect, native vs fake", backend + " over the double, C12 x C18 over the presets" + what,
                    why != null ? "skipped: " + why : describe(backend + " over the double"));
        }
        figures.write();
    }
}
