package io.github.wnet4j.nativetesting;

import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.ConnectionAnswer;
import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.UniversalNameAnswer;
import io.github.wnet4j.spi.UseConnectionAnswer;
import io.github.wnet4j.spi.WNetBackend;

/**
 * A native backend called from one logon session's model ({@link MprDouble#calledFrom}): each call
 * first makes the double serve that model, then goes through the native backend unchanged.
 */
final class SessionCalls implements WNetBackend {
    private final MprDouble mpr;
    private final WNetBackend model;
    private final WNetBackend backend;

    SessionCalls(MprDouble mpr, WNetBackend model, WNetBackend backend) {
        this.mpr = mpr;
        this.model = model;
        this.backend = backend;
    }

    @Override
    public int cancelConnection2(String name, int flags, boolean force) {
        mpr.switchTo(model);
        return backend.cancelConnection2(name, flags, force);
    }

    @Override
    public int cancelConnection(String name, boolean force) {
        mpr.switchTo(model);
        return backend.cancelConnection(name, force);
    }

    /** The extended error of this thread's last call in this session: the model keeps it per thread. */
    @Override
    public ExtendedError lastExtendedError() {
        mpr.switchTo(model);
        return backend.lastExtendedError();
    }

    @Override
    public ConnectionAnswer getConnection(String localName) {
        mpr.switchTo(model);
        return backend.getConnection(localName);
    }

    @Override
    public EnumerationAnswer enumerate(int scope, int type, int usage) {
        mpr.switchTo(model);
        return backend.enumerate(scope, type, usage);
    }

    @Override
    public UniversalNameAnswer getUniversalName(String localPath, int infoLevel) {
        mpr.switchTo(model);
        return backend.getUniversalName(localPath, infoLevel);
    }

    @Override
    public int addConnection2(NetResource resource, char[] password, String userName, int flags) {
        mpr.switchTo(model);
        return backend.addConnection2(resource, password, userName, flags);
    }

    @Override
    public int addConnection3(NetResource resource, char[] password, String userName, int flags) {
        mpr.switchTo(model);
        return backend.addConnection3(resource, password, userName, flags);
    }

    @Override
    public UseConnectionAnswer useConnection(NetResource resource, char[] password, String userName, int flags) {
        mpr.switchTo(model);
        return backend.useConnection(resource, password, userName, flags);
    }

    @Override
    public int addConnection(String remoteName, char[] password, String localName) {
        mpr.switchTo(model);
        return backend.addConnection(remoteName, password, localName);
    }

    @Override
    public String toString() {
        return backend + " called from " + model;
    }
}
