package io.github.wnet4j.jnr;

import io.github.wnet4j.spi.Availability;
import io.github.wnet4j.spi.BackendProvider;
import io.github.wnet4j.spi.WNetBackend;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The {@code "jnr"} backend (priority 100): calls mpr.dll's {@code WNetCancelConnection2W},
 * {@code WNetCancelConnectionW} and {@code WNetGetLastErrorW} through jnr-ffi. Registered for
 * {@link java.util.ServiceLoader}; most callers get it through
 * {@link io.github.wnet4j.ConnectionCancellers}.
 *
 * <p>The library is the one the system property {@code wnet4j.mpr.library} names (a path or a
 * library name), else {@code mpr}. Constructing the provider and asking its name or priority never
 * loads it; the first {@link #availability()} or {@link #create()} does, once, and the answer is
 * remembered. Thread-safe.
 */
public final class JnrBackendProvider implements BackendProvider {
    private final Supplier<MprLibrary.Choice> choice;
    private volatile MprLibrary.Loaded loaded;

    /** The provider ServiceLoader makes: the library comes from {@code wnet4j.mpr.library} or is {@code mpr}. */
    public JnrBackendProvider() {
        this(MprLibrary.Choice::fromSystemProperty);
    }

    JnrBackendProvider(Supplier<MprLibrary.Choice> choice) {
        this.choice = Objects.requireNonNull(choice, "choice");
    }

    /** {@code "jnr"}. */
    @Override
    public String name() {
        return "jnr";
    }

    /** 100: below the JNA backend (200), which needs no extra native stub. */
    @Override
    public int priority() {
        return 100;
    }

    /** Loads the library on the first call and says what was loaded from where, or why it failed. */
    @Override
    public Availability availability() {
        return loaded().availability();
    }

    /**
     * A backend over the loaded library.
     *
     * @throws IllegalStateException if the library could not be loaded, with the reason
     */
    @Override
    public WNetBackend create() {
        MprLibrary.Loaded result = loaded();
        if (result.functions() == null) {
            throw new IllegalStateException("The jnr backend is not available: " + result.availability().reason(),
                    result.availability().cause().orElse(null));
        }
        return new JnrBackend(result.functions());
    }

    private MprLibrary.Loaded loaded() {
        MprLibrary.Loaded result = loaded;
        if (result == null) {
            synchronized (this) {
                result = loaded;
                if (result == null) {
                    result = MprLibrary.load(choice.get());
                    loaded = result;
                }
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return "JnrBackendProvider[jnr, priority 100]";
    }
}
