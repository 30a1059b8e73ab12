package io.github.wnet4j;

import io.github.wnet4j.spi.Names;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The looks before the cancels behind {@link WNet#cancelIfPointsAt} and {@link WNet#cancelAllTo}: a
 * guarded cancel and cancel-everything-to-a-server, over a reader and a canceller of one backend, so
 * the look and the cancel see the same connections. Holds no state of its own; thread-safe.
 */
final class ConnectionCleanup {
    private final ConnectionReader reader;
    private final ConnectionCanceller canceller;

    ConnectionCleanup(ConnectionReader reader, ConnectionCanceller canceller) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.canceller = Objects.requireNonNull(canceller, "canceller");
    }

    /** See {@link WNet#cancelIfPointsAt}. */
    GuardedCancelOutcome cancelIfPointsAt(String device, String expectedRemoteName, Set<CancelFlag> flags,
                                          boolean force) {
        if (Names.device(Names.check(device)) == null) {
            throw new IllegalArgumentException("device " + Names.quote(device)
                    + " is not a local device: pass a drive such as \"Z:\" or a port such as \"LPT1:\"");
        }
        Names.checkRemoteName(Objects.requireNonNull(expectedRemoteName, "expectedRemoteName must not be null"));
        Set<CancelFlag> sent = CancelFlag.copyOf(flags);
        LookupOutcome lookup = reader.getConnection(device);
        GuardedCancelOutcome.Decision decision;
        if (lookup.isConnected() && lookup.remoteName().isEmpty()) {
            throw new IllegalStateException("backend " + reader.backendName() + " answered " + lookup.describeCall()
                    + " with NO_ERROR but no remote name: a backend defect; nothing was cancelled");
        }
        if (lookup.isConnected() || lookup.isRememberedOnly()) {
            decision = lookup.pointsAt(expectedRemoteName) ? GuardedCancelOutcome.Decision.CANCELLED
                    : lookup.remoteName().isPresent() ? GuardedCancelOutcome.Decision.POINTS_ELSEWHERE
                    : GuardedCancelOutcome.Decision.NOT_CONNECTED;   // remembered, to a name the look cannot see
        } else {
            decision = lookup.isNotConnected() ? GuardedCancelOutcome.Decision.NOT_CONNECTED
                    : GuardedCancelOutcome.Decision.LOOKUP_FAILED;
        }
        CancelOutcome cancel = decision == GuardedCancelOutcome.Decision.CANCELLED
                ? canceller.cancelConnection2(device, sent, force) : null;
        return new GuardedCancelOutcome(expectedRemoteName, lookup, decision, cancel);
    }

    /** See {@link WNet#cancelAllTo}. */
    ServerCleanupOutcome cancelAllTo(String server, Set<CancelFlag> flags, boolean force) {
        String wanted = checkServer(server);
        Set<CancelFlag> sent = CancelFlag.copyOf(flags);
        boolean updateProfile = sent.contains(CancelFlag.CONNECT_UPDATE_PROFILE);
        ListingOutcome connected = reader.connections();
        if (!connected.isSuccess()) {
            return new ServerCleanupOutcome(wanted, connected, null, List.of());
        }
        ListingOutcome remembered = updateProfile ? reader.rememberedConnections() : null;
        if (remembered != null && !remembered.isSuccess()) {
            return new ServerCleanupOutcome(wanted, connected, remembered, List.of());
        }
        List<NetworkConnection> devices = new ArrayList<>();
        List<NetworkConnection> deviceless = new ArrayList<>();
        for (NetworkConnection c : connected.to(wanted)) {
            (c.device().isPresent() ? devices : deviceless).add(c);
        }
        List<ServerCleanupOutcome.Cancelled> cancels = new ArrayList<>();
        for (NetworkConnection c : devices) {
            cancels.add(new ServerCleanupOutcome.Cancelled(c, canceller.cancelConnection2(c.device().get(), sent, force)));
        }
        for (NetworkConnection c : deviceless) {
            cancels.add(new ServerCleanupOutcome.Cancelled(c, canceller.cancelConnection2(c.remoteName(), sent, force)));
        }
        if (remembered != null) {
            for (NetworkConnection c : remembered.to(wanted)) {
                String device = c.device().orElse(null);
                boolean done = device == null || devices.stream().anyMatch(d -> Names.same(d.device().get(), device));
                if (!done) {
                    cancels.add(new ServerCleanupOutcome.Cancelled(c, canceller.cancelConnection2(device, sent, force)));
                }
            }
        }
        return new ServerCleanupOutcome(wanted, connected, remembered, cancels);
    }

    /** The server part of a remote name: {@code srv} for {@code \\srv\share\dir}; the whole rest if there is no share. */
    static String serverOf(String remoteName) {
        if (!Names.isRemoteName(remoteName)) {
            return "";
        }
        int end = remoteName.indexOf('\\', 2);
        return end < 0 ? remoteName.substring(2) : remoteName.substring(2, end);
    }

    /** A server name without its leading backslashes, checked. */
    static String checkServer(String server) {
        if (server == null) {
            throw new NullPointerException("server must not be null: pass a server name such as \"fileserver\"");
        }
        Names.check(server);
        String bare = Names.isRemoteName(server) ? server.substring(2) : server;
        if (bare.isBlank() || bare.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("server " + Names.quote(server)
                    + " is not a server name: pass \"fileserver\" or \"\\\\fileserver\", without a share");
        }
        return bare;
    }
}
