package io.github.wnet4j.conformance;

import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.WNetBackend;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Passes every call to the backend under test and counts the cancels, so a clause can tell whether
 * validation stopped a name before the backend saw it.
 */
final class CountingBackend implements WNetBackend {
    private final WNetBackend delegate;
    private final AtomicInteger cancels = new AtomicInteger();

    CountingBackend(WNetBackend delegate) {
        this.delegate = Objects.requireNonNull(delegate, "the fixture's backend() returned null");
    }

    @Override
    public int cancelConnection2(String name, int flags, boolean force) {
        cancels.incrementAndGet();
        return delegate.cancelConnection2(name, flags, force);
    }

    @Override
    public int cancelConnection(String name, boolean force) {
        cancels.incrementAndGet();
        return delegate.cancelConnection(name, force);
    }

    @Override
    public ExtendedError lastExtendedError() {
        return delegate.lastExtendedError();
    }

    /** Cancels (of either function) that reached the backend so far. */
    int cancels() {
        return cancels.get();
    }
}
