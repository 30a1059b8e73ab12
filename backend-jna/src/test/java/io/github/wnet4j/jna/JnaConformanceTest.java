package io.github.wnet4j.jna;

import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.nativetesting.MprDoubleConformanceKit;

/**
 * The whole conformance suite through the JNA backend over the C test double of mpr.dll, under
 * every preset profile (see {@link MprDoubleConformanceKit}). Reports:
 * target/conformance/jna-&lt;profile&gt;.json.
 */
class JnaConformanceTest extends MprDoubleConformanceKit {

    JnaConformanceTest() {
        super("jna");
    }

    /** One backend for the whole suite, made by the provider as discovery would. */
    @Override
    protected WNetBackend newBackend() {
        return new JnaBackendProvider().create();
    }
}
