package io.github.wnet4j.jna;

import io.github.wnet4j.nativetesting.NativeConnectContract;
import io.github.wnet4j.spi.WNetBackend;

/** The connect side across the native boundary through JNA: the shared {@link NativeConnectContract}. */
class JnaConnectBoundaryTest extends NativeConnectContract {
    @Override
    protected WNetBackend newBackend() {
        return new JnaBackendProvider().create();
    }
}
