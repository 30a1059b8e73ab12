package io.github.wnet4j.jna;

import com.sun.jna.Pointer;
import com.sun.jna.win32.StdCallLibrary;

/**
 * The mpr.dll functions, with the Windows ABI spelled out: names and buffers are pointers to native
 * memory the backend fills and reads itself, as UTF-16 units (JNA's String, WString and char[] go
 * through wchar_t, 4 bytes on Linux, or an encoder), DWORD and BOOL are 32-bit ints, HANDLE and
 * every pointer are {@link Pointer}s, so pointer-sized on x86 and x64 alike. Extending
 * StdCallLibrary gives stdcall on 32-bit Windows and the default convention everywhere else.
 *
 * <p>jna-platform's {@code Mpr} declares none of the cancels. Its {@code WNetOpenEnum},
 * {@code WNetEnumResource}, {@code WNetGetUniversalName} and {@code Winnetwk.NETRESOURCE} do not fit
 * either: their strings are {@code String} fields and parameters read and written as wchar_t, which
 * is UTF-16 only on Windows, so they could not be tested across the boundary against the Linux
 * double; and {@code NETRESOURCE}'s Structure reads every string up to its NUL through the wide-string
 * path. The layout is native-common's {@code Structs}, shared with every native backend.
 */
interface MprFunctions extends StdCallLibrary {

    /** {@code DWORD WNetCancelConnection2W(LPCWSTR lpName, DWORD dwFlags, BOOL fForce)}. */
    int WNetCancelConnection2W(Pointer lpName, int dwFlags, int fForce);

    /** {@code DWORD WNetCancelConnectionW(LPCWSTR lpName, BOOL fForce)}. */
    int WNetCancelConnectionW(Pointer lpName, int fForce);

    /**
     * {@code DWORD WNetGetLastErrorW(LPDWORD lpError, LPWSTR lpErrorBuf, DWORD nErrorBufSize,
     * LPWSTR lpNameBuf, DWORD nNameBufSize)}; sizes in UTF-16 units.
     */
    int WNetGetLastErrorW(Pointer lpError, Pointer lpErrorBuf, int nErrorBufSize, Pointer lpNameBuf, int nNameBufSize);

    /** {@code DWORD WNetGetConnectionW(LPCWSTR lpLocalName, LPWSTR lpRemoteName, LPDWORD lpnLength)}; length in units. */
    int WNetGetConnectionW(Pointer lpLocalName, Pointer lpRemoteName, Pointer lpnLength);

    /** {@code DWORD WNetOpenEnumW(DWORD dwScope, DWORD dwType, DWORD dwUsage, LPNETRESOURCEW lpNetResource, LPHANDLE lphEnum)}. */
    int WNetOpenEnumW(int dwScope, int dwType, int dwUsage, Pointer lpNetResource, Pointer lphEnum);

    /** {@code DWORD WNetEnumResourceW(HANDLE hEnum, LPDWORD lpcCount, LPVOID lpBuffer, LPDWORD lpBufferSize)}; size in bytes. */
    int WNetEnumResourceW(Pointer hEnum, Pointer lpcCount, Pointer lpBuffer, Pointer lpBufferSize);

    /** {@code DWORD WNetCloseEnum(HANDLE hEnum)}. */
    int WNetCloseEnum(Pointer hEnum);

    /** {@code DWORD WNetGetUniversalNameW(LPCWSTR lpLocalPath, DWORD dwInfoLevel, LPVOID lpBuffer, LPDWORD lpBufferSize)}; size in bytes. */
    int WNetGetUniversalNameW(Pointer lpLocalPath, int dwInfoLevel, Pointer lpBuffer, Pointer lpBufferSize);

    /** {@code DWORD WNetAddConnection2W(LPNETRESOURCEW lpNetResource, LPCWSTR lpPassword, LPCWSTR lpUserName, DWORD dwFlags)}. */
    int WNetAddConnection2W(Pointer lpNetResource, Pointer lpPassword, Pointer lpUserName, int dwFlags);

    /**
     * {@code DWORD WNetAddConnection3W(HWND hwndOwner, LPNETRESOURCEW lpNetResource, LPCWSTR lpPassword,
     * LPCWSTR lpUserName, DWORD dwFlags)}; {@code hwndOwner} always NULL.
     */
    int WNetAddConnection3W(Pointer hwndOwner, Pointer lpNetResource, Pointer lpPassword, Pointer lpUserName, int dwFlags);

    /**
     * {@code DWORD WNetUseConnectionW(HWND hwndOwner, LPNETRESOURCEW lpNetResource, LPCWSTR lpPassword,
     * LPCWSTR lpUserId, DWORD dwFlags, LPWSTR lpAccessName, LPDWORD lpBufferSize, LPDWORD lpResult)}; size in
     * UTF-16 units, {@code hwndOwner} always NULL.
     */
    int WNetUseConnectionW(Pointer hwndOwner, Pointer lpNetResource, Pointer lpPassword, Pointer lpUserId, int dwFlags,
                           Pointer lpAccessName, Pointer lpBufferSize, Pointer lpResult);

    /** {@code DWORD WNetAddConnectionW(LPCWSTR lpRemoteName, LPCWSTR lpPassword, LPCWSTR lpLocalName)}. */
    int WNetAddConnectionW(Pointer lpRemoteName, Pointer lpPassword, Pointer lpLocalName);
}
