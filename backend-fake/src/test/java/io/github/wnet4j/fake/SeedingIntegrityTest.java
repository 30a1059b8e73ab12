package io.github.wnet4j.fake;

import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seeding holds no state a call could not reach: remote names follow the one grammar
 * ({@code Names.checkRemoteName}), and a device is never remembered to one remote name while
 * connected to another (specification row 16); "persistent" means remembered to the same remote
 * name, compared per UTF-16 unit (row 13).
 */
class SeedingIntegrityTest {
    private static final String SHARE = "\\\\srv\\share";
    private static final String OTHER = "\\\\srv\\other";
    private static final Set<CancelFlag> UPDATE = Set.of(CancelFlag.CONNECT_UPDATE_PROFILE);

    private final FakeLogon logon = FakeLogon.create();

    /** Names the api refuses, or that no connection can have: each one could never be cancelled. */
    static List<String> unnameableRemoteNames() {
        return List.of("\\\\srv\\\uD83D", "\\\\srv\\\uDE00x", "\\\\srv\\" + "x".repeat(32_767 - 6 + 1),
                "\\\\srv\\", "\\\\ ", "\\\\srv\\s\\", "\\\\srv", "\\\\ \\share", "\\\\srv\\ ", "\\\\srv\\\\share",
                "\\\\srv\\sh\u0000are", "\\\\srv\\sh\u0007are");
    }

    @Test
    void everySeedingStepRefusesARemoteNameNoCallCouldName() {
        for (String bad : unnameableRemoteNames()) {
            List<Consumer<FakeLogon>> seedings = List.of(
                    l -> l.connectDevice("Z:", bad),
                    l -> l.connectDevice("Z:", bad, ConnectionOptions::persistent),
                    l -> l.connectDeviceless(bad),
                    l -> l.connectDeviceless(bad, o -> o.openFiles(1)),
                    l -> l.remember("Z:", bad));
            for (Consumer<FakeLogon> seeding : seedings) {
                LogonState before = logon.snapshot();
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> seeding.accept(logon),
                        () -> "seeding accepted " + io.github.wnet4j.spi.Names.quote(bad));
                assertTrue(e.getMessage().contains("\\\\server\\share") || e.getMessage().contains("UTF-16")
                                || e.getMessage().contains("U+"), e.getMessage());
                assertEquals(before, logon.snapshot(), "a refused seeding changed nothing");
            }
        }
    }

    @Test
    void aTrailingBackslashIsRefusedSoItCanNeverAnswerNoErrorAgainstRow14() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> logon.connectDeviceless("\\\\srv\\s\\"));
        assertTrue(e.getMessage().contains("ends in a backslash"), e.getMessage());
        logon.connectDeviceless("\\\\srv\\s");
        assertEquals(ErrorCode.ERROR_NOT_CONNECTED.value(), logon.canceller().cancelConnection2("\\\\srv\\s\\", Set.of(), false).code());
        assertTrue(logon.hasDevicelessConnection("\\\\srv\\s"));
    }

    @Test
    void theLongestRemoteNameAndSupplementaryCharactersAreAccepted() {
        String longest = "\\\\srv\\" + "x".repeat(32_767 - 6);
        logon.connectDeviceless(longest).connectDevice("Z:", "\\\\srv\\\uD83D\uDE00\\folder");
        assertTrue(logon.hasDevicelessConnection(longest));
        assertEquals(ErrorCode.NO_ERROR.value(), logon.canceller().cancelConnection2(longest, Set.of(), false).code());
    }

    @Test
    void row16RememberThenConnectToAnotherRemoteNameIsRefused() {
        logon.remember("Z:", OTHER);
        for (Consumer<ConnectionOptions> options : List.<Consumer<ConnectionOptions>>of(o -> { }, ConnectionOptions::persistent)) {
            LogonState before = logon.snapshot();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> logon.connectDevice("z:", SHARE, options));
            assertTrue(e.getMessage().contains("ERROR_DEVICE_ALREADY_REMEMBERED (1202)") && e.getMessage().contains("row 16"),
                    e.getMessage());
            assertEquals(before, logon.snapshot(), "nothing changes");
        }
        assertThrows(IllegalArgumentException.class, () -> logon.connectDevice("Z:", SHARE));
        assertEquals(Optional.of(OTHER), logon.rememberedRemoteName("Z:"));
        assertFalse(logon.isConnected("Z:"));
    }

    @Test
    void row16ConnectThenRememberAnotherRemoteNameIsRefused() {
        logon.connectDevice("Z:", SHARE, o -> o.openFiles(2));
        LogonState before = logon.snapshot();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> logon.remember("Z:", OTHER));
        assertTrue(e.getMessage().contains("ERROR_DEVICE_ALREADY_REMEMBERED (1202)"), e.getMessage());
        assertEquals(before, logon.snapshot());
    }

    @Test
    void row13PersistentMeansRememberedToTheSameRemoteNamePerUnit() {
        logon.remember("Z:", SHARE).connectDevice("Z:", "\\\\SRV\\Share");
        assertEquals(List.of(new Connection(Optional.of("Z:"), "\\\\SRV\\Share", true, 0, false)), logon.connections());
        assertEquals(ErrorCode.NO_ERROR.value(), logon.canceller().cancelConnection2("Z:", Set.of(), false).code());
        assertEquals(Optional.of(SHARE), logon.rememberedRemoteName("Z:"), "row 4: flags 0 keep the entry as it was spelled");

        logon.remember("Y:", "\\\\srv\\stra\u00DFe").connectDevice("Y:", "\\\\SRV\\STRA\u00DFE", ConnectionOptions::persistent);
        assertEquals(ErrorCode.NO_ERROR.value(), logon.canceller().cancelConnection2("Y:", UPDATE, false).code());
        assertFalse(logon.isRemembered("Y:"), "row 5: a persistent device is forgotten");

        logon.remember("X:", "\\\\srv\\stra\u00DFe");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> logon.connectDevice("X:", "\\\\srv\\STRASSE"));
        assertTrue(e.getMessage().contains("1202"), "per unit, \u00DF is not SS: a different remote name; " + e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void row16NoNextLogonOrCancelReachesADeviceRememberedToAnotherRemoteName(boolean network) {
        logon.connectDevice("Z:", SHARE, o -> o.persistent().openFiles(1)).connectDevice("Y:", OTHER)
                .remember("X:", OTHER).remember("W:", "\\\\SRV\\SHARE").connectDevice("W:", SHARE);
        for (String device : List.of("Z:", "Y:", "X:", "W:")) {
            for (Set<CancelFlag> flags : List.of(Set.<CancelFlag>of(), UPDATE)) {
                FakeLogon copy = seededLikeLogon();
                copy.canceller().cancelConnection2(device, flags, true);
                copy.canceller().cancelConnection(SHARE, true);
                copy.networkPresent(network).nextLogon();
                assertNoDeviceRememberedToAnother(copy.snapshot());
            }
        }
        logon.networkPresent(network).nextLogon();
        assertNoDeviceRememberedToAnother(logon.snapshot());
        assertEquals(network, logon.isConnected("W:"));
    }

    private static FakeLogon seededLikeLogon() {
        return FakeLogon.create().connectDevice("Z:", SHARE, o -> o.persistent().openFiles(1)).connectDevice("Y:", OTHER)
                .remember("X:", OTHER).remember("W:", "\\\\SRV\\SHARE").connectDevice("W:", SHARE);
    }

    private static void assertNoDeviceRememberedToAnother(LogonState state) {
        Map<String, String> remembered = state.rememberedEntries();
        for (Connection c : state.deviceConnections()) {
            String entry = remembered.get(c.device().orElseThrow());
            assertTrue(entry == null || io.github.wnet4j.spi.Names.same(entry, c.remoteName()), state::toString);
            assertEquals(entry != null, c.persistent(), state::toString);
        }
    }
}
