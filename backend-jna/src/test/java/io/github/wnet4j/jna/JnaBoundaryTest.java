package io.github.wnet4j.jna;

import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.nativetesting.NativeBoundaryContract;
import io.github.wnet4j.nativeaccess.MprLibrary;

/**
 * What crosses the native boundary through JNA, checked on the double's side: the shared
 * {@link NativeBoundaryContract}, with the JNA backend's WNetGetLastErrorW buffers.
 */
class JnaBoundaryTest extends NativeBoundaryContract {

    JnaBoundaryTest() {
        super("jna", MprLibrary.ERROR_TEXT_UNITS, MprLibrary.PROVIDER_NAME_UNITS);
    }

    @Override
    protected WNetBackend newBackend() {
        return new JnaBackendProvider().create();
    }
}
