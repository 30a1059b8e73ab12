package io.github.wnet4j.fake;

import io.github.wnet4j.ExtendedError;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fake's value records: what their compact constructors check and normalise. */
class ValueRecordsTest {
    private static final String SHARE = "\\\\srv\\share";
    private static final ExtendedError E = new ExtendedError(53, "The network path was not found.", "test");

    @Test
    void aConnectionNormalisesItsDeviceAndRefusesWhatNoLogonHolds() {
        assertEquals(Optional.of("LPT1:"), new Connection(Optional.of("lpt1"), SHARE, false, 0, false).device());
        assertEquals(new Connection(Optional.of("Z:"), SHARE, true, 2, true), new Connection(Optional.of("z:"), SHARE, true, 2, true));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Connection(Optional.of("Z:\\"), SHARE, false, 0, false))
                .getMessage().contains("not a device"));
        assertThrows(IllegalArgumentException.class, () -> new Connection(Optional.of("Z:"), SHARE, false, -1, false));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Connection(Optional.empty(), SHARE, true, 0, false))
                .getMessage().contains("remembers only devices"));
        assertThrows(NullPointerException.class, () -> new Connection(null, SHARE, false, 0, false));
        assertThrows(NullPointerException.class, () -> new Connection(Optional.empty(), null, false, 0, false));
        assertEquals("Z: -> \\\\srv\\share (persistent, 1 open file, in use)",
                new Connection(Optional.of("Z:"), SHARE, true, 1, true).toString());
    }

    @Test
    void aLogonStateCopiesWhatItIsGivenAndKeepsEachKindInItsList() {
        TreeMap<String, String> remembered = new TreeMap<>();
        remembered.put("Z:", SHARE);
        List<Connection> devices = new ArrayList<>(List.of(new Connection(Optional.of("Z:"), SHARE, true, 0, false)));
        LogonState state = new LogonState(devices, List.of(), remembered, true);
        remembered.clear();
        devices.clear();
        assertEquals(SHARE, state.rememberedEntries().get("Z:"), "a copy, not a view");
        assertEquals(1, state.deviceConnections().size(), "a copy, not a view");
        assertThrows(UnsupportedOperationException.class, () -> state.rememberedEntries().put("Y:", SHARE));
        Connection deviceless = new Connection(Optional.empty(), SHARE, false, 0, false);
        assertThrows(IllegalArgumentException.class, () -> new LogonState(List.of(deviceless), List.of(), new TreeMap<>(), true));
        assertThrows(IllegalArgumentException.class, () -> new LogonState(List.of(), List.of(state.deviceConnections().get(0)),
                new TreeMap<>(), true));
    }

    @Test
    void aProviderErrorLetsCallsPassOnlyAfterCalls() {
        assertEquals(new ProviderError(E, ProviderError.Mode.AFTER_CALLS, 3), ProviderError.of(E).afterCalls(3));
        assertEquals(new ProviderError(E, ProviderError.Mode.ONCE, 0), ProviderError.of(E).once());
        assertThrows(IllegalArgumentException.class, () -> new ProviderError(E, ProviderError.Mode.ALWAYS, 3));
        assertThrows(IllegalArgumentException.class, () -> new ProviderError(E, ProviderError.Mode.AFTER_CALLS, -1));
        assertThrows(NullPointerException.class, () -> new ProviderError(null, ProviderError.Mode.ONCE, 0));
        assertThrows(NullPointerException.class, () -> new ProviderError(E, null, 0));
        assertEquals("ProviderError[" + E.describe() + ", after 3 calls]", ProviderError.of(E).afterCalls(3).toString());
    }

    @Test
    void aLiveConnectionNeverShowsItsPasswordDigest() {
        UserState.CredentialsInUse used = new UserState.CredentialsInUse("alice", "c2VjcmV0LWRpZ2VzdA==");
        String shown = new UserState.LiveConnection("Z:", SHARE, 0, false, used, 1).toString();
        assertTrue(shown.contains("alice") && shown.contains("a password"), shown);
        assertFalse(shown.contains("c2VjcmV0LWRpZ2VzdA=="), shown);
        assertEquals(used, new UserState.CredentialsInUse("alice", "c2VjcmV0LWRpZ2VzdA=="));
    }
}
