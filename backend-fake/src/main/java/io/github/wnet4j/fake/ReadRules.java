package io.github.wnet4j.fake;

import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.fake.CancelRules.Verdict;
import io.github.wnet4j.fake.LogonTables.Link;
import io.github.wnet4j.fake.LogonTables.SlotState;
import io.github.wnet4j.spi.ConnectionAnswer;
import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.Names;
import io.github.wnet4j.spi.UniversalNameAnswer;

import java.util.ArrayList;
import java.util.List;

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
 * and does no I/O; {@link FakeBackend} locks, applies the provider-error changes (the only change
 * a read makes), sets the thread's extended error and journals. Where each row of
 * docs/specification.md's "Reading connection state" is decided:
 *
 * <ol>
 *   <li>R1, a live redirection: {@link #lookup};</li>
 *   <li>R2, remembered but not connected, with the remembered remote name: {@link #lookup};</li>
 *   <li>R3, neither: {@link #lookup};</li>
 *   <li>R4, not a device: {@link #lookup};</li>
 *   <li>R5, a buffer too small: no buffers here; the native backends and the C double decide it;</li>
 *   <li>R6 and S6, another logon session: every read looks in the calling session's device map
 *       ({@code map}) and the user's profile, so another session's connection answers R2 if the
 *       device is remembered, else R3; a previous logon's connections are gone after
 *       {@link FakeLogon#nextLogon()};</li>
 *   <li>R7, the current connections, devices and deviceless: {@link #enumerate};</li>
 *   <li>R8, the remembered entries: {@link #enumerate};</li>
 *   <li>R9, the type filter: {@link #typeMatches};</li>
 *   <li>R10, the fields of an entry: {@link #entry};</li>
 *   <li>R11, one snapshot of one moment: {@link #enumerate} runs under all locks; the order is the
 *       devices' lock order, then the deviceless connections by remote name;</li>
 *   <li>R12, closing: one call here; the handle is the C double's;</li>
 *   <li>R13 and R14, the universal name at both levels: {@link #universalName};</li>
 *   <li>R15, remembered-only, unmapped, local drive, printer port: {@link #universalName};</li>
 *   <li>R16, no network, and</li>
 *   <li>R17, a provider failure: {@link #gate}, before anything else, for every read;</li>
 *   <li>R18, case: {@link Names#device} and {@link Names#fold}; names come back as seeded.</li>
 * </ol>
 */
final class ReadRules {
    /** The provider's name in every entry (R10): the SMB provider's. */
    static final String PROVIDER = "Microsoft Windows Network";

    /**
     * A read's answer, the provider's error it raised (1208 only), and what reaching the armed
     * provider error changes ({@link Verdict#COUNT_PROVIDER_CALL}, {@link Verdict#DISARM_PROVIDER_ERROR}).
     */
    record Read<T>(T answer, int code, ExtendedError extendedError, int providerChanges) {
        /** The verdict {@link LogonTables#apply} takes: provider changes only, for no device. */
        Verdict verdict() {
            return new Verdict(code, extendedError, providerChanges, 0, null);
        }
    }

    private ReadRules() {
    }

    /** R16 then R17; null if the read goes on to its own rows. */
    private static <T> Read<T> gate(LogonTables t, T noNetwork, T providerFailed) {
        if (!t.networkPresent) {
            return new Read<>(noNetwork, ERROR_NO_NETWORK.value(), null, 0);                   // R16
        }
        if (CancelRules.providerFires(t)) {                                                   // R17
            return new Read<>(providerFailed, ErrorCode.ERROR_EXTENDED_ERROR.value(), t.providerError.error(),
                    CancelRules.providerChanges(t));
        }
        return null;
    }

    /** WNetGetConnection: rows R1-R4 for {@code device}, its index in {@code LogonTables.DEVICES} or -1. */
    static Read<ConnectionAnswer> lookup(LogonTables t, int device, int map) {
        Read<ConnectionAnswer> gated = gate(t, connection(ERROR_NO_NETWORK, null),
                connection(ErrorCode.ERROR_EXTENDED_ERROR, null));
        if (gated != null) {
            return gated;
        }
        int provider = CancelRules.providerChanges(t);
        if (device < 0) {
            return read(connection(ERROR_BAD_DEVICE, null), provider);                       // R4
        }
        SlotState slot = t.slotOrNull(device);
        Link live = slot == null ? null : slot.live(map);
        if (live != null) {
            return read(connection(NO_ERROR, live.remoteName()), provider);                   // R1
        }
        if (slot != null && slot.remembered != null) {
            return read(connection(ERROR_CONNECTION_UNAVAIL, slot.remembered), provider);     // R2
        }
        return read(connection(ERROR_NOT_CONNECTED, null), provider);                        // R3
    }

    /** The enumeration: rows R7-R11, a snapshot of every entry of {@code scope} that matches {@code type}. */
    static Read<EnumerationAnswer> enumerate(LogonTables t, int map, int scope, int type) {
        Read<EnumerationAnswer> gated = gate(t, failedOpen(ERROR_NO_NETWORK), failedOpen(ErrorCode.ERROR_EXTENDED_ERROR));
        if (gated != null) {
            return gated;
        }
        int provider = CancelRules.providerChanges(t);
        if (scope == NetResource.RESOURCE_GLOBALNET || scope == NetResource.RESOURCE_CONTEXT) {
            return read(failedOpen(ERROR_NOT_SUPPORTED), provider);    // the fake has no network to browse
        }
        if (scope != NetResource.RESOURCE_CONNECTED && scope != NetResource.RESOURCE_REMEMBERED
                || type != NetResource.RESOURCETYPE_ANY && type != NetResource.RESOURCETYPE_DISK
                && type != NetResource.RESOURCETYPE_PRINT) {
            return read(failedOpen(ERROR_INVALID_PARAMETER), provider);                     // R9: ANY alone
        }
        List<NetResource> entries = new ArrayList<>();
        boolean connected = scope == NetResource.RESOURCE_CONNECTED;
        for (int i = 0; i < LogonTables.DEVICES.length; i++) {
            SlotState slot = t.slotOrNull(i);
            String device = LogonTables.DEVICES[i];
            Link live = slot == null ? null : slot.live(map);
            String remoteName = slot == null ? null : connected ? (live == null ? null : live.remoteName())
                    : slot.remembered;
            if (remoteName != null && typeMatches(type, device)) {
                entries.add(entry(scope, device, remoteName));                                // R7, R8
            }
        }
        if (connected && typeMatches(type, null)) {
            for (Link link : t.deviceless(map).values()) {
                entries.add(entry(scope, null, link.remoteName()));                           // R7: deviceless too
            }
        }
        return read(new EnumerationAnswer(NO_ERROR.value(), null, entries), provider);
    }

    /** R9: drives and deviceless connections are DISK, printer ports PRINT; ANY takes both. */
    static boolean typeMatches(int type, String device) {
        int own = device != null && Names.isPrinter(device) ? NetResource.RESOURCETYPE_PRINT : NetResource.RESOURCETYPE_DISK;
        return type == NetResource.RESOURCETYPE_ANY || type == own;
    }

    /** R10: the scope asked for, SHARE, CONNECTABLE, no comment, the provider's name. */
    static NetResource entry(int scope, String device, String remoteName) {
        int type = device != null && Names.isPrinter(device) ? NetResource.RESOURCETYPE_PRINT : NetResource.RESOURCETYPE_DISK;
        return new NetResource(scope, type, NetResource.RESOURCEDISPLAYTYPE_SHARE, NetResource.RESOURCEUSAGE_CONNECTABLE,
                device, remoteName, null, PROVIDER);
    }

    /**
     * WNetGetUniversalName: rows R13-R15. A drive-based path is a drive followed by nothing or by a
     * backslash and the rest, kept as passed ({@code ..} is not resolved: decision). {@code device}
     * is the index of the path's first two units as a device, or -1.
     */
    static Read<UniversalNameAnswer> universalName(LogonTables t, String path, int device, int map, int level) {
        Read<UniversalNameAnswer> gated = gate(t, universal(ERROR_NO_NETWORK), universal(ErrorCode.ERROR_EXTENDED_ERROR));
        if (gated != null) {
            return gated;
        }
        int provider = CancelRules.providerChanges(t);
        if (level != UniversalNameAnswer.UNIVERSAL_NAME_INFO_LEVEL && level != UniversalNameAnswer.REMOTE_NAME_INFO_LEVEL) {
            return read(universal(ERROR_INVALID_PARAMETER), provider);
        }
        boolean driveBased = device >= 0 && !Names.isPrinter(LogonTables.DEVICES[device])
                && (path.length() == 2 || path.charAt(2) == '\\');
        if (!driveBased) {
            return read(universal(ERROR_BAD_DEVICE), provider);   // R15's printer port; and Z:x, \\srv\share\x (decision)
        }
        SlotState slot = t.slotOrNull(device);
        Link live = slot == null ? null : slot.live(map);
        if (live == null) {
            boolean remembered = slot != null && slot.remembered != null;
            return read(universal(remembered ? ERROR_CONNECTION_UNAVAIL : ERROR_NOT_CONNECTED), provider); // R15
        }
        String connection = live.remoteName();
        String remaining = path.length() <= 3 ? "\\" : path.substring(2);                     // R14: Z: and Z:\ give \
        String universalName = connection + remaining;                                        // R13
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

    private static <T> Read<T> read(T answer, int providerChanges) {
        int code = answer instanceof ConnectionAnswer c ? c.code()
                : answer instanceof EnumerationAnswer e ? e.code() : ((UniversalNameAnswer) answer).code();
        return new Read<>(answer, code, null, providerChanges);
    }
}
