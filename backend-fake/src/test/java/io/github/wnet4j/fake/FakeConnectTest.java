package io.github.wnet4j.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wnet4j.ConnectFlag;
import io.github.wnet4j.ConnectOutcome;
import io.github.wnet4j.ConnectRequest;
import io.github.wnet4j.Credentials;
import io.github.wnet4j.ResourceType;
import io.github.wnet4j.WNet;
import io.github.wnet4j.WNetFunction;
import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.fake.SimulatedNetwork.ShareType;
import io.github.wnet4j.spi.NetResource;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fake's connect side, row by row (docs/specification.md, "Making connections"). */
class FakeConnectTest {
    private static final String SECRET = "N4s-Backup!";

    private final FakeLogon logon = FakeLogon.create();
    private final WNet wnet = logon.wnet();

    private ConnectOutcome connect(ConnectRequest request) {
        return wnet.connect(request);
    }

    private static Credentials svc(String password) {
        return Credentials.of("svc", password.toCharArray());
    }

    @Test
    void c01DeviceAndC02DevicelessConnectionsWithUses() {
        assertEquals(0, connect(ConnectRequest.device("z:", "\\\\fs\\deploy")).code());
        assertEquals(Optional.of("\\\\fs\\deploy"), logon.remoteNameOf("Z:"));
        assertFalse(logon.isRemembered("Z:"), "C8: not remembered unless asked");
        assertEquals(0, connect(ConnectRequest.deviceless("\\\\fs\\IPC$")).code());
        assertEquals(0, connect(ConnectRequest.deviceless("\\\\FS\\ipc$")).code(), "C2: a second use");
        assertEquals(1, wnet.connections().connections().stream().filter(c -> c.device().isEmpty()).count());
        assertEquals(0, wnet.cancelConnection2("\\\\fs\\IPC$", Set.of(), false).code(), "one cancel ends every use");
        assertFalse(logon.hasDevicelessConnection("\\\\fs\\IPC$"));
    }

    @Test
    void c03AlreadyAssignedEvenToTheSameShareAndLocalDrives() {
        connect(ConnectRequest.device("Z:", "\\\\fs\\deploy"));
        assertEquals(85, connect(ConnectRequest.device("Z:", "\\\\fs\\deploy")).code());
        assertEquals(85, connect(ConnectRequest.device("C:", "\\\\fs\\deploy")).code(), "C: is a local drive");
    }

    @Test
    void c04RememberedElsewhereAndC05RememberedHere() {
        logon.remember("Y:", "\\\\fs\\old");
        assertEquals(1202, connect(ConnectRequest.device("Y:", "\\\\fs\\new")).code());
        assertEquals(0, connect(ConnectRequest.device("Y:", "\\\\FS\\old")).code());
        assertTrue(logon.isRemembered("Y:"), "C5: stays remembered");
    }

    @Test
    void c06RememberedAndRestoredAndAProfileFaultChangesNothing() {
        logon.armProfileFault(ProfileFault.CANNOT_OPEN);
        assertEquals(1205, connect(ConnectRequest.device("Z:", "\\\\fs\\deploy").remembered()).code());
        assertFalse(logon.isConnected("Z:"));
        logon.clearProfileFault();
        try (Credentials c = svc(SECRET)) {
            assertEquals(0, connect(ConnectRequest.device("Z:", "\\\\fs\\deploy").with(c).remembered()).code());
        }
        assertEquals(0, connect(ConnectRequest.deviceless("\\\\nas\\x").withFlags(Set.of(ConnectFlag.CONNECT_UPDATE_PROFILE))).code());
        logon.nextLogon();
        assertTrue(logon.isConnected("Z:"));
        try (Credentials other = svc("another")) {
            assertEquals(1219, connect(ConnectRequest.deviceless("\\\\fs\\IPC$").with(other)).code(),
                    "the restored drive holds its server under the credentials it was made with");
        }
    }

    @Test
    void aRememberedEntryWhoseServerIsHeldUnderOtherCredentialsStaysRememberedOnlyAtTheNextLogon() {
        assertEquals(0, connect(ConnectRequest.device("Z:", "\\\\fs\\deploy").remembered()).code());
        assertEquals(0, logon.wnet().cancelConnection2("Z:", Set.of(), false).code(), "flags 0: Z: stays remembered");
        try (Credentials c = svc(SECRET)) {
            assertEquals(0, connect(ConnectRequest.device("Y:", "\\\\fs\\old").with(c).remembered()).code());
        }
        logon.nextLogon();
        assertTrue(logon.isConnected("Y:"), "restored first, in device order, under svc");
        assertFalse(logon.isConnected("Z:"), "C9: its server is held under other credentials by then");
        assertTrue(logon.isRemembered("Z:"), "so it stays remembered only");
    }

    @Test
    void c09OneSetOfCredentialsPerServerAndC10ItEndsWithTheLastConnection() {
        connect(ConnectRequest.device("Y:", "\\\\fs\\old"));
        connect(ConnectRequest.deviceless("\\\\fs\\IPC$"));
        try (Credentials c = svc(SECRET)) {
            ConnectOutcome conflict = connect(ConnectRequest.device("Z:", "\\\\FS\\new").with(c));
            assertEquals(1219, conflict.code());
            assertEquals(List.of("Y:", "\\\\fs\\IPC$"), conflict.serverHeldBy().stream().map(h -> h.device().orElse(h.remoteName())).toList());
            assertEquals(0, connect(ConnectRequest.device("X:", "\\\\fs.corp.example\\new").with(c)).code(), "another name, another server");
            wnet.cancelConnection2("Y:", Set.of(), false);
            assertEquals(1219, connect(ConnectRequest.device("Z:", "\\\\fs\\new").with(c)).code(), "IPC$ still holds it");
            wnet.cancelConnection2("\\\\fs\\IPC$", Set.of(), false);
            assertEquals(0, connect(ConnectRequest.device("Z:", "\\\\fs\\new").with(c)).code());
        }
        try (Credentials caseDiffers = svc(SECRET.toUpperCase())) {
            assertEquals(1219, connect(ConnectRequest.device("W:", "\\\\fs\\new").with(caseDiffers)).code(), "passwords compare exactly");
        }
        try (Credentials same = Credentials.of("SVC", SECRET.toCharArray())) {
            assertEquals(0, connect(ConnectRequest.device("W:", "\\\\fs\\new").with(same)).code(), "user names ignore case");
        }
    }

    @Test
    void theCureCancelsTheHoldersAndRetries() {
        connect(ConnectRequest.device("Y:", "\\\\fs\\old"));
        logon.openFiles("Y:", 1);
        try (Credentials c = svc(SECRET)) {
            assertFalse(wnet.connectCancellingConflicts(ConnectRequest.device("Z:", "\\\\fs\\new").with(c), false).isSuccess());
            assertTrue(logon.isConnected("Y:"), "open files keep it without force");
            assertTrue(wnet.connectCancellingConflicts(ConnectRequest.device("Z:", "\\\\fs\\new").with(c), true).isSuccess());
        }
        assertFalse(logon.isConnected("Y:"));
    }

    @Test
    void c11AndC12TheServersAnswers() {
        logon.network(SimulatedNetwork.builder()
                .server("nas", s -> s.share("backup").share("laser", ShareType.PRINT).account("svc", SECRET.toCharArray())
                        .deny("svc", "hr"))
                .server("gone", s -> s.unreachable())
                .build());
        assertEquals(53, connect(ConnectRequest.device("Z:", "\\\\gone\\x")).code());
        assertEquals(67, connect(ConnectRequest.device("Z:", "\\\\nas\\nothing")).code());
        assertEquals(66, connect(ConnectRequest.device("Z:", "\\\\nas\\laser")).code());
        assertEquals(66, connect(ConnectRequest.device("Z:", "\\\\nas\\IPC$")).code(), "IPC$ takes no device");
        try (Credentials stranger = Credentials.of("stranger", SECRET.toCharArray()); Credentials wrong = svc("wrong")) {
            assertEquals(1326, connect(ConnectRequest.device("Z:", "\\\\nas\\backup").with(stranger)).code());
            assertEquals(86, connect(ConnectRequest.device("Z:", "\\\\nas\\backup").with(wrong)).code());
        }
        FakeLogon strict = FakeLogon.create(BehaviourProfile.builder("strict").logonFailureForBadPassword(true).build())
                .network(logon.network());
        try (Credentials wrong = svc("wrong")) {
            assertEquals(1326, strict.wnet().connect(ConnectRequest.device("Z:", "\\\\nas\\backup").with(wrong)).code());
        }
        assertEquals(List.of(), wnet.connections().connections(), "C21: nothing connected by a failure");
        try (Credentials c = svc(SECRET)) {
            assertEquals(0, connect(ConnectRequest.device("Z:", "\\\\nas\\backup").with(c)).code());
        }
    }

    @Test
    void c13BadDevicesTypesFlagsAndRemoteNames() {
        assertEquals(1200, connect(ConnectRequest.device("ZZ:", "\\\\fs\\s")).code());
        assertEquals(66, connect(ConnectRequest.device("LPT1:", "\\\\fs\\s").ofType(ResourceType.DISK)).code());
        assertEquals(87, connect(ConnectRequest.device("Z:", "\\\\fs\\s").ofType(ResourceType.UNKNOWN)).code());
        assertEquals(1203, connect(ConnectRequest.device("Z:", "fs\\s")).code());
        assertEquals(67, connect(ConnectRequest.device("Z:", "\\\\fs")).code());
        assertEquals(87, logon.backend().addConnection2(new NetResource(0, 1, 0, 0, "Z:", "\\\\fs\\s", null, null), null, null, 0x20));
        assertEquals(487, logon.backend().addConnection2(new NetResource(0, 1, 0, 0, null, "\\\\fs\\s", null, null), null, null, 0x80));
    }

    @Test
    void c15ThePickSkipsWhatIsTakenAndC16SaysWhatItGot() {
        connect(ConnectRequest.device("Z:", "\\\\fs\\a"));
        logon.remember("Y:", "\\\\fs\\b");
        ConnectOutcome picked = connect(ConnectRequest.anyFreeDevice("\\\\fs\\c"));
        assertEquals(Optional.of("X:"), picked.device());
        assertEquals(Optional.of("LPT1:"), connect(ConnectRequest.anyFreeDevice("\\\\fs\\laser").ofType(ResourceType.PRINT)).device());
        assertEquals(87, connect(ConnectRequest.anyFreeDevice("\\\\fs\\c").ofType(ResourceType.UNKNOWN)).code());
        for (char letter = 'W'; letter >= 'D'; letter--) {
            connect(ConnectRequest.device(letter + ":", "\\\\fs\\many"));
        }
        assertEquals(259, connect(ConnectRequest.anyFreeDevice("\\\\fs\\c")).code(), "C: is local, the rest taken");
        assertEquals(Optional.of("\\\\fs\\d"), connect(ConnectRequest.deviceless("\\\\fs\\d").using(WNetFunction.USE_CONNECTION)).accessName());
    }

    @Test
    void c18TheLegacyFunctionRemembersUnlessTheProfileSaysTemporary() {
        assertEquals(0, connect(ConnectRequest.legacy("\\\\fs\\a", "Z:")).code());
        assertTrue(logon.isRemembered("Z:"));
        FakeLogon wine = FakeLogon.create(BehaviourProfile.builder("wine").legacyAddTemporary(true).build());
        assertEquals(0, wine.wnet().connect(ConnectRequest.legacy("\\\\fs\\a", "Z:")).code());
        assertFalse(wine.isRemembered("Z:"));
    }

    @Test
    void c19ConnectionsLandInTheCallingSession() {
        FakeLogon elevated = logon.elevated();
        connect(ConnectRequest.device("Z:", "\\\\fs\\a"));
        assertEquals(0, elevated.wnet().connect(ConnectRequest.device("Z:", "\\\\fs\\a")).code(), "its own device map");
        try (Credentials c = svc(SECRET)) {
            assertEquals(0, elevated.wnet().connect(ConnectRequest.device("Y:", "\\\\other\\a").with(c)).code());
            assertEquals(0, connect(ConnectRequest.device("Y:", "\\\\other\\b")).code(), "credentials are per session");
        }
    }

    @Test
    void c20NoNetworkBusyAndProviderErrors() {
        logon.networkPresent(false);
        assertEquals(1222, connect(ConnectRequest.device("Z:", "\\\\fs\\a")).code());
        logon.networkPresent(true).network(SimulatedNetwork.open().withBusy(true));
        assertEquals(170, connect(ConnectRequest.device("Z:", "\\\\fs\\a")).code());
        logon.network(SimulatedNetwork.open()).armProviderError(ProviderError.of(0x4E, "VPN is reconnecting", "Test VPN").once());
        ConnectOutcome failed = connect(ConnectRequest.device("Z:", "\\\\fs\\a"));
        assertEquals(1208, failed.code());
        assertEquals("VPN is reconnecting", failed.extendedError().orElseThrow().text());
        assertEquals(0, connect(ConnectRequest.device("Z:", "\\\\fs\\a")).code(), "a once error fires once");
    }

    @Test
    void aPasswordHoldingUPlus0000IsRefusedAtTheSpiAsTheNativeBackendsRefuseIt() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> logon.backend().addConnection2(new NetResource(0, 1, 0, 0, "Z:", "\\\\fs\\s", null, null),
                        "ab\0cd".toCharArray(), null, 0));
        assertFalse(e.getMessage().contains("ab") || e.getMessage().contains("cd"), e.getMessage());
        assertTrue(logon.journal().isEmpty(), "refused before the call, so nothing is journaled");
    }

    @Test
    void theJournalRecordsConnectsWithoutThePassword() {
        try (Credentials c = svc(SECRET)) {
            connect(ConnectRequest.device("Z:", "\\\\fs\\a").with(c));
        }
        JournalEntry entry = logon.journal().get(0);
        assertEquals(WNetFunction.ADD_CONNECTION2, entry.function());
        assertEquals("Z: -> \\\\fs\\a as svc", entry.name());
        assertFalse(entry.toString().contains(SECRET) || logon.toString().contains(SECRET) || logon.network().toString().contains(SECRET));
    }
}
