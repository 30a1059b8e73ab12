package io.github.wnet4j.conformance;

import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.spi.Names;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import static io.github.wnet4j.ErrorCode.ERROR_NOT_CONNECTED;
import static io.github.wnet4j.ErrorCode.NO_ERROR;
import static io.github.wnet4j.conformance.Capability.ARBITRARY_REMOTE_NAMES;
import static io.github.wnet4j.conformance.Capability.DEVICELESS_CONNECTIONS;
import static io.github.wnet4j.conformance.Capability.DISK_DEVICES;
import static io.github.wnet4j.conformance.Capability.PERSISTENT_CONNECTIONS;
import static io.github.wnet4j.conformance.Capability.PRINT_DEVICES;
import static io.github.wnet4j.conformance.Capability.REMEMBERED_ONLY_ENTRIES;
import static io.github.wnet4j.conformance.ClauseContext.NO_FLAGS;
import static io.github.wnet4j.conformance.ClauseContext.UPDATE_PROFILE;
import static io.github.wnet4j.conformance.ClauseContext.assertThrowsSaying;
import static io.github.wnet4j.conformance.ClauseContext.lower;
import static io.github.wnet4j.conformance.ClauseContext.upper;
import static io.github.wnet4j.conformance.Clauses.PRINTER;
import static io.github.wnet4j.conformance.Clauses.SHARE;
import static io.github.wnet4j.conformance.Clauses.needs;
import static io.github.wnet4j.conformance.ConnectionSpec.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Clauses about names: case (row 13), spelling and names that are not devices (row 14), non-ASCII
 * and supplementary remote names, and the validation every canceller applies before any backend
 * runs (row 15).
 */
final class NameClauses {
    /** A non-ASCII server and a CJK share name. */
    static final String NON_ASCII_SHARE = "\\\\s\u00EBrver\\\u5171\u6709";
    /** The same spelt with a plain e, which a lossy conversion would confuse with it. */
    static final String ASCII_LOOKALIKE = "\\\\server\\\u5171\u6709";
    /** A share named by one supplementary character (a surrogate pair). */
    static final String EMOJI_SHARE = "\\\\srv\\\uD83D\uDE00";
    /** A share named by a different supplementary character with the same high surrogate. */
    static final String OTHER_EMOJI_SHARE = "\\\\srv\\\uD83D\uDE01";
    /** The longest name Windows accepts, in UTF-16 units. */
    static final int MAX_NAME_LENGTH = 32_767;

    private NameClauses() {
    }

    static void addTo(List<Clause> out) {
        caseAndSpelling(out);
        unitFolding(out);
        notDevices(out);
        unicode(out);
        validation(out, "cancel2", (t, name) -> t.cancel2(name, UPDATE_PROFILE, true));
        validation(out, "legacy", (t, name) -> t.cancel(name, true));
    }

    /** Rows 13 and 14: case does not matter; a trailing backslash does; LPT1 equals LPT1:. */
    private static void caseAndSpelling(List<Clause> out) {
        out.add(new Clause("row13.device-case-insensitive", "A disk device in lower case cancels the device",
                needs(DISK_DEVICES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    t.expect(t.cancel2(lower(z), NO_FLAGS, false), NO_ERROR);
                    t.assertNotConnected(z);
                }));
        out.add(new Clause("row13.print-device-case-insensitive", "A print device in lower case cancels the device",
                needs(PRINT_DEVICES), t -> {
                    String lpt = t.device("LPT1:"), printer = t.remote(PRINTER);
                    t.connect(lpt, printer, plain());
                    t.expect(t.cancel2(lower(lpt), NO_FLAGS, false), NO_ERROR);
                    t.assertNotConnected(lpt);
                }));
        out.add(new Clause("row13.remote-name-case-insensitive", "A remote name in upper case cancels the deviceless connection",
                needs(DEVICELESS_CONNECTIONS), t -> {
                    String share = t.remote(SHARE);
                    t.connectDeviceless(share, plain());
                    t.expect(t.cancel2(upper(share), NO_FLAGS, false), NO_ERROR);
                    t.assertDeviceless(share, false);
                }));
        out.add(new Clause("row13.profile-key-case-insensitive",
                "CONNECT_UPDATE_PROFILE with a persistent device in lower case forgets the remembered entry",
                needs(DISK_DEVICES, PERSISTENT_CONNECTIONS), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().persistentToo());
                    t.expect(t.cancel2(lower(z), UPDATE_PROFILE, false), NO_ERROR);
                    t.assertNotConnected(z);
                    t.assertRemembered(z, false);
                }));
        out.add(new Clause("row13.remembered-only-case-insensitive",
                "CONNECT_UPDATE_PROFILE with a remembered-only device in lower case forgets it",
                needs(REMEMBERED_ONLY_ENTRIES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.remember(z, share);
                    t.expect(t.cancel2(lower(z), UPDATE_PROFILE, false), NO_ERROR);
                    t.assertRemembered(z, false);
                }));
        out.add(new Clause("row14.device-trailing-backslash-not-connected",
                "A disk device with a trailing backslash (Z:\\) is not the device: ERROR_NOT_CONNECTED, nothing changes",
                needs(DISK_DEVICES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    t.expectRefused(() -> t.cancel2(z + "\\", UPDATE_PROFILE, true), ERROR_NOT_CONNECTED);
                }));
        out.add(new Clause("row14.remote-trailing-backslash-not-connected",
                "A remote name with a trailing backslash is not the remote name: ERROR_NOT_CONNECTED, nothing changes",
                needs(DEVICELESS_CONNECTIONS), t -> {
                    String share = t.remote(SHARE);
                    t.connectDeviceless(share, plain());
                    t.expectRefused(() -> t.cancel2(share + "\\", NO_FLAGS, true), ERROR_NOT_CONNECTED);
                }));
        out.add(new Clause("row14.print-device-without-colon", "A print device without its colon (LPT1) cancels the device (LPT1:)",
                needs(PRINT_DEVICES), t -> {
                    String lpt = t.device("LPT1:"), printer = t.remote(PRINTER);
                    t.connect(lpt, printer, plain());
                    t.expect(t.cancel2(ConnectionClauses.withoutColon(lpt), NO_FLAGS, false), NO_ERROR);
                    t.assertNotConnected(lpt);
                }));
    }

    /**
     * Row 13: case folds one UTF-16 unit at a time, so no unit becomes two: {@code ß} and the
     * ligature {@code ﬀ} stay what they are, {@code İ} is not {@code I}, while {@code ſ} folds to
     * {@code S} and {@code ı} to {@code I}.
     */
    private static void unitFolding(List<Clause> out) {
        differentNames(out, "sharp-s-is-not-double-s", "\\\\srv\\stra\u00DFe", "\\\\srv\\STRASSE");
        differentNames(out, "ligature-ff-is-not-ff", "\\\\srv\\\uFB00", "\\\\srv\\FF");
        differentNames(out, "dotted-capital-i-is-not-i", "\\\\srv\\\u0130", "\\\\srv\\i");
        sameName(out, "sharp-s-upper-case-is-itself", "\\\\srv\\stra\u00DFe", "\\\\SRV\\STRA\u00DFE");
        sameName(out, "long-s-is-s", "\\\\srv\\\u017Fhare", "\\\\srv\\share");
        sameName(out, "dotless-i-is-i", "\\\\srv\\\u0131", "\\\\srv\\I");
    }

    /** Two remote names that fold differently: each cancels its own deviceless connection only. */
    private static void differentNames(List<Clause> out, String slug, String first, String second) {
        out.add(new Clause("row13." + slug, Names.quote(first) + " and " + Names.quote(second)
                + " are different names: cancelling one leaves the other's deviceless connection",
                needs(DEVICELESS_CONNECTIONS, ARBITRARY_REMOTE_NAMES), t -> {
                    String a = t.remote(first), b = t.remote(second);
                    t.connectDeviceless(a, plain());
                    t.connectDeviceless(b, plain());
                    t.expect(t.cancel2(b, NO_FLAGS, false), NO_ERROR);
                    t.assertDeviceless(b, false);
                    t.assertDeviceless(a, true);
                    t.expectRefused(() -> t.cancel(b, false), ERROR_NOT_CONNECTED);
                    t.expect(t.cancel(upper(a), false), NO_ERROR);
                    t.assertDeviceless(a, false);
                }));
    }

    /** A remote name and another spelling that folds to the same units: the same connection. */
    private static void sameName(List<Clause> out, String slug, String seeded, String called) {
        out.add(new Clause("row13." + slug, Names.quote(called) + " names the deviceless connection to "
                + Names.quote(seeded), needs(DEVICELESS_CONNECTIONS, ARBITRARY_REMOTE_NAMES), t -> {
                    String a = t.remote(seeded), b = t.remote(called);
                    t.connectDeviceless(a, plain());
                    t.assertDeviceless(b, true);
                    t.expect(t.cancel2(b, UPDATE_PROFILE, false), NO_ERROR);
                    t.assertDeviceless(a, false);
                }));
    }

    /** Row 14: names that look like devices or remote names but are neither answer ERROR_NOT_CONNECTED. */
    private static void notDevices(List<Clause> out) {
        notADevice(out, "drive-letter-without-colon", "Z", needs(DISK_DEVICES),
                t -> seedZ(t).substring(0, 1));
        notADevice(out, "two-letter-drive", "ZZ:", needs(DISK_DEVICES),
                t -> { String z = seedZ(t); return z.charAt(0) + z; });
        notADevice(out, "lpt0", "LPT0:", needs(PRINT_DEVICES), t -> { seedLpt1(t); return "LPT0:"; });
        notADevice(out, "lpt10", "LPT10:", needs(PRINT_DEVICES), t -> { seedLpt1(t); return "LPT10:"; });
        notADevice(out, "bare-double-backslash", "\\\\", needs(DEVICELESS_CONNECTIONS),
                t -> { seedShare(t); return "\\\\"; });
        notADevice(out, "server-without-share", "\\\\srv", needs(DEVICELESS_CONNECTIONS),
                t -> serverOf(seedShare(t)));
    }

    private static void notADevice(List<Clause> out, String slug, String shown, Set<Capability> needs,
                                   Function<ClauseContext, String> seedAndName) {
        out.add(new Clause("row14.not-a-device." + slug,
                "\"" + shown + "\" is not a device or remote name: ERROR_NOT_CONNECTED, nothing changes",
                needs, t -> {
                    String name = seedAndName.apply(t);
                    t.expectRefused(() -> t.cancel2(name, UPDATE_PROFILE, true), ERROR_NOT_CONNECTED);
                    t.expectRefused(() -> t.cancel(name, true), ERROR_NOT_CONNECTED);
                }));
    }

    private static String seedZ(ClauseContext t) {
        String z = t.device("Z:");
        t.connect(z, t.remote(SHARE), plain());
        return z;
    }

    private static void seedLpt1(ClauseContext t) {
        t.connect(t.device("LPT1:"), t.remote(PRINTER), plain());
    }

    private static String seedShare(ClauseContext t) {
        String share = t.remote(SHARE);
        t.connectDeviceless(share, plain());
        return share;
    }

    /** {@code \\srv} from {@code \\srv\share}. */
    private static String serverOf(String remoteName) {
        int slash = remoteName.indexOf('\\', 2);
        return slash < 0 ? remoteName : remoteName.substring(0, slash);
    }

    /** Non-ASCII and supplementary remote names reach the backend and come back exactly. */
    private static void unicode(List<Clause> out) {
        out.add(new Clause("names.non-ascii-remote-name-intact",
                "A device redirected to \\\\s\u00EBrver\\\u5171\u6709 is observed with exactly that remote name, and cancelled",
                needs(DISK_DEVICES, ARBITRARY_REMOTE_NAMES), t -> {
                    String z = t.device("Z:"), share = t.remote(NON_ASCII_SHARE);
                    t.connect(z, share, plain());
                    t.assertConnected(z, share);
                    t.expect(t.cancel2(z, UPDATE_PROFILE, false), NO_ERROR);
                    t.assertNotConnected(z);
                }));
        out.add(new Clause("names.non-ascii-deviceless-cancelled",
                "\\\\s\u00EBrver\\\u5171\u6709 cancels its deviceless connection and not the one to \\\\server\\\u5171\u6709",
                needs(DEVICELESS_CONNECTIONS, ARBITRARY_REMOTE_NAMES), t -> {
                    String accented = t.remote(NON_ASCII_SHARE), plainE = t.remote(ASCII_LOOKALIKE);
                    t.connectDeviceless(accented, plain());
                    t.connectDeviceless(plainE, plain());
                    t.expect(t.cancel2(accented, UPDATE_PROFILE, false), NO_ERROR);
                    t.assertDeviceless(accented, false);
                    t.assertDeviceless(plainE, true);
                }));
        out.add(new Clause("names.supplementary-deviceless-cancelled",
                "\\\\srv\\\uD83D\uDE00 cancels its deviceless connection and not the one to \\\\srv\\\uD83D\uDE01",
                needs(DEVICELESS_CONNECTIONS, ARBITRARY_REMOTE_NAMES), t -> {
                    String grin = t.remote(EMOJI_SHARE), smile = t.remote(OTHER_EMOJI_SHARE);
                    t.connectDeviceless(grin, plain());
                    t.connectDeviceless(smile, plain());
                    t.expect(t.cancel(grin, false), NO_ERROR);
                    t.assertDeviceless(grin, false);
                    t.assertDeviceless(smile, true);
                }));
        out.add(new Clause("names.supplementary-remote-name-intact-after-other-cancel",
                "Cancelling a device leaves another device's remote name \\\\srv\\\uD83D\uDE00 exactly as seeded",
                needs(DISK_DEVICES, ARBITRARY_REMOTE_NAMES), t -> {
                    String z = t.device("Z:"), y = t.device("Y:");
                    String grin = t.remote(EMOJI_SHARE), accented = t.remote(NON_ASCII_SHARE);
                    t.connect(z, grin, plain());
                    t.connect(y, accented, plain());
                    t.expect(t.cancel2(y, UPDATE_PROFILE, false), NO_ERROR);
                    t.assertConnected(z, grin);
                    t.assertNotConnected(y);
                }));
    }

    /**
     * Row 15, for one function: every rule rejects before the backend runs (the counting wrapper sees
     * no call) and leaves the seeded device connected; the longest legal name does reach the backend.
     */
    private static void validation(List<Clause> out, String function, BiFunction<ClauseContext, String, CancelOutcome> call) {
        String prefix = "row15." + function + ".";
        String fn = function.equals("legacy") ? "WNetCancelConnection" : "WNetCancelConnection2";
        out.add(rejects(prefix + "null-name", fn + " rejects a null name with NullPointerException",
                call, z -> null, NullPointerException.class, "name"));
        if (function.equals("cancel2")) {
            out.add(rejects(prefix + "null-flags", fn + " rejects null flags with NullPointerException",
                    (t, name) -> t.cancel2(name, null, true), z -> z, NullPointerException.class, "flags"));
        }
        out.add(rejects(prefix + "empty-name", fn + " rejects an empty name",
                call, z -> "", IllegalArgumentException.class, "empty"));
        out.add(rejects(prefix + "nul-at-start", fn + " rejects a name starting with U+0000",
                call, z -> "\u0000" + z, IllegalArgumentException.class, "U+0000"));
        out.add(rejects(prefix + "nul-in-middle", fn + " rejects \"Z:\\u0000x\" and does not cancel the seeded Z:",
                call, z -> z + "\u0000x", IllegalArgumentException.class, "U+0000"));
        out.add(rejects(prefix + "nul-at-end", fn + " rejects a name ending with U+0000",
                call, z -> z + "\u0000", IllegalArgumentException.class, "U+0000"));
        out.add(rejects(prefix + "unpaired-high-surrogate", fn + " rejects a name holding an unpaired high surrogate",
                call, z -> z + "\uD83D", IllegalArgumentException.class, "unpaired high surrogate"));
        out.add(rejects(prefix + "unpaired-low-surrogate", fn + " rejects a name holding an unpaired low surrogate",
                call, z -> "\uDE00" + z, IllegalArgumentException.class, "unpaired low surrogate"));
        out.add(rejects(prefix + "too-long", fn + " rejects a name of 32,768 UTF-16 units",
                call, z -> longName(MAX_NAME_LENGTH + 1), IllegalArgumentException.class,
                String.valueOf(MAX_NAME_LENGTH + 1), String.valueOf(MAX_NAME_LENGTH)));
        out.add(new Clause(prefix + "longest-name-reaches-backend",
                fn + " passes a name of 32,767 UTF-16 units to the backend, which answers ERROR_NOT_CONNECTED",
                needs(DISK_DEVICES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    String name = longName(MAX_NAME_LENGTH);
                    t.expectRefused(() -> call.apply(t, name), ERROR_NOT_CONNECTED);
                    t.assertBackendCalls(1);
                }));
    }

    private static Clause rejects(String id, String title, BiFunction<ClauseContext, String, CancelOutcome> call,
                                  Function<String, String> nameFromDevice, Class<? extends RuntimeException> type,
                                  String... messageSays) {
        return new Clause(id, title, needs(DISK_DEVICES), t -> {
            String z = t.device("Z:"), share = t.remote(SHARE);
            t.connect(z, share, plain());
            Map<String, String> before = t.observe();
            String name = nameFromDevice.apply(z);
            assertThrowsSaying(type, () -> call.apply(t, name), messageSays);
            t.assertBackendNotCalled();
            assertEquals(before, t.observe(), "a rejected name must change nothing");
            t.assertConnected(z, share);
        });
    }

    /** A remote name of exactly {@code length} UTF-16 units that no fixture has connected. */
    private static String longName(int length) {
        StringBuilder s = new StringBuilder("\\\\srv\\");
        while (s.length() < length) {
            s.append('x');
        }
        return s.toString();
    }
}
