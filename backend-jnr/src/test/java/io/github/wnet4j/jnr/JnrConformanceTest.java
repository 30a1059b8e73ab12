package io.github.wnet4j.jnr;

import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.nativetesting.MprDoubleConformanceKit;

/**
 * The whole conformance suite through the JNR backend over the C test double of mpr.dll, under
 * every preset profile (see {@link MprDoubleConformanceKit}). Reports:
 * target/conformance/jnr-&lt;profile&gt;.json.
 */
class JnrConformanceTest extends MprDoubleConformanceKit {

    JnrConformanceTest() {
        super("jnr");
    }

    /** One backend for the whole suite, made by the provider as discovery would. */
    @Override
    protected WNetBackend newBackend() {
        return new JnrBackendProvider().create();
    }
}
