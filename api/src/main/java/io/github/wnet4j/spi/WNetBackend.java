package io.github.wnet4j.spi;

import io.github.wnet4j.ExtendedError;

/**
 * The service-provider interface a backend implements: the raw Win32 calls, one method per
 * function, with the Windows types; every method is part of the contract. Users do not call it:
 * the library wraps each backend in calls that check every name before it gets here (as
 * {@link Names#check} does) and read {@link #lastExtendedError()} right after
 * {@code ERROR_EXTENDED_ERROR}, on the same thread.
 *
 * <p>A function the backend cannot perform answers {@link #ERROR_NOT_SUPPORTED}, never
 * {@code null}. Implementations must be thread-safe.
 */
public interface WNetBackend {

    /**
     * {@code DWORD WNetCancelConnection2W(LPCWSTR lpName, DWORD dwFlags, BOOL fForce)}.
     *
     * @param name a validated name: not empty, no U+0000, no unpaired surrogate, at most 32,767
     *     UTF-16 units; pass it as NUL-terminated UTF-16 code units, unchanged
     * @param flags {@code dwFlags}, as an unsigned 32-bit value
     * @param force {@code fForce}, passed as a 32-bit BOOL of 0 or 1
     * @return the Win32 code the function returned
     */
    int cancelConnection2(String name, int flags, boolean force);

    /**
     * {@code DWORD WNetCancelConnectionW(LPCWSTR lpName, BOOL fForce)}.
     *
     * @param name a validated name, as for {@link #cancelConnection2}
     * @param force {@code fForce}
     * @return the Win32 code the function returned
     */
    int cancelConnection(String name, boolean force);

    /**
     * {@code WNetGetLastErrorW} on the calling thread: the provider's error behind the last
     * {@code ERROR_EXTENDED_ERROR} this thread received. Called on the same thread right after that
     * code, before anything else touches the backend on this thread.
     *
     * @return the provider's code, text and name (zero and empty strings if the thread has none)
     */
    ExtendedError lastExtendedError();

    /** {@code ERROR_NOT_SUPPORTED} (50): what a backend answers for a function it cannot perform. */
    int ERROR_NOT_SUPPORTED = 50;

    /**
     * {@code DWORD WNetGetConnectionW(LPCWSTR lpLocalName, LPWSTR lpRemoteName, LPDWORD lpnLength)}: the
     * remote name a local device points at. The backend owns the buffer: on {@code ERROR_MORE_DATA} it
     * retries with the length (in UTF-16 units) Windows wrote back.
     *
     * @param localName a validated name, as for {@link #cancelConnection2}
     * @return the code and, where Windows wrote one, the remote name
     */
    ConnectionAnswer getConnection(String localName);

    /**
     * {@code WNetOpenEnumW(dwScope, dwType, dwUsage, NULL, &hEnum)}, {@code WNetEnumResourceW} until
     * {@code ERROR_NO_MORE_ITEMS}, and {@code WNetCloseEnum(hEnum)}: every entry of one scope. The backend
     * owns the handle and the buffer: it retries {@code ERROR_MORE_DATA} with the size written back and
     * always closes a handle it opened, also when reading fails.
     *
     * @param scope {@code dwScope} ({@link NetResource#RESOURCE_CONNECTED}, {@link NetResource#RESOURCE_REMEMBERED})
     * @param type {@code dwType} ({@link NetResource#RESOURCETYPE_ANY}, {@code _DISK}, {@code _PRINT}), passed unchanged
     * @param usage {@code dwUsage}, passed unchanged
     * @return the code and the entries read
     */
    EnumerationAnswer enumerate(int scope, int type, int usage);

    /**
     * {@code DWORD WNetGetUniversalNameW(LPCWSTR lpLocalPath, DWORD dwInfoLevel, LPVOID lpBuffer,
     * LPDWORD lpBufferSize)}: the UNC form of a drive-based path. The backend owns the buffer: on
     * {@code ERROR_MORE_DATA} it retries with the size (in bytes) Windows wrote back.
     *
     * @param localPath a validated name, as for {@link #cancelConnection2}
     * @param infoLevel {@link UniversalNameAnswer#UNIVERSAL_NAME_INFO_LEVEL} or
     *     {@link UniversalNameAnswer#REMOTE_NAME_INFO_LEVEL}
     * @return the code and, on success, the names of that level
     */
    UniversalNameAnswer getUniversalName(String localPath, int infoLevel);

    /**
     * {@code DWORD WNetAddConnection2W(LPNETRESOURCEW lpNetResource, LPCWSTR lpPassword, LPCWSTR lpUserName,
     * DWORD dwFlags)}. Only {@code dwType}, {@code lpLocalName}, {@code lpRemoteName} and {@code lpProvider}
     * of the resource are read; pass the other fields as 0 and NULL.
     *
     * @param resource the connection to make: a validated {@code localName} (or {@code null} for a deviceless
     *     connection) and {@code remoteName}, {@code type} DISK, PRINT or ANY
     * @param password {@code lpPassword}: {@code null} for the user's default password; the caller clears the
     *     array after the call, and a native backend clears every native copy before it returns
     * @param userName {@code lpUserName}: {@code null} for the calling process's user
     * @param flags {@code dwFlags}, as an unsigned 32-bit value; never {@code CONNECT_INTERACTIVE}
     * @return the Win32 code the function returned
     */
    int addConnection2(NetResource resource, char[] password, String userName, int flags);

    /**
     * {@code DWORD WNetAddConnection3W(HWND hwndOwner, LPNETRESOURCEW lpNetResource, LPCWSTR lpPassword,
     * LPCWSTR lpUserName, DWORD dwFlags)} with {@code hwndOwner} NULL: the library never shows a window.
     *
     * @param resource as for {@link #addConnection2}
     * @param password as for {@link #addConnection2}
     * @param userName as for {@link #addConnection2}
     * @param flags as for {@link #addConnection2}
     * @return the Win32 code the function returned
     */
    int addConnection3(NetResource resource, char[] password, String userName, int flags);

    /**
     * {@code DWORD WNetUseConnectionW(HWND hwndOwner, LPNETRESOURCEW lpNetResource, LPCWSTR lpPassword,
     * LPCWSTR lpUserId, DWORD dwFlags, LPWSTR lpAccessName, LPDWORD lpBufferSize, LPDWORD lpResult)} with
     * {@code hwndOwner} NULL. The backend owns {@code lpAccessName}: on {@code ERROR_MORE_DATA} it retries
     * with the size (UTF-16 units, NUL included) Windows wrote back, bounded as the read side's retries.
     *
     * @param resource as for {@link #addConnection2}; with {@code localName} null and
     *     {@link UseConnectionAnswer#CONNECT_REDIRECT} in {@code flags}, Windows picks a free device
     * @param password as for {@link #addConnection2}
     * @param userName {@code lpUserId}, as {@code userName} for {@link #addConnection2}
     * @param flags as for {@link #addConnection2}
     * @return the code, the access name and {@code *lpResult}
     */
    UseConnectionAnswer useConnection(NetResource resource, char[] password, String userName, int flags);

    /**
     * {@code DWORD WNetAddConnectionW(LPCWSTR lpRemoteName, LPCWSTR lpPassword, LPCWSTR lpLocalName)}, the
     * legacy function: no user name, no flags.
     *
     * @param remoteName a validated remote name
     * @param password as for {@link #addConnection2}
     * @param localName a validated device, or {@code null} for a connection with no device
     * @return the Win32 code the function returned
     */
    int addConnection(String remoteName, char[] password, String localName);
}
