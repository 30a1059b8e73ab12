package io.github.wnet4j;

import io.github.wnet4j.spi.Names;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an enumeration answered ({@code WNetOpenEnum}, {@code WNetEnumResource} to the end,
 * {@code WNetCloseEnum}; the library opens, reads and closes, also when reading fails): every entry
 * of one scope (specification rows R7-R12), or the failing call and its code.
 *
 * @param scope the scope that was listed: {@link ReadArgument#CONNECTED} or {@link ReadArgument#REMEMBERED}
 * @param function the failing call, or {@link WNetFunction#OPEN_ENUM} when the listing succeeded
 * @param code the Win32 code of the failing call, or {@code NO_ERROR}
 * @param connections every entry, in the order the backend gave them (the order is not specified,
 *     R11); empty on failure
 * @param extendedError the provider's own error for {@code ERROR_EXTENDED_ERROR}; empty for every other code
 */
public record ListingOutcome(ReadArgument scope, WNetFunction function, int code, List<NetworkConnection> connections,
                             Optional<ExtendedError> extendedError) implements WNetOutcome {
    /**
     * Checks the outcome and copies the entries; entries given beside a failure are dropped, as a
     * failed listing has none.
     *
     * @param scope a listing's scope
     * @param function {@code OPEN_ENUM}, {@code ENUM_RESOURCE} or {@code CLOSE_ENUM}
     * @param code the Win32 code
     * @param connections the entries; copied
     * @param extendedError the provider's error, present only for {@code ERROR_EXTENDED_ERROR}
     * @throws NullPointerException if an argument is null or {@code connections} holds null
     * @throws IllegalArgumentException if {@code scope} is not a listing's, {@code function} not an
     *     enumeration's, or an extended error is given for another code
     */
    public ListingOutcome {
        Objects.requireNonNull(scope, "scope").checkFor(WNetFunction.OPEN_ENUM, "scope");
        Objects.requireNonNull(function, "function");
        if (function != WNetFunction.OPEN_ENUM && function != WNetFunction.ENUM_RESOURCE
                && function != WNetFunction.CLOSE_ENUM) {
            throw new IllegalArgumentException("a listing fails in WNetOpenEnum, WNetEnumResource or WNetCloseEnum, not in "
                    + function.win32Name());
        }
        Objects.requireNonNull(connections, "connections: pass List.of() for none");
        connections = code == ErrorCode.NO_ERROR.value() ? List.copyOf(connections) : List.of();
        Outcomes.checkExtendedError(code, extendedError);
    }

    /** An outcome with the provider's error, or {@code null} when there is none. */
    static ListingOutcome of(ReadArgument scope, WNetFunction function, int code, List<NetworkConnection> connections,
                             ExtendedError extendedError) {
        return new ListingOutcome(scope, function, code, connections, Optional.ofNullable(extendedError));
    }

    /**
     * The entries whose remote name is on {@code server} ({@code "fileserver"} or {@code "\\\\fileserver"}),
     * compared case-insensitively.
     *
     * @param server a server name, with or without the leading backslashes
     * @return the entries to that server
     * @throws IllegalArgumentException as {@link Names#checkServer(String)} does
     */
    public List<NetworkConnection> to(String server) {
        String wanted = Names.checkServer(server);
        return connections.stream().filter(c -> Names.same(c.server(), wanted)).toList();
    }

    /**
     * {@return the call as it would be written: {@code WNetOpenEnum(RESOURCE_CONNECTED, RESOURCETYPE_ANY)},
     * or the failing call of that enumeration}
     */
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
        return Outcomes.orThrow(this, isSuccess());
    }

    /** {@return {@link #describe()}, then the entries} */
    @Override
    public String toString() {
        return describe() + (isSuccess() ? " " + connections : "");
    }
}
