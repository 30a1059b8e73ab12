package io.github.wnet4j.nativetesting;

import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.WNetBackend;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A model for the double that answers every cancel with one code and holds no state: what a test
 * of the boundary or a benchmark of the call path serves, so that only the crossing is measured.
 *
 * @param code what every cancel returns
 * @param lastError what WNetGetLastErrorW reports, asked on the calling thread
 */
public record FixedAnswer(int code, Supplier<ExtendedError> lastError) implements WNetBackend {
    /** Checks the supplier is present. */
    public FixedAnswer {
        Objects.requireNonNull(lastError, "lastError");
    }

    /** Every cancel answers {@code code}; WNetGetLastErrorW reports {@code error}. */
    public FixedAnswer(int code, ExtendedError error) {
        this(code, () -> error);
    }

    /** Every cancel answers {@code code}; WNetGetLastErrorW reports no error. */
    public FixedAnswer(int code) {
        this(code, new ExtendedError(0, "", ""));
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
        return lastError.get();
    }
}
