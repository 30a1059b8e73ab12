package io.github.wnet4j;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an enumeration answered ({@code WNetOpenEnum}, {@code WNetEnumResource} to the end,
 * {@code WNetCloseEnum}; the library opens, reads and closes, also when reading fails): every entry
 * of one {@link ListingScope} (specification rows R7-R12), or the failing call and its code.
 * Immutable.
 */
public final class ListingOutcome implements WNetOutcome {
    private final ListingScope scope;
    private final WNetFunction function;
    private final int code;
    private final List<NetworkConnection> connections;
    private final ExtendedError extendedError;

    private ListingOutcome(ListingScope scope, WNetFunction function, int code, List<NetworkConnection> connections,
                           ExtendedError extendedError) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.function = Objects.requireNonNull(function, "function");
        this.code = code;
        this.connections = code == ErrorCode.NO_ERROR.value() ? List.copyOf(connections) : List.of();
        this.extendedError = Outcomes.checkExtendedError(code, extendedError);
    }

    /** An outcome; only the validating reader makes them. */
    static ListingOutcome of(ListingScope scope, WNetFunction function, int code, List<NetworkConnection> connections,
                             ExtendedError extendedError) {
        return new ListingOutcome(scope, function, code, connections, extendedError);
    }

    /**
     * The scope that was listed.
     *
     * @return the scope that was listed
     */
    public ListingScope scope() {
        return scope;
    }

    /**
     * Every entry, in the order the backend gave them (the order is not specified, R11); empty on failure.
     *
     * @return the entries
     */
    public List<NetworkConnection> connections() {
        return connections;
    }

    /**
     * The entries whose remote name is on {@code server} ({@code "fileserver"} or {@code "\\\\fileserver"}),
     * compared case-insensitively.
     *
     * @param server a server name, with or without the leading backslashes
     * @return the entries to that server
     */
    public List<NetworkConnection> to(String server) {
        String wanted = ConnectionCleanup.checkServer(server);
        return connections.stream().filter(c -> io.github.wnet4j.spi.Names.same(c.server(), wanted)).toList();
    }

    /** The failing call, or {@link WNetFunction#OPEN_ENUM} when the listing succeeded. */
    @Override
    public WNetFunction function() {
        return function;
    }

    @Override
    public int code() {
        return code;
    }

    @Override
    public Optional<ExtendedError> extendedError() {
        return Optional.ofNullable(extendedError);
    }

    /** {@code WNetOpenEnum(RESOURCE_CONNECTED, RESOURCETYPE_ANY)}, or the failing call of that enumeration. */
    @Override
    public String describeCall() {
        String open = "WNetOpenEnum(" + scope.win32Name() + ", RESOURCETYPE_ANY)";
        return function == WNetFunction.OPEN_ENUM ? open : function.win32Name() + " after " + open;
    }

    /**
     * Returns this outcome if the listing succeeded, and otherwise throws.
     *
     * @return this outcome, if it succeeded
     * @throws WNetException naming the failing call, the code, its meaning and what to do
     */
    public ListingOutcome orThrow() {
        if (!isSuccess()) {
            throw new WNetException(this);
        }
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListingOutcome other && scope == other.scope && function == other.function
                && code == other.code && connections.equals(other.connections)
                && Objects.equals(extendedError, other.extendedError);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scope, function, code, connections, extendedError);
    }

    /** {@link #describe()}, then the entries. */
    @Override
    public String toString() {
        return describe() + (isSuccess() ? " " + connections : "");
    }
}
