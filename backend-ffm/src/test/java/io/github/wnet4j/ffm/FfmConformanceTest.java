package io.github.wnet4j.ffm;

import io.github.wnet4j.nativetesting.MprDoubleConformanceKit;
import io.github.wnet4j.spi.WNetBackend;

/**
 * The whole conformance suite through the FFM backend over the C test double of mpr.dll, under
 * every preset profile (see {@link MprDoubleConformanceKit}). Reports:
 * target/conformance/ffm-&lt;profile&gt;.json.
 */
class FfmConformanceTest extends MprDoubleConformanceKit {

    FfmConformanceTest() {
        super("ffm");
    }

    /** One backend for the whole suite, made by the provider as discovery would. */
    @Override
    protected WNetBackend newBackend() {
        return new FfmBackendProvider().create();
    }
}
