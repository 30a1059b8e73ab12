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
 * called (set it to discover through another loader); hold on to the canceller you get. Each
 * provider's availability check is bounded by the system property
 * {@code wnet4j.availability.timeout.ms} (default 30,000).
 */
public final class ConnectionCancellers {
    /** The system property that names the backend to use: {@value}. */
    public static final String BACKEND_PROPERTY = Discovery.BACKEND_PROPERTY;

    private ConnectionCancellers() {
    }

    /**
     * The backend named by {@value #BACKEND_PROPERTY} if set, otherwise the best available one: the
     * real backend of highest priority, or off Windows, when there is none and
     * {@code wnet4j.mpr.library} is not set, the simulator (logged).
     *
     * @return a validating canceller over that backend
     * @throws NoBackendException saying what was found and why none is usable
     */
    public static ConnectionCanceller get() {
        return over(Discovery.load().select());
    }

    /** The best available backend, ignoring {@value #BACKEND_PROPERTY} (for tests). */
    static ConnectionCanceller best() {
        return over(Discovery.load().best());
    }

    /**
     * The backend with this name.
     *
     * @param backendName the provider's name, case-insensitive ({@code "jna"}, {@code "jnr"}, {@code "fake"})
     * @return a validating canceller over that backend
     * @throws NoBackendException if there is none by that name, two share it, or it is not available here
     */
    public static ConnectionCanceller named(String backendName) {
        return over(Discovery.load().named(backendName));
    }

    /**
     * Every provider found, its priority, and why it is or is not available.
     *
     * @return one status per provider, highest priority first
     */
    public static List<ProviderStatus> diagnostics() {
        return Discovery.load().diagnostics();
    }

    /**
     * A canceller over a backend: it validates every name before the backend sees it, copies the
     * flags once, and reads the extended error on the calling thread right after
     * {@code ERROR_EXTENDED_ERROR}.
     *
     * @param backendName what {@link ConnectionCanceller#backendName()} reports
     * @param backend the raw calls
     * @return the canceller
     */
    public static ConnectionCanceller over(String backendName, WNetBackend backend) {
        return new ValidatingCanceller(backendName, backend);
    }

    private static ConnectionCanceller over(Discovery.Chosen chosen) {
        return new ValidatingCanceller(chosen.backendName(), chosen.backend());
    }
}
