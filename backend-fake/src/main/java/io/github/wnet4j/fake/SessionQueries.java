package io.github.wnet4j.fake;

import io.github.wnet4j.spi.Names;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a test asks a {@link FakeLogon} about its session's state; the public half of the facade,
 * kept apart so each file stays readable. A query looks in the session's device map and the user's
 * profile, under the lock that guards what it reads.
 */
abstract class SessionQueries {
    /** The user's state and its locks, every session's. */
    final LogonTables tables;
    /** This session's device map's number (0: the desktop session's, which a linked twin shares). */
    final int map;

    SessionQueries(LogonTables tables, int map) {
        this.tables = tables;
        this.map = map;
    }

    /**
     * {@return whether {@code device} is redirected now (a live connection, not just remembered)}
     *
     * @param device a device, such as {@code Z:} or {@code LPT1:}
     */
    public boolean isConnected(String device) {
        return remoteNameOf(device).isPresent();
    }

    /**
     * {@return the remote name {@code device} is redirected to now, or empty}
     *
     * @param device a device, such as {@code Z:} or {@code LPT1:}
     */
    public Optional<String> remoteNameOf(String device) {
        return Optional.ofNullable(tables.deviceState(device, map, false));
    }

    /**
     * {@return whether the profile remembers {@code device}, connected now or not}
     *
     * @param device a device, such as {@code Z:} or {@code LPT1:}
     */
    public boolean isRemembered(String device) {
        return rememberedRemoteName(device).isPresent();
    }

    /**
     * {@return the remote name the profile remembers for {@code device}, or empty}
     *
     * @param device a device, such as {@code Z:} or {@code LPT1:}
     */
    public Optional<String> rememberedRemoteName(String device) {
        return Optional.ofNullable(tables.deviceState(device, map, true));
    }

    /**
     * {@return whether there is a deviceless connection to {@code remoteName}}
     *
     * @param remoteName a remote name, {@code \\server\share}
     */
    public boolean hasDevicelessConnection(String remoteName) {
        return tables.hasDeviceless(remoteName, map);
    }

    /** {@return every live connection: device redirections by device, then deviceless connections} */
    public List<Connection> connections() {
        return snapshot().connections();
    }

    /**
     * {@return the live connections, with a device or without, to {@code remoteName}}
     *
     * @param remoteName a remote name, {@code \\server\share}
     */
    public List<Connection> connectionsTo(String remoteName) {
        return connections().stream().filter(c -> Names.same(c.remoteName(), remoteName)).toList();
    }

    /**
     * Open files (or print jobs) on a live connection.
     *
     * @param deviceOrRemoteName a device, or the remote name of a deviceless connection
     * @return the count, or 0 if there is no such live connection
     */
    public int openFiles(String deviceOrRemoteName) {
        Objects.requireNonNull(deviceOrRemoteName, "deviceOrRemoteName");
        return tables.openFiles(deviceOrRemoteName, map);
    }

    /** {@return the connection state now, as an immutable value} */
    public LogonState snapshot() {
        return tables.underAllLocks(() -> tables.snapshot(map));
    }
}
