package io.github.wnet4j.nativetesting;

import io.github.wnet4j.spi.UseConnectionAnswer;

import io.github.wnet4j.spi.NetResource;

import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.ConnectionAnswer;
import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.UniversalNameAnswer;
import io.github.wnet4j.spi.WNetBackend;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A model for the double that answers every cancel with one code and holds no state: what a test
 * of the boundary or a benchmark of the call path serves, so that only the crossing is measured.
 * It reads nothing: the read functions answer as a {@link ReadModel} with no reads of its own does.
 *
 * @param code what every cancel returns
 * @param lastError what WNetGetLastErrorW reports, asked on the calling thread
 */
public record FixedAnswer(int code, Supplier<ExtendedError> lastError) implements WNetBackend {
    private static final ReadModel NO_READS = new ReadModel();

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

    @Override
    public ConnectionAnswer getConnection(String localName) {
        return NO_READS.getConnection(localName);
    }

    @Override
    public EnumerationAnswer enumerate(int scope, int type, int usage) {
        return NO_READS.enumerate(scope, type, usage);
    }

    @Override
    public UniversalNameAnswer getUniversalName(String localPath, int infoLevel) {
        return NO_READS.getUniversalName(localPath, infoLevel);
    }

    // A connect answers the fixed code as well; a success names what was asked for.

    @Override
    public int addConnection2(NetResource resource, char[] password, String userName, int flags) {
        return code;
    }

    @Override
    public int addConnection3(NetResource resource, char[] password, String userName, int flags) {
        return code;
    }

    @Override
    public UseConnectionAnswer useConnection(NetResource resource, char[] password, String userName, int flags) {
        String accessName = resource.localName() != null ? resource.localName() : resource.remoteName();
        return new UseConnectionAnswer(code, code == 0 ? accessName : null, 0);
    }

    @Override
    public int addConnection(String remoteName, char[] password, String localName) {
        return code;
    }
}
