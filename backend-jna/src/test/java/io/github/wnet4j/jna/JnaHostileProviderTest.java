package io.github.wnet4j.jna;

import io.github.wnet4j.nativetesting.NativeHostileContract;

/** A provider that breaks the buffer contract, met through JNA in a JVM of its own: the shared {@link NativeHostileContract}. */
class JnaHostileProviderTest extends NativeHostileContract {
    @Override
    protected String backendName() {
        return "jna";
    }
}
