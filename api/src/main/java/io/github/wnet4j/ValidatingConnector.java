package io.github.wnet4j;

import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.UseConnectionAnswer;
import io.github.wnet4j.spi.WNetBackend;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The library's {@link ConnectionMaker}: the request was checked when it was made; this copies the
 * password for the one call and clears it after, calls the backend, reads the extended error on the
 * same thread, and on a credential conflict lists the connections that hold the server.
 */
final class ValidatingConnector implements ConnectionMaker {
    private final String backendName;
    private final WNetBackend backend;
    private final ConnectionReader reader;

    ValidatingConnector(String backendName, WNetBackend backend, ConnectionReader reader) {
        this.backendName = Objects.requireNonNull(backendName, "backendName");
        this.backend = Objects.requireNonNull(backend, "backend");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    @Override
    public ConnectOutcome connect(ConnectRequest request) {
        Objects.requireNonNull(request, "request");
        String userName = request.credentials().flatMap(Credentials::userName).orElse(null);
        char[] password = request.credentials().map(Credentials::passwordForOneCall).orElse(null);
        int code;
        String accessName = null;
        try {
            NetResource resource = new NetResource(0, request.type().value(), 0, 0, request.device().orElse(null),
                    request.remoteName(), null, null);
            switch (request.function()) {
                case ADD_CONNECTION2 -> code = backend.addConnection2(resource, password, userName, request.flagBits());
                case ADD_CONNECTION3 -> code = backend.addConnection3(resource, password, userName, request.flagBits());
                case USE_CONNECTION -> {
                    UseConnectionAnswer answer = backend.useConnection(resource, password, userName, request.flagBits());
                    if (answer == null) {
                        throw new IllegalStateException("backend " + backendName + " returned null from useConnection; "
                                + "a backend answers every call with a code");
                    }
                    code = answer.code();
                    accessName = answer.accessName();
                }
                case ADD_CONNECTION -> code = backend.addConnection(request.remoteName(), password, request.device().orElse(null));
                default -> throw new IllegalArgumentException(request.function() + " does not make connections");
            }
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
        return outcome(request, code, accessName);
    }

    private ConnectOutcome outcome(ConnectRequest request, int code, String accessName) {
        // Read on this thread, right after the call, before anything else can touch the backend here.
        Optional<ExtendedError> extended = code == ErrorCode.ERROR_EXTENDED_ERROR.value()
                ? Optional.of(backend.lastExtendedError()) : Optional.empty();
        if (code != ErrorCode.NO_ERROR.value()) {
            List<NetworkConnection> heldBy = code == ConnectOutcome.CREDENTIAL_CONFLICT ? holdersOf(request) : List.of();
            return new ConnectOutcome(request, code, Optional.empty(), heldBy, extended);
        }
        String connected = accessName != null ? accessName : request.device().orElse(request.remoteName());
        return new ConnectOutcome(request, code, Optional.of(connected), List.of(), extended);
    }

    /** The connections of this logon session to the request's server (row C9, "One set of credentials per server"). */
    private List<NetworkConnection> holdersOf(ConnectRequest request) {
        String server = ConnectionCleanup.serverOf(request.remoteName());
        if (server.isEmpty()) {
            return List.of();
        }
        ListingOutcome listing = reader.connections();
        return listing.isSuccess() ? listing.to(server) : List.of();
    }

    @Override
    public String backendName() {
        return backendName;
    }

    @Override
    public String toString() {
        return "ConnectionMaker[" + backendName + "]";
    }
}
