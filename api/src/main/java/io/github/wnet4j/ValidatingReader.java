package io.github.wnet4j;

import io.github.wnet4j.spi.ConnectionAnswer;
import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.Names;
import io.github.wnet4j.spi.UniversalNameAnswer;
import io.github.wnet4j.spi.WNetBackend;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The only {@link ConnectionReader} the library makes: validate, call the backend, read the extended error. */
final class ValidatingReader implements ConnectionReader {
    /** dwUsage for an enumeration of connections: ignored for these scopes (R7), so none is asked for. */
    private static final int NO_USAGE = 0;

    private final String backendName;
    private final WNetBackend backend;

    ValidatingReader(String backendName, WNetBackend backend) {
        this.backendName = Objects.requireNonNull(backendName, "backendName");
        this.backend = Objects.requireNonNull(backend, "backend");
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
        return "ConnectionReader[" + backendName + "]";
    }
}
