package io.github.wnet4j.nativetesting;

import io.github.wnet4j.conformance.Capability;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the real-Windows fixture declares, and a reason of its own for each capability it does not. */
class WindowsCapabilitiesTest {

    @Test
    void theConnectClausesNetworkIsDeclared() {
        assertTrue(WindowsCapabilities.DECLARED.containsAll(EnumSet.of(Capability.MAKE_CONNECTIONS,
                Capability.DECLARED_SHARES, Capability.DECLARED_ACCOUNTS, Capability.UNREACHABLE_SERVERS,
                Capability.DENIED_SHARES)), WindowsCapabilities.DECLARED.toString());
    }

    @Test
    void everyCapabilityNotDeclaredHasASentenceOfItsOwn() {
        Set<String> sentences = new HashSet<>();
        for (Capability c : Capability.values()) {
            String why = WindowsCapabilities.whyNot(c);
            if (WindowsCapabilities.DECLARED.contains(c)) {
                assertEquals("", why, c + " is declared");
            } else {
                assertTrue(why.length() > 40, () -> c + ": " + why);
                assertTrue(sentences.add(why), () -> c + " shares its reason with another capability: " + why);
            }
        }
        assertEquals(RealWindowsConformanceKit.NO_SESSIONS, WindowsCapabilities.whyNot(Capability.LOGON_SESSIONS));
    }
}
