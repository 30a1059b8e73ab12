package io.github.wnet4j.jnr;

import io.github.wnet4j.nativetesting.NativeReadContract;
import io.github.wnet4j.spi.WNetBackend;

/** The read side across the native boundary through jnr-ffi: the shared {@link NativeReadContract}. */
class JnrReadBoundaryTest extends NativeReadContract {
    @Override
    protected WNetBackend newBackend() {
        return new JnrBackendProvider().create();
    }
}
