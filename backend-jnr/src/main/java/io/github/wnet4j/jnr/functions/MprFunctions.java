package io.github.wnet4j.jnr.functions;

import jnr.ffi.Pointer;
import jnr.ffi.Variable;
import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;

/**
 * The functions, with the Windows types: names are arrays of UTF-16 code units ({@code short[]},
 * never a charset-encoded string), DWORD is an {@code int} carrying the unsigned bits, BOOL an
 * {@code int} of 0 or 1, HANDLE and the read functions' buffers {@link Pointer}s (pointer-sized on
 * x86 and x64) to native memory the backend allocates: the structures there point into the same
 * buffer, so it cannot be a Java array that jnr-ffi copies to a temporary place and back. Public, in a package of its own that the module exports,
 * only because jnr-ffi generates its implementation in the unnamed module of its own class loader;
 * the provider and the backend stay in the unexported package.
 */
public interface MprFunctions {
    /**
     * {@code DWORD WNetCancelConnection2W(LPCWSTR lpName, DWORD dwFlags, BOOL fForce)}.
     *
     * @param lpName the name's units and a NUL unit
     * @param dwFlags the flags' bits
     * @param fForce 0 or 1
     * @return the Win32 code
     */
    int WNetCancelConnection2W(@In short[] lpName, int dwFlags, int fForce);

    /**
     * {@code DWORD WNetCancelConnectionW(LPCWSTR lpName, BOOL fForce)}.
     *
     * @param lpName the name's units and a NUL unit
     * @param fForce 0 or 1
     * @return the Win32 code
     */
    int WNetCancelConnectionW(@In short[] lpName, int fForce);

    /**
     * {@code DWORD WNetGetLastErrorW(LPDWORD lpError, LPWSTR lpErrorBuf, DWORD nErrorBufSize,
     * LPWSTR lpNameBuf, DWORD nNameBufSize)}; sizes in code units. The out-parameters are native
     * memory the caller allocates zeroed (one block, freed when the call ends): Java arrays would be
     * copied to and from native memory, about 10 KiB each way per extended error, and with
     * {@code @Out} alone jnr-ffi passes fresh uninitialised memory, which a function that answers
     * NO_ERROR without writing would hand back as text.
     *
     * @param lpError receives the provider's code
     * @param lpErrorBuf receives the provider's text, NUL-terminated
     * @param nErrorBufSize the text buffer's size in units
     * @param lpNameBuf receives the provider's name, NUL-terminated
     * @param nNameBufSize the name buffer's size in units
     * @return the Win32 code of the call itself
     */
    int WNetGetLastErrorW(Pointer lpError, Pointer lpErrorBuf, int nErrorBufSize,
                          Pointer lpNameBuf, int nNameBufSize);

    /**
     * {@code DWORD WNetGetConnectionW(LPCWSTR lpLocalName, LPWSTR lpRemoteName, LPDWORD lpnLength)}.
     *
     * @param lpLocalName the device's units and a NUL unit
     * @param lpRemoteName receives the remote name, NUL-terminated
     * @param lpnLength the buffer's size in UTF-16 units; receives the size needed with ERROR_MORE_DATA
     * @return the Win32 code
     */
    int WNetGetConnectionW(@In short[] lpLocalName, Pointer lpRemoteName, Pointer lpnLength);

    /**
     * {@code DWORD WNetOpenEnumW(DWORD dwScope, DWORD dwType, DWORD dwUsage, LPNETRESOURCEW lpNetResource,
     * LPHANDLE lphEnum)}.
     *
     * @param dwScope the scope
     * @param dwType the type
     * @param dwUsage the usage
     * @param lpNetResource NULL (wnet4j enumerates no container)
     * @param lphEnum receives the handle, pointer-sized
     * @return the Win32 code
     */
    int WNetOpenEnumW(int dwScope, int dwType, int dwUsage, Pointer lpNetResource, Pointer lphEnum);

    /**
     * {@code DWORD WNetEnumResourceW(HANDLE hEnum, LPDWORD lpcCount, LPVOID lpBuffer, LPDWORD lpBufferSize)}.
     *
     * @param hEnum the handle
     * @param lpcCount the entries wanted (-1: as many as fit); receives the entries read
     * @param lpBuffer receives the NETRESOURCEW array and its strings
     * @param lpBufferSize the buffer's size in bytes; receives the size needed with ERROR_MORE_DATA
     * @return the Win32 code
     */
    int WNetEnumResourceW(Pointer hEnum, Pointer lpcCount, Pointer lpBuffer, Pointer lpBufferSize);

    /**
     * {@code DWORD WNetCloseEnum(HANDLE hEnum)}.
     *
     * @param hEnum the handle
     * @return the Win32 code
     */
    int WNetCloseEnum(Pointer hEnum);

    /**
     * {@code DWORD WNetGetUniversalNameW(LPCWSTR lpLocalPath, DWORD dwInfoLevel, LPVOID lpBuffer,
     * LPDWORD lpBufferSize)}.
     *
     * @param lpLocalPath the path's units and a NUL unit
     * @param dwInfoLevel 1 (UNIVERSAL_NAME_INFOW) or 2 (REMOTE_NAME_INFOW)
     * @param lpBuffer receives the structure and its strings
     * @param lpBufferSize the buffer's size in bytes; receives the size needed with ERROR_MORE_DATA
     * @return the Win32 code
     */
    int WNetGetUniversalNameW(@In short[] lpLocalPath, int dwInfoLevel, Pointer lpBuffer, Pointer lpBufferSize);

    /**
     * {@code DWORD WNetAddConnection2W(LPNETRESOURCEW lpNetResource, LPCWSTR lpPassword, LPCWSTR lpUserName,
     * DWORD dwFlags)}.
     *
     * @param lpNetResource the NETRESOURCEW, in native memory with the strings it points at
     * @param lpPassword the password's units and a NUL unit, or NULL
     * @param lpUserName the user name's units and a NUL unit, or NULL
     * @param dwFlags the flags' bits
     * @return the Win32 code
     */
    int WNetAddConnection2W(Pointer lpNetResource, Pointer lpPassword, Pointer lpUserName, int dwFlags);

    /**
     * {@code DWORD WNetAddConnection3W(HWND hwndOwner, LPNETRESOURCEW lpNetResource, LPCWSTR lpPassword,
     * LPCWSTR lpUserName, DWORD dwFlags)}.
     *
     * @param hwndOwner always NULL: no window is ever shown
     * @param lpNetResource as for {@link #WNetAddConnection2W}
     * @param lpPassword as for {@link #WNetAddConnection2W}
     * @param lpUserName as for {@link #WNetAddConnection2W}
     * @param dwFlags the flags' bits
     * @return the Win32 code
     */
    int WNetAddConnection3W(Pointer hwndOwner, Pointer lpNetResource, Pointer lpPassword, Pointer lpUserName,
                            int dwFlags);

    /**
     * {@code DWORD WNetUseConnectionW(HWND hwndOwner, LPNETRESOURCEW lpNetResource, LPCWSTR lpPassword,
     * LPCWSTR lpUserId, DWORD dwFlags, LPWSTR lpAccessName, LPDWORD lpBufferSize, LPDWORD lpResult)}.
     *
     * @param hwndOwner always NULL
     * @param lpNetResource as for {@link #WNetAddConnection2W}
     * @param lpPassword as for {@link #WNetAddConnection2W}
     * @param lpUserId the user name, as for {@link #WNetAddConnection2W}
     * @param dwFlags the flags' bits
     * @param lpAccessName receives the device or remote name connected, NUL-terminated
     * @param lpBufferSize the buffer's size in UTF-16 units; receives the size needed with ERROR_MORE_DATA
     * @param lpResult receives CONNECT_LOCALDRIVE or 0
     * @return the Win32 code
     */
    int WNetUseConnectionW(Pointer hwndOwner, Pointer lpNetResource, Pointer lpPassword, Pointer lpUserId,
                           int dwFlags, Pointer lpAccessName, Pointer lpBufferSize, Pointer lpResult);

    /**
     * {@code DWORD WNetAddConnectionW(LPCWSTR lpRemoteName, LPCWSTR lpPassword, LPCWSTR lpLocalName)}.
     *
     * @param lpRemoteName the remote name's units and a NUL unit
     * @param lpPassword the password's units and a NUL unit, or NULL
     * @param lpLocalName the device's units and a NUL unit
     * @return the Win32 code
     */
    int WNetAddConnectionW(Pointer lpRemoteName, Pointer lpPassword, Pointer lpLocalName);

    /**
     * The same symbols as variable accessors. jnr-ffi binds a missing function to a stub that
     * fails only when called, and calling a cancel function to test for it would cancel something.
     * A variable accessor resolves the symbol's address without calling it or reading through it,
     * so it checks that the library exports the function with no effect at all.
     */
    interface Exports {
        /**
         * Resolves {@code WNetCancelConnection2W}; throws UnsatisfiedLinkError if it is not exported.
         *
         * @return the symbol as a variable, never read
         */
        Variable<Long> WNetCancelConnection2W();

        /**
         * Resolves {@code WNetCancelConnectionW}; throws UnsatisfiedLinkError if it is not exported.
         *
         * @return the symbol as a variable, never read
         */
        Variable<Long> WNetCancelConnectionW();

        /**
         * Resolves {@code WNetGetLastErrorW}; throws UnsatisfiedLinkError if it is not exported.
         *
         * @return the symbol as a variable, never read
         */
        Variable<Long> WNetGetLastErrorW();

        /**
         * Resolves {@code WNetGetConnectionW}; throws UnsatisfiedLinkError if it is not exported.
         *
         * @return the symbol as a variable, never read
         */
        Variable<Long> WNetGetConnectionW();

        /**
         * Resolves {@code WNetOpenEnumW}; throws UnsatisfiedLinkError if it is not exported.
         *
         * @return the symbol as a variable, never read
         */
        Variable<Long> WNetOpenEnumW();

        /**
         * Resolves {@code WNetEnumResourceW}; throws UnsatisfiedLinkError if it is not exported.
         *
         * @return the symbol as a variable, never read
         */
        Variable<Long> WNetEnumResourceW();

        /**
         * Resolves {@code WNetCloseEnum}; throws UnsatisfiedLinkError if it is not exported.
         *
         * @return the symbol as a variable, never read
         */
        Variable<Long> WNetCloseEnum();

        /**
         * Resolves {@code WNetGetUniversalNameW}; throws UnsatisfiedLinkError if it is not exported.
         *
         * @return the symbol as a variable, never read
         */
        Variable<Long> WNetGetUniversalNameW();

        /**
         * Resolves {@code WNetAddConnection2W}; throws UnsatisfiedLinkError if it is not exported.
         *
         * @return the symbol as a variable, never read
         */
        Variable<Long> WNetAddConnection2W();

        /**
         * Resolves {@code WNetAddConnection3W}; throws UnsatisfiedLinkError if it is not exported.
         *
         * @return the symbol as a variable, never read
         */
        Variable<Long> WNetAddConnection3W();

        /**
         * Resolves {@code WNetUseConnectionW}; throws UnsatisfiedLinkError if it is not exported.
         *
         * @return the symbol as a variable, never read
         */
        Variable<Long> WNetUseConnectionW();

        /**
         * Resolves {@code WNetAddConnectionW}; throws UnsatisfiedLinkError if it is not exported.
         *
         * @return the symbol as a variable, never read
         */
        Variable<Long> WNetAddConnectionW();
    }
}
