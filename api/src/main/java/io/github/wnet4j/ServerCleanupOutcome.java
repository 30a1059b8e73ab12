package io.github.wnet4j;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link WNet#cancelAllTo} did: the listings it looked at and one outcome per
 * connection to the server it cancelled, in the order it cancelled them.
 *
 * @param server the server, without leading backslashes
 * @param connected the listing of current connections the clean-up worked from
 *     ({@link ReadArgument#CONNECTED})
 * @param remembered the listing of remembered connections ({@link ReadArgument#REMEMBERED}), read only
 *     with {@code CONNECT_UPDATE_PROFILE} (so that entries remembered but not connected are forgotten
 *     too); otherwise empty
 * @param cancels one entry per connection cancelled, in order: devices, then connections without a
 *     device ({@code IPC$} among them), then remembered-only devices
 */
public record ServerCleanupOutcome(String server, ListingOutcome connected, Optional<ListingOutcome> remembered,
                                   List<Cancelled> cancels) {

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

    /**
     * Checks the outcome and copies the cancels.
     *
     * @param server the server
     * @param connected the listing of current connections
     * @param remembered the listing of remembered connections, or empty
     * @param cancels the per-connection outcomes; copied
     * @throws NullPointerException if an argument is null or {@code cancels} holds null
     * @throws IllegalArgumentException if a listing has the other scope
     */
    public ServerCleanupOutcome {
        Objects.requireNonNull(server, "server");
        if (Objects.requireNonNull(connected, "connected").scope() != ReadArgument.CONNECTED) {
            throw new IllegalArgumentException("connected is a listing of " + connected.scope() + ", not of CONNECTED");
        }
        Objects.requireNonNull(remembered, "remembered: pass Optional.empty() when it was not read");
        if (remembered.isPresent() && remembered.get().scope() != ReadArgument.REMEMBERED) {
            throw new IllegalArgumentException("remembered is a listing of " + remembered.get().scope()
                    + ", not of REMEMBERED");
        }
        cancels = List.copyOf(cancels);
    }

    /**
     * Whether every listing succeeded and every cancel answered {@code NO_ERROR} or {@code ERROR_NOT_CONNECTED}.
     *
     * @return whether nothing to the server is left, as far as this call saw
     */
    public boolean isDone() {
        return connected.isSuccess() && remembered.map(ListingOutcome::isSuccess).orElse(true)
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
        remembered.ifPresent(ListingOutcome::orThrow);
        for (Cancelled c : cancels) {
            c.outcome().orThrowUnlessNotConnected();
        }
        return this;
    }

    /** {@return the server, then each cancel} */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("clean-up of \\\\").append(server).append(": ");
        if (!connected.isSuccess()) {
            s.append(connected.describe());
        } else if (remembered.isPresent() && !remembered.get().isSuccess()) {
            s.append(remembered.get().describe());
        } else {
            s.append(cancels.size()).append(cancels.size() == 1 ? " connection" : " connections");
        }
        for (Cancelled c : cancels) {
            s.append("\n  ").append(c.connection()).append(": ").append(c.outcome().describe());
        }
        return s.toString();
    }
}
