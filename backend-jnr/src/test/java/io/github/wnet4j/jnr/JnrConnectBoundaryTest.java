package io.github.wnet4j.jnr;

import io.github.wnet4j.nativetesting.NativeConnectContract;
import io.github.wnet4j.spi.WNetBackend;

/** The connect side across the native boundary through jnr-ffi: the shared {@link NativeConnectContract}. */
class JnrConnectBoundaryTest extends NativeConnectContract {
    @Override
    protected WNetBackend newBackend() {
        return new JnrBackendProvider().create();
    }
}
