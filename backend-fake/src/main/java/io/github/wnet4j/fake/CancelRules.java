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
 * <p>Callers hold the logon's lock. A call that fails changes nothing except an armed provider
 * error's call count (a "once" error disarms itself when it fires).
 */
final class CancelRules {

    private static final int UPDATE_PROFILE = CancelFlag.CONNECT_UPDATE_PROFILE.bit();

    /** What a call returns: the code, and for {@code ERROR_EXTENDED_ERROR} the provider's error. */
    record Verdict(int code, ExtendedError extendedError) {
        static Verdict of(ErrorCode code) {
            return new Verdict(code.value(), null);
        }
    }

    private CancelRules() {
    }

    /** Row 1: the flags the legacy {@code WNetCancelConnection} acts with. */
    static int legacyFlags(BehaviourProfile profile) {
        return CancelFlag.toBits(profile.legacyCancelFlags());
    }

    /** {@code WNetCancelConnection2(name, flags, force)}: decides, and on success applies, one call. */
    static Verdict cancel(LogonTables t, BehaviourProfile profile, String name, int flags, boolean force) {
        if (!t.networkPresent) {
            return Verdict.of(ERROR_NO_NETWORK);                                  // row 12
        }
        ExtendedError providerFailure = providerErrorFires(t);
        if (providerFailure != null) {
            return new Verdict(ErrorCode.ERROR_EXTENDED_ERROR.value(), providerFailure); // row 11
        }
        // Bits other than CONNECT_UPDATE_PROFILE are ignored, as Wine does.
        boolean updateProfile = (flags & UPDATE_PROFILE) != 0;
        Optional<String> device = device(name);
        if (device.isPresent()) {
            return cancelDevice(t, profile, device.get(), updateProfile, force);
        }
        if (isRemoteName(name)) {
            return cancelRemoteName(t, profile, name, force);
        }
        return Verdict.of(ERROR_NOT_CONNECTED);                                   // row 14: Z, Z:\, ZZ:, LPT0:
    }

    private static Verdict cancelDevice(LogonTables t, BehaviourProfile profile, String device,
                                        boolean updateProfile, boolean force) {
        Link live = t.devices.get(device);
        boolean remembered = t.remembered.containsKey(device);
        if (live != null) {
            Optional<ErrorCode> blocked = blocked(List.of(live), profile, force);
            if (blocked.isPresent()) {
                return Verdict.of(blocked.get());                                 // rows 8, 9
            }
            // Only a call that must update the profile touches it, so only such a call meets a fault (row 10).
            boolean touchesProfile = updateProfile && remembered;
            if (touchesProfile && t.profileFault != null) {
                return Verdict.of(t.profileFault.code());
            }
            t.devices.remove(device);                                            // its open files close
            if (touchesProfile) {
                t.remembered.remove(device);                                     // row 5; row 4 keeps it
            }
            return Verdict.of(NO_ERROR);                                         // row 6: flag ignored if not remembered
        }
        if (remembered && updateProfile) {                                       // row 7
            if (t.profileFault != null) {
                return Verdict.of(t.profileFault.code());
            }
            t.remembered.remove(device);
            return Verdict.of(NO_ERROR);
        }
        return Verdict.of(ERROR_NOT_CONNECTED);                                  // row 7 with flags 0, or nothing there
    }

    private static Verdict cancelRemoteName(LogonTables t, BehaviourProfile profile, String remoteName, boolean force) {
        String key = fold(remoteName);
        List<Link> targets = new ArrayList<>();
        Link deviceless = t.deviceless.get(key);
        if (deviceless != null) {
            targets.add(deviceless);
        }
        if (profile.remoteNameScope() == BehaviourProfile.RemoteNameScope.ALL_CONNECTIONS) {  // row 3
            for (Link link : t.devices.values()) {
                if (fold(link.remoteName()).equals(key)) {
                    targets.add(link);
                }
            }
        }
        if (targets.isEmpty()) {
            return Verdict.of(ERROR_NOT_CONNECTED);
        }
        Optional<ErrorCode> blocked = blocked(targets, profile, force);
        if (blocked.isPresent()) {
            return Verdict.of(blocked.get());
        }
        // A remote name never touches the profile, whatever the flags (row 3).
        for (Link link : targets) {
            if (link.device() == null) {
                t.deviceless.remove(key);
            } else {
                t.devices.remove(link.device());
            }
        }
        return Verdict.of(NO_ERROR);
    }

    /** Rows 9 then 8: in use is checked first, and fForce overrides it only if the profile says so. */
    private static Optional<ErrorCode> blocked(List<Link> targets, BehaviourProfile profile, boolean force) {
        boolean inUseOverridden = force && profile.forceOverridesDeviceInUse();
        if (!inUseOverridden && targets.stream().anyMatch(Link::inUse)) {
            return Optional.of(ERROR_DEVICE_IN_USE);
        }
        if (!force && targets.stream().anyMatch(l -> l.openFiles() > 0)) {
            return Optional.of(ERROR_OPEN_FILES);
        }
        return Optional.empty();
    }

    /** Row 11: whether the armed provider error fails this call; a "once" error disarms itself. */
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
        if (name.length() == 2 && isAsciiLetter(name.charAt(0)) && name.charAt(1) == ':') {
            return Optional.of(Character.toUpperCase(name.charAt(0)) + ":");
        }
        boolean lpt = (name.length() == 4 || name.length() == 5 && name.charAt(4) == ':')
                && name.regionMatches(true, 0, "LPT", 0, 3)
                && name.charAt(3) >= '1' && name.charAt(3) <= '9';
        return lpt ? Optional.of("LPT" + name.charAt(3) + ":") : Optional.empty();
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
        remoteName.codePoints().map(Character::toUpperCase).forEach(s::appendCodePoint);
        return s.toString();
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
