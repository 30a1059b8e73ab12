/** The JNR backend: mpr.dll through jnr-ffi, registered as backend {@code jnr}. */
module io.github.wnet4j.jnr {
    requires io.github.wnet4j;
    requires org.jnrproject.ffi;

    exports io.github.wnet4j.jnr;

    // jnr-ffi generates the function interfaces' implementations and reflects over them.
    opens io.github.wnet4j.jnr to org.jnrproject.ffi;

    provides io.github.wnet4j.BackendProvider with io.github.wnet4j.jnr.JnrBackendProvider;
}
