package io.github.wnet4j.jnr;

import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.nativetesting.NativeBoundaryContract;
import io.github.wnet4j.nativeaccess.MprLibrary;

/**
 * What crosses the native boundary through jnr-ffi, checked on the double's side: the shared
 * {@link NativeBoundaryContract}, with the WNetGetLastErrorW buffers every native backend uses
 * (the units themselves are copied by the shared {@code Utf16}, tested in the api).
 */
class JnrBoundaryTest extends NativeBoundaryContract {

    JnrBoundaryTest() {
        super("jnr", MprLibrary.ERROR_TEXT_UNITS, MprLibrary.PROVIDER_NAME_UNITS);
    }

    @Override
    protected WNetBackend newBackend() {
        return new JnrBackendProvider().create();
    }
}
