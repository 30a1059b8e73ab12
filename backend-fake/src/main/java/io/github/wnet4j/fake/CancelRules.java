package io.github.wnet4j.fake;

import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.WNetFunction;
import io.github.wnet4j.fake.LogonTables.Link;
import io.github.wnet4j.fake.LogonTables.SlotState;
import io.github.wnet4j.spi.Names;

import static io.github.wnet4j.ErrorCode.ERROR_DEVICE_IN_USE;
import static io.github.wnet4j.ErrorCode.ERROR_NOT_CONNECTED;
import static io.github.wnet4j.ErrorCode.ERROR_NO_NETWORK;
import static io.github.wnet4j.ErrorCode.ERROR_OPEN_FILES;
import static io.github.wnet4j.ErrorCode.NO_ERROR;

/**
 * The fake's one decision procedure: the state and a call in, a {@link Verdict} out. It reads the
 * state and changes nothing, takes no lock and does no I/O; the backend adapter locks, applies the
 * verdict and journals. It implements docs/specification.md's default decisions; the three disputed
 * rows come from the logon's {@link BehaviourProfile}. Where each row of the specification is decided:
 *
 * <ol>
 *   <li>the legacy function's flags: {@link #actingFlags};</li>
 *   <li>a redirected device: {@link #cancelDevice}, only that device's slot changes;</li>
 *   <li>a remote name: {@link #cancelRemoteName}; the profile's other reading, for
 *       {@code WNetCancelConnection2} alone: {@link #remoteNameCancelsDevices};</li>
 *   <li>flags 0 on a persistent device, and the next logon: {@link #cancelDevice}, {@link #atNextLogon};</li>
 *   <li>{@code CONNECT_UPDATE_PROFILE} on a persistent device: {@link #cancelDevice};</li>
 *   <li>{@code CONNECT_UPDATE_PROFILE} on a non-persistent one: {@link #cancelDevice};</li>
 *   <li>remembered but not connected: {@link #cancelDevice};</li>
 *   <li>open files, and</li>
 *   <li>a device in use (checked first): {@link #blocked}, for a device and a remote name alike;</li>
 *   <li>a profile fault: {@link #cancelDevice}, the only call that touches the profile;</li>
 *   <li>a provider error: {@link #decide};</li>
 *   <li>no network: {@link #decide}, before anything else;</li>
 *   <li>case: {@link Names#fold(String)}, per UTF-16 unit, for every key;</li>
 *   <li>names that are neither device nor remote name: {@link #decide};</li>
 *   <li>null or empty names: rejected by the validating canceller before any backend runs;</li>
 *   <li>a device remembered to one remote name and connected to another: refused by seeding
 *       ({@code Seeding.device}, {@code Seeding.remember}); no call can make it (a cancel only ends a
 *       connection or forgets an entry) and neither can {@link #atNextLogon}, which restores the
 *       remembered remote name itself. {@link #persistent} is the one definition of "persistent".</li>
 * </ol>
 *
 * <p>Precedence, as {@link #decide} reads: row 12, then row 11, then the name's kind.
 */
final class CancelRules {

    private static final int UPDATE_PROFILE = CancelFlag.CONNECT_UPDATE_PROFILE.bit();

    /**
     * What a call returns and what it changes: the code; for {@code ERROR_EXTENDED_ERROR} the
     * provider's error, which becomes the calling thread's extended error; {@link #changes} to the
     * call's own device and the armed provider error; the devices whose live redirection ends (bit
     * {@code i} for {@code LogonTables.DEVICES[i]}); the key of the deviceless connection that ends, or null.
     */
    record Verdict(int code, ExtendedError extendedError, int changes, long devices, String deviceless) {
        /** The call's device's live redirection ends. */
        static final int DROP_LIVE = 1;
        /** The call's device's remembered entry is forgotten. */
        static final int FORGET = 2;
        /** The call reached the armed provider error: it counts. */
        static final int COUNT_PROVIDER_CALL = 4;
        /** The armed provider error disarms (a "once" error that was reached). */
        static final int DISARM_PROVIDER_ERROR = 8;

        /** One shared instance per code that changes nothing, so deciding a call allocates nothing. */
        private static final Verdict[] PLAIN = plainVerdicts();
        static final Verdict DISCONNECTED = new Verdict(NO_ERROR.value(), null, DROP_LIVE, 0, null);
        static final Verdict DISCONNECTED_AND_FORGOTTEN = new Verdict(NO_ERROR.value(), null, DROP_LIVE | FORGET, 0, null);
        static final Verdict FORGOTTEN = new Verdict(NO_ERROR.value(), null, FORGET, 0, null);

        static Verdict of(ErrorCode code) {
            return PLAIN[code.ordinal()];
        }

        /** This verdict with the provider-error changes {@code more} added. */
        Verdict with(int more) {
            return more == 0 ? this : new Verdict(code, extendedError, changes | more, devices, deviceless);
        }

        private static Verdict[] plainVerdicts() {
            ErrorCode[] codes = ErrorCode.values();
            Verdict[] verdicts = new Verdict[codes.length];
            for (ErrorCode c : codes) {
                verdicts[c.ordinal()] = new Verdict(c.value(), null, 0, 0, null);
            }
            return verdicts;
        }
    }

    private CancelRules() {
    }

    /**
     * Row 1: the flags a call acts with; the legacy {@code WNetCancelConnection} takes none, and acts
     * with the profile's {@link BehaviourProfile#legacyCancelFlags()}.
     */
    static int actingFlags(BehaviourProfile profile, WNetFunction function, int flags) {
        return function == WNetFunction.CANCEL_CONNECTION ? CancelFlag.toBits(profile.legacyCancelFlags()) : flags;
    }

    /**
     * The whole decision for one call. {@code device} is the name's index in
     * {@code LogonTables.DEVICES}, or -1. The caller holds the locks {@link LogonTables} describes:
     * all of them, or only the device's slot monitor when it is a device and no provider error is armed.
     */
    static Verdict decide(LogonTables t, BehaviourProfile profile, WNetFunction function, String name, int device,
                          int map, int flags, boolean force) {
        if (!t.networkPresent) {
            return Verdict.of(ERROR_NO_NETWORK);                                  // row 12: for every name
        }
        int provider = providerChanges(t);
        if (providerFires(t)) {                                                   // row 11: nothing else changes
            return new Verdict(ErrorCode.ERROR_EXTENDED_ERROR.value(), t.providerError.error(), provider, 0, null);
        }
        // Row 1 gives the flags; bits other than CONNECT_UPDATE_PROFILE are ignored, as Wine does.
        boolean updateProfile = (actingFlags(profile, function, flags) & UPDATE_PROFILE) != 0;
        Verdict verdict;
        if (device >= 0) {
            SlotState slot = t.slotOrNull(device);
            verdict = slot == null ? Verdict.of(ERROR_NOT_CONNECTED)            // never used: nothing there
                    : cancelDevice(slot.live(map), slot.remembered, t.profileFault, profile, updateProfile, force);
        } else if (Names.isRemoteName(name)) {
            verdict = cancelRemoteName(t, map, remoteNameCancelsDevices(profile, function), name, force, profile);
        } else {
            verdict = Verdict.of(ERROR_NOT_CONNECTED);                           // row 14: Z, Z:\, ZZ:, LPT0:
        }
        return verdict.with(provider);
    }

    /**
     * What reaching the armed provider error changes: it counts the call, and a "once" error
     * disarms; 0 if none is armed. The read side (rows R17) uses it too.
     */
    static int providerChanges(LogonTables t) {
        ProviderError armed = t.providerError;
        return armed == null ? 0 : Verdict.COUNT_PROVIDER_CALL
                | (armed.mode() == ProviderError.Mode.ONCE ? Verdict.DISARM_PROVIDER_ERROR : 0);
    }

    /** Whether the armed provider error fails this call (row 11; R17 for the reads). */
    static boolean providerFires(LogonTables t) {
        ProviderError armed = t.providerError;
        return armed != null
                && (armed.mode() != ProviderError.Mode.AFTER_CALLS || t.providerCalls >= armed.passingCalls());
    }

    /**
     * Rows 2 and 4-10 for a device: its live redirection in the calling session's device map and the
     * user's remembered entry, once the network is present and the provider passed. A session that
     * does not have the connection meets rows 7 and 2's "nothing there" (S5): another session's
     * redirection is not consulted, so forgetting the entry leaves it connected, no longer persistent.
     */
    private static Verdict cancelDevice(Link live, String remembered, ProfileFault profileFault, BehaviourProfile profile,
                                        boolean updateProfile, boolean force) {
        // Only a call that must update the profile touches it, so only such a call meets a fault (row 10).
        boolean touchesProfile = updateProfile && remembered != null;
        if (live != null) {                                                      // row 2
            // Rows 4-6 ask whether the connection is persistent: remembered to the same remote name.
            // Seeding refuses any other entry within a session (row 16), so this keeps the definition in one place.
            touchesProfile = touchesProfile && persistent(live, remembered);
            ErrorCode blocked = blocked(live, null, 0, 0, profile, force);
            if (blocked != null) {
                return Verdict.of(blocked);                                       // rows 8, 9
            }
            if (touchesProfile && profileFault != null) {
                return Verdict.of(profileFault.code());                           // row 10
            }
            // Row 4 keeps the entry, row 5 forgets it, row 6: the flag is ignored if nothing is remembered.
            return touchesProfile ? Verdict.DISCONNECTED_AND_FORGOTTEN : Verdict.DISCONNECTED;
        }
        if (touchesProfile) {                                                    // row 7
            return profileFault != null ? Verdict.of(profileFault.code()) : Verdict.FORGOTTEN;
        }
        return Verdict.of(ERROR_NOT_CONNECTED);                                  // row 7 with flags 0, or nothing there
    }

    /**
     * Whether a device's live redirection is persistent: the profile remembers the device to the same
     * remote name, compared per UTF-16 unit (rows 4-6, 13, 16). Also what a snapshot reports.
     */
    static boolean persistent(Link live, String remembered) {
        return live != null && remembered != null && Names.same(remembered, live.remoteName());
    }

    /**
     * Row 3: whether a remote name also cancels the devices redirected to it. Only
     * {@code WNetCancelConnection2} under {@link BehaviourProfile.RemoteNameScope#ALL_CONNECTIONS}
     * does: the older WNetCancelConnection2 page (seed 001) reads "all connections", while the legacy
     * function's own page (seed 000) says deviceless connections only, under every profile.
     */
    static boolean remoteNameCancelsDevices(BehaviourProfile profile, WNetFunction function) {
        return function == WNetFunction.CANCEL_CONNECTION2
                && profile.remoteNameScope() == BehaviourProfile.RemoteNameScope.ALL_CONNECTIONS;
    }

    /**
     * Row 3: the deviceless connection to the remote name and, with {@code devicesToo}
     * ({@link #remoteNameCancelsDevices}), every device redirected to it. A remote name never touches
     * the profile, whatever the flags.
     */
    private static Verdict cancelRemoteName(LogonTables t, int map, boolean devicesToo, String remoteName, boolean force,
                                            BehaviourProfile profile) {
        String key = Names.fold(remoteName);
        Link deviceless = t.deviceless(map).get(key);
        long devices = 0;
        if (devicesToo) {
            for (int i = 0; i < LogonTables.DEVICES.length; i++) {
                SlotState slot = t.slotOrNull(i);
                Link live = slot == null ? null : slot.live(map);
                if (live != null && Names.fold(live.remoteName()).equals(key)) {
                    devices |= 1L << i;
                }
            }
        }
        if (deviceless == null && devices == 0) {
            return Verdict.of(ERROR_NOT_CONNECTED);
        }
        ErrorCode blocked = blocked(deviceless, t, devices, map, profile, force);
        if (blocked != null) {
            return Verdict.of(blocked);
        }
        return new Verdict(NO_ERROR.value(), null, 0, devices, deviceless == null ? null : key);
    }

    /**
     * Rows 9 then 8, across every target ({@code first}, if not null, and the live redirections of
     * {@code devices} in {@code t}'s device map {@code map}): in use anywhere is checked first, and fForce overrides it only if
     * the profile says so; then open files anywhere, unless forced. Null if the cancel may go ahead.
     */
    private static ErrorCode blocked(Link first, LogonTables t, long devices, int map, BehaviourProfile profile, boolean force) {
        boolean inUse = first != null && first.inUse();
        boolean openFiles = first != null && first.openFiles() > 0;
        for (long rest = devices; rest != 0; rest &= rest - 1) {
            Link target = t.slotOrNull(Long.numberOfTrailingZeros(rest)).live(map);
            inUse |= target.inUse();
            openFiles |= target.openFiles() > 0;
        }
        if (inUse && !(force && profile.forceOverridesDeviceInUse())) {
            return ERROR_DEVICE_IN_USE;                                           // row 9
        }
        if (openFiles && !force) {
            return ERROR_OPEN_FILES;                                              // row 8
        }
        return null;
    }

    /**
     * Row 4, at the next logon: every live connection ends, and a remembered entry comes back as a
     * plain live redirection (nothing open, not in use), unless the network is absent, when it stays
     * remembered only.
     *
     * @return the device's live redirection after the next logon, or null
     */
    static Link atNextLogon(String device, String remembered, boolean networkPresent) {
        return networkPresent && remembered != null ? new Link(device, remembered, 0, false) : null;
    }
}
