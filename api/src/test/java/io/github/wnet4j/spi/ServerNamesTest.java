package io.github.wnet4j.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Server names in the name grammar: the server part of a remote name, and a server name checked. */
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
}
