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
    /** The account may not open the share (the connect functions). */
    ERROR_ACCESS_DENIED(5, "Access is denied: the account may not open this share.",
            "Connect with an account the share grants access to, or ask the server's administrator for access."),
    /** An enumeration handle that is closed or was never opened (WNetEnumResource, WNetCloseEnum). */
    ERROR_INVALID_HANDLE(6, "The enumeration handle is not valid: it was closed or never opened.",
            "This is a backend defect (the library opens and closes every handle itself); report it."),
    /** The provider cannot answer this call: no UNC form, or a backend without the read functions. */
    ERROR_NOT_SUPPORTED(50, "The request is not supported for this name, or the backend does not implement the read functions.",
            "Use a backend that implements the read functions, or a path on a network that has UNC names."),
    /** The server cannot be found or reached (the connect functions; observed, not in the reference pages' tables). */
    ERROR_BAD_NETPATH(53, "The network path was not found: the server cannot be found or reached.",
            "Check the server's name (DNS, NetBIOS), that it is on, and that a firewall lets SMB (port 445) through."),
    /** The device and the share are of different kinds (the connect functions). */
    ERROR_BAD_DEV_TYPE(66, "The network resource type is not correct: a drive was asked for a printer share, or a port for a disk share.",
            "Map a drive letter to a file share and an LPT port to a printer share."),
    /** No such share on a server that answered (the connect functions). */
    ERROR_BAD_NET_NAME(67, "The network name cannot be found: the server answered, but has no such share.",
            "Check the share's name (net view \\\\server lists them)."),
    /** The device is already redirected, or is a local drive (the connect functions). */
    ERROR_ALREADY_ASSIGNED(85, "The local device name is already in use.",
            "Pick another device, let Windows pick a free one, or cancel the connection that holds this one first."),
    /** A known user with a wrong password (the connect functions). */
    ERROR_INVALID_PASSWORD(86, "The specified network password is not correct.",
            "Check the password; it is compared exactly, case included."),
    /** A bad argument reached the provider. */
    ERROR_INVALID_PARAMETER(87, "A parameter is incorrect.",
            "Check the name and flags passed."),
    /** The network or a provider is still starting (the connect functions). */
    ERROR_BUSY(170, "The requested resource is in use: the network or a provider is still starting.",
            "Retry in a few seconds."),
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
    /** The device is remembered to another remote name (the connect functions; specification row C4). */
    ERROR_DEVICE_ALREADY_REMEMBERED(1202, "The device is remembered (persistent) to another remote name.",
            "Cancel the device with CONNECT_UPDATE_PROFILE to forget the old entry, or pick another device."),
    /** No provider recognises the name, and one provider's network is down. */
    ERROR_NO_NET_OR_BAD_PATH(1203, "No network recognised the path, and one of the networks is not available.",
            "Check the path, and that the network is up."),
    /** The provider named in the request is unknown (the connect functions). */
    ERROR_BAD_PROVIDER(1204, "The specified network provider name is not valid.",
            "Name no provider (let Windows choose), or one the machine has installed."),
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
    /** Another connection of this logon session to the same server uses other credentials (specification row C9). */
    ERROR_SESSION_CREDENTIAL_CONFLICT(1219, "Another connection of this logon session to the same server uses other credentials; "
            + "Windows allows one set of credentials per server.",
            "Cancel the connections that hold the server (the outcome lists them), or connect with the same credentials they use."),
    /** No network, or no provider can cancel the name. */
    ERROR_NO_NETWORK(1222, "The network is not present or not started.",
            "Start the network (the Workstation service) and retry."),
    /** A user cancelled a dialog; never returned through wnet4j, which shows none. */
    ERROR_CANCELLED(1223, "The operation was cancelled by the user.",
            "This library never shows a dialog; a backend that returns it is defective: report it."),
    /** The server does not know the user, or the password is wrong (WNetAddConnection2 and 3). */
    ERROR_LOGON_FAILURE(1326, "The user name or password is incorrect.",
            "Check the user name (DOMAIN\\user, user@domain or .\\user for a local account of the server) and the password."),
    /** The user name is not valid. */
    ERROR_BAD_USERNAME(2202, "The specified user name is not valid.",
            "Pass the account as DOMAIN\\user, user@domain or .\\user."),
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

    /** {@return the Win32 number} */
    public int value() {
        return value;
    }

    /** {@return what the code means, in one sentence} */
    public String meaning() {
        return meaning;
    }

    /** {@return what a caller can do about it, in one sentence (empty for {@link #NO_ERROR})} */
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
