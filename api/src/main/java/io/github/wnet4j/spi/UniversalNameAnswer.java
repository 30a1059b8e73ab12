package io.github.wnet4j.spi;

/**
 * What {@code WNetGetUniversalNameW} answered, after the library's retry on {@code ERROR_MORE_DATA}.
 *
 * @param code the Win32 code of the last call
 * @param universalName {@code lpUniversalName} ({@code \\srv\share\dir\f.txt}) on {@code NO_ERROR}, else {@code null}
 * @param connectionName {@code lpConnectionName} ({@code \\srv\share}) for {@link #REMOTE_NAME_INFO_LEVEL} on
 *     {@code NO_ERROR}, else {@code null}
 * @param remainingPath {@code lpRemainingPath} ({@code \dir\f.txt}) for {@link #REMOTE_NAME_INFO_LEVEL} on
 *     {@code NO_ERROR}, else {@code null}
 */
public record UniversalNameAnswer(int code, String universalName, String connectionName, String remainingPath) {
    /** {@code UNIVERSAL_NAME_INFO_LEVEL}: a {@code UNIVERSAL_NAME_INFOW}. */
    public static final int UNIVERSAL_NAME_INFO_LEVEL = 1;
    /** {@code REMOTE_NAME_INFO_LEVEL}: a {@code REMOTE_NAME_INFOW}. */
    public static final int REMOTE_NAME_INFO_LEVEL = 2;
}
