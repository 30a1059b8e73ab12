package io.github.wnet4j;

import java.util.Optional;

/**
 * The Win32 codes that the cancel functions, the read functions ({@code WNetGetConnection}, the
 * {@code WNetOpenEnum}/{@code WNetEnumResource}/{@code WNetCloseEnum} enumeration,
 * {@code WNetGetUniversalName}) and {@code WNetGetLastError} document, each with its number, its
 * meaning and what a caller can do (docs/specification.md, "Codes" and "Reading connection state").
 *
 * <p>A backend may return a code not listed here; {@link WNetOutcome#code()} keeps it as it
 * came, and {@link WNetOutcome#knownCode()} is then empty.
 */
public enum ErrorCode {
    /** Done. */
    NO_ERROR(0, "The operation completed successfully.", ""),
    /** An enumeration handle that is closed or was never opened (WNetEnumResource, WNetCloseEnum). */
    ERROR_INVALID_HANDLE(6, "The enumeration handle is not valid: it was closed or never opened.",
            "This is a backend defect (the library opens and closes every handle itself); report it."),
    /** The provider cannot answer this call: no UNC form, or a backend without the read functions. */
    ERROR_NOT_SUPPORTED(50, "The request is not supported for this name, or the backend does not implement the read functions.",
            "Use a backend that implements the read functions, or a path on a network that has UNC names."),
    /** A bad argument reached the provider. */
    ERROR_INVALID_PARAMETER(87, "A parameter is incorrect.",
            "Check the name and flags passed."),
    /** The buffer was too small; the size needed was written back. The library retries; callers never see it. */
    ERROR_MORE_DATA(234, "The buffer is too small for the answer; the size needed was written back.",
            "This is a backend defect (the library retries with the size written back); report it."),
    /** The end of an enumeration. The library reads to it; callers never see it. */
    ERROR_NO_MORE_ITEMS(259, "There are no more entries to enumerate.",
            "This is a backend defect (the library reads an enumeration to its end); report it."),
    /** A bad buffer was passed to WNetGetLastError. */
    ERROR_INVALID_ADDRESS(487, "A buffer passed to WNetGetLastError is not valid.",
            "This is a backend defect; report it."),
    /** Not a valid local device name. */
    ERROR_BAD_DEVICE(1200, "The specified device name is not valid.",
            "Pass a drive such as \"Z:\" or a port such as \"LPT1:\" (a path for a universal name must start with a drive)."),
    /**
     * Remembered, not connected: what the read functions answer for a device the profile remembers
     * but that is not connected in this logon session (specification rows R2, R15). WNetGetConnection
     * returns the remembered remote name with it. The cancel functions never return it.
     */
    ERROR_CONNECTION_UNAVAIL(1201, "The device is not currently connected, but it is a remembered connection.",
            "Reconnect it (WNetAddConnection2, or net use), or cancel it with CONNECT_UPDATE_PROFILE to forget it."),
    /** No provider recognises the name, and one provider's network is down. */
    ERROR_NO_NET_OR_BAD_PATH(1203, "No network recognised the path, and one of the networks is not available.",
            "Check the path, and that the network is up."),
    /** The user profile cannot be opened. */
    ERROR_CANNOT_OPEN_PROFILE(1205, "The system is unable to open the user profile to process persistent connections.",
            "Nothing was cancelled. Retry once the user profile is available, or cancel without CONNECT_UPDATE_PROFILE to keep the remembered entry."),
    /** The user profile is malformed. */
    ERROR_BAD_PROFILE(1206, "The user profile is in an incorrect format.",
            "Nothing was cancelled. Repair the user's remembered connections (HKCU\\Network), or cancel without CONNECT_UPDATE_PROFILE."),
    /** WNetOpenEnum was given a resource that is not a container. */
    ERROR_NOT_CONTAINER(1207, "The resource to enumerate is not a container.",
            "This is a backend defect (the library enumerates with no container); report it."),
    /** A provider reported its own error; see {@link WNetOutcome#extendedError()}. */
    ERROR_EXTENDED_ERROR(1208, "A network-specific error occurred.",
            "See the provider's own error code and text (WNetGetLastError)."),
    /** No network, or no provider can cancel the name. */
    ERROR_NO_NETWORK(1222, "The network is not present or not started.",
            "Start the network (the Workstation service) and retry."),
    /** Not a redirected device, or not connected. */
    ERROR_NOT_CONNECTED(2250, "The name is not a redirected device, or the system is not currently connected to it.",
            "There is nothing to cancel in this logon session (a connection made in another one, for example the"
                    + " user's seen from an elevated process, is not visible here): clean-up code can treat this as done"
                    + " (CancelOutcome.isSuccessOrNotConnected())."),
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
     * What the code means, in one sentence.
     *
     * @return what the code means, in one sentence
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
