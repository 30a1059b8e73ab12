package io.github.wnet4j.jna;

import io.github.wnet4j.BehaviourProfile;
import io.github.wnet4j.WNetBackend;
import io.github.wnet4j.conformance.ConformanceFixture;
import io.github.wnet4j.conformance.ConformanceKit;
import io.github.wnet4j.nativetesting.WindowsFixture;
import org.junit.jupiter.api.Assumptions;

import java.util.List;

/**
 * The conformance suite through the JNA backend against the real mpr.dll, seeded and observed on the
 * machine itself by {@link WindowsFixture} (shares, drive letters, files it makes and removes). Runs
 * only on Windows, as an administrator; elsewhere every clause is reported skipped because "real
 * mpr.dll exists only on Windows". Reports: target/conformance/jna-windows-&lt;profile&gt;.json.
 * Profiles: {@code -Dwnet4j.windows.profiles} ({@code documented} by default, {@code all} for every preset).
 */
class JnaWindowsConformanceTest implements ConformanceKit {

    @Override
    public ConformanceFixture newFixture(BehaviourProfile profile) {
        WindowsFixture.whyUnavailable().ifPresent(Assumptions::abort);
        return WindowsFixture.create("jna-windows", Holder.BACKEND);
    }

    @Override
    public List<BehaviourProfile> profiles() {
        return WindowsFixture.profilesFromProperty();
    }

    /** The backend over the real mpr.dll, made only once a fixture is (so only on Windows). */
    private static final class Holder {
        static final WNetBackend BACKEND = new JnaBackendProvider().create();
    }
}
