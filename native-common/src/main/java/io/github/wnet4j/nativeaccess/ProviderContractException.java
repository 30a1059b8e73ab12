package io.github.wnet4j.nativeaccess;

/**
 * What a read function answered broke the documented contract of its buffer: a pointer outside
 * the caller's buffer, a string with no NUL before the buffer's end, more entries than the buffer
 * holds, or an enumeration that never ends. mpr.dll passes the buffer to each network provider
 * installed on the machine (VPN clients, cloud drives, file-system drivers), so a third-party
 * provider wrote it. Nothing outside the caller's buffer was read; the answer is refused rather than
 * returned truncated or empty, and an enumeration's handle is closed.
 *
 * <p>The message starts with the function and says what was wrong and what to do. Thrown the same
 * through every native backend (JNA, JNR, FFM); callers that do not know this type catch it as the
 * {@link IllegalStateException} it is.
 */
public final class ProviderContractException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** What to do, the same for every violation. */
    private static final String REMEDY = " A network provider installed on this machine wrote this answer"
            + " (mpr.dll passes the caller's buffer to each provider listed in HKLM\\SYSTEM\\CurrentControlSet"
            + "\\Control\\NetworkProvider\\Order): update or remove the third-party one (VPN client, cloud"
            + " drive, file-system driver). Nothing outside the buffer was read.";

    /** The function that broke the contract. */
    private final String function;

    /**
     * A violation.
     *
     * @param function the Windows function, such as {@code WNetEnumResourceW}
     * @param what what was wrong, as a sentence without its final period
     */
    public ProviderContractException(String function, String what) {
        super(function + " broke its buffer contract: " + what + "." + REMEDY);
        this.function = function;
    }

    /**
     * The function that broke the contract.
     *
     * @return the Windows function, such as {@code WNetEnumResourceW}
     */
    public String function() {
        return function;
    }
}
