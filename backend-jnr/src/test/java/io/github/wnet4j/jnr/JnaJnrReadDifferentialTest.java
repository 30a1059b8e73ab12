package io.github.wnet4j.jnr;

import io.github.wnet4j.nativetesting.NativeReadDifferentialContract;

import java.util.List;

/** The shared read-side differential contract through JNA and JNR over the C double. */
class JnaJnrReadDifferentialTest extends NativeReadDifferentialContract {
    @Override
    protected List<String> backendNames() {
        return List.of("jnr", "jna");
    }
}
