package io.github.wnet4j.spi;

/**
 * A backend as {@link java.util.ServiceLoader} finds it: register an implementation in
 * {@code META-INF/services/io.github.wnet4j.spi.BackendProvider} (and with {@code provides} in a module).
 *
 * <p>Constructing a provider and calling {@link #name()}, {@link #priority()} and
 * {@link #isSimulator()} must be cheap and must never load native code: discovery instantiates
 * every provider it finds. {@link #availability()} may load native code; discovery calls it lazily,
 * only when it chooses or diagnoses, and the provider should remember the answer.
 */
public interface BackendProvider {

    /**
     * The system property naming the library a native backend loads instead of mpr.dll (a path or a
     * library name), such as the Linux test double: {@value}. When it names one, discovery never
     * falls back to a simulator, since a native backend was wanted.
     */
    public static final String MPR_LIBRARY_PROPERTY = "wnet4j.mpr.library";

    /**
     * The backend's short name, lower case ({@code "jna"}, {@code "jnr"}, {@code "fake"}).
     *
     * @return the backend's short name, lower case ({@code "jna"}, {@code "jnr"}, {@code "fake"})
     */
    String name();

    /**
     * Higher wins when discovery picks the best available backend.
     *
     * @return higher wins when discovery picks the best available backend
     */
    int priority();

    /**
     * Whether this backend simulates Windows instead of calling it. Discovery never picks a
     * simulator on Windows unless asked for it by name, and elsewhere picks one only when no real
     * backend is available, and logs that it did.
     *
     * @return whether this backend simulates Windows instead of calling it
     */
    default boolean isSimulator() {
        return false;
    }

    /**
     * Whether the backend can be used here, and why (or why not). May load native code. A
     * provider should not throw; if it does, discovery reports the throwable as the reason.
     *
     * @return whether the backend can be used here, and why (or why not)
     */
    Availability availability();

    /**
     * A new backend. Called only after {@link #availability()} said it is available.
     *
     * @return a new backend
     * @throws IllegalStateException if the backend cannot be made after all
     */
    WNetBackend create();
}
