/**
 * wnet4j's API: {@link io.github.wnet4j.ConnectionCanceller}, the error model, input validation,
 * backend discovery through {@link java.util.ServiceLoader}, and optional Guice bindings.
 */
module io.github.wnet4j {
    exports io.github.wnet4j;
    // The backend SPI, for backend authors; users never need it.
    exports io.github.wnet4j.spi;

    uses io.github.wnet4j.spi.BackendProvider;

    // Only WNetModule needs Guice, and only if the application uses it.
    requires static com.google.guice;
    // Guice calls WNetModule's package-private @Provides method reflectively.
    opens io.github.wnet4j to com.google.guice;
}
