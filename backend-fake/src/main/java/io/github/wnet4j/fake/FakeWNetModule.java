package io.github.wnet4j.fake;

import com.google.inject.AbstractModule;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.ConnectionReader;
import io.github.wnet4j.WNet;

import java.util.Objects;

/**
 * Guice bindings that put a {@link FakeLogon} where production binds the real backend: use it to
 * override the production module in one line.
 *
 * <pre>{@code
 * FakeLogon logon = FakeLogon.create().connectDevice("Z:", "\\\\srv\\share");
 * Injector injector = Guice.createInjector(Modules.override(new ProductionModule()).with(new FakeWNetModule(logon)));
 * }</pre>
 *
 * <p>Binds what {@link io.github.wnet4j.guice.WNetModule} binds: {@link WNet} to {@code logon.wnet()},
 * {@link ConnectionCanceller} and {@link ConnectionReader} to its two sides; and {@link FakeLogon} to
 * the logon, so tests can inject each. Guice is an optional dependency of the fake.
 *
 * <p>The bindings are of one logon session: to test code that runs elevated, bind its session,
 * {@code new FakeWNetModule(desktop.elevated())}, and look at the user's desktop session through
 * {@code desktop} (or inject {@link FakeLogon} and ask it for {@link FakeLogon#sessions()}).
 */
public final class FakeWNetModule extends AbstractModule {
    private final FakeLogon logon;

    /**
     * Bindings over this logon.
     *
     * @param logon the logon to serve
     */
    public FakeWNetModule(FakeLogon logon) {
        this.logon = Objects.requireNonNull(logon, "logon");
    }

    @Override
    protected void configure() {
        bind(FakeLogon.class).toInstance(logon);
        bind(WNet.class).toInstance(logon.wnet());
        bind(ConnectionCanceller.class).toInstance(logon.wnet().canceller());
        bind(ConnectionReader.class).toInstance(logon.wnet().reader());
    }
}
