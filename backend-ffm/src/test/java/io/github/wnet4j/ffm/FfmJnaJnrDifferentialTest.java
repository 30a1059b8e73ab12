package io.github.wnet4j.ffm;

import io.github.wnet4j.nativetesting.NativeDifferentialContract;

import java.util.List;

/** The shared differential contract through FFM, JNA and JNR over the C double. */
class FfmJnaJnrDifferentialTest extends NativeDifferentialContract {
    @Override
    protected List<String> backendNames() {
        return List.of("ffm", "jna", "jnr");
    }
}
