package io.github.wnet4j.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Server names in the name grammar: the server part of a remote name, a server name checked, names and servers compared. */
class ServerNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\\\\srv\\share|srv",
            "\\\\Srv\\share\\dir\\f.txt|Srv",
            "\\\\srv|srv",
            "\\\\|''",
            "Z:|''",
            "srv|''"})
    void theServerOfARemoteNameIsThePartBeforeTheShare(String remoteName, String server) {
        assertEquals(server, Names.serverOf(remoteName));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"fileserver|fileserver", "\\\\fileserver|fileserver", "FILE SERVER|FILE SERVER"})
    void aServerNameComesBackWithoutItsBackslashes(String server, String bare) {
        assertEquals(bare, Names.checkServer(server));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\\\fileserver\\deploy", "fileserver\\deploy", "\\\\", "   ", "\\\\  "})
    void aShareOrABlankIsNotAServerName(String server) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Names.checkServer(server));
        assertTrue(e.getMessage().contains("is not a server name: pass \"fileserver\""), e.getMessage());
    }

    @Test
    void whatNoNameMayHoldIsNoServerNameEither() {
        assertThrows(NullPointerException.class, () -> Names.checkServer(null));
        assertThrows(IllegalArgumentException.class, () -> Names.checkServer(""));
        assertThrows(IllegalArgumentException.class, () -> Names.checkServer("srv\0"));
    }

    @Test
    void namesAndServersAreTheSameExactlyWhenTheirFoldedFormsAre() {
        List<String> names = List.of("\\\\srv\\share", "\\\\SRV\\other", "\\\\Srv\\share\\folder", "\\\\srv2\\share",
                "\\\\sr\\share", "\\\\srv", "\\\\straße\\share", "\\\\STRASSE\\share", "\\\\STRAßE\\x",
                "\\\\10.0.0.1\\IPC$", "\\\\10.0.0.1\\c$", "\\\\ıi\\share", "\\\\II\\share");
        for (String a : names) {
            for (String b : names) {
                String serverA = Names.serverOf(a);
                String serverB = Names.serverOf(b);
                assertEquals(Names.fold(serverA).equals(Names.fold(serverB)), Names.sameServer(a, b), a + " and " + b);
                assertEquals(Names.fold(serverA).equals(Names.fold(serverB)), Names.same(serverA, serverB), a + " and " + b);
                assertEquals(Names.fold(a).equals(Names.fold(b)), Names.same(a, b), a + " and " + b);
            }
        }
    }
}
