package io.github.wnet4j;

import io.github.wnet4j.spi.WNetBackend;

/**
 * Where a {@link ConnectionReader} comes from: the same discovery as {@link ConnectionCancellers}
 * ({@value ConnectionCancellers#BACKEND_PROPERTY}, or the best available backend), so a reader and a
 * canceller got the same way use the same backend.
 *
 * <pre>{@code
 * ConnectionReader reader = ConnectionReaders.get();
 * reader.getConnection("Z:").remoteName().ifPresent(System.out::println);
 * }</pre>
 */
public final class ConnectionReaders {
    private ConnectionReaders() {
    }

    /**
     * The backend named by {@value ConnectionCancellers#BACKEND_PROPERTY} if set, otherwise the best
     * available one, as {@link ConnectionCancellers#get()} chooses.
     *
     * @return a validating reader over that backend
     * @throws NoBackendException saying what was found and why none is usable
     */
    public static ConnectionReader get() {
        Discovery.Chosen chosen = Discovery.load().select();
        return new ValidatingReader(chosen.backendName(), chosen.backend());
    }

    /**
     * The backend with this name.
     *
     * @param backendName the provider's name, case-insensitive ({@code "jna"}, {@code "jnr"}, {@code "fake"})
     * @return a validating reader over that backend
     * @throws NoBackendException if there is none by that name, two share it, or it is not available here
     */
    public static ConnectionReader named(String backendName) {
        Discovery.Chosen chosen = Discovery.load().named(backendName);
        return new ValidatingReader(chosen.backendName(), chosen.backend());
    }

    /**
     * A reader over a backend: it validates every name before the backend sees it and reads the
     * extended error on the calling thread right after {@code ERROR_EXTENDED_ERROR}.
     *
     * @param backendName what {@link ConnectionReader#backendName()} reports
     * @param backend the raw calls
     * @return the reader
     */
    public static ConnectionReader over(String backendName, WNetBackend backend) {
        return new ValidatingReader(backendName, backend);
    }
}
