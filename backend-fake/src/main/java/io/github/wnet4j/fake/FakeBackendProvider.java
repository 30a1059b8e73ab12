package io.github.wnet4j.fake;

import io.github.wnet4j.spi.Availability;
import io.github.wnet4j.spi.BackendProvider;
import io.github.wnet4j.spi.WNetBackend;

/**
 * The ServiceLoader provider {@code "fake"}: a simulator, always available, serving
 * {@link FakeLogon#shared()}. Discovery picks it only when asked by name, or off Windows when no real
 * backend is available. Constructing it does nothing; the shared logon is made on first use.
 */
public final class FakeBackendProvider implements BackendProvider {

    /** For ServiceLoader. */
    public FakeBackendProvider() {
    }

    /** {@code "fake"}. */
    @Override
    public String name() {
        return "fake";
    }

    /** 0: below every real backend. */
    @Override
    public int priority() {
        return 0;
    }

    /** True: it simulates Windows instead of calling it. */
    @Override
    public boolean isSimulator() {
        return true;
    }

    /** Always available: it needs nothing from the platform. */
    @Override
    public Availability availability() {
        return Availability.available("in-memory simulator of one Windows logon, serving FakeLogon.shared() "
                + "(documented profile); it calls no Windows API and changes no real connection");
    }

    /** The backend of {@link FakeLogon#shared()}: every canceller made from this provider shares that state. */
    @Override
    public WNetBackend create() {
        return FakeLogon.shared().backend();
    }
}
