package io.github.wnet4j.cli;

import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.fake.ProfileFault;
import io.github.wnet4j.fake.ProviderError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.github.wnet4j.cli.WnetTest.wnet;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The read side of {@code wnet}: {@code list}, {@code get}, {@code unc}, the guarded
 * {@code cancel --if-points-at} and {@code cancel-server}, over a state file and over the fake
 * backend named with {@code --backend fake} (the JVM's shared logon, where faults can be armed).
 */
class ReadCommandsTest {
    /** The server this class seeds on the shared logon, and cancels afterwards. */
    private static final String SERVER = "clitestsrv";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void seed() {
        file = dir.resolve("s.json");
        ok("sim", "connect", "Z:", "\\\\fileserver\\deploy", "--persistent", "--open-files", "2");
        ok("sim", "connect", "Y:", "\\\\fileserver\\old", "--remembered-only");
        ok("sim", "connect", "LPT1:", "\\\\printsrv\\laser");
        ok("sim", "connect", "\\\\fileserver\\IPC$");
        ok("sim", "connect", "X:", "\\\\nas\\home");
    }

    @AfterEach
    void restoreTheSharedLogon() {
        FakeLogon shared = FakeLogon.shared();
        shared.networkPresent(true).disarmProviderError().clearProfileFault();
        shared.wnet().cancelAllTo(SERVER, Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), true);
        assertTrue(shared.connections().stream().noneMatch(c -> c.remoteName().contains(SERVER)), shared.toString());
    }

    private WnetTest.Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--state", file.toString()));
        WnetTest.Run r = wnet(all.toArray(String[]::new));
        r.assertNoStackTrace();
        return r;
    }

    private void ok(String... args) {
        WnetTest.Run r = run(args);
        assertEquals(0, r.status(), String.join(" ", args) + "\n" + r.out() + r.err());
    }

    private static JsonNode json(WnetTest.Run r) {
        return JSON.readTree(r.out());
    }

    /** What a command printed, line by line, a message wrapped at 80 columns as one line. */
    private static List<String> rows(WnetTest.Run r) {
        return WnetTest.unwrapped(r.out()).lines().toList();
    }

    // ------------------------------------------------------------ list

    @Test
    void listShowsWhatTheReaderAnswersDevicesDevicelessTypeAndProvider() {
        WnetTest.Run r = run("list");
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of(
                "LOCAL  REMOTE               TYPE   STATUS     PROVIDER",
                "LPT1:  \\\\printsrv\\laser     PRINT  connected  Microsoft Windows Network",
                "X:     \\\\nas\\home           DISK   connected  Microsoft Windows Network",
                "Z:     \\\\fileserver\\deploy  DISK   connected  Microsoft Windows Network",
                "-      \\\\fileserver\\IPC$    DISK   connected  Microsoft Windows Network",
                "(4 entries; backend: fake)"), rows(r),
                "in the listing's order (the fake's: devices, then deviceless); no remembered-only Y: without --remembered");
        assertEquals("", r.err());
    }

    @Test
    void listRememberedMarksRememberedEntriesAndShowsTheUnavailableOnes() {
        WnetTest.Run r = run("list", "--remembered");
        assertEquals(0, r.status(), r.err());
        assertEquals("LOCAL  REMOTE               TYPE   STATUS       REMEMBERED  PROVIDER", rows(r).get(0));
        assertTrue(rows(r).contains("Z:     \\\\fileserver\\deploy  DISK   connected    yes         Microsoft Windows Network"), r.out());
        assertTrue(rows(r).contains("X:     \\\\nas\\home           DISK   connected    no          Microsoft Windows Network"), r.out());
        assertTrue(rows(r).contains("Y:     \\\\fileserver\\old     DISK   unavailable  yes         Microsoft Windows Network"), r.out());
        assertEquals("(5 entries; backend: fake)", rows(r).get(rows(r).size() - 1));
    }

    @Test
    void listJsonHasOneEntryPerConnectionAndTheListingsItCameFrom() {
        JsonNode o = json(run("list", "--remembered", "--json"));
        assertEquals("fake", o.get("backend").asString());
        assertTrue(o.get("success").asBoolean());
        assertEquals(List.of("RESOURCE_CONNECTED", "RESOURCE_REMEMBERED"),
                o.get("listings").valueStream().map(l -> l.get("scope").asString()).toList());
        assertEquals(0, o.get("listings").get(1).get("code").asInt());
        JsonNode ipc = o.get("connections").valueStream().filter(c -> c.get("remoteName").asString().endsWith("IPC$"))
                .findFirst().orElseThrow();
        assertTrue(ipc.get("device").isNull(), "a deviceless connection has no device");
        assertEquals("DISK", ipc.get("type").asString());
        assertTrue(ipc.get("connected").asBoolean());
        assertFalse(ipc.get("remembered").asBoolean());
        JsonNode y = o.get("connections").valueStream().filter(c -> "Y:".equals(c.get("device").asString()))
                .findFirst().orElseThrow();
        assertFalse(y.get("connected").asBoolean());
        assertTrue(y.get("remembered").asBoolean());

        JsonNode plain = json(run("list", "--json"));
        assertEquals(4, plain.get("connections").size());
        assertTrue(plain.get("connections").get(0).get("remembered").isNull(), "not asked without --remembered");
    }

    @Test
    void listIsTheSameShapeThroughTheFakeBackendAsThroughAStateFile() {
        Path other = dir.resolve("other.json");
        for (String[] seed : new String[][] {{"Q:", "\\\\" + SERVER + "\\a"}, {"\\\\" + SERVER + "\\IPC$"}}) {
            List<String> args = new ArrayList<>(List.of("sim", "connect"));
            args.addAll(List.of(seed));
            args.addAll(List.of("--state", other.toString()));
            assertEquals(0, wnet(args.toArray(String[]::new)).status());
        }
        FakeLogon.shared().connectDevice("Q:", "\\\\" + SERVER + "\\a").connectDeviceless("\\\\" + SERVER + "\\IPC$");
        WnetTest.Run throughFile = wnet("list", "--state", other.toString());
        WnetTest.Run throughBackend = wnet("list", "--backend", "fake");
        assertEquals(0, throughBackend.status(), throughBackend.err());
        assertEquals(throughFile.out(), throughBackend.out());
    }

    @Test
    void aFailedListingIsTheOutcomesLineOnStdoutAndItsClassAsStatus() {
        FakeLogon.shared().networkPresent(false);
        WnetTest.Run r = wnet("list", "--backend", "fake");
        assertEquals(ExitCodes.NETWORK, r.status());
        assertEquals(List.of("WNetOpenEnum(RESOURCE_CONNECTED, RESOURCETYPE_ANY) failed with ERROR_NO_NETWORK (1222): "
                + "The network is not present or not started. Start the network (the Workstation service) and retry. "
                + "[backend: fake]"), rows(r));
        assertEquals("", r.err());
        JsonNode o = json(wnet("list", "--backend", "fake", "--json"));
        assertFalse(o.get("success").asBoolean());
        assertEquals(1222, o.get("listings").get(0).get("code").asInt());
        assertEquals("ERROR_NO_NETWORK", o.get("listings").get(0).get("error").asString());
        assertEquals(0, o.get("connections").size());
    }

    @Test
    void aProviderErrorCarriesTheProvidersOwnErrorInJson() {
        FakeLogon.shared().armProviderError(ProviderError.of(53, "The network path was not found.", "Microsoft Windows Network"));
        WnetTest.Run r = wnet("get", "Z:", "--backend", "fake", "--json");
        assertEquals(ExitCodes.NETWORK, r.status());
        JsonNode o = json(r);
        assertEquals(1208, o.get("code").asInt());
        assertEquals("failed", o.get("status").asString());
        assertEquals(53, o.get("extendedError").get("providerCode").asInt());
        assertEquals("The network path was not found.", o.get("extendedError").get("text").asString());
    }

    // ------------------------------------------------------------ get

    @Test
    void getSaysConnectedRememberedOrNotConnectedWithItsOwnStatus() {
        WnetTest.Run z = run("get", "z:");
        assertEquals(ExitCodes.OK, z.status());
        assertEquals("z: connected to \\\\fileserver\\deploy [backend: fake]", WnetTest.unwrapped(z.out()).strip(), "any case (row 13)");
        WnetTest.Run y = run("get", "Y:");
        assertEquals(ExitCodes.REMEMBERED_ONLY, y.status());
        assertEquals("Y: remembered to \\\\fileserver\\old, not connected in this logon session"
                + " (ERROR_CONNECTION_UNAVAIL, 1201) [backend: fake]", WnetTest.unwrapped(y.out()).strip());
        WnetTest.Run w = run("get", "W:");
        assertEquals(ExitCodes.NOT_CONNECTED, w.status());
        assertEquals("W: not connected (ERROR_NOT_CONNECTED, 2250) [backend: fake]", WnetTest.unwrapped(w.out()).strip());
        WnetTest.Run lpt = run("get", "lpt1");
        assertEquals(ExitCodes.OK, lpt.status(), "LPT1 is LPT1: (row 14)");
        assertTrue(lpt.out().contains("\\\\printsrv\\laser"), lpt.out());
    }

    @Test
    void getJsonHasTheStatusTheRemoteNameAndTheCode() {
        JsonNode y = json(run("get", "Y:", "--json"));
        assertEquals("remembered", y.get("status").asString());
        assertEquals("\\\\fileserver\\old", y.get("remoteName").asString());
        assertEquals(1201, y.get("code").asInt());
        assertEquals("ERROR_CONNECTION_UNAVAIL", y.get("error").asString());
        assertEquals("WNetGetConnection", y.get("function").asString());
        assertFalse(y.get("success").asBoolean());
        JsonNode w = json(run("get", "W:", "--json"));
        assertEquals("not-connected", w.get("status").asString());
        assertTrue(w.get("remoteName").isNull());
        assertEquals("connected", json(run("get", "Z:", "--json")).get("status").asString());
    }

    @Test
    void getRefusesWhatIsNotADeviceBeforeAnyBackendRuns() throws IOException {
        byte[] before = Files.readAllBytes(file);
        for (String name : new String[] {"Z:\\", "Z:\\\\", "Z", "ZZ:", "LPT0:", "\\\\fileserver\\deploy", "\\\\fileserver",
                "Z:\\..", "\uD800:", "Z\uDC00", ""}) {
            WnetTest.Run r = run("get", name);
            assertEquals(ExitCodes.USAGE, r.status(), name + ": " + r.out() + r.err());
            assertEquals("", r.out(), name);
            WnetTest.assertOneMessage(r.err());
        }
        assertTrue(run("get", "Z:\\").message().contains("is not a local device"));
        assertTrue(run("get", "\uD800:").message().contains("unpaired"), run("get", "\uD800:").err());
        assertArrayEquals(before, Files.readAllBytes(file), "reading changes nothing");
    }

    // ------------------------------------------------------------ unc

    @Test
    void uncGivesTheUniversalNameTheConnectionAndTheRemainingPath() {
        WnetTest.Run r = run("unc", "Z:\\dir\\f.txt");
        assertEquals(0, r.status(), r.out() + r.err());
        assertEquals(List.of(
                "UNIVERSAL NAME  \\\\fileserver\\deploy\\dir\\f.txt",
                "CONNECTION      \\\\fileserver\\deploy",
                "REMAINING PATH  \\dir\\f.txt",
                "BACKEND         fake"), rows(r));
        for (String root : new String[] {"Z:", "Z:\\", "z:\\"}) {
            JsonNode o = json(run("unc", root, "--json"));
            assertEquals("\\\\fileserver\\deploy", o.get("connectionName").asString(), root);
            assertEquals("\\", o.get("remainingPath").asString(), root + ": the remaining path of a root is \\ (R14)");
            assertEquals("\\\\fileserver\\deploy\\", o.get("universalName").asString(), root);
        }
    }

    @Test
    void uncTakesThePathAsWrittenDotDotAndDoubleBackslashIncluded() {
        JsonNode dots = json(run("unc", "Z:\\a\\..\\b", "--json"));
        assertEquals("\\\\fileserver\\deploy\\a\\..\\b", dots.get("universalName").asString(), "'..' is not resolved");
        assertEquals("\\a\\..\\b", dots.get("remainingPath").asString());
        JsonNode twice = json(run("unc", "Z:\\\\", "--json"));
        assertEquals(0, twice.get("code").asInt());
        assertEquals("\\\\", twice.get("remainingPath").asString(), "Z:\\\\ is not Z:\\");
    }

    @Test
    void uncUniversalOnlyAsksTheFirstLevel() {
        WnetTest.Run r = run("unc", "Z:\\f", "--universal-only");
        assertEquals(List.of("UNIVERSAL NAME  \\\\fileserver\\deploy\\f", "BACKEND         fake"), rows(r));
        JsonNode o = json(run("unc", "Z:\\f", "--universal-only", "--json"));
        assertEquals("UNIVERSAL_NAME_INFO_LEVEL", o.get("level").asString());
        assertTrue(o.get("connectionName").isNull() && o.get("remainingPath").isNull(), o.toString());
    }

    @Test
    void uncOfARememberedUnmappedOrPrinterDeviceIsItsCodeAndStatus() {
        WnetTest.Run y = run("unc", "Y:\\f");
        assertEquals(ExitCodes.REMEMBERED_ONLY, y.status());
        assertTrue(WnetTest.unwrapped(y.out()).startsWith("WNetGetUniversalName(\"Y:\\f\", REMOTE_NAME_INFO_LEVEL) failed with"
                + " ERROR_CONNECTION_UNAVAIL (1201)"), y.out());
        assertEquals(ExitCodes.NOT_CONNECTED, run("unc", "W:\\f").status());
        WnetTest.Run lpt = run("unc", "LPT1:", "--json");
        assertEquals(ExitCodes.OTHER_WIN32, lpt.status());
        assertEquals("ERROR_BAD_DEVICE", json(lpt).get("error").asString(), "only disk devices have paths (R15)");
        WnetTest.Run relative = run("unc", "Z:dir");
        assertEquals(ExitCodes.OTHER_WIN32, relative.status(), relative.out());
    }

    @Test
    void uncRefusesNamesNoCallCanCarry() {
        for (String path : new String[] {"Z:\\\uD800", "Z:\\\uDC00x", ""}) {
            WnetTest.Run r = run("unc", path);
            assertEquals(ExitCodes.USAGE, r.status(), r.out() + r.err());
            WnetTest.assertOneMessage(r.err());
            assertEquals("", r.out());
        }
    }

    // ------------------------------------------------------------ cancel --if-points-at

    @Test
    void aGuardedCancelCancelsTheDeviceWhenItPointsAtTheRemoteName() {
        WnetTest.Run r = run("cancel", "X:", "--if-points-at", "\\\\NAS\\HOME");
        assertEquals(ExitCodes.OK, r.status(), r.out() + r.err());
        assertEquals(List.of("X: points at \\\\nas\\home: cancelling it [backend: fake]",
                "WNetCancelConnection2(\"X:\", no flags, force=false) succeeded (NO_ERROR) [backend: fake]"), rows(r));
        assertEquals(ExitCodes.NOT_CONNECTED, run("get", "X:").status(), "cancelled, and saved");
    }

    @Test
    void aGuardedCancelLeavesADeviceThatPointsElsewhereAloneWithStatusNine() throws IOException {
        byte[] before = Files.readAllBytes(file);
        WnetTest.Run r = run("cancel", "X:", "--if-points-at", "\\\\fileserver\\deploy", "--force", "--update-profile");
        assertEquals(ExitCodes.POINTS_ELSEWHERE, r.status());
        assertEquals(List.of("X: points at \\\\nas\\home, not \\\\fileserver\\deploy: left alone, nothing cancelled"
                + " [backend: fake]"), rows(r));
        assertEquals("", r.err());
        assertArrayEquals(before, Files.readAllBytes(file), "nothing changed");

        JsonNode o = json(run("cancel", "X:", "--if-points-at", "\\\\fileserver\\deploy", "--json"));
        assertEquals("POINTS_ELSEWHERE", o.get("decision").asString());
        assertTrue(o.get("done").asBoolean(), "the user's own drive is left alone: nothing of ours is left");
        assertEquals("\\\\nas\\home", o.get("lookup").get("remoteName").asString());
        assertTrue(o.get("cancel").isNull());
    }

    @Test
    void aGuardedCancelOfARememberedOnlyDeviceFollowsRowSeven() {
        WnetTest.Run kept = run("cancel", "Y:", "--if-points-at", "\\\\fileserver\\old");
        assertEquals(ExitCodes.NOT_CONNECTED, kept.status(), "flags 0 on remembered-only: ERROR_NOT_CONNECTED, kept");
        assertTrue(kept.out().startsWith("Y: is remembered (not connected) to \\\\fileserver\\old: cancelling it"), kept.out());
        assertEquals(ExitCodes.REMEMBERED_ONLY, run("get", "Y:").status());
        WnetTest.Run forgotten = run("cancel", "Y:", "--if-points-at", "\\\\fileserver\\old", "--update-profile");
        assertEquals(ExitCodes.OK, forgotten.status(), forgotten.out());
        assertEquals(ExitCodes.NOT_CONNECTED, run("get", "Y:").status());
    }

    @Test
    void aGuardedCancelReportsTheCancelsOwnFailureAndANotConnectedDevice() {
        WnetTest.Run busy = run("cancel", "Z:", "--if-points-at", "\\\\fileserver\\deploy", "--json");
        assertEquals(ExitCodes.BUSY, busy.status());
        JsonNode o = json(busy);
        assertEquals("CANCELLED", o.get("decision").asString());
        assertEquals("ERROR_OPEN_FILES", o.get("cancel").get("error").asString());
        assertFalse(o.get("done").asBoolean());
        WnetTest.Run none = run("cancel", "W:", "--if-points-at", "\\\\fileserver\\deploy");
        assertEquals(ExitCodes.NOT_CONNECTED, none.status());
        assertEquals("W: is not connected: nothing cancelled [backend: fake]", WnetTest.unwrapped(none.out()).strip());
    }

    @Test
    void aGuardedCancelWhoseLookFailsCancelsNothing() {
        FakeLogon shared = FakeLogon.shared().connectDevice("Q:", "\\\\" + SERVER + "\\a");
        shared.networkPresent(false);
        WnetTest.Run r = wnet("cancel", "Q:", "--if-points-at", "\\\\" + SERVER + "\\a", "--backend", "fake");
        assertEquals(ExitCodes.NETWORK, r.status());
        assertTrue(r.out().startsWith("WNetGetConnection(\"Q:\") failed with ERROR_NO_NETWORK (1222)")
                && r.out().contains("nothing cancelled"), r.out());
        shared.networkPresent(true);
        assertTrue(shared.isConnected("Q:"));
    }

    @Test
    void aGuardedCancelRefusesBadInputBeforeTouchingTheFile() throws IOException {
        byte[] before = Files.readAllBytes(file);
        for (String[] args : new String[][] {
                {"cancel", "X:", "--if-points-at", "\\\\nas"},               // a server without a share
                {"cancel", "X:", "--if-points-at", "nas\\home"},
                {"cancel", "X:", "--if-points-at", "\\\\nas\\home\\"},
                {"cancel", "X:", "--if-points-at", "\\\\nas\\\uD800"},
                {"cancel", "\\\\nas\\home", "--if-points-at", "\\\\nas\\home"},
                {"cancel", "X:\\", "--if-points-at", "\\\\nas\\home"},
                {"cancel", "X:", "--if-points-at", "\\\\nas\\home", "--legacy"}}) {
            WnetTest.Run r = run(args);
            assertEquals(ExitCodes.USAGE, r.status(), String.join(" ", args) + ": " + r.out() + r.err());
            WnetTest.assertOneMessage(r.err());
            assertEquals("", r.out());
        }
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(ExitCodes.OK, run("get", "X:").status());
    }

    // ------------------------------------------------------------ cancel-server

    @Test
    void cancelServerCancelsEveryConnectionToTheServerAndSaysEachOutcome() {
        WnetTest.Run r = run("cancel-server", "FileServer");
        assertEquals(ExitCodes.BUSY, r.status(), "the worst: Z: has open files");
        assertEquals(List.of(
                "LOCAL  REMOTE               OUTCOME",
                "Z:     \\\\fileserver\\deploy  WNetCancelConnection2(\"Z:\", no flags, force=false) failed with"
                        + " ERROR_OPEN_FILES (2401): There are open files or print jobs on the connection, and force was"
                        + " false. Close the files or jobs, or pass force=true to close them and disconnect.",
                "-      \\\\fileserver\\IPC$    WNetCancelConnection2(\"\\\\fileserver\\IPC$\", no flags, force=false)"
                        + " succeeded (NO_ERROR)",
                "(\\\\FileServer: 2 connections, 1 done, 1 failed; backend: fake)"), rows(r));
        assertEquals(ExitCodes.OK, run("get", "X:").status(), "another server's connection is untouched");
        assertEquals(ExitCodes.OK, run("get", "Z:").status(), "a failure changes nothing");

        WnetTest.Run forced = run("cancel-server", "\\\\fileserver", "--force");
        assertEquals(ExitCodes.OK, forced.status(), forced.out());
        assertEquals(ExitCodes.REMEMBERED_ONLY, run("get", "Z:").status(), "disconnected, still remembered (row 4)");
        assertEquals(ExitCodes.REMEMBERED_ONLY, run("get", "Y:").status(), "no --update-profile: Y: is kept");

        WnetTest.Run forget = run("cancel-server", "fileserver", "--update-profile");
        assertEquals(ExitCodes.OK, forget.status(), forget.out());
        assertEquals(List.of("Y:", "Z:"), rows(forget).subList(1, 3).stream().map(l -> l.substring(0, 2)).toList(),
                "both remembered only now, both forgotten: " + forget.out());
        assertEquals("(\\\\fileserver: 2 connections, 2 done, 0 failed; backend: fake)", rows(forget).get(3));
        assertEquals(ExitCodes.NOT_CONNECTED, run("get", "Z:").status());
        assertEquals(ExitCodes.NOT_CONNECTED, run("get", "Y:").status());

        WnetTest.Run nothing = run("cancel-server", "fileserver");
        assertEquals(ExitCodes.NOT_CONNECTED, nothing.status());
        assertEquals(List.of("(\\\\fileserver: no connection to cancel; backend: fake)"), rows(nothing));
    }

    @Test
    void cancelServerJsonHasOneEntryPerConnection() {
        JsonNode o = json(run("cancel-server", "fileserver", "--force", "--update-profile", "--json"));
        assertEquals("fileserver", o.get("server").asString());
        assertTrue(o.get("done").asBoolean());
        assertEquals(2, o.get("listings").size(), "with --update-profile the remembered ones are listed too");
        assertEquals(List.of("Z:", "(none)", "Y:"), o.get("cancels").valueStream()
                .map(c -> c.get("device").isNull() ? "(none)" : c.get("device").asString()).toList(),
                "devices, then deviceless, then remembered-only");
        JsonNode z = o.get("cancels").get(0).get("outcome");
        assertEquals(0, z.get("code").asInt());
        assertEquals(List.of("CONNECT_UPDATE_PROFILE"), z.get("flags").valueStream().map(JsonNode::asString).toList());
        assertTrue(z.get("force").asBoolean());
    }

    @Test
    void cancelServerExitsWithTheWorstOutcomeAsNumbered() {
        FakeLogon shared = FakeLogon.shared()
                .connectDevice("Q:", "\\\\" + SERVER + "\\a", c -> c.persistent())
                .connectDevice("R:", "\\\\" + SERVER + "\\b", c -> c.openFiles(1))
                .connectDeviceless("\\\\" + SERVER + "\\IPC$");
        shared.armProfileFault(ProfileFault.CANNOT_OPEN);
        WnetTest.Run r = wnet("cancel-server", SERVER, "--update-profile", "--backend", "fake", "--json");
        JsonNode o = json(r);
        assertEquals(List.of(1205, 2401, 0), o.get("cancels").valueStream().map(c -> c.get("outcome").get("code").asInt()).toList());
        assertEquals(ExitCodes.PROFILE, r.status(), "4 (profile) is worse than 3 (busy) and 0");
        assertFalse(o.get("done").asBoolean());
    }

    @Test
    void cancelServerWithAFailedListingCancelsNothing() {
        FakeLogon shared = FakeLogon.shared().connectDeviceless("\\\\" + SERVER + "\\IPC$");
        shared.networkPresent(false);
        WnetTest.Run r = wnet("cancel-server", SERVER, "--backend", "fake");
        assertEquals(ExitCodes.NETWORK, r.status());
        assertTrue(r.out().startsWith("WNetOpenEnum(RESOURCE_CONNECTED, RESOURCETYPE_ANY) failed with ERROR_NO_NETWORK")
                && WnetTest.unwrapped(r.out()).strip().endsWith("nothing cancelled [backend: fake]"), r.out());
        shared.networkPresent(true);
        assertTrue(shared.hasDevicelessConnection("\\\\" + SERVER + "\\IPC$"));
    }

    @Test
    void cancelServerRefusesAShareOrAnEmptyServer() throws IOException {
        byte[] before = Files.readAllBytes(file);
        for (String server : new String[] {"\\\\fileserver\\deploy", "fileserver\\deploy", "\\\\", "", "\\\\fileserver\\",
                "file\uD800server"}) {
            WnetTest.Run r = run("cancel-server", server, "--force");
            assertEquals(ExitCodes.USAGE, r.status(), server + ": " + r.out() + r.err());
            WnetTest.assertOneMessage(r.err());
            assertEquals("", r.out());
        }
        assertTrue(run("cancel-server", "\\\\fileserver\\deploy").message().contains("without a share"));
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void readCommandsNeverWriteTheFileNotEvenWithProfile() throws IOException {
        byte[] before = Files.readAllBytes(file);
        for (String[] args : new String[][] {{"list", "--remembered"}, {"get", "Z:"}, {"unc", "Z:\\f"}}) {
            List<String> all = new ArrayList<>(List.of(args));
            all.addAll(List.of("--profile", "legacy-documentation"));
            WnetTest.Run r = run(all.toArray(String[]::new));
            assertEquals(0, r.status(), r.out() + r.err());
        }
        assertArrayEquals(before, Files.readAllBytes(file), "reading changes nothing");
        assertTrue(Files.readString(file).contains("\"documented\""), "the file keeps its profile");
    }

    // ------------------------------------------------------------ help

    @Test
    void everyReadCommandIsInTheHelpAndHasItsOwn() {
        WnetTest.Run top = wnet("--help");
        for (String command : new String[] {"list", "get", "unc", "cancel-server"}) {
            assertTrue(top.out().lines().anyMatch(l -> l.strip().startsWith(command + " ")), command + "\n" + top.out());
            WnetTest.Run help = wnet(command, "--help");
            assertEquals(0, help.status());
            assertTrue(help.out().contains("--json") && help.out().contains("--state"), command + "\n" + help.out());
        }
        WnetTest.Run cancel = wnet("cancel", "--help");
        assertTrue(cancel.out().contains("--if-points-at") && cancel.out().contains("remapped between"), cancel.out());
    }
}
