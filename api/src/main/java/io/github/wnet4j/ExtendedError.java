package io.github.wnet4j;

import java.util.Objects;

/**
 * What {@code WNetGetLastError} reports after {@link ErrorCode#ERROR_EXTENDED_ERROR}: the network
 * provider's own error code, its text, and the provider's name.
 *
 * @param providerCode the provider's own error code ({@code *lpError}), a DWORD carried in an int
 * @param text the provider's description of the error ({@code lpErrorBuf})
 * @param providerName the name of the provider that raised it ({@code lpNameBuf})
 */
public record ExtendedError(int providerCode, String text, String providerName) {
    /**
     * Checks that both strings are present (they may be empty).
     *
     * @param providerCode the provider's own error code ({@code *lpError}), a DWORD carried in an int
     * @param providerName the name of the provider that raised it ({@code lpNameBuf})
     * @param text the provider's description of the error ({@code lpErrorBuf})
     */
    public ExtendedError {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(providerName, "providerName");
    }

    /** {@return one line for messages: {@code provider "NAME" reported error N: TEXT}} */
    public String describe() {
        return "provider \"" + providerName + "\" reported error " + Integer.toUnsignedString(providerCode)
                + (text.isEmpty() ? "" : ": " + text);
    }
}
