package io.github.wnet4j.jnr;

import io.github.wnet4j.nativetesting.NativeDifferentialContract;

import java.util.List;

/** The shared differential contract through JNA and JNR over the C double. */
class JnaJnrDifferentialTest extends NativeDifferentialContract {
    @Override
    protected List<String> backendNames() {
        return List.of("jnr", "jna");
    }
}
