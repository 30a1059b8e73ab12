package io.github.wnet4j.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.ConnectionReader;
import io.github.wnet4j.WNet;

import java.util.Objects;

/**
 * Guice bindings: {@link WNet} as a singleton chosen by discovery ({@link WNet#get()}) or over the
 * backend named in the constructor, and its two sides, {@link ConnectionCanceller} and
 * {@link ConnectionReader}, from that same instance.
 *
 * <p>Guice is an optional dependency of wnet4j-api: add {@code com.google.inject:guice} yourself to
 * use this class; nothing else in the library needs it.
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(new WNetModule());
 * WNet wnet = injector.getInstance(WNet.class);
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
     * @param backendName the backend to bind, by name ({@code "jna"}, {@code "jnr"}, {@code "ffm"}, {@code "fake"})
     */
    public WNetModule(String backendName) {
        this.backendName = Objects.requireNonNull(backendName, "backendName");
    }

    @Provides
    @Singleton
    WNet wnet() {
        return backendName == null ? WNet.get() : WNet.named(backendName);
    }

    @Provides
    @Singleton
    ConnectionCanceller connectionCanceller(WNet wnet) {
        return wnet.canceller();
    }

    @Provides
    @Singleton
    ConnectionReader connectionReader(WNet wnet) {
        return wnet.reader();
    }

    @Override
    public boolean equals(Object o) {
        // Guice de-duplicates equal modules installed twice.
        return o instanceof WNetModule m && Objects.equals(backendName, m.backendName);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(backendName);
    }
}
