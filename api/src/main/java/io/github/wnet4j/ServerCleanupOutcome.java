package io.github.wnet4j;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link WNet#cancelAllTo} did: the listings it looked at and one outcome per
 * connection to the server it cancelled, in the order it cancelled them. Immutable.
 */
public final class ServerCleanupOutcome {

    /**
     * One connection to the server, and what cancelling it answered.
     *
     * @param connection the connection as the listing showed it
     * @param outcome the cancel's outcome (by device, or by remote name for a connection without one)
     */
    public record Cancelled(NetworkConnection connection, CancelOutcome outcome) {
        /**
         * Checks both are present.
         *
         * @param connection the connection
         * @param outcome the cancel's outcome
         */
        public Cancelled {
            Objects.requireNonNull(connection, "connection");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    private final String server;
    private final ListingOutcome connected;
    private final ListingOutcome remembered;
    private final List<Cancelled> cancels;

    ServerCleanupOutcome(String server, ListingOutcome connected, ListingOutcome remembered, List<Cancelled> cancels) {
        this.server = Objects.requireNonNull(server, "server");
        this.connected = Objects.requireNonNull(connected, "connected");
        this.remembered = remembered;
        this.cancels = List.copyOf(cancels);
    }

    /**
     * The server, without leading backslashes.
     *
     * @return the server
     */
    public String server() {
        return server;
    }

    /**
     * The listing of current connections the clean-up worked from.
     *
     * @return the {@link ListingScope#CONNECTED} listing
     */
    public ListingOutcome connected() {
        return connected;
    }

    /**
     * The listing of remembered connections, read only with {@code CONNECT_UPDATE_PROFILE} (so that
     * entries remembered but not connected are forgotten too).
     *
     * @return the {@link ListingScope#REMEMBERED} listing, or empty
     */
    public Optional<ListingOutcome> remembered() {
        return Optional.ofNullable(remembered);
    }

    /**
     * One entry per connection cancelled, in order: devices, then connections without a device
     * ({@code IPC$} among them), then remembered-only devices.
     *
     * @return the per-connection outcomes
     */
    public List<Cancelled> cancels() {
        return cancels;
    }

    /**
     * Whether every listing succeeded and every cancel answered {@code NO_ERROR} or {@code ERROR_NOT_CONNECTED}.
     *
     * @return whether nothing to the server is left, as far as this call saw
     */
    public boolean isDone() {
        return connected.isSuccess() && (remembered == null || remembered.isSuccess())
                && cancels.stream().allMatch(c -> c.outcome().isSuccessOrNotConnected());
    }

    /**
     * Returns this outcome if {@link #isDone()}, and otherwise throws for the first failure.
     *
     * @return this outcome
     * @throws WNetException for the first failed listing or cancel
     */
    public ServerCleanupOutcome orThrow() {
        connected.orThrow();
        if (remembered != null) {
            remembered.orThrow();
        }
        for (Cancelled c : cancels) {
            c.outcome().orThrowUnlessNotConnected();
        }
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServerCleanupOutcome s && server.equals(s.server) && connected.equals(s.connected)
                && Objects.equals(remembered, s.remembered) && cancels.equals(s.cancels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(server, connected, remembered, cancels);
    }

    /** The server, then each cancel. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("clean-up of \\\\").append(server).append(": ");
        if (!connected.isSuccess()) {
            s.append(connected.describe());
        } else if (remembered != null && !remembered.isSuccess()) {
            s.append(remembered.describe());
        } else {
            s.append(cancels.size()).append(cancels.size() == 1 ? " connection" : " connections");
        }
        for (Cancelled c : cancels) {
            s.append("\n  ").append(c.connection()).append(": ").append(c.outcome().describe());
        }
        return s.toString();
    }
}
