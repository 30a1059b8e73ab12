package io.github.wnet4j.ffm;

import io.github.wnet4j.nativetesting.RealWindowsConformanceKit;
import io.github.wnet4j.spi.WNetBackend;

/**
 * The conformance suite through the FFM backend against the real mpr.dll (see
 * {@link RealWindowsConformanceKit}): only on Windows, as an administrator; elsewhere every clause
 * is reported skipped with the reason. Reports: target/conformance/ffm-windows-&lt;profile&gt;.json.
 */
class FfmWindowsConformanceTest extends RealWindowsConformanceKit {

    FfmWindowsConformanceTest() {
        super("ffm");
    }

    /** The backend over the real mpr.dll, made only once a fixture is (so only on Windows). */
    @Override
    protected WNetBackend newBackend() {
        return new FfmBackendProvider().create();
    }
}
