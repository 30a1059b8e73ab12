package io.github.wnet4j.fake;

import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.WNetFunction;
import io.github.wnet4j.fake.UserState.DeviceMap;
import io.github.wnet4j.fake.UserState.LiveConnection;
import io.github.wnet4j.spi.Names;

import java.util.ArrayList;
import java.util.List;

import static io.github.wnet4j.ErrorCode.ERROR_DEVICE_IN_USE;
import static io.github.wnet4j.ErrorCode.ERROR_NOT_CONNECTED;
import static io.github.wnet4j.ErrorCode.ERROR_NO_NETWORK;
import static io.github.wnet4j.ErrorCode.ERROR_OPEN_FILES;
import static io.github.wnet4j.ErrorCode.NO_ERROR;

/**
 * The fake's one decision procedure: the state and a call in, a {@link Verdict} out. It reads the
 * state and changes nothing, takes no lock and does no I/O; {@link FakeBackend} holds the user's
 * lock, applies the verdict and journals. It implements docs/specification.md's default decisions;
 * the three disputed rows come from the logon's {@link BehaviourProfile}. Where each row of the
 * specification is decided:
 *
 * <ol>
 *   <li>the legacy {@code WNetCancelConnection}: {@link #actingFlags};</li>
 *   <li>the name is a redirected device: {@link #cancelDevice}, only that device's redirection ends;</li>
 *   <li>the name is a remote name: {@link #cancelRemoteName}; the profile's other reading, for
 *       {@code WNetCancelConnection2} alone: {@link #remoteNameCancelsDevices};</li>
 *   <li>flags 0 on a persistent connection, and the next logon: {@link #cancelDevice}, {@link #atNextLogon};</li>
 *   <li>{@code CONNECT_UPDATE_PROFILE} on a persistent device: {@link #cancelDevice};</li>
 *   <li>{@code CONNECT_UPDATE_PROFILE} on a connection that is not persistent: {@link #cancelDevice};</li>
 *   <li>a remembered device that is not connected: {@link #cancelDevice};</li>
 *   <li>open files or print jobs, and</li>
 *   <li>a process uses the device (checked first): {@link #blocked}, for a device and a remote name alike;</li>
 *   <li>the profile cannot be opened, or is malformed: {@link #cancelDevice}, the only call that touches the profile;</li>
 *   <li>the provider fails: {@link #decide};</li>
 *   <li>no network, no provider: {@link #decide}, before anything else;</li>
 *   <li>case: {@link Names#fold(String)} and {@link Names#same}, per UTF-16 unit, for every key;</li>
 *   <li>names that look like devices but are not: {@link #decide};</li>
 *   <li>null, empty and malformed names: refused by the validating canceller before any backend runs;</li>
 *   <li>a device remembered to one remote name and connected to another: refused by seeding
 *       ({@code UserState.connectDevice}, {@code UserState.remember}); no call can make it (a cancel
 *       only ends a connection or forgets an entry) and neither can {@link #atNextLogon}, which
 *       restores the remembered remote name itself. {@link #persistent} is the one definition of "persistent".</li>
 * </ol>
 *
 * <p>Precedence, as {@link #decide} reads: row 12 (no network), then row 11 (the provider fails),
 * then the name's kind.
 */
final class CancelRules {

    private static final int UPDATE_PROFILE = CancelFlag.CONNECT_UPDATE_PROFILE.bit();

    /**
     * What a call does to the armed provider error it reaches (row 11, the provider fails; R17, a
     * provider failure): nothing, when none is armed; counts the call; or disarms a "once" error.
     */
    enum ProviderEffect { NONE, COUNT_CALL, DISARM }

    /**
     * What a call returns and what it changes: the code; for {@code ERROR_EXTENDED_ERROR} the
     * provider's error, which becomes the calling thread's extended error; the devices whose live
     * redirection in the calling session ends; the remote name of the deviceless connection that
     * ends, or null; the device whose remembered entry the profile forgets, or null; and what the
     * call does to the armed provider error.
     */
    record Verdict(int code, ExtendedError extendedError, List<String> endedDevices, String endedDeviceless,
                   String forgottenDevice, ProviderEffect provider) {

        /** One shared instance per code that changes nothing. */
        private static final Verdict[] PLAIN = plainVerdicts();

        Verdict {
            endedDevices = List.copyOf(endedDevices);
        }

        static Verdict of(ErrorCode code) {
            return PLAIN[code.ordinal()];
        }

        /** {@code device}'s live redirection ends; with {@code forget} its remembered entry is forgotten too. */
        static Verdict disconnected(String device, boolean forget) {
            return new Verdict(NO_ERROR.value(), null, List.of(device), null, forget ? device : null, ProviderEffect.NONE);
        }

        /** {@code device}'s remembered entry is forgotten; it had no live redirection. */
        static Verdict forgotten(String device) {
            return new Verdict(NO_ERROR.value(), null, List.of(), null, device, ProviderEffect.NONE);
        }

        /** This verdict, for a call that has {@code effect} on the armed provider error. */
        Verdict reaching(ProviderEffect effect) {
            return effect == provider ? this
                    : new Verdict(code, extendedError, endedDevices, endedDeviceless, forgottenDevice, effect);
        }

        /** Whether the verdict changes a connection or the profile (not counting the provider error). */
        boolean changesState() {
            return !endedDevices.isEmpty() || endedDeviceless != null || forgottenDevice != null;
        }

        private static Verdict[] plainVerdicts() {
            ErrorCode[] codes = ErrorCode.values();
            Verdict[] verdicts = new Verdict[codes.length];
            for (ErrorCode c : codes) {
                verdicts[c.ordinal()] = new Verdict(c.value(), null, List.of(), null, null, ProviderEffect.NONE);
            }
            return verdicts;
        }
    }

    private CancelRules() {
    }

    /**
     * Row 1 (the legacy function): the flags a call acts with; the legacy {@code WNetCancelConnection}
     * takes none, and acts with the profile's {@link BehaviourProfile#legacyCancelFlags()}.
     */
    static int actingFlags(BehaviourProfile profile, WNetFunction function, int flags) {
        return function == WNetFunction.CANCEL_CONNECTION ? CancelFlag.toBits(profile.legacyCancelFlags()) : flags;
    }

    /**
     * The whole decision for one call made in the session whose device map is {@code map}. The
     * caller holds the user's lock.
     */
    static Verdict decide(UserState t, DeviceMap map, BehaviourProfile profile, WNetFunction function, String name,
                          int flags, boolean force) {
        if (!t.networkPresent) {
            return Verdict.of(ERROR_NO_NETWORK);                                  // row 12 (no network): for every name
        }
        ProviderEffect provider = providerEffect(t);
        if (providerFires(t)) {                                                   // row 11 (the provider fails): nothing else changes
            return new Verdict(ErrorCode.ERROR_EXTENDED_ERROR.value(), t.providerError.error(), List.of(), null, null, provider);
        }
        // Row 1 (the legacy function) gives the flags; bits other than CONNECT_UPDATE_PROFILE are ignored, as Wine does.
        boolean updateProfile = (actingFlags(profile, function, flags) & UPDATE_PROFILE) != 0;
        String device = Names.device(name);
        Verdict verdict;
        if (device != null) {
            verdict = cancelDevice(device, map.devices.get(device), t.remembered.get(device), t.profileFault, profile,
                    updateProfile, force);
        } else if (Names.isRemoteName(name)) {
            verdict = cancelRemoteName(map, remoteNameCancelsDevices(profile, function), name, force, profile);
        } else {
            verdict = Verdict.of(ERROR_NOT_CONNECTED);    // row 14 (names that look like devices but are not): Z, Z:\, ZZ:, LPT0:
        }
        return verdict.reaching(provider);
    }

    /** What the call does to the armed provider error (rows 11 and R17, a provider failure). */
    static ProviderEffect providerEffect(UserState t) {
        ProviderError armed = t.providerError;
        return armed == null ? ProviderEffect.NONE
                : armed.mode() == ProviderError.Mode.ONCE ? ProviderEffect.DISARM : ProviderEffect.COUNT_CALL;
    }

    /** Whether the armed provider error fails this call (row 11, the provider fails; R17 for the reads). */
    static boolean providerFires(UserState t) {
        ProviderError armed = t.providerError;
        return armed != null
                && (armed.mode() != ProviderError.Mode.AFTER_CALLS || t.providerCalls >= armed.passingCalls());
    }

    /**
     * Rows 2 (a redirected device) and 4-10 (persistence, open files, in use, profile faults) for
     * {@code device}: its live redirection in the calling session's device map and the user's
     * remembered entry, once the network is present and the provider passed. A session that does
     * not have the connection meets row 7 (a remembered device that is not connected) or nothing
     * there (S5, a cancel in a session that does not have the connection): another session's
     * redirection is not consulted, so forgetting the entry leaves it connected, no longer persistent.
     */
    private static Verdict cancelDevice(String device, LiveConnection live, String remembered, ProfileFault profileFault,
                                        BehaviourProfile profile, boolean updateProfile, boolean force) {
        // Only a call that must update the profile touches it, so only such a call meets a fault (row 10, profile fault).
        boolean touchesProfile = updateProfile && remembered != null;
        if (live != null) {                                                      // row 2 (a redirected device)
            // Rows 4-6 ask whether the connection is persistent: remembered to the same remote name.
            // Seeding refuses any other entry (row 16, remembered to another remote name), so this keeps
            // the definition in one place.
            touchesProfile = touchesProfile && persistent(live, remembered);
            ErrorCode blocked = blocked(live.inUse(), live.openFiles() > 0, profile, force);
            if (blocked != null) {
                return Verdict.of(blocked);                                       // rows 8 (open files), 9 (in use)
            }
            if (touchesProfile && profileFault != null) {
                return Verdict.of(profileFault.code());                           // row 10 (profile fault)
            }
            // Row 4 (flags 0) keeps the entry, row 5 (CONNECT_UPDATE_PROFILE) forgets it, row 6: the flag
            // is ignored if nothing is remembered.
            return Verdict.disconnected(device, touchesProfile);
        }
        if (touchesProfile) {                                                    // row 7 (remembered, not connected)
            return profileFault != null ? Verdict.of(profileFault.code()) : Verdict.forgotten(device);
        }
        return Verdict.of(ERROR_NOT_CONNECTED);          // row 7 (remembered, not connected) with flags 0, or nothing there
    }

    /**
     * Whether a device's live redirection is persistent: the profile remembers the device to the same
     * remote name, compared per UTF-16 unit (rows 4-6 on persistent connections, 13 case, 16 a device
     * remembered to another remote name). Also what a snapshot reports.
     */
    static boolean persistent(LiveConnection live, String remembered) {
        return live != null && remembered != null && Names.same(remembered, live.remoteName());
    }

    /**
     * Row 3 (the name is a remote name): whether a remote name also cancels the devices redirected
     * to it. Only {@code WNetCancelConnection2} under
     * {@link BehaviourProfile.RemoteNameScope#ALL_CONNECTIONS} does: the older WNetCancelConnection2
     * page (seed 001) reads "all connections", while the legacy function's own page (seed 000) says
     * deviceless connections only, under every profile.
     */
    static boolean remoteNameCancelsDevices(BehaviourProfile profile, WNetFunction function) {
        return function == WNetFunction.CANCEL_CONNECTION2
                && profile.remoteNameScope() == BehaviourProfile.RemoteNameScope.ALL_CONNECTIONS;
    }

    /**
     * Row 3 (the name is a remote name): the deviceless connection to it in the calling session's
     * device map and, with {@code devicesToo} ({@link #remoteNameCancelsDevices}), every device
     * redirected to it there. A remote name never touches the profile, whatever the flags.
     */
    private static Verdict cancelRemoteName(DeviceMap map, boolean devicesToo, String remoteName, boolean force,
                                            BehaviourProfile profile) {
        LiveConnection deviceless = map.deviceless.get(Names.fold(remoteName));
        List<LiveConnection> targets = new ArrayList<>();
        List<String> devices = new ArrayList<>();
        if (devicesToo) {
            for (LiveConnection live : map.devices.values()) {
                if (Names.same(live.remoteName(), remoteName)) {
                    targets.add(live);
                    devices.add(live.device());
                }
            }
        }
        if (deviceless != null) {
            targets.add(deviceless);
        }
        if (targets.isEmpty()) {
            return Verdict.of(ERROR_NOT_CONNECTED);
        }
        ErrorCode blocked = blocked(targets, profile, force);
        if (blocked != null) {
            return Verdict.of(blocked);
        }
        return new Verdict(NO_ERROR.value(), null, devices, deviceless == null ? null : deviceless.remoteName(), null,
                ProviderEffect.NONE);
    }

    /**
     * Row 9 (a process uses the device) then row 8 (open files or print jobs), across every target:
     * in use anywhere is checked first, and fForce overrides it only if the profile says so; then
     * open files anywhere, unless forced. Null if the cancel may go ahead.
     */
    private static ErrorCode blocked(List<LiveConnection> targets, BehaviourProfile profile, boolean force) {
        boolean inUse = false;
        boolean openFiles = false;
        for (LiveConnection target : targets) {
            inUse |= target.inUse();
            openFiles |= target.openFiles() > 0;
        }
        return blocked(inUse, openFiles, profile, force);
    }

    /** Rows 8 and 9 for what the targets have: a process using one, open files on one. */
    private static ErrorCode blocked(boolean inUse, boolean openFiles, BehaviourProfile profile, boolean force) {
        if (inUse && !(force && profile.forceOverridesDeviceInUse())) {
            return ERROR_DEVICE_IN_USE;                                           // row 9 (in use)
        }
        if (openFiles && !force) {
            return ERROR_OPEN_FILES;                                              // row 8 (open files)
        }
        return null;
    }

    /**
     * Row 4 (flags 0 on a persistent connection), at the next logon: every live connection ends,
     * and a remembered entry comes back as a plain live redirection (nothing open, not in use),
     * unless the network is absent, when it stays remembered only.
     *
     * @return the device's live redirection after the next logon, or null
     */
    static LiveConnection atNextLogon(String device, String remembered, boolean networkPresent) {
        return networkPresent && remembered != null ? new LiveConnection(device, remembered, 0, false) : null;
    }
}
