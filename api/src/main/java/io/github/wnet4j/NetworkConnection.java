package io.github.wnet4j;

import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.Names;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a listing ({@link ConnectionReader#connections()},
 * {@link ConnectionReader#rememberedConnections()}): a device redirected to a remote name, or a
 * connection with no device, with its type and its network provider.
 *
 * @param device the local device ({@code "Z:"}, {@code "LPT1:"}), or empty for a connection without one
 * @param remoteName the remote name, spelled as the connection was made (specification row R18)
 * @param type disk or print (specification row R9)
 * @param provider the network provider's name ({@code "Microsoft Windows Network"} for SMB), empty if
 *     the backend gave none
 */
public record NetworkConnection(Optional<String> device, String remoteName, ResourceType type, String provider) {
    /**
     * Checks that every part is present.
     *
     * @param device the local device, or empty
     * @param remoteName the remote name
     * @param type disk or print
     * @param provider the provider's name, empty if unknown
     * @throws NullPointerException if an argument is null
     */
    public NetworkConnection {
        Objects.requireNonNull(device, "device: pass Optional.empty() for a connection without one");
        Objects.requireNonNull(remoteName, "remoteName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(provider, "provider: pass \"\" if unknown");
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
        return new NetworkConnection(Optional.ofNullable(device), remoteName, type, provider);
    }

    /** An entry as a backend read it; a remote name is required (a backend that gives none is defective). */
    static NetworkConnection of(NetResource r, String backendName) {
        if (r.remoteName() == null) {
            throw new IllegalStateException("backend " + backendName + " listed an entry with no remote name (" + r
                    + "); every NETRESOURCE of a listing has lpRemoteName: this is a backend defect");
        }
        return of(r.localName(), r.remoteName(), ResourceType.of(r.type()), r.provider() == null ? "" : r.provider());
    }

    /** {@return the server part of the remote name: {@code fileserver} for {@code \\fileserver\deploy}, as spelled there} */
    public String server() {
        return Names.serverOf(remoteName);
    }

    /** {@return the entry for a person: {@code Z: -> \\srv\share (DISK, Microsoft Windows Network)}} */
    @Override
    public String toString() {
        return device.orElse("(no device)") + " -> " + remoteName + " (" + type
                + (provider.isEmpty() ? "" : ", " + provider) + ")";
    }
}
