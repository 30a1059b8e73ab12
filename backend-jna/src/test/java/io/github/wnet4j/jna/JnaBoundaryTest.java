package io.github.wnet4j.jna;

import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.nativetesting.NativeBoundaryContract;

/**
 * What crosses the native boundary through JNA, checked on the double's side: the shared
 * {@link NativeBoundaryContract}, with the JNA backend's WNetGetLastErrorW buffers.
 */
class JnaBoundaryTest extends NativeBoundaryContract {

    JnaBoundaryTest() {
        super("jna", JnaBackend.ERROR_TEXT_UNITS, JnaBackend.PROVIDER_NAME_UNITS);
    }

    @Override
    protected WNetBackend newBackend() {
        return new JnaBackendProvider().create();
    }
}
