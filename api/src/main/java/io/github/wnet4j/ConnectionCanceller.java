package io.github.wnet4j;

import java.util.Set;

/**
 * Cancels Windows network connections: one method for each of mpr.dll's two functions.
 *
 * <p>A {@link WNet} is one ({@link WNet#get()}: ServiceLoader discovery, or the backend named by
 * {@code -Dwnet4j.backend}); {@link WNet#canceller()} hands out this side alone, for code that
 * should depend on no more. Every canceller the library hands out checks the name before any
 * backend runs, the same way for every backend: a {@code null} name gets a
 * {@link NullPointerException}; an empty name, one holding U+0000 (it would cut the string at the
 * native boundary and cancel a different connection), one holding an unpaired surrogate (an encoder
 * would turn it into {@code ?}), or one longer than 32,767 UTF-16 units gets an
 * {@link IllegalArgumentException} saying what is wrong.
 *
 * <p>A failure Windows reports is returned as a {@link CancelOutcome}, not thrown; call
 * {@link CancelOutcome#orThrow()} to make it an exception. Implementations are thread-safe.
 */
public interface ConnectionCanceller {

    /**
     * {@code WNetCancelConnection2W}: cancels a redirected local device ({@code "Z:"},
     * {@code "LPT1:"}), or the connections to a remote name ({@code "\\\\server\\share"}), or forgets a
     * remembered connection.
     *
     * @param name the local device or remote name
     * @param flags {@code Set.of()}, or {@code Set.of(CONNECT_UPDATE_PROFILE)} to also forget a
     *     remembered (persistent) connection for the device
     * @param force whether to close open files and print jobs and disconnect anyway
     * @return what the function returned
     * @throws NullPointerException if {@code name} or {@code flags} is null
     * @throws IllegalArgumentException if {@code name} is empty, holds U+0000 or an unpaired
     *     surrogate, or is longer than 32,767 UTF-16 units
     */
    CancelOutcome cancelConnection2(String name, Set<CancelFlag> flags, boolean force);

    /**
     * {@code WNetCancelConnectionW}, the legacy function kept for 16-bit Windows compatibility.
     * Which flags it implies is disputed (see {@link io.github.wnet4j.behaviour.BehaviourProfile#legacyCancelFlags()}); prefer
     * {@link #cancelConnection2}.
     *
     * @param name the local device or remote name
     * @param force whether to close open files and print jobs and disconnect anyway
     * @return what the function returned
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException as for {@link #cancelConnection2}
     */
    CancelOutcome cancelConnection(String name, boolean force);

    /**
     * The name of the backend that makes the calls ({@code "jna"}, {@code "jnr"}, {@code "fake"}, ...).
     *
     * @return the name of the backend that makes the calls ({@code "jna"}, {@code "jnr"}, {@code "fake"}, ...)
     */
    String backendName();
}
