package io.github.wnet4j.ffm;

import io.github.wnet4j.nativetesting.NativeConnectDifferentialContract;

import java.util.List;

/** The shared connect-side differential contract through FFM, JNA and JNR over the C double. */
class FfmConnectDifferentialTest extends NativeConnectDifferentialContract {
    @Override
    protected List<String> backendNames() {
        return List.of("ffm", "jna", "jnr");
    }
}
