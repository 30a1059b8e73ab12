package io.github.wnet4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConnectFlagTest {
    @Test
    void bitsAreWinnetwksValues() {
        assertEquals(0x1, ConnectFlag.CONNECT_UPDATE_PROFILE.bit());
        assertEquals(0x4, ConnectFlag.CONNECT_TEMPORARY.bit());
        assertEquals(0x40000, ConnectFlag.CONNECT_GLOBAL_MAPPING.bit());
        assertEquals(0x5, ConnectFlag.toBits(Set.of(ConnectFlag.CONNECT_UPDATE_PROFILE, ConnectFlag.CONNECT_TEMPORARY)));
        assertEquals(0, ConnectFlag.toBits(Set.of()));
    }

    @Test
    void noFlagCanShowADialogOrIsLeftToTheLibrary() {
        // CONNECT_INTERACTIVE 0x8, PROMPT 0x10, REDIRECT 0x80, LOCALDRIVE 0x100, COMMANDLINE 0x800,
        // CMD_SAVECRED 0x1000, CRED_RESET 0x2000: none may be expressed by a caller.
        int forbidden = 0x8 | 0x10 | ConnectFlag.REDIRECT_BIT | 0x100 | 0x800 | 0x1000 | 0x2000;
        assertEquals(0, ConnectFlag.toBits(EnumSet.allOf(ConnectFlag.class)) & forbidden);
    }

    @Test
    void copyRoundTripsEverySubsetOfOneFlag() {
        for (ConnectFlag flag : ConnectFlag.values()) {
            assertEquals(Set.of(flag), ConnectFlag.copyOf(new HashSet<>(Set.of(flag))));
        }
        assertEquals(EnumSet.allOf(ConnectFlag.class), ConnectFlag.copyOf(EnumSet.allOf(ConnectFlag.class)));
        assertFalse(ConnectFlag.fromBits(ConnectFlag.REDIRECT_BIT).iterator().hasNext());
    }

    @Test
    void nullIsRefused() {
        assertThrows(NullPointerException.class, () -> ConnectFlag.toBits(null));
        assertThrows(NullPointerException.class, () -> ConnectFlag.toBits(new HashSet<>(Arrays.asList((ConnectFlag) null))));
    }
}
