package io.github.wnet4j.nativeaccess;

import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.UseConnectionAnswer;
import io.github.wnet4j.spi.WNetBackend;

import java.util.Objects;

/**
 * What every native backend answers the four connect calls with: its {@link ConnectCalls}, written
 * once here so that a backend implements only the cancels, the reads and the extended error.
 */
public abstract class ConnectingBackend implements WNetBackend {
    private final ConnectCalls<?, ?> connect;

    /**
     * A backend whose connect calls go through {@code connect}.
     *
     * @param connect the backend's binding of the four connect functions
     */
    protected ConnectingBackend(ConnectCalls<?, ?> connect) {
        this.connect = Objects.requireNonNull(connect, "connect");
    }

    @Override
    public final int addConnection2(NetResource resource, char[] password, String userName, int flags) {
        return connect.addConnection2(resource, password, userName, flags);
    }

    @Override
    public final int addConnection3(NetResource resource, char[] password, String userName, int flags) {
        return connect.addConnection3(resource, password, userName, flags);
    }

    @Override
    public final UseConnectionAnswer useConnection(NetResource resource, char[] password, String userName, int flags) {
        return connect.useConnection(resource, password, userName, flags);
    }

    @Override
    public final int addConnection(String remoteName, char[] password, String localName) {
        return connect.addConnection(remoteName, password, localName);
    }
}
