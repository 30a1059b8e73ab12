package io.github.wnet4j.ffm;

import io.github.wnet4j.nativetesting.NativeReadDifferentialContract;

import java.util.List;

/** The shared read-side differential contract through FFM, JNA and JNR over the C double. */
class FfmReadDifferentialTest extends NativeReadDifferentialContract {
    @Override
    protected List<String> backendNames() {
        return List.of("ffm", "jna", "jnr");
    }
}
