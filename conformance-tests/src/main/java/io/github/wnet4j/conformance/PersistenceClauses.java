package io.github.wnet4j.conformance;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.github.wnet4j.ErrorCode.NO_ERROR;
import static io.github.wnet4j.conformance.Capability.ARBITRARY_REMOTE_NAMES;
import static io.github.wnet4j.conformance.Capability.DEVICELESS_CONNECTIONS;
import static io.github.wnet4j.conformance.Capability.DISK_DEVICES;
import static io.github.wnet4j.conformance.Capability.NEXT_LOGON;
import static io.github.wnet4j.conformance.Capability.PERSISTENT_CONNECTIONS;
import static io.github.wnet4j.conformance.Capability.PRINT_DEVICES;
import static io.github.wnet4j.conformance.Capability.REMEMBERED_ONLY_ENTRIES;
import static io.github.wnet4j.conformance.ClauseContext.NO_FLAGS;
import static io.github.wnet4j.conformance.ClauseContext.UPDATE_PROFILE;
import static io.github.wnet4j.conformance.ClauseContext.assertThrowsSaying;
import static io.github.wnet4j.conformance.ClauseContext.upper;
import static io.github.wnet4j.conformance.Clauses.OTHER;
import static io.github.wnet4j.conformance.Clauses.PRINTER;
import static io.github.wnet4j.conformance.Clauses.SHARE;
import static io.github.wnet4j.conformance.Clauses.needs;
import static io.github.wnet4j.conformance.ConnectionSpec.plain;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Clauses for persistence: what flags 0 and CONNECT_UPDATE_PROFILE do to persistent and plain
 * devices (specification rows 4, 5 and 6); a device is persistent when the profile remembers it to
 * the same remote name, compared per UTF-16 unit (row 13); and a device remembered to one remote name
 * is never connected to another (row 16: WNetAddConnection2 refuses it with
 * ERROR_DEVICE_ALREADY_REMEMBERED, 1202, and so must a fixture's seeding).
 */
final class PersistenceClauses {
    private PersistenceClauses() {
    }

    static void addTo(List<Clause> out) {
        flags(out);
        sameRemoteName(out);
        rememberedToAnother(out);
    }

    /** Rows 4, 5 and 6: what flags 0 and CONNECT_UPDATE_PROFILE do to persistent and plain devices. */
    private static void flags(List<Clause> out) {
        out.add(new Clause("row04.persistent-without-flags-stays-remembered",
                "Flags 0 on a persistent device break the connection and keep it remembered",
                needs(DISK_DEVICES, PERSISTENT_CONNECTIONS), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().persistentToo());
                    t.expect(t.cancel2(z, NO_FLAGS, false), NO_ERROR);
                    t.assertNotConnected(z);
                    t.assertRemembered(z, true);
                }));
        out.add(new Clause("row04.next-logon-restores-remembered",
                "After flags 0 on a persistent device, the next logon restores it",
                needs(DISK_DEVICES, PERSISTENT_CONNECTIONS, NEXT_LOGON), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().persistentToo());
                    t.expect(t.cancel2(z, NO_FLAGS, false), NO_ERROR);
                    t.fixture().nextLogon();
                    t.assertConnected(z, share);
                    t.assertRemembered(z, true);
                }));
        out.add(new Clause("row04.next-logon-restores-only-persistent",
                "The next logon ends plain connections and restores persistent ones",
                needs(DISK_DEVICES, PERSISTENT_CONNECTIONS, NEXT_LOGON), t -> {
                    String z = t.device("Z:"), y = t.device("Y:"), share = t.remote(SHARE), other = t.remote(OTHER);
                    t.connect(z, share, plain());
                    t.connect(y, other, plain().persistentToo());
                    t.fixture().nextLogon();
                    t.assertNotConnected(z);
                    t.assertRemembered(z, false);
                    t.assertConnected(y, other);
                }));
        out.add(new Clause("row05.update-profile-forgets-persistent",
                "CONNECT_UPDATE_PROFILE on a persistent device breaks the connection and forgets it",
                needs(DISK_DEVICES, PERSISTENT_CONNECTIONS), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().persistentToo());
                    t.expect(t.cancel2(z, UPDATE_PROFILE, false), NO_ERROR);
                    t.assertNotConnected(z);
                    t.assertRemembered(z, false);
                }));
        out.add(new Clause("row05.next-logon-does-not-restore-forgotten",
                "After CONNECT_UPDATE_PROFILE on a persistent device, the next logon does not restore it",
                needs(DISK_DEVICES, PERSISTENT_CONNECTIONS, NEXT_LOGON), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().persistentToo());
                    t.expect(t.cancel2(z, UPDATE_PROFILE, false), NO_ERROR);
                    t.fixture().nextLogon();
                    t.assertNotConnected(z);
                    t.assertRemembered(z, false);
                }));
        out.add(new Clause("row05.update-profile-forgets-only-that-device",
                "CONNECT_UPDATE_PROFILE forgets the cancelled device and no other remembered device",
                needs(DISK_DEVICES, PERSISTENT_CONNECTIONS), t -> {
                    String z = t.device("Z:"), y = t.device("Y:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().persistentToo());
                    t.connect(y, share, plain().persistentToo());
                    t.expect(t.cancel2(z, UPDATE_PROFILE, false), NO_ERROR);
                    t.assertRemembered(z, false);
                    t.assertConnected(y, share);
                    t.assertRemembered(y, true);
                }));
        out.add(new Clause("row06.update-profile-on-plain-device-ignored",
                "CONNECT_UPDATE_PROFILE on a device that is not persistent cancels it like flags 0",
                needs(DISK_DEVICES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    t.expect(t.cancel2(z, UPDATE_PROFILE, false), NO_ERROR);
                    t.assertNotConnected(z);
                    t.assertRemembered(z, false);
                }));
        out.add(new Clause("row06.update-profile-on-print-device", "CONNECT_UPDATE_PROFILE on a plain print device cancels it",
                needs(PRINT_DEVICES), t -> {
                    String lpt = t.device("LPT1:"), printer = t.remote(PRINTER);
                    t.connect(lpt, printer, plain());
                    t.expect(t.cancel2(lpt, UPDATE_PROFILE, true), NO_ERROR);
                    t.assertNotConnected(lpt);
                }));
        out.add(new Clause("row06.update-profile-on-deviceless-ignored",
                "CONNECT_UPDATE_PROFILE on a remote name cancels the deviceless connection like flags 0",
                needs(DEVICELESS_CONNECTIONS), t -> {
                    String share = t.remote(SHARE);
                    t.connectDeviceless(share, plain());
                    t.expect(t.cancel2(share, UPDATE_PROFILE, false), NO_ERROR);
                    t.assertDeviceless(share, false);
                }));
    }

    /** Rows 4 and 5 with row 13: a device remembered to its remote name spelt in another case is persistent. */
    private static void sameRemoteName(List<Clause> out) {
        out.add(new Clause("row04.remembered-in-other-case-is-persistent",
                "A device connected to the remote name it is remembered to, spelt in another case, is persistent: flags 0 keep the entry and the next logon restores it",
                needs(DISK_DEVICES, REMEMBERED_ONLY_ENTRIES, NEXT_LOGON), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.remember(z, share);
                    t.connect(z, upper(share), plain());
                    t.expect(t.cancel2(z, NO_FLAGS, false), NO_ERROR);
                    t.assertRemembered(z, true);
                    t.fixture().nextLogon();
                    t.assertConnected(z, share);
                }));
        out.add(new Clause("row05.remembered-in-other-case-update-profile-forgets",
                "CONNECT_UPDATE_PROFILE on a device connected to its remembered remote name, spelt in another case, forgets the entry",
                needs(DISK_DEVICES, REMEMBERED_ONLY_ENTRIES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.remember(z, share);
                    t.connect(z, upper(share), plain());
                    t.expect(t.cancel2(z, UPDATE_PROFILE, false), NO_ERROR);
                    t.assertNotConnected(z);
                    t.assertRemembered(z, false);
                }));
    }

    /** Row 16: a device remembered to one remote name cannot be connected to another. */
    private static void rememberedToAnother(List<Clause> out) {
        refused(out, "row16.connect-over-other-remembered-refused",
                "Connecting a device remembered to another remote name is refused, naming ERROR_DEVICE_ALREADY_REMEMBERED (1202), and changes nothing",
                needs(DISK_DEVICES, REMEMBERED_ONLY_ENTRIES), false, "Z:", SHARE, OTHER);
        refused(out, "row16.persistent-connect-over-other-remembered-refused",
                "Connecting a device remembered to another remote name persistently is refused (1202) and does not replace the entry",
                needs(DISK_DEVICES, REMEMBERED_ONLY_ENTRIES, PERSISTENT_CONNECTIONS), true, "Z:", SHARE, OTHER);
        refused(out, "row16.print-device-over-other-remembered-refused",
                "Connecting a print device remembered to another remote name is refused (1202) and changes nothing",
                needs(PRINT_DEVICES, REMEMBERED_ONLY_ENTRIES), false, "LPT1:", PRINTER, SHARE);
        refused(out, "row16.remembered-sharp-s-is-not-double-s",
                "A device remembered to \\\\srv\\stra\u00DFe is remembered to another name than \\\\srv\\STRASSE (row 13): connecting it there is refused (1202)",
                needs(DISK_DEVICES, REMEMBERED_ONLY_ENTRIES, ARBITRARY_REMOTE_NAMES), false, "Z:",
                "\\\\srv\\STRASSE", "\\\\srv\\stra\u00DFe");
        out.add(new Clause("row16.remembered-only-forgotten-then-connect-to-another",
                "Once CONNECT_UPDATE_PROFILE forgets a remembered-only device, it can be connected to another remote name, not persistent",
                needs(DISK_DEVICES, REMEMBERED_ONLY_ENTRIES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE), other = t.remote(OTHER);
                    t.remember(z, other);
                    t.expect(t.cancel2(z, UPDATE_PROFILE, false), NO_ERROR);
                    t.connect(z, share, plain());
                    t.assertConnected(z, share);
                    t.assertRemembered(z, false);
                }));
    }

    private static void refused(List<Clause> out, String id, String title, Set<Capability> needs,
                                boolean persistent, String wantedDevice, String wantedRemote, String wantedRemembered) {
        out.add(new Clause(id, title, needs, t -> {
            String device = t.device(wantedDevice), remote = t.remote(wantedRemote), remembered = t.remote(wantedRemembered);
            t.remember(device, remembered);
            t.watchRemote(remote);
            Map<String, String> before = t.observe();
            ConnectionSpec spec = persistent ? plain().persistentToo() : plain();
            assertThrowsSaying(RuntimeException.class, () -> t.fixture().connectDevice(device, remote, spec), "1202");
            assertEquals(before, t.observe(), "a refused connection must change nothing");
            t.assertNotConnected(device);
            t.assertRemembered(device, true);
        }));
    }
}
