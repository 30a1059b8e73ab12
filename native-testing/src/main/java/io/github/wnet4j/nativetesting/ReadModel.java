package io.github.wnet4j.nativetesting;

import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.WNetBackend;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A stateless model for the double's read side: a test overrides the read functions it needs
 * ({@code getConnection}, {@code enumerate}, {@code getUniversalName}; the others answer
 * ERROR_NOT_SUPPORTED), every cancel answers ERROR_NOT_CONNECTED, and WNetGetLastErrorW reports what
 * the supplier gives, asked on the calling thread. What a boundary test of the reads serves, so that
 * only the crossing is checked.
 */
public class ReadModel implements WNetBackend {
    private static final int ERROR_NOT_CONNECTED = 2250;

    private final Supplier<ExtendedError> lastError;

    /** A model that reports no extended error. */
    public ReadModel() {
        this(() -> new ExtendedError(0, "", ""));
    }

    /**
     * A model with this WNetGetLastErrorW.
     *
     * @param lastError what it reports, asked on the calling thread
     */
    public ReadModel(Supplier<ExtendedError> lastError) {
        this.lastError = Objects.requireNonNull(lastError, "lastError");
    }

    @Override
    public int cancelConnection2(String name, int flags, boolean force) {
        return ERROR_NOT_CONNECTED;
    }

    @Override
    public int cancelConnection(String name, boolean force) {
        return ERROR_NOT_CONNECTED;
    }

    @Override
    public ExtendedError lastExtendedError() {
        return lastError.get();
    }
}
