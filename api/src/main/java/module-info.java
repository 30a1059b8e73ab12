/**
 * wnet4j's API: {@link io.github.wnet4j.WNet}, the error model, input validation, backend
 * discovery through {@link java.util.ServiceLoader}, and optional Guice bindings.
 */
module io.github.wnet4j {
    exports io.github.wnet4j;
    // Guice bindings, for programs wired with Guice.
    exports io.github.wnet4j.guice;
    // The backend SPI, for backend authors; users never need it.
    exports io.github.wnet4j.spi;
    // How a simulated Windows answers disputed points: for the fake, the conformance suite and tests.
    exports io.github.wnet4j.behaviour;

    uses io.github.wnet4j.spi.BackendProvider;

    // Only WNetModule needs Guice, and only if the application uses it.
    requires static com.google.guice;
    // Guice calls WNetModule's package-private @Provides methods reflectively.
    opens io.github.wnet4j.guice to com.google.guice;
}
