package io.github.wnet4j.ffm;

import io.github.wnet4j.nativetesting.NativeReadContract;
import io.github.wnet4j.spi.WNetBackend;

/** The read side across the native boundary through java.lang.foreign: the shared {@link NativeReadContract}. */
class FfmReadBoundaryTest extends NativeReadContract {
    @Override
    protected WNetBackend newBackend() {
        return new FfmBackendProvider().create();
    }
}
