package io.github.wnet4j.jnr;

import io.github.wnet4j.spi.Availability;
import io.github.wnet4j.spi.BackendProvider;
import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.spi.nativeaccess.LoadOnce;
import io.github.wnet4j.spi.nativeaccess.MprLibrary.Choice;

import java.util.Objects;

/**
 * The {@code "jnr"} backend (priority 100): calls mpr.dll's {@code WNetCancelConnection2W},
 * {@code WNetCancelConnectionW} and {@code WNetGetLastErrorW} through jnr-ffi. Registered for
 * {@link java.util.ServiceLoader}; callers get it through {@code ConnectionCancellers}.
 *
 * <p>The library is the one the system property {@code wnet4j.mpr.library} names (a path or a
 * library name) when the provider is made, else {@code mpr}. Constructing the provider and asking
 * its name or priority never loads it; the first {@link #availability()} or {@link #create()} does,
 * at most once per library per JVM whichever provider asks, and the answer is remembered. Thread-safe.
 */
public final class JnrBackendProvider implements BackendProvider {
    /** This backend's load attempts, one per library per JVM. */
    static final LoadOnce<MprFunctions> LIBRARY = new LoadOnce<>("jnr-ffi", MprLibrary::bind);

    private final Choice choice;

    /** The provider ServiceLoader makes: the library comes from {@code wnet4j.mpr.library} or is {@code mpr}. */
    public JnrBackendProvider() {
        this(io.github.wnet4j.spi.nativeaccess.MprLibrary.choice());
    }

    JnrBackendProvider(Choice choice) {
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
        return LIBRARY.load(choice).availability();
    }

    /**
     * A backend over the loaded library.
     *
     * @throws IllegalStateException if the library could not be loaded, with the reason
     */
    @Override
    public WNetBackend create() {
        return new JnrBackend(LIBRARY.load(choice).functionsOrThrow());
    }

    @Override
    public String toString() {
        return "JnrBackendProvider[jnr, priority 100]";
    }
}
