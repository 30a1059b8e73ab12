package io.github.wnet4j.jna;

import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.nativetesting.RealWindowsConformanceKit;

/**
 * The conformance suite through the JNA backend against the real mpr.dll (see
 * {@link RealWindowsConformanceKit}): only on Windows, as an administrator; elsewhere every clause
 * is reported skipped. Reports: target/conformance/jna-windows-&lt;profile&gt;.json.
 */
class JnaWindowsConformanceTest extends RealWindowsConformanceKit {

    JnaWindowsConformanceTest() {
        super("jna");
    }

    /** The backend over the real mpr.dll, made only once a fixture is (so only on Windows). */
    @Override
    protected WNetBackend newBackend() {
        return new JnaBackendProvider().create();
    }
}
