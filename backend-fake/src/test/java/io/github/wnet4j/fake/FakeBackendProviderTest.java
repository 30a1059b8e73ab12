package io.github.wnet4j.fake;

import io.github.wnet4j.spi.BackendProvider;
import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.WNet;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FakeBackendProviderTest {

    @Test
    void serviceLoaderFindsTheProvider() {
        List<BackendProvider> fakes = ServiceLoader.load(BackendProvider.class).stream()
                .map(ServiceLoader.Provider::get).filter(p -> p.name().equals("fake")).toList();
        assertEquals(1, fakes.size());
        BackendProvider fake = fakes.get(0);
        assertEquals(FakeBackendProvider.class, fake.getClass());
        assertEquals(0, fake.priority());
        assertTrue(fake.isSimulator());
        assertTrue(fake.availability().isAvailable());
        assertTrue(fake.availability().reason().contains("FakeLogon.shared()"), fake.availability().reason());
        assertSame(FakeLogon.shared().backend(), fake.create());
    }

    @Test
    void sharedIsOneInstanceUnderTheDocumentedProfile() {
        assertSame(FakeLogon.shared(), FakeLogon.shared());
        assertEquals("documented", FakeLogon.shared().profile().name());
    }

    @Test
    void namedFakeActsOnTheSharedLogon() {
        // The shared logon is JVM-wide: use a device no other test here seeds, and leave it clean.
        FakeLogon shared = FakeLogon.shared();
        shared.connectDevice("W:", "\\\\provider-test\\share", o -> o.openFiles(1));
        try {
            ConnectionCanceller canceller = WNet.named("fake");
            assertEquals("fake", canceller.backendName());
            CancelOutcome refused = canceller.cancelConnection2("w:", Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), false);
            assertTrue(refused.is(ErrorCode.ERROR_OPEN_FILES), refused::describe);
            assertTrue(shared.isConnected("W:"));
            assertTrue(canceller.cancelConnection2("W:", Set.of(), true).isSuccess());
            assertFalse(shared.isConnected("W:"));
        } finally {
            if (shared.isConnected("W:")) {
                shared.backend().cancelConnection2("W:", 0, true);
            }
        }
    }
}
