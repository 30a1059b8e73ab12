package io.github.wnet4j.nativetesting;

import io.github.wnet4j.WNet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The demo's refusals. Its successful run needs a native backend on the class path, which this
 * module cannot depend on (the backends' tests depend on it); native-testing/README.md's command
 * runs it that way.
 */
class DoubleDemoTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final String savedBackend = System.getProperty(WNet.BACKEND_PROPERTY);

    @AfterEach
    void restoreBackendProperty() {
        if (savedBackend == null) {
            System.clearProperty(WNet.BACKEND_PROPERTY);
        } else {
            System.setProperty(WNet.BACKEND_PROPERTY, savedBackend);
        }
    }

    private int runDemo() {
        return DoubleDemo.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void refusesTheSimulatorBecauseItBypassesTheDouble() {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        System.setProperty(WNet.BACKEND_PROPERTY, "fake");
        assertEquals(2, runDemo());
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("-Dwnet4j.backend=jna"), message);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void saysWhichBackendIsMissing() {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        System.setProperty(WNet.BACKEND_PROPERTY, "jna");
        assertEquals(1, runDemo());
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("'jna'"), message);
    }
}
