package io.github.wnet4j.conformance;

import io.github.wnet4j.spi.UseConnectionAnswer;

import io.github.wnet4j.spi.NetResource;

import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.ConnectionAnswer;
import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.UniversalNameAnswer;
import io.github.wnet4j.spi.WNetBackend;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Passes every call to the backend under test and counts the cancels, the reads and the connects, so a clause
 * can tell whether validation stopped a name before the backend saw it.
 */
final class CountingBackend implements WNetBackend {
    private final WNetBackend delegate;
    private final AtomicInteger cancels = new AtomicInteger();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger connects = new AtomicInteger();

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

    @Override
    public ConnectionAnswer getConnection(String localName) {
        reads.incrementAndGet();
        return delegate.getConnection(localName);
    }

    @Override
    public EnumerationAnswer enumerate(int scope, int type, int usage) {
        reads.incrementAndGet();
        return delegate.enumerate(scope, type, usage);
    }

    @Override
    public UniversalNameAnswer getUniversalName(String localPath, int infoLevel) {
        reads.incrementAndGet();
        return delegate.getUniversalName(localPath, infoLevel);
    }

    /** Cancels (of either function) that reached the backend so far. */
    int cancels() {
        return cancels.get();
    }

    /** Connects (of any connect function) that reached the backend so far. */
    int connects() {
        return connects.get();
    }

    /** Reads (of any read function) that reached the backend so far. */
    int reads() {
        return reads.get();
    }

    @Override
    public int addConnection2(NetResource resource, char[] password, String userName, int flags) {
        connects.incrementAndGet();
        return delegate.addConnection2(resource, password, userName, flags);
    }

    @Override
    public int addConnection3(NetResource resource, char[] password, String userName, int flags) {
        connects.incrementAndGet();
        return delegate.addConnection3(resource, password, userName, flags);
    }

    @Override
    public UseConnectionAnswer useConnection(NetResource resource, char[] password, String userName, int flags) {
        connects.incrementAndGet();
        return delegate.useConnection(resource, password, userName, flags);
    }

    @Override
    public int addConnection(String remoteName, char[] password, String localName) {
        connects.incrementAndGet();
        return delegate.addConnection(remoteName, password, localName);
    }
}
