package io.github.wnet4j.nativetesting;

import io.github.wnet4j.spi.UseConnectionAnswer;

import io.github.wnet4j.spi.NetResource;

import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.ConnectionAnswer;
import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.UniversalNameAnswer;
import io.github.wnet4j.spi.WNetBackend;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A stateless model for the double's read side: a test overrides the read functions it needs
 * ({@code getConnection}, {@code enumerate}, {@code getUniversalName}; the others answer
 * ERROR_NOT_SUPPORTED), every cancel answers ERROR_NOT_CONNECTED, and WNetGetLastErrorW reports what
 * the supplier gives, asked on the calling thread. What a boundary test of the reads serves, so that
 * only the crossing is checked. A model of the cancels alone overrides the cancels and reads nothing.
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

    @Override
    public ConnectionAnswer getConnection(String localName) {
        return new ConnectionAnswer(ERROR_NOT_SUPPORTED, null);
    }

    @Override
    public EnumerationAnswer enumerate(int scope, int type, int usage) {
        return new EnumerationAnswer(ERROR_NOT_SUPPORTED, "WNetOpenEnum", List.of());
    }

    @Override
    public UniversalNameAnswer getUniversalName(String localPath, int infoLevel) {
        return new UniversalNameAnswer(ERROR_NOT_SUPPORTED, null, null, null);
    }

    // Connecting is not this double's subject: every connect answers ERROR_NOT_SUPPORTED.

    @Override
    public int addConnection2(NetResource resource, char[] password, String userName, int flags) {
        return ERROR_NOT_SUPPORTED;
    }

    @Override
    public int addConnection3(NetResource resource, char[] password, String userName, int flags) {
        return ERROR_NOT_SUPPORTED;
    }

    @Override
    public UseConnectionAnswer useConnection(NetResource resource, char[] password, String userName, int flags) {
        return new UseConnectionAnswer(ERROR_NOT_SUPPORTED, null, 0);
    }

    @Override
    public int addConnection(String remoteName, char[] password, String localName) {
        return ERROR_NOT_SUPPORTED;
    }
}
