package io.github.wnet4j.spi;

/**
 * A backend as {@link java.util.ServiceLoader} finds it: register an implementation in
 * {@code META-INF/services/io.github.wnet4j.spi.BackendProvider} (and with {@code provides} in a module).
 *
 * <p>Constructing a provider and calling {@link #name()}, {@link #priority()} and
 * {@link #isSimulator()} must be cheap and must never load native code: discovery instantiates
 * every provider it finds. {@link #availability()} may load native code; discovery calls it lazily,
 * only when it chooses or diagnoses, and the provider should remember the answer.
 *
 * <p>Discovery runs a provider's code on daemon threads of its own and waits for it no longer than a
 * bound: the static initialiser, constructor, {@link #name()}, {@link #priority()} and
 * {@link #isSimulator()} of every provider together within {@code wnet4j.provider.timeout.ms}
 * (default 5,000), and each {@link #availability()} and {@link #create()} within
 * {@code wnet4j.availability.timeout.ms} (default 30,000). A provider that does not return in time,
 * or throws, is reported as unusable with that as its reason, naming the call; its thread is left
 * running. Since {@link #create()} runs on such a thread, a backend keeps nothing confined to the
 * thread that made it.
 */
public interface BackendProvider {

    /**
     * The system property naming the library a native backend loads instead of mpr.dll (a path or
     * a library name, such as wnet4j's test double): {@value}. While it is set, discovery never falls
     * back to a simulator: a named library means a native backend was wanted, and the failure to use
     * it is the answer.
     */
    String MPR_LIBRARY_PROPERTY = "wnet4j.mpr.library";

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
