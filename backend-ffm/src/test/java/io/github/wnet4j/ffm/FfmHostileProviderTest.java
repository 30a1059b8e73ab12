package io.github.wnet4j.ffm;

import io.github.wnet4j.nativetesting.NativeHostileContract;

/** A provider that breaks the buffer contract, met through java.lang.foreign in a JVM of its own: the shared {@link NativeHostileContract}. */
class FfmHostileProviderTest extends NativeHostileContract {
    @Override
    protected String backendName() {
        return "ffm";
    }
}
