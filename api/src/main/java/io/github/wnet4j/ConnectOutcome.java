package io.github.wnet4j;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one connect call returned: the request (its password never kept), the Win32 code, what was
 * connected, and on {@code ERROR_SESSION_CREDENTIAL_CONFLICT} (1219) the connections of this logon
 * session that hold the server under other credentials.
 *
 * <pre>{@code
 * ConnectOutcome outcome = wnet.connect(ConnectRequest.anyFreeDevice("\\\\fileserver\\deploy").with(credentials));
 * String drive = outcome.orThrow().device().orElseThrow();            // "Z:", or the next free letter down
 * if (outcome.is(ErrorCode.ERROR_SESSION_CREDENTIAL_CONFLICT)) {
 *     outcome.serverHeldBy().forEach(System.out::println);          // Z: -> \\fileserver\old (DISK), ...
 * }
 * }</pre>
 *
 * <p>A test can build one to stand in for the library's; it describes and throws exactly as one the
 * library made.
 *
 * @param request what was asked (its {@link Credentials} object, whose password the outcome never reads)
 * @param code the Win32 code as the function returned it
 * @param accessName on success, what WNetUseConnection wrote into {@code lpAccessName} (the device, named
 *     or picked, or the remote name); for the other functions the device, or the remote name when there
 *     is none; empty on failure
 * @param serverHeldBy on ERROR_SESSION_CREDENTIAL_CONFLICT, the connections of this logon session to the
 *     request's server (devices and deviceless, {@code IPC$} included) as listed right after the call;
 *     empty otherwise, or when listing them failed
 * @param extendedError the provider's error for {@code ERROR_EXTENDED_ERROR}, read on the calling thread
 *     right after the call; empty for every other code
 */
public record ConnectOutcome(ConnectRequest request, int code, Optional<String> accessName,
                             List<NetworkConnection> serverHeldBy, Optional<ExtendedError> extendedError)
        implements WNetOutcome {
    /**
     * Checks the outcome and copies the list.
     *
     * @param request what was asked
     * @param code the Win32 code returned
     * @param accessName on success, the device or remote name connected; empty for a failure
     * @param serverHeldBy on 1219, the connections holding the server; empty otherwise
     * @param extendedError the provider's error for 1208; empty for every other code
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if a success has no access name or a failure has one, connections
     *     are listed for another code than 1219, or an extended error is given for another code than 1208
     */
    public ConnectOutcome {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(accessName, "accessName: pass Optional.empty() for a failure");
        serverHeldBy = List.copyOf(serverHeldBy);
        Objects.requireNonNull(extendedError, "extendedError: pass Optional.empty() unless the code is 1208");
        boolean success = code == ErrorCode.NO_ERROR.value();
        if (success != accessName.isPresent()) {
            throw new IllegalArgumentException(success ? "a successful connect names what it connected (accessName)"
                    : "a failed connect connected nothing: accessName must be empty");
        }
        if (!serverHeldBy.isEmpty() && code != CREDENTIAL_CONFLICT) {
            throw new IllegalArgumentException("only ERROR_SESSION_CREDENTIAL_CONFLICT (1219) lists the connections that hold the server");
        }
        Outcomes.checkExtendedError(code, extendedError);
    }

    /** ERROR_SESSION_CREDENTIAL_CONFLICT, the one code that lists the connections holding the server. */
    static final int CREDENTIAL_CONFLICT = ErrorCode.ERROR_SESSION_CREDENTIAL_CONFLICT.value();

    /** {@return the connect function that was called} */
    @Override
    public WNetFunction function() {
        return request.function();
    }

    /**
     * The device now redirected: the one named, or the one Windows picked; empty for a deviceless
     * connection and for a failure.
     *
     * @return the device connected, or empty
     */
    public Optional<String> device() {
        if (!isSuccess()) {
            return Optional.empty();
        }
        return request.device().isPresent() ? request.device() : accessName.filter(name -> !name.startsWith("\\\\"));
    }

    /** {@return the call as it would be written, never with a password: {@code WNetAddConnection2("Z:" -> "\\srv\share", user "svc", a password)}} */
    @Override
    public String describeCall() {
        return request.describeCall();
    }

    /**
     * {@link WNetOutcome#describe()}, and on a credential conflict the connections that hold the server.
     *
     * @return one sentence a person reads, then the connections that hold the server if any
     */
    @Override
    public String describe() {
        String sentence = Outcomes.describe(this);
        if (serverHeldBy.isEmpty()) {
            return sentence;
        }
        StringBuilder s = new StringBuilder(sentence).append(" Held by:");
        serverHeldBy.forEach(c -> s.append(' ').append(c).append(';'));
        s.setLength(s.length() - 1);
        return s.append('.').toString();
    }

    /**
     * Returns this outcome if the connection was made, and otherwise throws.
     *
     * @return this outcome, if it succeeded
     * @throws WNetException naming the call, the code, its meaning and what to do
     */
    public ConnectOutcome orThrow() {
        if (!isSuccess()) {
            throw new WNetException(this);
        }
        return this;
    }

    /** {@return {@link #describe()}} */
    @Override
    public String toString() {
        return describe();
    }
}
