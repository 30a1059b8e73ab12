package io.github.wnet4j.jna;

import com.sun.jna.Pointer;
import com.sun.jna.win32.StdCallLibrary;

/**
 * The three mpr.dll functions, with the Windows ABI spelled out: names are pointers to
 * NUL-terminated UTF-16 units the backend writes itself (JNA's String, WString and char[] would go
 * through wchar_t, 4 bytes on Linux, or an encoder), DWORD and BOOL are 32-bit ints. jna-platform's
 * {@code Mpr} declares none of these three. Extending StdCallLibrary gives stdcall on 32-bit Windows
 * and the default convention everywhere else.
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
}
