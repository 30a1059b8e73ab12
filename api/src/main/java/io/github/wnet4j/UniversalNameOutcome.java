package io.github.wnet4j;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@code WNetGetUniversalName} answered for a drive-based path (specification rows R13-R15):
 * the universal (UNC) name and, at {@link Level#REMOTE_NAME_INFO}, the connection name and the
 * remaining path. Immutable.
 *
 * <pre>{@code
 * reader.universalName("Z:\\deploy\\app.msi").universalName();   // \\fileserver\deploy\deploy\app.msi
 * }</pre>
 */
public final class UniversalNameOutcome implements WNetOutcome {

    /** The {@code dwInfoLevel} asked for. */
    public enum Level {
        /** {@code UNIVERSAL_NAME_INFO_LEVEL} (1): the universal name alone. */
        UNIVERSAL_NAME_INFO(1, "UNIVERSAL_NAME_INFO_LEVEL"),
        /** {@code REMOTE_NAME_INFO_LEVEL} (2): the universal name, the connection name and the remaining path. */
        REMOTE_NAME_INFO(2, "REMOTE_NAME_INFO_LEVEL");

        private final int value;
        private final String win32Name;

        Level(int value, String win32Name) {
            this.value = value;
            this.win32Name = win32Name;
        }

        /**
         * The {@code dwInfoLevel} value.
         *
         * @return 1 or 2
         */
        public int value() {
            return value;
        }

        /**
         * The constant's name in winnetwk.h.
         *
         * @return the constant's name
         */
        public String win32Name() {
            return win32Name;
        }
    }

    private final String localPath;
    private final Level level;
    private final int code;
    private final String universalName;
    private final String connectionName;
    private final String remainingPath;
    private final ExtendedError extendedError;

    private UniversalNameOutcome(String localPath, Level level, int code, String universalName, String connectionName,
                                 String remainingPath, ExtendedError extendedError) {
        this.localPath = Objects.requireNonNull(localPath, "localPath");
        this.level = Objects.requireNonNull(level, "level");
        this.code = code;
        boolean ok = code == ErrorCode.NO_ERROR.value();
        boolean remote = level == Level.REMOTE_NAME_INFO;
        this.universalName = ok ? universalName : null;
        this.connectionName = ok && remote ? connectionName : null;
        this.remainingPath = ok && remote ? remainingPath : null;
        this.extendedError = Outcomes.checkExtendedError(code, extendedError);
    }

    /** An outcome; only the validating reader makes them. */
    static UniversalNameOutcome of(String localPath, Level level, int code, String universalName, String connectionName,
                                   String remainingPath, ExtendedError extendedError) {
        return new UniversalNameOutcome(localPath, level, code, universalName, connectionName, remainingPath, extendedError);
    }

    /**
     * The path that was passed, as it was passed.
     *
     * @return the path
     */
    public String localPath() {
        return localPath;
    }

    /**
     * The info level asked for.
     *
     * @return the level
     */
    public Level level() {
        return level;
    }

    /**
     * The universal name ({@code \\srv\share\dir\f.txt}, R13) on success; otherwise empty.
     *
     * @return the universal name, or empty
     */
    public Optional<String> universalName() {
        return Optional.ofNullable(universalName);
    }

    /**
     * The connection's remote name ({@code \\srv\share}, no trailing backslash, R14) at
     * {@link Level#REMOTE_NAME_INFO} on success; otherwise empty.
     *
     * @return the connection name, or empty
     */
    public Optional<String> connectionName() {
        return Optional.ofNullable(connectionName);
    }

    /**
     * The rest of the path ({@code \dir\f.txt}, with a leading backslash; {@code \} for {@code Z:} or
     * {@code Z:\}, R14) at {@link Level#REMOTE_NAME_INFO} on success; otherwise empty.
     *
     * @return the remaining path, or empty
     */
    public Optional<String> remainingPath() {
        return Optional.ofNullable(remainingPath);
    }

    @Override
    public WNetFunction function() {
        return WNetFunction.GET_UNIVERSAL_NAME;
    }

    @Override
    public int code() {
        return code;
    }

    @Override
    public Optional<ExtendedError> extendedError() {
        return Optional.ofNullable(extendedError);
    }

    /** {@code WNetGetUniversalName("Z:\dir\f.txt", UNIVERSAL_NAME_INFO_LEVEL)}. */
    @Override
    public String describeCall() {
        return "WNetGetUniversalName(" + Outcomes.quote(localPath) + ", " + level.win32Name() + ")";
    }

    /**
     * Returns this outcome if it succeeded, and otherwise throws.
     *
     * @return this outcome, if it succeeded
     * @throws WNetException naming the call, the code, its meaning and what to do
     */
    public UniversalNameOutcome orThrow() {
        if (!isSuccess()) {
            throw new WNetException(this);
        }
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UniversalNameOutcome other && localPath.equals(other.localPath) && level == other.level
                && code == other.code && Objects.equals(universalName, other.universalName)
                && Objects.equals(connectionName, other.connectionName)
                && Objects.equals(remainingPath, other.remainingPath)
                && Objects.equals(extendedError, other.extendedError);
    }

    @Override
    public int hashCode() {
        return Objects.hash(localPath, level, code, universalName, connectionName, remainingPath, extendedError);
    }

    /** {@link #describe()}, with the names on success. */
    @Override
    public String toString() {
        return describe() + (universalName == null ? "" : " [" + Outcomes.quote(universalName)
                + (connectionName == null ? "" : ", connection " + Outcomes.quote(connectionName)
                + ", remaining " + Outcomes.quote(String.valueOf(remainingPath))) + "]");
    }
}
