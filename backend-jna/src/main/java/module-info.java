/** The JNA backend: mpr.dll through JNA, registered as backend {@code jna}. */
module io.github.wnet4j.jna {
    requires io.github.wnet4j;
    requires io.github.wnet4j.nativeaccess;
    requires com.sun.jna;

    // No exports: ServiceLoader needs only the provides below, and no caller outside the library
    // should hold a raw backend. JNA builds a proxy of the package-private function interface and
    // reflects over it.
    opens io.github.wnet4j.jna to com.sun.jna;

    provides io.github.wnet4j.spi.BackendProvider with io.github.wnet4j.jna.JnaBackendProvider;
}
