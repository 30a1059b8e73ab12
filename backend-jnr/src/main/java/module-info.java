/** The JNR backend: mpr.dll through jnr-ffi, registered as backend {@code jnr}. */
module io.github.wnet4j.jnr {
    requires io.github.wnet4j;
    requires io.github.wnet4j.nativeaccess;
    requires org.jnrproject.ffi;
    requires org.jnrproject.jffi; // symbol look-ups when the library is loaded
    // jnr-ffi is an automatic module and cannot declare that it generates code with ASM, whose jars
    // are explicit modules; without these, on the module path it fails with NoClassDefFoundError.
    requires org.objectweb.asm;
    requires org.objectweb.asm.commons;
    requires org.objectweb.asm.tree;
    requires org.objectweb.asm.tree.analysis;
    requires org.objectweb.asm.util;

    // ServiceLoader needs only the provides below, and no caller outside the library should hold a
    // raw backend: the provider's package is not exported. jnr-ffi defines the function interfaces'
    // implementations in an unnamed module, which must see them: their package alone is exported,
    // and opened to jnr-ffi, which reflects over them.
    exports io.github.wnet4j.jnr.functions;
    opens io.github.wnet4j.jnr.functions to org.jnrproject.ffi;

    provides io.github.wnet4j.spi.BackendProvider with io.github.wnet4j.jnr.JnrBackendProvider;
}
