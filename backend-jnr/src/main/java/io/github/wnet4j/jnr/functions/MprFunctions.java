package io.github.wnet4j.jnr.functions;

import jnr.ffi.Variable;
import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;

/**
 * The three functions, with the Windows types: names and buffers are arrays of UTF-16 code units
 * ({@code short[]}, never a charset-encoded string), DWORD is an {@code int} carrying the unsigned
 * bits, BOOL an {@code int} of 0 or 1. Public, in a package of its own that the module exports,
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
     * LPWSTR lpNameBuf, DWORD nNameBufSize)}; sizes in code units. The buffers are copied in as well
     * as out: with {@code @Out} alone jnr-ffi passes fresh native memory, uninitialised, and a
     * function that answers NO_ERROR without writing would hand that memory back as text.
     *
     * @param lpError receives the provider's code
     * @param lpErrorBuf receives the provider's text, NUL-terminated
     * @param nErrorBufSize the text buffer's size in units
     * @param lpNameBuf receives the provider's name, NUL-terminated
     * @param nNameBufSize the name buffer's size in units
     * @return the Win32 code of the call itself
     */
    int WNetGetLastErrorW(@In @Out int[] lpError, @In @Out short[] lpErrorBuf, int nErrorBufSize,
                          @In @Out short[] lpNameBuf, int nNameBufSize);

    /**
     * The same three symbols as variable accessors. jnr-ffi binds a missing function to a stub that
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
    }
}
