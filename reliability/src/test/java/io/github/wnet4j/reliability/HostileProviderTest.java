package io.github.wnet4j.reliability;

import io.github.wnet4j.nativetesting.HostileMode;
import io.github.wnet4j.nativetesting.HostileProbeRun;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A network provider that breaks the read functions' buffer contract, through every native backend
 * ({@link NativeBackends#names()}): each {@link HostileMode} of the double in JVMs of their own
 * ({@link HostileProbeRun}); the JVM lives, the violation is reported naming the function, every
 * enumeration handle is closed. One figure per mode: the backends that held.
 */
class HostileProviderTest {

    @Test
    void everyNativeBackendLivesEveryHostileModeAndSaysWhatWasWrong() throws InterruptedException {
        assumeTrue(NativeBackends.whyUnavailable() == null, NativeBackends::whyUnavailable);
        Map<HostileMode, List<String>> held = new EnumMap<>(HostileMode.class);
        List<String> problems = new ArrayList<>();
        for (String backend : NativeBackends.names()) {
            for (HostileProbeRun.Outcome outcome : HostileProbeRun.of(backend).values()) {
                if (outcome.problem() == null) {
                    held.computeIfAbsent(outcome.mode(), m -> new ArrayList<>()).add(backend);
                } else {
                    problems.add(backend + ": " + outcome.problem());
                }
            }
        }
        Figures figures = Figures.of("hostile-provider");
        for (HostileMode mode : HostileMode.values()) {
            figures.add("hostile provider", mode.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + ": violation reported, JVM alive, handles closed", String.join(", ", held.getOrDefault(mode, List.of("none"))));
        }
        figures.write();
        assertEquals(List.of(), problems);
    }
}
