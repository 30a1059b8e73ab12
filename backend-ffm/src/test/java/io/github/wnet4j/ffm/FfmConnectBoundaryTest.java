package io.github.wnet4j.ffm;

import io.github.wnet4j.nativetesting.NativeConnectContract;
import io.github.wnet4j.spi.WNetBackend;

/** The connect side across the native boundary through java.lang.foreign: the shared {@link NativeConnectContract}. */
class FfmConnectBoundaryTest extends NativeConnectContract {
    @Override
    protected WNetBackend newBackend() {
        return new FfmBackendProvider().create();
    }
}
