package io.github.wnet4j.fake;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;
import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.ConnectionCancellers;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.WNetBackend;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FakeWNetModuleTest {

    /** Stands for production wiring: a backend that must never be reached from a test. */
    static final class ProductionModule extends AbstractModule {
        @Override
        protected void configure() {
            bind(ConnectionCanceller.class).toInstance(ConnectionCancellers.over("production", new WNetBackend() {
                @Override
                public int cancelConnection2(String name, int flags, boolean force) {
                    throw new AssertionError("production backend called");
                }

                @Override
                public int cancelConnection(String name, boolean force) {
                    throw new AssertionError("production backend called");
                }

                @Override
                public ExtendedError lastExtendedError() {
                    throw new AssertionError("production backend called");
                }
            }));
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
        assertEquals("ConnectionCleanup[fake]", injector.getInstance(io.github.wnet4j.ConnectionCleanup.class).toString());
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
