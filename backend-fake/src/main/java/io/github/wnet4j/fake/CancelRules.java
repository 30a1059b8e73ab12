package io.github.wnet4j.fake;

import io.github.wnet4j.BehaviourProfile;
import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.fake.LogonTables.Link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.github.wnet4j.ErrorCode.ERROR_DEVICE_IN_USE;
import static io.github.wnet4j.ErrorCode.ERROR_NOT_CONNECTED;
import static io.github.wnet4j.ErrorCode.ERROR_NO_NETWORK;
import static io.github.wnet4j.ErrorCode.ERROR_OPEN_FILES;
import static io.github.wnet4j.ErrorCode.NO_ERROR;

/**
 * Every decision the fake takes, in one place: how names are read and what a cancel does. This is
 * the procedure in docs/DESIGN.md ("The fake"), which implements behaviour.md's default decisions;
 * the rows in comments are that table's. The three disputed rows come from the logon's
 * {@link BehaviourProfile}.
 *
 * <p>Callers hold the locks {@link LogonTables} describes. A call that fails changes nothing except an armed provider
 * error's call count (a "once" error disarms itself when it fires).
 */
final class CancelRules {

    private static final int UPDATE_PROFILE = CancelFlag.CONNECT_UPDATE_PROFILE.bit();

    /** What a call returns: the code, and for {@code ERROR_EXTENDED_ERROR} the provider's error. */
    record Verdict(int code, ExtendedError extendedError) {
        /** One shared instance per code, so deciding a call allocates nothing. */
        private static final Verdict[] PLAIN = plainVerdicts();

        static Verdict of(ErrorCode code) {
            return PLAIN[code.ordinal()];
        }

        private static Verdict[] plainVerdicts() {
            ErrorCode[] codes = ErrorCode.values();
            Verdict[] verdicts = new Verdict[codes.length];
            for (ErrorCode c : codes) {
                verdicts[c.ordinal()] = new Verdict(c.value(), null);
            }
            return verdicts;
        }
    }

    private CancelRules() {
    }

    /** Row 1: the flags the legacy {@code WNetCancelConnection} acts with. */
    static int legacyFlags(BehaviourProfile profile) {
        return CancelFlag.toBits(profile.legacyCancelFlags());
    }

    /** Whether {@code flags} asks to update the profile; other bits are ignored, as Wine does. */
    static boolean updatesProfile(int flags) {
        return (flags & UPDATE_PROFILE) != 0;
    }

    /**
     * {@code WNetCancelConnection2(name, flags, force)}: decides, and on success applies, one call.
     * Caller holds all locks (see {@link LogonTables}).
     */
    static Verdict cancel(LogonTables t, BehaviourProfile profile, String name, int flags, boolean force) {
        if (!t.networkPresent) {
            return Verdict.of(ERROR_NO_NETWORK);                                  // row 12
        }
        ExtendedError providerFailure = providerErrorFires(t);
        if (providerFailure != null) {
            return new Verdict(ErrorCode.ERROR_EXTENDED_ERROR.value(), providerFailure); // row 11
        }
        int device = deviceIndex(name);
        if (device >= 0) {
            LogonTables.Slot slot = t.slotOrNull(device);
            return slot == null ? Verdict.of(ERROR_NOT_CONNECTED)               // never used: nothing there
                    : cancelDevice(slot, t.profileFault, profile, updatesProfile(flags), force);
        }
        if (isRemoteName(name)) {
            return cancelRemoteName(t, profile, name, force);
        }
        return Verdict.of(ERROR_NOT_CONNECTED);                                   // row 14: Z, Z:\, ZZ:, LPT0:
    }

    /**
     * The whole decision for a call on a device while no provider error is armed. Caller holds the
     * slot's monitor, under which the logon-wide fields are stable (see {@link LogonTables}).
     */
    static Verdict cancelDevice(LogonTables t, LogonTables.SlotState slot, BehaviourProfile profile, int flags,
                                boolean force) {
        if (!t.networkPresent) {
            return Verdict.of(ERROR_NO_NETWORK);                                  // row 12
        }
        return cancelDevice(slot, t.profileFault, profile, updatesProfile(flags), force);
    }

    /**
     * A cancel of a device, once the network is known present and no provider error
     * armed. Caller holds the slot's monitor; {@code profileFault} is the logon's, read under it.
     */
    static Verdict cancelDevice(LogonTables.SlotState slot, ProfileFault profileFault,
                                BehaviourProfile profile, boolean updateProfile, boolean force) {
        Link live = slot.live;
        boolean remembered = slot.remembered != null;
        if (live != null) {
            ErrorCode blocked = blocked(live, profile, force);
            if (blocked != null) {
                return Verdict.of(blocked);                                       // rows 8, 9
            }
            // Only a call that must update the profile touches it, so only such a call meets a fault (row 10).
            boolean touchesProfile = updateProfile && remembered;
            if (touchesProfile && profileFault != null) {
                return Verdict.of(profileFault.code());
            }
            slot.live = null;                                                    // its open files close
            if (touchesProfile) {
                slot.remembered = null;                                          // row 5; row 4 keeps it
            }
            return Verdict.of(NO_ERROR);                                         // row 6: flag ignored if not remembered
        }
        if (remembered && updateProfile) {                                       // row 7
            if (profileFault != null) {
                return Verdict.of(profileFault.code());
            }
            slot.remembered = null;
            return Verdict.of(NO_ERROR);
        }
        return Verdict.of(ERROR_NOT_CONNECTED);                                  // row 7 with flags 0, or nothing there
    }

    private static Verdict cancelRemoteName(LogonTables t, BehaviourProfile profile, String remoteName, boolean force) {
        String key = fold(remoteName);
        Link deviceless = t.deviceless.get(key);
        List<LogonTables.Slot> devices = new ArrayList<>();
        if (profile.remoteNameScope() == BehaviourProfile.RemoteNameScope.ALL_CONNECTIONS) {  // row 3
            for (int i = 0; i < LogonTables.DEVICES.length; i++) {
                LogonTables.Slot slot = t.slotOrNull(i);
                if (slot != null && slot.live != null && fold(slot.live.remoteName()).equals(key)) {
                    devices.add(slot);
                }
            }
        }
        if (deviceless == null && devices.isEmpty()) {
            return Verdict.of(ERROR_NOT_CONNECTED);
        }
        // Rows 9 then 8 across every target: in use anywhere first, then open files anywhere.
        List<Link> targets = new ArrayList<>();
        if (deviceless != null) {
            targets.add(deviceless);
        }
        for (LogonTables.Slot slot : devices) {
            targets.add(slot.live);
        }
        ErrorCode blocked = blocked(targets, profile, force);
        if (blocked != null) {
            return Verdict.of(blocked);
        }
        // A remote name never touches the profile, whatever the flags (row 3).
        if (deviceless != null) {
            t.deviceless.remove(key);
        }
        for (LogonTables.Slot slot : devices) {
            slot.live = null;
        }
        return Verdict.of(NO_ERROR);
    }

    /** Rows 9 then 8 for one connection; null if the cancel may go ahead. */
    private static ErrorCode blocked(Link target, BehaviourProfile profile, boolean force) {
        if (target.inUse() && !(force && profile.forceOverridesDeviceInUse())) {
            return ERROR_DEVICE_IN_USE;
        }
        if (!force && target.openFiles() > 0) {
            return ERROR_OPEN_FILES;
        }
        return null;
    }

    /** Rows 9 then 8 across targets: in use is checked first, and fForce overrides it only if the profile says so. */
    private static ErrorCode blocked(List<Link> targets, BehaviourProfile profile, boolean force) {
        boolean inUseOverridden = force && profile.forceOverridesDeviceInUse();
        for (Link l : targets) {
            if (l.inUse() && !inUseOverridden) {
                return ERROR_DEVICE_IN_USE;
            }
        }
        for (Link l : targets) {
            if (!force && l.openFiles() > 0) {
                return ERROR_OPEN_FILES;
            }
        }
        return null;
    }

    /** Row 11: whether the armed provider error fails this call; a "once" error disarms itself. Under all locks. */
    private static ExtendedError providerErrorFires(LogonTables t) {
        ProviderError armed = t.providerError;
        if (armed == null) {
            return null;
        }
        t.providerCalls++;
        boolean fires = switch (armed.mode()) {
            case ONCE, ALWAYS -> true;
            case AFTER_CALLS -> t.providerCalls > armed.passingCalls();
        };
        if (armed.mode() == ProviderError.Mode.ONCE) {
            t.providerError = null;
        }
        return fires ? armed.error() : null;
    }

    /**
     * The device {@code name} names, normalised to upper case with a colon ({@code "z:"} -> {@code "Z:"},
     * {@code "LPT1"} -> {@code "LPT1:"}), or empty if it is not {@code A:}-{@code Z:} or
     * {@code LPT1:}-{@code LPT9:} (row 14: {@code Z}, {@code Z:\}, {@code ZZ:}, {@code LPT0:} are not devices).
     */
    static Optional<String> device(String name) {
        int index = deviceIndex(name);
        return index < 0 ? Optional.empty() : Optional.of(LogonTables.DEVICES[index]);
    }

    /** As {@link #device(String)}, but the device's index in {@link LogonTables#DEVICES}, or -1; allocates nothing. */
    static int deviceIndex(String name) {
        if (name.length() == 2 && isAsciiLetter(name.charAt(0)) && name.charAt(1) == ':') {
            return LogonTables.letterIndex(Character.toUpperCase(name.charAt(0)));
        }
        boolean lpt = (name.length() == 4 || name.length() == 5 && name.charAt(4) == ':')
                && name.regionMatches(true, 0, "LPT", 0, 3)
                && name.charAt(3) >= '1' && name.charAt(3) <= '9';
        return lpt ? LogonTables.lptIndex(name.charAt(3)) : -1;
    }

    /** Whether {@code name} has the form of a remote name, {@code \\server\share}. */
    static boolean isRemoteName(String name) {
        return name.startsWith("\\\\");
    }

    /**
     * The key under which remote names compare case-insensitively (row 13): each code point upper-cased
     * on its own, as Windows' simple case mapping does, so the length never changes ({@code ß} stays).
     */
    static String fold(String remoteName) {
        StringBuilder s = new StringBuilder(remoteName.length());
        for (int i = 0; i < remoteName.length(); ) {
            int codePoint = remoteName.codePointAt(i);
            s.appendCodePoint(Character.toUpperCase(codePoint));
            i += Character.charCount(codePoint);
        }
        return s.toString();
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
