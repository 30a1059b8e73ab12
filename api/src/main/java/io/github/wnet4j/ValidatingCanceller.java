package io.github.wnet4j;

import io.github.wnet4j.spi.Names;
import java.util.Objects;
import java.util.Set;
import io.github.wnet4j.spi.WNetBackend;

/** The only {@link ConnectionCanceller} the library makes: validate, call the backend, read the extended error. */
final class ValidatingCanceller implements ConnectionCanceller {
    private final String backendName;
    private final WNetBackend backend;

    ValidatingCanceller(String backendName, WNetBackend backend) {
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

    /** Read on this thread, right after the call, before anything else can touch the backend here. */
    private ExtendedError extendedErrorFor(int code) {
        return code == ErrorCode.ERROR_EXTENDED_ERROR.value() ? backend.lastExtendedError() : null;
    }

    @Override
    public String backendName() {
        return backendName;
    }

    @Override
    public String toString() {
        return "ConnectionCanceller[" + backendName + "]";
    }
}
