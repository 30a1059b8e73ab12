package io.github.wnet4j.benchmarks;

import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.WNetBackend;

/**
 * The model the mpr.dll double serves while native calls are measured: it answers every cancel
 * with one fixed code and holds no state, so the library's path and the bare binding's path cost
 * the double exactly the same and the difference between them is what the library adds.
 */
final class TrivialModel implements WNetBackend {

    /** The extended error {@link #extendedError()} reports; short, like a real provider's. */
    static final ExtendedError PROVIDER_ERROR = new ExtendedError(53, "The network path was not found.",
            "Microsoft Windows Network");

    private final int code;

    private TrivialModel(int code) {
        this.code = code;
    }

    /** Every cancel succeeds. */
    static TrivialModel success() {
        return new TrivialModel(ErrorCode.NO_ERROR.value());
    }

    /** Every cancel answers ERROR_EXTENDED_ERROR, with {@link #PROVIDER_ERROR} as the thread's extended error. */
    static TrivialModel extendedError() {
        return new TrivialModel(ErrorCode.ERROR_EXTENDED_ERROR.value());
    }

    /** The model for a path named {@code "success"} or {@code "extendedError"}. */
    static TrivialModel forPath(String path) {
        return switch (path) {
            case "success" -> success();
            case "extendedError" -> extendedError();
            default -> throw new IllegalArgumentException("unknown path '" + path + "': use success or extendedError");
        };
    }

    @Override
    public int cancelConnection2(String name, int flags, boolean force) {
        return code;
    }

    @Override
    public int cancelConnection(String name, boolean force) {
        return code;
    }

    @Override
    public ExtendedError lastExtendedError() {
        return PROVIDER_ERROR;
    }
}
