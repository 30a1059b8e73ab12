package io.github.wnet4j;

import io.github.wnet4j.spi.Names;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
        return new GuardedCancelOutcome(expectedRemoteName, lookup, decision, Optional.ofNullable(cancel));
    }

    /** See {@link WNet#cancelAllTo}. */
    ServerCleanupOutcome cancelAllTo(String server, Set<CancelFlag> flags, boolean force) {
        String wanted = Names.checkServer(server);
        Set<CancelFlag> sent = CancelFlag.copyOf(flags);
        boolean updateProfile = sent.contains(CancelFlag.CONNECT_UPDATE_PROFILE);
        ListingOutcome connected = reader.connections();
        if (!connected.isSuccess()) {
            return new ServerCleanupOutcome(wanted, connected, Optional.empty(), List.of());
        }
        ListingOutcome remembered = updateProfile ? reader.rememberedConnections() : null;
        if (remembered != null && !remembered.isSuccess()) {
            return new ServerCleanupOutcome(wanted, connected, Optional.of(remembered), List.of());
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
        return new ServerCleanupOutcome(wanted, connected, Optional.ofNullable(remembered), cancels);
    }
}
