package io.github.wnet4j;

import java.util.Objects;
import java.util.Set;

/**
 * The flags {@code WNetCancelConnection2} accepts ({@code dwFlags}).
 *
 * <p>{@code CONNECT_UPDATE_PROFILE} is the only flag these functions define; the other
 * {@code CONNECT_*} bits belong to the connect functions, so they cannot be expressed here.
 * Pass {@code Set.of()} for no flags.
 */
public enum CancelFlag {
    /**
     * Also forget a remembered (persistent) connection for the device, so that Windows does not
     * restore it at the next logon. Ignored for connections that are not persistent and for
     * remote names.
     */
    CONNECT_UPDATE_PROFILE(0x1);

    private final int bit;

    CancelFlag(int bit) {
        this.bit = bit;
    }

    /** {@return the flag's bit in winnetwk.h} */
    public int bit() {
        return bit;
    }

    /**
     * The {@code dwFlags} value for a set of flags.
     *
     * @param flags the flags
     * @return their bits, or-ed
     * @throws NullPointerException if {@code flags} is null or holds null
     */
    public static int toBits(Set<CancelFlag> flags) {
        Objects.requireNonNull(flags, "flags must not be null: pass Set.of() for no flags");
        if (flags == NONE) { // the sets copyOf hands out: no iterator on every call
            return 0;
        }
        if (flags == UPDATE_PROFILE) {
            return CONNECT_UPDATE_PROFILE.bit;
        }
        int bits = 0;
        for (CancelFlag flag : flags) {
            bits |= Objects.requireNonNull(flag, "flags must not contain null").bit;
        }
        return bits;
    }

    /** The two sets there can be, made once: a call copies its caller's flags without allocating. */
    private static final Set<CancelFlag> NONE = Set.of();
    private static final Set<CancelFlag> UPDATE_PROFILE = Set.of(CONNECT_UPDATE_PROFILE);

    /**
     * An immutable copy of a caller's flags, iterating the set exactly once.
     *
     * @throws NullPointerException if {@code flags} is null or yields null
     */
    static Set<CancelFlag> copyOf(Set<CancelFlag> flags) {
        return fromBits(toBits(flags)); // one of the two sets made once: nothing allocated
    }

    /** The flags whose bits are set in {@code bits}; bits no flag defines are ignored (for tests). */
    static Set<CancelFlag> fromBits(int bits) {
        return (bits & CONNECT_UPDATE_PROFILE.bit) != 0 ? UPDATE_PROFILE : NONE;
    }
}
