package io.github.wnet4j.nativetesting;

import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.conformance.ConformanceFixture;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.fake.FakeLogonFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import io.github.wnet4j.spi.WNetBackend;

/**
 * The whole conformance suite through a native backend over the C test double of mpr.dll, under
 * every preset profile: each clause gets a fresh {@link FakeLogon} served by the double, so every
 * call crosses the real native boundary before it reaches the model. The session clauses run too:
 * a call from another logon session of the clause's user goes through the same backend to that
 * session's logon ({@link MprDouble#calledFrom}). Reports:
 * {@code target/conformance/<backendName>-<profile>.json}.
 *
 * <pre>{@code
 * class JnaConformanceTest extends MprDoubleConformanceKit {
 *     JnaConformanceTest() {
 *         super("jna");
 *     }
 *
 *     protected WNetBackend newBackend() {
 *         return new JnaBackendProvider().create();
 *     }
 * }
 * }</pre>
 *
 * <p>Where the double is unavailable every clause is reported skipped with
 * {@link MprDouble#whyUnavailable()}. The clauses seed and observe the logon through
 * {@link FakeLogonFixture}, from {@code wnet4j-backend-fake}'s main sources. The
 * suite serves through the one process-wide double, so it must not run concurrently with other
 * tests that use it.
 */
public abstract class MprDoubleConformanceKit extends NativeConformanceKit {

    /**
     * The suite for one backend.
     *
     * @param backendName the backend's name as registered ({@code "jna"}, {@code "jnr"}): the
     *     reports are filed under it
     */
    protected MprDoubleConformanceKit(String backendName) {
        super(backendName);
    }

    @Override
    public final ConformanceFixture newFixture(BehaviourProfile profile) {
        MprDouble.whyUnavailable().ifPresent(Assumptions::abort);
        FakeLogon logon = FakeLogon.create(profile);
        MprDouble mpr = MprDouble.load();
        mpr.serve(logon.backend());
        WNetBackend backend = backend();
        // The read side crosses the double too; the double counts the enumeration handles left open.
        // A further logon session's calls go through the same backend, the double serving that
        // session's logon for each of them (MprDouble.calledFrom), as Windows acts on the calling
        // process's session.
        return new FakeLogonFixture(backendName(), logon, FakeLogonFixture.READ_SIDE,
                session -> mpr.calledFrom(session.backend(), backend)) {
            @Override
            public int openEnumerationHandles() {
                return mpr.openEnumerations();
            }
        };
    }

    /** Every preset profile. */
    @Override
    public final List<BehaviourProfile> profiles() {
        return BehaviourProfile.presets();
    }

    /** The backend's name, also when no fixture could be made. */
    @Override
    public final String reportBackendName() {
        return backendName();
    }

    @AfterAll
    static void noCallBrokeTheAbiOrTheModel() {
        if (MprDouble.whyUnavailable().isEmpty()) {
            MprDouble mpr = MprDouble.load();
            assertEquals(0, mpr.abiViolations(), "calls the double rejected for breaking the Windows ABI");
            assertEquals(List.of(), mpr.modelFailures(), "exceptions the model threw behind the double");
            assertEquals(0, mpr.openEnumerations(), "enumeration handles the backend left open");
            assertEquals(0, mpr.staleHandleUses() + mpr.unknownHandleUses(), "calls with a closed or never-issued handle");
            mpr.stopServing();
        }
    }
}
