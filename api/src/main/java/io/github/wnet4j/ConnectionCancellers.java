package io.github.wnet4j;

import java.util.List;
import io.github.wnet4j.spi.WNetBackend;

/**
 * Where a {@link ConnectionCanceller} comes from.
 *
 * <pre>{@code
 * ConnectionCanceller canceller = ConnectionCancellers.get();   // -Dwnet4j.backend, or the best available
 * ConnectionCanceller jna = ConnectionCancellers.named("jna");  // exactly this one
 * ConnectionCancellers.diagnostics().forEach(System.out::println);
 * }</pre>
 *
 * <p>These methods discover providers through the thread's context class loader each time they are
 * called; hold on to the canceller you get. Use {@link Discovery#load(ClassLoader)} for another loader.
 */
public final class ConnectionCancellers {
    /** The system property that names the backend to use: {@value}. */
    public static final String BACKEND_PROPERTY = "wnet4j.backend";

    private ConnectionCancellers() {
    }

    /**
     * The backend named by {@value #BACKEND_PROPERTY} if set, otherwise the best available one
     * (see {@link Discovery}).
     *
     * @throws NoBackendException saying what was found and why none is usable
     */
    public static ConnectionCanceller get() {
        return Discovery.load().select();
    }

    /**
     * The best available backend, ignoring {@value #BACKEND_PROPERTY}.
     *
     * @throws NoBackendException saying what was found and why none is usable
     */
    public static ConnectionCanceller best() {
        return Discovery.load().best();
    }

    /**
     * The backend with this name.
     *
     * @throws NoBackendException if there is none by that name or it is not available here
     */
    public static ConnectionCanceller named(String backendName) {
        return Discovery.load().named(backendName);
    }

    /** Every provider found, its priority, and why it is or is not available. */
    public static List<ProviderStatus> diagnostics() {
        return Discovery.load().diagnostics();
    }

    /**
     * A canceller over a backend: it validates every name before the backend sees it, and reads the
     * extended error on the calling thread right after {@code ERROR_EXTENDED_ERROR}.
     *
     * @param backendName what {@link ConnectionCanceller#backendName()} reports
     * @param backend the raw calls
     */
    public static ConnectionCanceller over(String backendName, WNetBackend backend) {
        return new ValidatingCanceller(backendName, backend);
    }
}
