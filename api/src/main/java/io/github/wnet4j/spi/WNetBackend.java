package io.github.wnet4j.spi;

import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.ConnectionCancellers;
import io.github.wnet4j.ExtendedError;

/**
 * The service-provider interface a backend implements: the raw Win32 calls, one method per
 * function, with the Windows types. Users do not call it; they call a {@link ConnectionCanceller}
 * made over it by {@link ConnectionCancellers#over(String, WNetBackend)}, which validates every name
 * before it gets here and reads the extended error right after {@code ERROR_EXTENDED_ERROR}.
 *
 * <p>Implementations must be thread-safe.
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
}
