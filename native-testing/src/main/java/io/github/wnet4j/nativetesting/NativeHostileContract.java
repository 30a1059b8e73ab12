package io.github.wnet4j.nativetesting;

import io.github.wnet4j.nativeaccess.ProviderContractException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A broken network provider never crashes, hangs or lies, for any native backend: the
 * {@link HostileMode}s of the double are met by the backend in JVMs of its own
 * ({@link HostileProbeRun}), and for each this checks that the JVM lived through it and ended in
 * time, that the backend threw a {@link ProviderContractException} naming the function and what was
 * wrong, and that every enumeration handle it opened was closed.
 *
 * <p>Subclass it in the backend's tests with {@link #backendName()}; where the double is unavailable
 * every test skips with {@link MprDouble#whyUnavailable()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class NativeHostileContract {
    private Map<HostileMode, HostileProbeRun.Outcome> outcomes;

    /** {@return the backend's name, as its provider gives it ({@code "jna"}, {@code "jnr"}, {@code "ffm"})} */
    protected abstract String backendName();

    @BeforeAll
    final void probeEveryModeInJvmsOfItsOwn() throws InterruptedException {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        outcomes = HostileProbeRun.of(backendName());
    }

    @ParameterizedTest
    @EnumSource(HostileMode.class)
    final void theJvmLivesTheViolationIsReportedAndEveryHandleIsClosed(HostileMode mode) {
        assertNull(outcomes.get(mode).problem(), () -> backendName() + ": " + outcomes.get(mode).problem());
    }
}
