package io.github.wnet4j.jnr;

import io.github.wnet4j.nativetesting.NativeConnectDifferentialContract;

import java.util.List;

/** The shared connect-side differential contract through JNA and JNR over the C double. */
class JnaJnrConnectDifferentialTest extends NativeConnectDifferentialContract {
    @Override
    protected List<String> backendNames() {
        return List.of("jnr", "jna");
    }
}
