package io.github.wnet4j.fake;

import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.fake.CancelRules.ProviderEffect;
import io.github.wnet4j.fake.CancelRules.Verdict;
import io.github.wnet4j.fake.UserState.DeviceMap;
import io.github.wnet4j.fake.UserState.LiveConnection;
import io.github.wnet4j.spi.ConnectionAnswer;
import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.Names;
import io.github.wnet4j.spi.UniversalNameAnswer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.github.wnet4j.ErrorCode.ERROR_BAD_DEVICE;
import static io.github.wnet4j.ErrorCode.ERROR_CONNECTION_UNAVAIL;
import static io.github.wnet4j.ErrorCode.ERROR_INVALID_PARAMETER;
import static io.github.wnet4j.ErrorCode.ERROR_NOT_CONNECTED;
import static io.github.wnet4j.ErrorCode.ERROR_NOT_SUPPORTED;
import static io.github.wnet4j.ErrorCode.ERROR_NO_NETWORK;
import static io.github.wnet4j.ErrorCode.NO_ERROR;

/**
 * The fake's decisions for the read functions, beside {@link CancelRules}: the state and a read in,
 * a {@link Read} out. Like the cancel rules it reads the state and changes nothing, takes no lock
 * and does no I/O; {@link FakeBackend} holds the user's lock, applies the provider-error change (the
 * only change a read makes), sets the thread's extended error and journals. Where each row of
 * docs/specification.md's "Reading connection state" is decided:
 *
 * <ol>
 *   <li>R1, a live redirection: {@link #lookup};</li>
 *   <li>R2, remembered but not connected, with the remembered remote name: {@link #lookup};</li>
 *   <li>R3, neither: {@link #lookup};</li>
 *   <li>R4, not a device: {@link #lookup};</li>
 *   <li>R5, a buffer too small: no buffers here; the native backends and the C double decide it;</li>
 *   <li>R6 and S6, a connection made in another logon session: every read looks in the calling
 *       session's device map ({@code map}) and the user's profile, so another session's connection answers R2
 *       (remembered, not connected) if the device is remembered, else R3 (neither); a previous logon's connections are gone after
 *       {@link FakeLogon#nextLogon()};</li>
 *   <li>R7, the current connections, devices and deviceless: {@link #enumerate};</li>
 *   <li>R8, the remembered entries: {@link #enumerate};</li>
 *   <li>R9, the type filter: {@link #typeMatches};</li>
 *   <li>R10, the fields of an entry: {@link #entry};</li>
 *   <li>R11, one snapshot of one moment: {@link #enumerate} runs under the user's lock; the order is
 *       the devices' (A: to L:, LPT1: to LPT9:, M: to Z:), then the deviceless connections by remote name;</li>
 *   <li>R12, closing: one call here; the handle is the C double's;</li>
 *   <li>R13 and R14, the universal name at both levels: {@link #universalName};</li>
 *   <li>R15, remembered-only, unmapped, local drive, printer port: {@link #universalName};</li>
 *   <li>R16, no network, and</li>
 *   <li>R17, a provider failure: {@link #gate}, before anything else, for every read;</li>
 *   <li>R18, case: {@link Names#device} and {@link Names#fold}; names come back as seeded.</li>
 * </ol>
 */
final class ReadRules {
    /** The provider's name in every entry (R10, the fields of each entry): the SMB provider's. */
    static final String PROVIDER = "Microsoft Windows Network";

    /** A read's answer, the provider's error it raised (1208 only), and what it does to the armed provider error. */
    record Read<T>(T answer, int code, ExtendedError extendedError, ProviderEffect provider) {
        /** The verdict {@link UserState#apply} takes: the provider error's change only. */
        Verdict verdict() {
            return new Verdict(code, extendedError, List.of(), null, null, provider);
        }
    }

    private ReadRules() {
    }

    /** R16 (no network) then R17 (a provider failure); null if the read goes on to its own rows. */
    private static <T> Read<T> gate(UserState t, T noNetwork, T providerFailed) {
        if (!t.networkPresent) {
            return new Read<>(noNetwork, ERROR_NO_NETWORK.value(), null, ProviderEffect.NONE); // R16 (no network)
        }
        if (CancelRules.providerFires(t)) {                                                   // R17 (a provider failure)
            return new Read<>(providerFailed, ErrorCode.ERROR_EXTENDED_ERROR.value(), t.providerError.error(),
                    CancelRules.providerEffect(t));
        }
        return null;
    }

    /** WNetGetConnection: rows R1-R4 for {@code device}, normalised ({@link Names#device}), or null if the name is not one. */
    static Read<ConnectionAnswer> lookup(UserState t, DeviceMap map, String device) {
        Read<ConnectionAnswer> gated = gate(t, connection(ERROR_NO_NETWORK, null),
                connection(ErrorCode.ERROR_EXTENDED_ERROR, null));
        if (gated != null) {
            return gated;
        }
        ProviderEffect provider = CancelRules.providerEffect(t);
        if (device == null) {
            return read(connection(ERROR_BAD_DEVICE, null), provider);                       // R4 (not a device)
        }
        LiveConnection live = map.devices.get(device);
        if (live != null) {
            return read(connection(NO_ERROR, live.remoteName()), provider);                   // R1 (a live redirection)
        }
        String remembered = t.remembered.get(device);
        if (remembered != null) {
            return read(connection(ERROR_CONNECTION_UNAVAIL, remembered), provider);          // R2 (remembered, not connected)
        }
        return read(connection(ERROR_NOT_CONNECTED, null), provider);                        // R3 (neither)
    }

    /** The enumeration: rows R7-R11, a snapshot of every entry of {@code scope} that matches {@code type}. */
    static Read<EnumerationAnswer> enumerate(UserState t, DeviceMap map, int scope, int type) {
        Read<EnumerationAnswer> gated = gate(t, failedOpen(ERROR_NO_NETWORK), failedOpen(ErrorCode.ERROR_EXTENDED_ERROR));
        if (gated != null) {
            return gated;
        }
        ProviderEffect provider = CancelRules.providerEffect(t);
        if (scope == NetResource.RESOURCE_GLOBALNET || scope == NetResource.RESOURCE_CONTEXT) {
            return read(failedOpen(ERROR_NOT_SUPPORTED), provider);    // the fake has no network to browse
        }
        if (scope != NetResource.RESOURCE_CONNECTED && scope != NetResource.RESOURCE_REMEMBERED
                || type != NetResource.RESOURCETYPE_ANY && type != NetResource.RESOURCETYPE_DISK
                && type != NetResource.RESOURCETYPE_PRINT) {
            return read(failedOpen(ERROR_INVALID_PARAMETER), provider);                     // R9 (the type): ANY alone
        }
        List<NetResource> entries = new ArrayList<>();
        boolean connected = scope == NetResource.RESOURCE_CONNECTED;
        if (connected) {
            for (LiveConnection live : map.devices.values()) {
                if (typeMatches(type, live.device())) {
                    entries.add(entry(scope, live.device(), live.remoteName()));              // R7 (the current connections)
                }
            }
            if (typeMatches(type, null)) {
                for (LiveConnection live : map.deviceless.values()) {
                    entries.add(entry(scope, null, live.remoteName()));                       // R7: deviceless too
                }
            }
        } else {
            for (Map.Entry<String, String> remembered : t.remembered.entrySet()) {
                if (typeMatches(type, remembered.getKey())) {
                    entries.add(entry(scope, remembered.getKey(), remembered.getValue()));    // R8 (the remembered entries)
                }
            }
        }
        return read(new EnumerationAnswer(NO_ERROR.value(), null, entries), provider);
    }

    /** R9 (the type asked for): drives and deviceless connections are DISK, printer ports PRINT; ANY takes both. */
    static boolean typeMatches(int type, String device) {
        int own = device != null && Names.isPrinter(device) ? NetResource.RESOURCETYPE_PRINT : NetResource.RESOURCETYPE_DISK;
        return type == NetResource.RESOURCETYPE_ANY || type == own;
    }

    /** R10 (the fields of each entry): the scope asked for, SHARE, CONNECTABLE, no comment, the provider's name. */
    static NetResource entry(int scope, String device, String remoteName) {
        int type = device != null && Names.isPrinter(device) ? NetResource.RESOURCETYPE_PRINT : NetResource.RESOURCETYPE_DISK;
        return new NetResource(scope, type, NetResource.RESOURCEDISPLAYTYPE_SHARE, NetResource.RESOURCEUSAGE_CONNECTABLE,
                device, remoteName, null, PROVIDER);
    }

    /**
     * WNetGetUniversalName: rows R13-R15. A drive-based path is a drive followed by nothing or by a
     * backslash and the rest, kept as passed ({@code ..} is not resolved: decision).
     */
    static Read<UniversalNameAnswer> universalName(UserState t, DeviceMap map, String path, int level) {
        Read<UniversalNameAnswer> gated = gate(t, universal(ERROR_NO_NETWORK), universal(ErrorCode.ERROR_EXTENDED_ERROR));
        if (gated != null) {
            return gated;
        }
        ProviderEffect provider = CancelRules.providerEffect(t);
        if (level != UniversalNameAnswer.UNIVERSAL_NAME_INFO_LEVEL && level != UniversalNameAnswer.REMOTE_NAME_INFO_LEVEL) {
            return read(universal(ERROR_INVALID_PARAMETER), provider);
        }
        // A drive is the path's first two units; a printer port (LPT1:) is longer, so it is never one here.
        String drive = path.length() >= 2 ? Names.device(path.substring(0, 2)) : null;
        boolean driveBased = drive != null && (path.length() == 2 || path.charAt(2) == '\\');
        if (!driveBased) {
            return read(universal(ERROR_BAD_DEVICE), provider);   // R15 (universal name of a printer port); and Z:x, \\srv\share\x (decision)
        }
        LiveConnection live = map.devices.get(drive);
        if (live == null) {
            boolean remembered = t.remembered.containsKey(drive);
            return read(universal(remembered ? ERROR_CONNECTION_UNAVAIL : ERROR_NOT_CONNECTED), provider); // R15 (no live drive)
        }
        String connection = live.remoteName();
        String remaining = path.length() <= 3 ? "\\" : path.substring(2);                     // R14 (the remote-name level): Z: and Z:\ give \
        String universalName = connection + remaining;                                        // R13 (the universal name)
        boolean remote = level == UniversalNameAnswer.REMOTE_NAME_INFO_LEVEL;
        return read(new UniversalNameAnswer(NO_ERROR.value(), universalName, remote ? connection : null,
                remote ? remaining : null), provider);
    }

    private static ConnectionAnswer connection(ErrorCode code, String remoteName) {
        return new ConnectionAnswer(code.value(), remoteName);
    }

    private static EnumerationAnswer failedOpen(ErrorCode code) {
        return new EnumerationAnswer(code.value(), "WNetOpenEnum", List.of());
    }

    private static UniversalNameAnswer universal(ErrorCode code) {
        return new UniversalNameAnswer(code.value(), null, null, null);
    }

    private static <T> Read<T> read(T answer, ProviderEffect provider) {
        int code = answer instanceof ConnectionAnswer c ? c.code()
                : answer instanceof EnumerationAnswer e ? e.code() : ((UniversalNameAnswer) answer).code();
        return new Read<>(answer, code, null, provider);
    }
}
