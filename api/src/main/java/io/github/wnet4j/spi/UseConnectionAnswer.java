package io.github.wnet4j.spi;

/**
 * What {@code WNetUseConnectionW} answered, after the backend's retry of {@code lpAccessName} on
 * {@code ERROR_MORE_DATA} (on which Windows makes no connection, so a retry is safe).
 *
 * @param code the Win32 code of the last call
 * @param accessName what Windows wrote into {@code lpAccessName} on success: the device it connected
 *     (named or picked; {@link #CONNECT_LOCALDRIVE} is then set in {@code result}) or else the remote
 *     name; {@code null} on failure
 * @param result {@code *lpResult}: {@link #CONNECT_LOCALDRIVE} when a local device was redirected, else 0
 */
public record UseConnectionAnswer(int code, String accessName, int result) {
    /** {@code CONNECT_LOCALDRIVE} (0x100), written to {@code *lpResult} only: the connection is through a local device. */
    public static final int CONNECT_LOCALDRIVE = 0x100;

    /** {@code CONNECT_REDIRECT} (0x80): with no device named, Windows picks a free one (WNetUseConnection). */
    public static final int CONNECT_REDIRECT = 0x80;

    /** {@return whether Windows reported that the connection goes through a local device} */
    public boolean isLocalDevice() {
        return (result & CONNECT_LOCALDRIVE) != 0;
    }
}
