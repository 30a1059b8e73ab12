package io.github.wnet4j;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The flags a connection may be made with ({@code dwFlags} of {@code WNetAddConnection2},
 * {@code WNetAddConnection3} and {@code WNetUseConnection}).
 *
 * <p>Only flags that cannot show a dialog are here. {@code CONNECT_INTERACTIVE} and the flags that
 * mean something only with it ({@code CONNECT_PROMPT}, {@code CONNECT_COMMANDLINE},
 * {@code CONNECT_CMD_SAVECRED}, {@code CONNECT_CRED_RESET}) are left out on purpose: an installer or
 * a service must never block on a credentials dialog (specification row C14, "No user interface").
 * {@code CONNECT_REDIRECT} is set by the library itself when it asks Windows to pick a free device,
 * and {@code CONNECT_LOCALDRIVE} is an output only. Pass {@code Set.of()} for no flags.
 */
public enum ConnectFlag {
    /** Remember the connection in the user's profile, so that the next logon restores it; only device connections are remembered. */
    CONNECT_UPDATE_PROFILE(0x1),
    /** Recent-list handling; Windows documents no effect that the library could observe. */
    CONNECT_UPDATE_RECENT(0x2),
    /** Do not remember the connection. */
    CONNECT_TEMPORARY(0x4),
    /** Do not start new media to make the connection. */
    CONNECT_CURRENT_MEDIA(0x200),
    /** Require SMB signing ({@code net use /REQUIREINTEGRITY}). */
    CONNECT_REQUIRE_INTEGRITY(0x4000),
    /** Require SMB encryption ({@code net use /REQUIREPRIVACY}). */
    CONNECT_REQUIRE_PRIVACY(0x8000),
    /** Write through to the server ({@code net use /WRITETHROUGH}). */
    CONNECT_WRITE_THROUGH_SEMANTICS(0x10000),
    /** A mapping every user of the machine sees ({@code New-SmbGlobalMapping}). */
    CONNECT_GLOBAL_MAPPING(0x40000);

    /** {@code CONNECT_REDIRECT}: set by the library only, to let Windows pick the device. */
    static final int REDIRECT_BIT = 0x80;

    private final int bit;

    ConnectFlag(int bit) {
        this.bit = bit;
    }

    /**
     * The flag's bit in winnetwk.h.
     *
     * @return the flag's bit in winnetwk.h
     */
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
    public static int toBits(Set<ConnectFlag> flags) {
        Objects.requireNonNull(flags, "flags must not be null: pass Set.of() for no flags");
        if (flags.isEmpty()) { // the usual connect: no iterator made for it
            return 0;
        }
        int bits = 0;
        for (ConnectFlag flag : flags) {
            bits |= Objects.requireNonNull(flag, "flags must not contain null").bit;
        }
        return bits;
    }

    /**
     * An immutable copy of a caller's flags, iterating the set exactly once, so that the bits sent and
     * the flags an outcome reports are the same.
     *
     * @throws NullPointerException if {@code flags} is null or yields null
     */
    static Set<ConnectFlag> copyOf(Set<ConnectFlag> flags) {
        return fromBits(toBits(flags));
    }

    /** The flags whose bits are set in {@code bits}; bits no flag here defines are ignored. */
    static Set<ConnectFlag> fromBits(int bits) {
        if (bits == 0) { // no flags, the usual request: no EnumSet or values() per request
            return Set.of();
        }
        EnumSet<ConnectFlag> set = EnumSet.noneOf(ConnectFlag.class);
        for (ConnectFlag flag : values()) {
            if ((bits & flag.bit) != 0) {
                set.add(flag);
            }
        }
        return Set.copyOf(set);
    }
}
