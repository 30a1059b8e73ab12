package io.github.wnet4j.nativetesting;

import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.conformance.ConformanceKit;

import java.util.Objects;

/**
 * What the conformance kits for native backends share: the backend's name and one backend for the
 * whole suite, made lazily so that it is made only where a fixture can be.
 */
abstract class NativeConformanceKit implements ConformanceKit {

    private final String backendName;
    private WNetBackend backend;

    NativeConformanceKit(String backendName) {
        this.backendName = Objects.requireNonNull(backendName, "backendName");
    }

    /**
     * The backend under test, made as discovery would (by its provider); called once for the whole
     * suite, when the first clause needs it and its library is known to be there.
     */
    protected abstract WNetBackend newBackend();

    /** The backend's name as registered ({@code "jna"}, {@code "jnr"}). */
    final String backendName() {
        return backendName;
    }

    /** The one backend of the suite. */
    final synchronized WNetBackend backend() {
        if (backend == null) {
            backend = newBackend();
        }
        return backend;
    }
}
