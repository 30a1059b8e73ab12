package io.github.wnet4j;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@code WNetGetUniversalName} answered for a drive-based path (specification rows R13-R15):
 * the universal (UNC) name and, at {@link ReadArgument#REMOTE_NAME_INFO}, the connection name and
 * the remaining path.
 *
 * <pre>{@code
 * reader.universalName("Z:\\deploy\\app.msi").universalName();   // \\fileserver\deploy\deploy\app.msi
 * }</pre>
 *
 * @param localPath the path that was passed, as it was passed
 * @param level the info level asked for: {@link ReadArgument#UNIVERSAL_NAME_INFO} or
 *     {@link ReadArgument#REMOTE_NAME_INFO}
 * @param code the Win32 code as the function returned it
 * @param universalName the universal name ({@code \\srv\share\dir\f.txt}, R13) on success; otherwise empty
 * @param connectionName the connection's remote name ({@code \\srv\share}, no trailing backslash, R14)
 *     at {@link ReadArgument#REMOTE_NAME_INFO} on success; otherwise empty
 * @param remainingPath the rest of the path ({@code \dir\f.txt}, with a leading backslash; {@code \}
 *     for {@code Z:} or {@code Z:\}, R14) at {@link ReadArgument#REMOTE_NAME_INFO} on success; otherwise empty
 * @param extendedError the provider's own error for {@code ERROR_EXTENDED_ERROR}; empty for every other code
 */
public record UniversalNameOutcome(String localPath, ReadArgument level, int code, Optional<String> universalName,
                                   Optional<String> connectionName, Optional<String> remainingPath,
                                   Optional<ExtendedError> extendedError) implements WNetOutcome {
    /**
     * Checks the outcome; names given where the code or the level carries none are dropped, as they
     * mean nothing there.
     *
     * @param localPath the path passed
     * @param level an info level
     * @param code the Win32 code
     * @param universalName the universal name, kept only on success
     * @param connectionName the connection name, kept only on success at {@code REMOTE_NAME_INFO}
     * @param remainingPath the remaining path, kept only on success at {@code REMOTE_NAME_INFO}
     * @param extendedError the provider's error, present only for {@code ERROR_EXTENDED_ERROR}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code level} is not an info level, or an extended error is
     *     given for another code
     */
    public UniversalNameOutcome {
        Objects.requireNonNull(localPath, "localPath");
        Objects.requireNonNull(level, "level").checkFor(WNetFunction.GET_UNIVERSAL_NAME, "level");
        boolean ok = code == ErrorCode.NO_ERROR.value();
        boolean remote = level == ReadArgument.REMOTE_NAME_INFO;
        Objects.requireNonNull(universalName, "universalName: pass Optional.empty() for none");
        Objects.requireNonNull(connectionName, "connectionName: pass Optional.empty() for none");
        Objects.requireNonNull(remainingPath, "remainingPath: pass Optional.empty() for none");
        universalName = ok ? universalName : Optional.empty();
        connectionName = ok && remote ? connectionName : Optional.empty();
        remainingPath = ok && remote ? remainingPath : Optional.empty();
        Outcomes.checkExtendedError(code, extendedError);
    }

    /** An outcome with the names and the provider's error, each {@code null} when there is none. */
    static UniversalNameOutcome of(String localPath, ReadArgument level, int code, String universalName,
                                   String connectionName, String remainingPath, ExtendedError extendedError) {
        return new UniversalNameOutcome(localPath, level, code, Optional.ofNullable(universalName),
                Optional.ofNullable(connectionName), Optional.ofNullable(remainingPath),
                Optional.ofNullable(extendedError));
    }

    /** {@return {@link WNetFunction#GET_UNIVERSAL_NAME}} */
    @Override
    public WNetFunction function() {
        return WNetFunction.GET_UNIVERSAL_NAME;
    }

    /** {@return the call as it would be written: {@code WNetGetUniversalName("Z:\dir\f.txt", UNIVERSAL_NAME_INFO_LEVEL)}} */
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
        return Outcomes.orThrow(this, isSuccess());
    }

    /** {@return {@link #describe()}, with the names on success} */
    @Override
    public String toString() {
        if (universalName.isEmpty()) {
            return describe();
        }
        return describe() + " [" + Outcomes.quote(universalName.get())
                + (connectionName.isEmpty() ? "" : ", connection " + Outcomes.quote(connectionName.get())
                + ", remaining " + Outcomes.quote(remainingPath.orElse("null"))) + "]";
    }
}
