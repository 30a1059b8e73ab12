package io.github.wnet4j;

/**
 * Reads Windows network connections: what a device points at, every current or remembered
 * connection, and the universal (UNC) name of a drive-based path. The look before a cancel: see
 * {@link WNet#cancelIfPointsAt} and {@link WNet#cancelAllTo} for clean-up built on it.
 *
 * <p>A {@link WNet} is one ({@link WNet#get()}: {@code -Dwnet4j.backend}, or the best available);
 * {@link WNet#reader()} hands out this side alone, for code that should depend on no more. Every
 * reader the library hands out checks each name before any backend runs, exactly as a canceller
 * does: {@code null} gets a {@link NullPointerException}; empty, U+0000, an unpaired surrogate or
 * more than 32,767 UTF-16 units an {@link IllegalArgumentException}. Reading changes nothing.
 *
 * <p>A failure Windows reports is returned as an outcome, not thrown, with the cancel side's error
 * model (exact code, meaning, remedy, the extended error read on the calling thread right after
 * {@code ERROR_EXTENDED_ERROR}). The buffer sizes ({@code ERROR_MORE_DATA} and the retry) and the
 * enumeration handle (always closed) are the backend's business; a caller never sees them.
 * Implementations are thread-safe.
 */
public interface ConnectionReader {

    /**
     * {@code WNetGetConnectionW}: the remote name a local device points at (rows R1-R6). Connected:
     * {@code NO_ERROR} with the remote name. Remembered but not connected in this logon session:
     * {@code ERROR_CONNECTION_UNAVAIL}, with the remembered remote name where Windows returns it
     * (R2, a decision the first Windows run checks). Neither: {@code ERROR_NOT_CONNECTED}. Not a
     * device ({@code \\srv\share}, {@code ZZ:}, {@code LPT0:}): {@code ERROR_BAD_DEVICE}.
     *
     * @param device a local device, {@code "Z:"} or {@code "LPT1:"}
     * @return what the function answered
     * @throws NullPointerException if {@code device} is null
     * @throws IllegalArgumentException if it is empty, holds U+0000 or an unpaired surrogate, or is
     *     longer than 32,767 UTF-16 units
     */
    LookupOutcome getConnection(String device);

    /**
     * Every current connection of this logon session (row R7): device redirections with their
     * device, and connections with no device (decision: {@code net use} lists both; the first
     * Windows run checks that {@code WNetOpenEnum} does), disk and print.
     *
     * @return the entries, or the failing call
     */
    ListingOutcome connections();

    /**
     * Every remembered (persistent) connection, connected now or not (row R8), with its device and
     * remote name.
     *
     * @return the entries, or the failing call
     */
    ListingOutcome rememberedConnections();

    /**
     * {@code WNetGetUniversalNameW} at {@code UNIVERSAL_NAME_INFO_LEVEL}: {@code \\srv\share\dir\f.txt}
     * for {@code Z:\dir\f.txt} when {@code Z:} points at {@code \\srv\share} (R13). A remembered-only
     * drive answers {@code ERROR_CONNECTION_UNAVAIL}, an unmapped or local drive
     * {@code ERROR_NOT_CONNECTED}, a printer port {@code ERROR_BAD_DEVICE} (R15).
     *
     * @param localPath a drive-based path
     * @return what the function answered
     * @throws NullPointerException if {@code localPath} is null
     * @throws IllegalArgumentException as for {@link #getConnection(String)}
     */
    UniversalNameOutcome universalName(String localPath);

    /**
     * {@code WNetGetUniversalNameW} at {@code REMOTE_NAME_INFO_LEVEL}: the universal name, the
     * connection name ({@code \\srv\share}) and the remaining path ({@code \dir\f.txt}, or {@code \}
     * for {@code Z:} and {@code Z:\}) (R14); failures as for {@link #universalName(String)}.
     *
     * @param localPath a drive-based path
     * @return what the function answered
     * @throws NullPointerException if {@code localPath} is null
     * @throws IllegalArgumentException as for {@link #getConnection(String)}
     */
    UniversalNameOutcome remoteNameInfo(String localPath);

    /**
     * The name of the backend that makes the calls ({@code "jna"}, {@code "jnr"}, {@code "fake"}, ...).
     *
     * @return the backend's name
     */
    String backendName();
}
