package io.github.wnet4j;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;

/**
 * Guice bindings: {@link ConnectionCanceller}, {@link ConnectionReader} and {@link ConnectionCleanup},
 * singletons chosen by discovery ({@link ConnectionCancellers#get()}, {@link ConnectionReaders#get()}),
 * or over the backend named in the constructor.
 *
 * <p>Guice is an optional dependency of wnet4j-api: add {@code com.google.inject:guice} yourself to
 * use this class; nothing else in the library needs it.
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(new WNetModule());
 * ConnectionCanceller canceller = injector.getInstance(ConnectionCanceller.class);
 * }</pre>
 */
public final class WNetModule extends AbstractModule {
    private final String backendName;

    /** Binds the backend discovery selects ({@code -Dwnet4j.backend}, or the best available). */
    public WNetModule() {
        this.backendName = null;
    }

    /**
     * Binds the backend with this name.
     *
     * @param backendName the backend to bind, by name ({@code "jna"}, {@code "jnr"}, {@code "fake"})
     */
    public WNetModule(String backendName) {
        this.backendName = java.util.Objects.requireNonNull(backendName, "backendName");
    }

    @Provides
    @Singleton
    ConnectionCanceller connectionCanceller() {
        return backendName == null ? ConnectionCancellers.get() : ConnectionCancellers.named(backendName);
    }

    @Provides
    @Singleton
    ConnectionReader connectionReader() {
        return backendName == null ? ConnectionReaders.get() : ConnectionReaders.named(backendName);
    }

    @Provides
    @Singleton
    ConnectionCleanup connectionCleanup(ConnectionReader reader, ConnectionCanceller canceller) {
        return ConnectionCleanup.over(reader, canceller);
    }

    @Override
    public boolean equals(Object o) {
        // Guice de-duplicates equal modules installed twice.
        return o instanceof WNetModule m && java.util.Objects.equals(backendName, m.backendName);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(backendName);
    }
}
