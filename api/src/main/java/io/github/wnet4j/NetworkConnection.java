package io.github.wnet4j;

import io.github.wnet4j.spi.NetResource;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a listing ({@link ConnectionReader#connections()},
 * {@link ConnectionReader#rememberedConnections()}): a device redirected to a remote name, or a
 * connection with no device, with its type and its network provider. Immutable.
 */
public final class NetworkConnection {
    private final String device;
    private final String remoteName;
    private final ResourceType type;
    private final String provider;

    private NetworkConnection(String device, String remoteName, ResourceType type, String provider) {
        this.device = device;
        this.remoteName = Objects.requireNonNull(remoteName, "remoteName");
        this.type = Objects.requireNonNull(type, "type");
        this.provider = Objects.requireNonNull(provider, "provider");
    }

    /**
     * An entry.
     *
     * @param device the local device ({@code "Z:"}, {@code "LPT1:"}), or {@code null} for a deviceless connection
     * @param remoteName the remote name ({@code \\server\share})
     * @param type disk or print
     * @param provider the network provider's name ({@code "Microsoft Windows Network"}), empty if unknown
     * @return the entry
     */
    public static NetworkConnection of(String device, String remoteName, ResourceType type, String provider) {
        return new NetworkConnection(device, remoteName, type, provider);
    }

    /** An entry as a backend read it; a remote name is required (a backend that gives none is defective). */
    static NetworkConnection of(NetResource r, String backendName) {
        if (r.remoteName() == null) {
            throw new IllegalStateException("backend " + backendName + " listed an entry with no remote name (" + r
                    + "); every NETRESOURCE of a listing has lpRemoteName: this is a backend defect");
        }
        return new NetworkConnection(r.localName(), r.remoteName(), ResourceType.of(r.type()),
                r.provider() == null ? "" : r.provider());
    }

    /**
     * The local device, or empty for a connection without one.
     *
     * @return the device ({@code "Z:"}), or empty
     */
    public Optional<String> device() {
        return Optional.ofNullable(device);
    }

    /**
     * The remote name, spelled as the connection was made (specification row R18).
     *
     * @return the remote name
     */
    public String remoteName() {
        return remoteName;
    }

    /**
     * Disk or print (specification row R9).
     *
     * @return the type
     */
    public ResourceType type() {
        return type;
    }

    /**
     * The network provider's name ({@code "Microsoft Windows Network"} for SMB), empty if the backend gave none.
     *
     * @return the provider's name
     */
    public String provider() {
        return provider;
    }

    /**
     * The server part of the remote name: {@code fileserver} for {@code \\fileserver\deploy}.
     *
     * @return the server, as spelled in the remote name
     */
    public String server() {
        return ConnectionCleanup.serverOf(remoteName);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkConnection c && Objects.equals(device, c.device) && remoteName.equals(c.remoteName)
                && type == c.type && provider.equals(c.provider);
    }

    @Override
    public int hashCode() {
        return Objects.hash(device, remoteName, type, provider);
    }

    /** For example {@code Z: -> \\srv\share (DISK, Microsoft Windows Network)}. */
    @Override
    public String toString() {
        return (device == null ? "(no device)" : device) + " -> " + remoteName + " (" + type
                + (provider.isEmpty() ? "" : ", " + provider) + ")";
    }
}
