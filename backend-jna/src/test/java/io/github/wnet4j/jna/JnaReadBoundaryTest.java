package io.github.wnet4j.jna;

import io.github.wnet4j.nativetesting.NativeReadContract;
import io.github.wnet4j.spi.WNetBackend;

/** The read side across the native boundary through JNA: the shared {@link NativeReadContract}. */
class JnaReadBoundaryTest extends NativeReadContract {
    @Override
    protected WNetBackend newBackend() {
        return new JnaBackendProvider().create();
    }
}
