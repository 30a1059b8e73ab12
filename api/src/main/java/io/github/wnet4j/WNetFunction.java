package io.github.wnet4j;

/** The two Win32 functions a {@link ConnectionCanceller} wraps. */
public enum WNetFunction {
    /** {@code WNetCancelConnection2W(lpName, dwFlags, fForce)}. */
    CANCEL_CONNECTION2("WNetCancelConnection2"),
    /** {@code WNetCancelConnectionW(lpName, fForce)}, the legacy function. */
    CANCEL_CONNECTION("WNetCancelConnection");

    private final String win32Name;

    WNetFunction(String win32Name) {
        this.win32Name = win32Name;
    }

    /**
     * The function's name in winnetwk.h, without the W suffix.
     *
     * @return the function's name in winnetwk.h, without the W suffix
     */
    public String win32Name() {
        return win32Name;
    }
}
