package io.github.wnet4j.nativetesting;

import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.conformance.ConformanceFixture;
import org.junit.jupiter.api.Assumptions;

import java.util.List;
import io.github.wnet4j.spi.WNetBackend;

/**
 * The conformance suite through a native backend against the real mpr.dll, seeded and observed on
 * the machine itself by {@link WindowsFixture} (shares, drive letters, files it makes and removes).
 * Runs only on Windows, as an administrator; elsewhere every clause is reported skipped with
 * {@link WindowsFixture#whyUnavailable()}. Reports:
 * {@code target/conformance/<backendName>-windows-<profile>.json}. Profiles:
 * {@code -Dwnet4j.windows.profiles} ({@code documented} by default, {@code all} for every preset).
 * The read clauses ({@code readNN}, {@code cleanup}) run too: the first run says whether Windows
 * lists deviceless connections (R7) and returns the remembered name with ERROR_CONNECTION_UNAVAIL (R2).
 * The connect clauses ({@code connectNN}, {@code conflict.}, {@code scope.}) run too, against the
 * fixture's own shares and local accounts (which needs an administrator as well); those that need
 * what a real machine cannot be made to do skip with the fixture's reason for each capability
 * ({@link WindowsFixture#whyNot}). The session clauses ({@code sessionN}) are skipped with
 * {@link #NO_SESSIONS}. Written and compiled on Linux; never run on Windows yet.
 *
 * <pre>{@code
 * class JnaWindowsConformanceTest extends RealWindowsConformanceKit {
 *     JnaWindowsConformanceTest() {
 *         super("jna");
 *     }
 *
 *     protected WNetBackend newBackend() {
 *         return new JnaBackendProvider().create();
 *     }
 * }
 * }</pre>
 */
public abstract class RealWindowsConformanceKit extends NativeConformanceKit {

    /**
     * Why the real-Windows fixture declares no {@code LOGON_SESSIONS}, so every {@code sessionN}
     * clause (and each {@code connect19} clause) is reported skipped with it: {@value}.
     */
    public static final String NO_SESSIONS = "the real-Windows fixture makes no second logon session: one needs "
            + "LogonUser with a second set of credentials (or a service or scheduled task running as the user) and a "
            + "process started in that session to make and observe its connections, and the elevated twin's "
            + "split token cannot be driven from this JVM; not built blind, so the session clauses run on the fake only";

    /**
     * The suite for one backend.
     *
     * @param backendName the backend's name as registered ({@code "jna"}, {@code "jnr"}): the
     *     reports are filed under it followed by {@code -windows}
     */
    protected RealWindowsConformanceKit(String backendName) {
        super(backendName);
    }

    @Override
    public final ConformanceFixture newFixture(BehaviourProfile profile) {
        WindowsFixture.whyUnavailable().ifPresent(Assumptions::abort);
        return WindowsFixture.create(reportBackendName(), backend());
    }

    /** The profiles named by {@code -Dwnet4j.windows.profiles}. */
    @Override
    public final List<BehaviourProfile> profiles() {
        return WindowsFixture.profilesFromProperty();
    }

    /** The backend's name followed by {@code -windows}, also when no fixture could be made. */
    @Override
    public final String reportBackendName() {
        return backendName() + "-windows";
    }
}
