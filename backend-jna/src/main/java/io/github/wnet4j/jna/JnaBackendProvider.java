package io.github.wnet4j.jna;

import io.github.wnet4j.spi.Availability;
import io.github.wnet4j.spi.BackendProvider;
import io.github.wnet4j.spi.WNetBackend;

/**
 * The JNA backend as discovery sees it: name {@code "jna"}, priority 200. It calls
 * {@code WNetCancelConnection2W}, {@code WNetCancelConnectionW} and {@code WNetGetLastErrorW} in
 * mpr.dll, or in the library the system property {@code wnet4j.mpr.library} names (a path or a
 * library name), such as the Linux test double.
 *
 * <p>Constructing the provider, {@link #name()} and {@link #priority()} load nothing. The first
 * {@link #availability()} or {@link #create()} loads the library, once, and the answer is
 * remembered. Thread-safe.
 */
public final class JnaBackendProvider implements BackendProvider {

    private volatile Availability availability;
    private volatile MprLibrary.Attempt attempt;

    /** A provider; loads nothing. */
    public JnaBackendProvider() {
    }

    /** {@code "jna"}. */
    @Override
    public String name() {
        return "jna";
    }

    /** 200: preferred over the JNR backend (100). */
    @Override
    public int priority() {
        return 200;
    }

    /**
     * Loads the library on first use and says whether it has the three functions; names the
     * library, where its name came from, and for a failure the loader's reason and what to do.
     */
    @Override
    public Availability availability() {
        Availability known = availability;
        if (known == null) {
            MprLibrary.Attempt a = attempt();
            known = a.loaded()
                    ? Availability.available("loaded '" + a.library() + "' (" + a.source() + ") through JNA")
                    : Availability.unavailable(a.failure(), a.cause());
            availability = known;
        }
        return known;
    }

    /**
     * A backend over the loaded library.
     *
     * @throws IllegalStateException with the reason if the library cannot be loaded
     */
    @Override
    public WNetBackend create() {
        MprLibrary.Attempt a = attempt();
        if (!a.loaded()) {
            throw new IllegalStateException(a.failure(), a.cause());
        }
        return new JnaBackend(a.functions());
    }

    private MprLibrary.Attempt attempt() {
        MprLibrary.Attempt known = attempt;
        if (known == null) {
            // MprLibrary.load() is itself once-per-library, so a race here only reads the same attempt twice.
            known = MprLibrary.load();
            attempt = known;
        }
        return known;
    }

    @Override
    public String toString() {
        return "JnaBackendProvider[jna, priority 200]";
    }
}
