package io.github.wnet4j.jnr;

import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.WNet;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.WNetFunction;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.fake.JournalEntry;
import io.github.wnet4j.nativetesting.MprDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The way a user gets the JNR backend: {@code -Dwnet4j.backend=jnr} and
 * {@code -Dwnet4j.mpr.library=<the double>} (set by this module's Surefire configuration), then
 * {@link WNet#get()} through ServiceLoader, cancelling a seeded connection.
 */
class JnrServiceLoaderTest {
    private String backendBefore;
    private MprDouble mpr;

    @BeforeEach
    void chooseJnrByProperty() {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        mpr = MprDouble.load();
        backendBefore = System.getProperty(WNet.BACKEND_PROPERTY);
        System.setProperty(WNet.BACKEND_PROPERTY, "jnr");
    }

    @AfterEach
    void restore() {
        if (mpr == null) {
            return;
        }
        mpr.stopServing();
        if (backendBefore == null) {
            System.clearProperty(WNet.BACKEND_PROPERTY);
        } else {
            System.setProperty(WNet.BACKEND_PROPERTY, backendBefore);
        }
    }

    @Test
    void theCancellerResolvedByServiceLoaderCancelsASeededPersistentConnection() {
        FakeLogon logon = FakeLogon.create()
                .connectDevice("Z:", "\\\\srv\\share", o -> o.persistent())
                .connectDeviceless("\\\\sërver\\共有");
        mpr.serve(logon.backend());

        ConnectionCanceller canceller = WNet.get();
        assertEquals("jnr", canceller.backendName());

        CancelOutcome outcome = canceller.cancelConnection2("Z:", Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), false);
        assertTrue(outcome.is(ErrorCode.NO_ERROR), outcome::describe);
        assertFalse(logon.isConnected("Z:"), "the redirection is gone");
        assertFalse(logon.isRemembered("Z:"), "CONNECT_UPDATE_PROFILE forgot the remembered entry");
        assertTrue(logon.hasDevicelessConnection("\\\\sërver\\共有"), "other connections are untouched");

        CancelOutcome deviceless = canceller.cancelConnection("\\\\sërver\\共有", true);
        assertTrue(deviceless.is(ErrorCode.NO_ERROR), deviceless::describe);
        assertEquals(List.of(), logon.connections());

        List<JournalEntry> journal = logon.journal();
        assertEquals(2, journal.size(), journal::toString);
        assertEquals(WNetFunction.CANCEL_CONNECTION2, journal.get(0).function());
        assertEquals("Z:", journal.get(0).name());
        assertEquals(CancelFlag.CONNECT_UPDATE_PROFILE.bit(), journal.get(0).flags());
        assertEquals(WNetFunction.CANCEL_CONNECTION, journal.get(1).function());
        assertEquals("\\\\sërver\\共有", journal.get(1).name());
        assertEquals(Optional.empty(), logon.remoteNameOf("Z:"));
    }

    @Test
    void diagnosticsListTheJnrProviderAsAvailableWithTheDouble() {
        var jnr = WNet.diagnostics().stream().filter(s -> s.name().equals("jnr")).findFirst().orElseThrow();
        assertTrue(jnr.available(), jnr::toString);
        assertEquals(100, jnr.priority());
        assertTrue(jnr.reason().contains(System.getProperty("wnet4j.mpr.library")), jnr::toString);
    }
}
