package io.github.wnet4j.jnr;

import io.github.wnet4j.nativetesting.NativeHostileContract;

/** A provider that breaks the buffer contract, met through jnr-ffi in a JVM of its own: the shared {@link NativeHostileContract}. */
class JnrHostileProviderTest extends NativeHostileContract {
    @Override
    protected String backendName() {
        return "jnr";
    }
}
