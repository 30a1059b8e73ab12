package io.github.wnet4j.jnr;

import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.nativetesting.RealWindowsConformanceKit;

/**
 * The conformance suite through the JNR backend against the real mpr.dll (see
 * {@link RealWindowsConformanceKit}): only on Windows, as an administrator; elsewhere every clause
 * is reported skipped. Reports: target/conformance/jnr-windows-&lt;profile&gt;.json.
 */
class JnrWindowsConformanceTest extends RealWindowsConformanceKit {

    JnrWindowsConformanceTest() {
        super("jnr");
    }

    /** The backend over the real mpr.dll, made only once a fixture is (so only on Windows). */
    @Override
    protected WNetBackend newBackend() {
        return new JnrBackendProvider().create();
    }
}
