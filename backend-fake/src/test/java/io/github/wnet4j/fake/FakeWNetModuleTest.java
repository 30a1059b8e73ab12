package io.github.wnet4j.fake;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;
import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.WNet;
import io.github.wnet4j.guice.WNetModule;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FakeWNetModuleTest {

    /** Production wiring, over a backend no test may reach: asking for it would fail, as none is named "production". */
    static final class ProductionModule extends AbstractModule {
        @Override
        protected void configure() {
            install(new WNetModule("production"));
        }
    }

    /** Code under test that Guice wires. */
    static final class Cleanup {
        private final ConnectionCanceller canceller;

        @jakarta.inject.Inject
        Cleanup(ConnectionCanceller canceller) {
            this.canceller = canceller;
        }

        CancelOutcome unmap(String drive) {
            return canceller.cancelConnection2(drive, Set.of(), true);
        }
    }

    @Test
    void overridesTheProductionBindingInOneLine() {
        FakeLogon logon = FakeLogon.create().connectDevice("Z:", "\\\\srv\\share");

        Injector injector = Guice.createInjector(Modules.override(new ProductionModule()).with(new FakeWNetModule(logon)));

        assertTrue(injector.getInstance(Cleanup.class).unmap("Z:").isSuccess());
        assertFalse(logon.isConnected("Z:"));
        assertSame(logon, injector.getInstance(FakeLogon.class));
        assertEquals("fake", injector.getInstance(ConnectionCanceller.class).backendName());
        assertSame(logon.reader(), injector.getInstance(io.github.wnet4j.ConnectionReader.class));
        assertSame(logon.wnet(), injector.getInstance(WNet.class));
        assertTrue(injector.getInstance(Cleanup.class).unmap("Z:").is(ErrorCode.ERROR_NOT_CONNECTED));
        assertEquals(2, logon.journal().size());
    }

    @Test
    void codeThatRunsElevatedGetsTheElevatedSessionBound() {
        FakeLogon desktop = FakeLogon.create().connectDevice("Z:", "\\\\srv\\share", c -> c.persistent());
        Injector injector = Guice.createInjector(Modules.override(new ProductionModule()).with(new FakeWNetModule(desktop.elevated())));
        ConnectionCanceller installer = injector.getInstance(ConnectionCanceller.class);
        assertTrue(installer.cancelConnection2("Z:", Set.of(io.github.wnet4j.CancelFlag.CONNECT_UPDATE_PROFILE), true).isSuccess());
        assertTrue(desktop.isConnected("Z:"), "the trap, seen from the user's desktop session");
        assertFalse(desktop.isRemembered("Z:"));
        assertSame(desktop.elevated(), injector.getInstance(FakeLogon.class));
        assertEquals(java.util.List.of(desktop, desktop.elevated()), desktop.sessions());
    }
}
