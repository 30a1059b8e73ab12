package io.github.wnet4j.ffm;

import io.github.wnet4j.nativetesting.NativeBoundaryContract;
import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.nativeaccess.MprLibrary;

/**
 * What crosses the native boundary through java.lang.foreign, checked on the double's side: the
 * shared {@link NativeBoundaryContract}, with the WNetGetLastErrorW buffers every native backend uses.
 * The double calls its model back through JNA (native-testing's side); this backend calls the double
 * through FFM, so the two meet only at the C ABI.
 */
class FfmBoundaryTest extends NativeBoundaryContract {

    FfmBoundaryTest() {
        super("ffm", MprLibrary.ERROR_TEXT_UNITS, MprLibrary.PROVIDER_NAME_UNITS);
    }

    @Override
    protected WNetBackend newBackend() {
        return new FfmBackendProvider().create();
    }
}
