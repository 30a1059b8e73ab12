package io.github.wnet4j;

import java.util.Optional;

/**
 * The Win32 codes that {@code WNetCancelConnection2}, {@code WNetCancelConnection} and
 * {@code WNetGetLastError} document, each with its number, its meaning and what a caller can do.
 *
 * <p>A backend may return a code not listed here; {@link CancelOutcome#code()} keeps it as it
 * came, and {@link CancelOutcome#knownCode()} is then empty.
 */
public enum ErrorCode {
    /** Done. */
    NO_ERROR(0, "The operation completed successfully.", ""),
    /** A bad argument reached the provider. */
    ERROR_INVALID_PARAMETER(87, "A parameter is incorrect.",
            "Check the name and flags passed."),
    /** A bad buffer was passed to WNetGetLastError. */
    ERROR_INVALID_ADDRESS(487, "A buffer passed to WNetGetLastError is not valid.",
            "This is a backend defect; report it."),
    /** Not a valid local device name. */
    ERROR_BAD_DEVICE(1200, "The specified device name is not valid.",
            "Pass a drive such as \"Z:\", a port such as \"LPT1:\", or a remote name such as \"\\\\server\\share\"."),
    /**
     * Remembered, not connected: the read side's answer (WNetGetConnection) for a device that has a
     * remembered entry but no live connection. The cancel functions never return it.
     */
    ERROR_CONNECTION_UNAVAIL(1201, "The device is not currently connected, but it is a remembered connection.",
            "Pass CONNECT_UPDATE_PROFILE to forget the remembered connection."),
    /** The user profile cannot be opened. */
    ERROR_CANNOT_OPEN_PROFILE(1205, "The system is unable to open the user profile to process persistent connections.",
            "Nothing was cancelled. Retry once the user profile is available, or cancel without CONNECT_UPDATE_PROFILE to keep the remembered entry."),
    /** The user profile is malformed. */
    ERROR_BAD_PROFILE(1206, "The user profile is in an incorrect format.",
            "Nothing was cancelled. Repair the user's remembered connections (HKCU\\Network), or cancel without CONNECT_UPDATE_PROFILE."),
    /** A provider reported its own error; see {@link CancelOutcome#extendedError()}. */
    ERROR_EXTENDED_ERROR(1208, "A network-specific error occurred.",
            "See the provider's own error code and text (WNetGetLastError)."),
    /** No network, or no provider can cancel the name. */
    ERROR_NO_NETWORK(1222, "The network is not present or not started.",
            "Start the network (the Workstation service) and retry."),
    /** Not a redirected device, or not connected. */
    ERROR_NOT_CONNECTED(2250, "The name is not a redirected device, or the system is not currently connected to it.",
            "There is nothing to cancel; clean-up code can treat this as done (CancelOutcome.isSuccessOrNotConnected())."),
    /** Open files or print jobs, and force was false. */
    ERROR_OPEN_FILES(2401, "There are open files or print jobs on the connection, and force was false.",
            "Close the files or jobs, or pass force=true to close them and disconnect."),
    /** An active process uses the device. */
    ERROR_DEVICE_IN_USE(2404, "The device is in use by an active process and cannot be disconnected.",
            "Stop the process that uses the device (for example one whose current directory is on it), then retry.");

    private final int value;
    private final String meaning;
    private final String remedy;

    ErrorCode(int value, String meaning, String remedy) {
        this.value = value;
        this.meaning = meaning;
        this.remedy = remedy;
    }

    /**
     * The Win32 number.
     *
     * @return the Win32 number
     */
    public int value() {
        return value;
    }

    /**
     * What the code means for a cancel, in one sentence.
     *
     * @return what the code means for a cancel, in one sentence
     */
    public String meaning() {
        return meaning;
    }

    /**
     * What a caller can do about it, in one sentence (empty for {@link #NO_ERROR}).
     *
     * @return what a caller can do about it, in one sentence (empty for {@link #NO_ERROR})
     */
    public String remedy() {
        return remedy;
    }

    /**
     * The constant for a Win32 number, or empty if these functions do not document it.
     *
     * @param value a Win32 number
     * @return the constant for a Win32 number, or empty if these functions do not document it
     */
    public static Optional<ErrorCode> forValue(int value) {
        for (ErrorCode code : values()) {
            if (code.value == value) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}
