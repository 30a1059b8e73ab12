package io.github.wnet4j;

import io.github.wnet4j.spi.ConnectionAnswer;
import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.Names;
import io.github.wnet4j.spi.UniversalNameAnswer;
import io.github.wnet4j.spi.UseConnectionAnswer;
import io.github.wnet4j.spi.WNetBackend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The only {@link ConnectionCanceller}, {@link ConnectionReader} and {@link ConnectionMaker} the library
 * makes, what every {@link WNet} call goes through: check the name ({@link Names#check}) before the
 * backend runs (a {@link ConnectRequest} checked its names when it was made), call the backend, and
 * on {@code ERROR_EXTENDED_ERROR} read the provider's error at once on the same thread. A connect's
 * password is copied out of its {@link Credentials} for that one call and cleared when it returns.
 */
final class ValidatingCalls implements ConnectionCanceller, ConnectionReader, ConnectionMaker {
    /** dwUsage for an enumeration of connections: ignored for these scopes (R7, enumerating RESOURCE_CONNECTED), so none is asked for. */
    private static final int NO_USAGE = 0;

    private final String backendName;
    private final WNetBackend backend;

    ValidatingCalls(String backendName, WNetBackend backend) {
        this.backendName = Objects.requireNonNull(backendName, "backendName");
        this.backend = Objects.requireNonNull(backend, "backend");
    }

    @Override
    public CancelOutcome cancelConnection2(String name, Set<CancelFlag> flags, boolean force) {
        Names.check(name);
        // One read of the caller's set, before the call: the bits sent and the outcome's flags are the same copy.
        Set<CancelFlag> sent = CancelFlag.copyOf(flags);
        int code = backend.cancelConnection2(name, CancelFlag.toBits(sent), force);
        return CancelOutcome.of(WNetFunction.CANCEL_CONNECTION2, name, sent, force, code, extendedErrorFor(code));
    }

    @Override
    public CancelOutcome cancelConnection(String name, boolean force) {
        Names.check(name);
        int code = backend.cancelConnection(name, force);
        return CancelOutcome.of(WNetFunction.CANCEL_CONNECTION, name, Set.of(), force, code, extendedErrorFor(code));
    }

    @Override
    public LookupOutcome getConnection(String device) {
        Names.check(device);
        ConnectionAnswer answer = answered(backend.getConnection(device), "getConnection");
        return LookupOutcome.of(device, answer.code(), answer.remoteName(), extendedErrorFor(answer.code()));
    }

    @Override
    public ListingOutcome connections() {
        return list(ReadArgument.CONNECTED);
    }

    @Override
    public ListingOutcome rememberedConnections() {
        return list(ReadArgument.REMEMBERED);
    }

    @Override
    public UniversalNameOutcome universalName(String localPath) {
        return universal(localPath, ReadArgument.UNIVERSAL_NAME_INFO);
    }

    @Override
    public UniversalNameOutcome remoteNameInfo(String localPath) {
        return universal(localPath, ReadArgument.REMOTE_NAME_INFO);
    }

    private ListingOutcome list(ReadArgument scope) {
        EnumerationAnswer answer = answered(backend.enumerate(scope.value(), NetResource.RESOURCETYPE_ANY, NO_USAGE), "enumerate");
        ExtendedError extended = extendedErrorFor(answer.code());
        WNetFunction failed = WNetFunction.OPEN_ENUM;
        if (answer.code() != ErrorCode.NO_ERROR.value() && answer.failedCall() != null) {
            WNetFunction named = WNetFunction.forWin32Name(answer.failedCall());
            failed = named == null ? WNetFunction.OPEN_ENUM : named;
        }
        List<NetworkConnection> entries = new ArrayList<>(answer.resources().size());
        for (NetResource r : answer.resources()) {
            entries.add(NetworkConnection.of(r, backendName));
        }
        return ListingOutcome.of(scope, failed, answer.code(), entries, extended);
    }

    private UniversalNameOutcome universal(String localPath, ReadArgument level) {
        Names.check(localPath);
        UniversalNameAnswer answer = answered(backend.getUniversalName(localPath, level.value()), "getUniversalName");
        return UniversalNameOutcome.of(localPath, level, answer.code(), answer.universalName(), answer.connectionName(),
                answer.remainingPath(), extendedErrorFor(answer.code()));
    }

    @Override
    public ConnectOutcome connect(ConnectRequest request) {
        Objects.requireNonNull(request, "request");
        Credentials credentials = request.credentials().orElse(null);
        String userName = credentials == null ? null : credentials.userName().orElse(null);
        NetResource resource = new NetResource(0, request.type().value(), 0, 0, request.device().orElse(null),
                request.remoteName(), null, null);
        char[] password = credentials == null ? null : credentials.passwordForOneCall(); // the copy the finally clears
        int code;
        String accessName = null;
        try {
            switch (request.function()) {
                case ADD_CONNECTION2 -> code = backend.addConnection2(resource, password, userName, request.flagBits());
                case ADD_CONNECTION3 -> code = backend.addConnection3(resource, password, userName, request.flagBits());
                case USE_CONNECTION -> {
                    UseConnectionAnswer answer = answered(backend.useConnection(resource, password, userName,
                            request.flagBits()), "useConnection");
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
        Optional<ExtendedError> extended = Optional.ofNullable(extendedErrorFor(code));
        if (code != ErrorCode.NO_ERROR.value()) {
            List<NetworkConnection> heldBy = code == ErrorCode.ERROR_SESSION_CREDENTIAL_CONFLICT.value()
                    ? holdersOf(request.remoteName()) : List.of();
            return new ConnectOutcome(request, code, Optional.empty(), heldBy, extended);
        }
        String connected = accessName != null ? accessName : request.device().orElse(request.remoteName());
        return new ConnectOutcome(request, code, Optional.of(connected), List.of(), extended);
    }

    /** The connections of this logon session to the server of {@code remoteName} (row C9, "One set of credentials per server"). */
    private List<NetworkConnection> holdersOf(String remoteName) {
        String server = Names.serverOf(remoteName);
        if (server.isEmpty()) {
            return List.of();
        }
        ListingOutcome listing = connections();
        return listing.isSuccess() ? listing.to(server) : List.of();
    }

    /** Read on this thread, right after the call, before anything else can touch the backend here. */
    private ExtendedError extendedErrorFor(int code) {
        return code == ErrorCode.ERROR_EXTENDED_ERROR.value() ? backend.lastExtendedError() : null;
    }

    private <T> T answered(T answer, String method) {
        if (answer == null) {
            throw new IllegalStateException("backend " + backendName + " returned null from " + method
                    + "; a backend answers every call with a code (ERROR_NOT_SUPPORTED if it cannot)");
        }
        return answer;
    }

    @Override
    public String backendName() {
        return backendName;
    }

    @Override
    public String toString() {
        return "WNet[" + backendName + "]";
    }
}
