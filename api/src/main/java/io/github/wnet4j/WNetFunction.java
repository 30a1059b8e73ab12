package io.github.wnet4j;

/**
 * The Win32 functions wnet4j wraps: the two cancels a {@link ConnectionCanceller} calls, the
 * read functions a {@link ConnectionReader} calls and the connect functions a {@link ConnectionMaker}
 * calls. An outcome names the one that answered it.
 */
public enum WNetFunction {
    /** {@code WNetCancelConnection2W(lpName, dwFlags, fForce)}. */
    CANCEL_CONNECTION2("WNetCancelConnection2"),
    /** {@code WNetCancelConnectionW(lpName, fForce)}, the legacy function. */
    CANCEL_CONNECTION("WNetCancelConnection"),
    /** {@code WNetGetConnectionW(lpLocalName, lpRemoteName, lpnLength)}: what a device points at. */
    GET_CONNECTION("WNetGetConnection"),
    /** {@code WNetOpenEnumW(dwScope, dwType, dwUsage, NULL, lphEnum)}: the start of an enumeration. */
    OPEN_ENUM("WNetOpenEnum"),
    /** {@code WNetEnumResourceW(hEnum, lpcCount, lpBuffer, lpBufferSize)}: the entries of an enumeration. */
    ENUM_RESOURCE("WNetEnumResource"),
    /** {@code WNetCloseEnum(hEnum)}: the end of an enumeration. */
    CLOSE_ENUM("WNetCloseEnum"),
    /** {@code WNetGetUniversalNameW(lpLocalPath, dwInfoLevel, lpBuffer, lpBufferSize)}: the UNC form of a path. */
    GET_UNIVERSAL_NAME("WNetGetUniversalName"),
    /** {@code WNetAddConnection2W(lpNetResource, lpPassword, lpUserName, dwFlags)}: make a connection. */
    ADD_CONNECTION2("WNetAddConnection2"),
    /** {@code WNetAddConnection3W(hwndOwner, lpNetResource, lpPassword, lpUserName, dwFlags)}, always with no window. */
    ADD_CONNECTION3("WNetAddConnection3"),
    /** {@code WNetUseConnectionW(hwndOwner, lpNetResource, lpPassword, lpUserId, dwFlags, lpAccessName, lpBufferSize, lpResult)}: may pick a free device. */
    USE_CONNECTION("WNetUseConnection"),
    /** {@code WNetAddConnectionW(lpRemoteName, lpPassword, lpLocalName)}, the legacy function: no user name, no flags. */
    ADD_CONNECTION("WNetAddConnection");

    private final String win32Name;

    WNetFunction(String win32Name) {
        this.win32Name = win32Name;
    }

    /** {@return the function's name in winnetwk.h, without the W suffix} */
    public String win32Name() {
        return win32Name;
    }

    /** {@return whether this is one of the two cancel functions} */
    public boolean isCancel() {
        return this == CANCEL_CONNECTION2 || this == CANCEL_CONNECTION;
    }

    /**
     * Whether this is one of the four functions that make a connection.
     *
     * @return whether this is {@link #ADD_CONNECTION2}, {@link #ADD_CONNECTION3}, {@link #USE_CONNECTION} or {@link #ADD_CONNECTION}
     */
    public boolean isConnect() {
        return this == ADD_CONNECTION2 || this == ADD_CONNECTION3 || this == USE_CONNECTION || this == ADD_CONNECTION;
    }

    /**
     * The function of this name ({@code "WNetEnumResource"}), as an enumeration answer names its failing call.
     *
     * @param win32Name the name without the W suffix
     * @return the function, or {@code null} if none has that name
     */
    static WNetFunction forWin32Name(String win32Name) {
        for (WNetFunction f : values()) {
            if (f.win32Name.equals(win32Name)) {
                return f;
            }
        }
        return null;
    }
}
