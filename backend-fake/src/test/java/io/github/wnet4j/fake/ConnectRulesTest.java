package io.github.wnet4j.fake;

import io.github.wnet4j.spi.Names;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** C9's server comparison, which cuts no name into parts, against the one made of {@link Names}' parts. */
class ConnectRulesTest {

    @Test
    void twoRemoteNamesAreOnTheSameServerExactlyWhenNamesSaysTheirServerPartsAreTheSame() {
        List<String> names = List.of("\\\\srv\\share", "\\\\SRV\\other", "\\\\Srv\\share\\folder", "\\\\srv2\\share",
                "\\\\sr\\share", "\\\\srv", "\\\\straße\\share", "\\\\STRASSE\\share", "\\\\STRAßE\\x",
                "\\\\10.0.0.1\\IPC$", "\\\\10.0.0.1\\c$", "\\\\ıi\\share", "\\\\II\\share");
        for (String a : names) {
            for (String b : names) {
                assertEquals(Names.same(Names.serverOf(a), Names.serverOf(b)), ConnectRules.sameServer(a, b), a + " and " + b);
            }
        }
    }
}
