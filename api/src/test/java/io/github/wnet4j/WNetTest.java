package io.github.wnet4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The door: where a {@link WNet} comes from, and that every call it offers goes through one backend,
 * checked before and read after the same way.
 */
class WNetTest {
    private static final ExtendedError PROVIDER_ERROR =
            new ExtendedError(53, "The network path was not found.", "Microsoft Windows Network");

    /** Every call the door offers that reaches the backend, by the backend method it calls first. */
    private static final List<Map.Entry<String, Function<WNet, WNetOutcome>>> CALLS = List.of(
            Map.entry("cancelConnection2", w -> w.cancelConnection2("Z:", Set.of(), false)),
            Map.entry("cancelConnection", w -> w.cancelConnection("Z:", false)),
            Map.entry("getConnection", w -> w.getConnection("Z:")),
            Map.entry("enumerate", WNet::connections),
            Map.entry("enumerate remembered", WNet::rememberedConnections),
            Map.entry("getUniversalName", w -> w.universalName("Z:\\f.txt")),
            Map.entry("getUniversalName remote", w -> w.remoteNameInfo("Z:\\f.txt")));

    @Test
    void getFollowsThePropertyElseTheBestAndNamedAsksForOne() {
        assertEquals("wnet4j.backend", WNet.BACKEND_PROPERTY);
        assertEquals("svc-sim", BackendProperty.with("svc-sim", WNet::get).backendName());
        assertEquals("svc-real", BackendProperty.with(null, WNet::get).backendName());
        assertEquals("svc-sim", WNet.named("SVC-SIM").backendName());
        NoBackendException e = assertThrows(NoBackendException.class, () -> WNet.named("jna"));
        assertTrue(e.getMessage().startsWith("No wnet4j backend is named 'jna'."), e.getMessage());
        assertEquals(List.of("svc-sim", "svc-real", ServiceTestProviders.ThrowingConstructor.class.getName()),
                WNet.diagnostics().stream().map(ProviderStatus::name).toList());
    }

    @Test
    void overNeedsABackendNameAndABackend() {
        assertEquals("backendName", assertThrows(NullPointerException.class,
                () -> WNet.over(null, new RecordingBackend())).getMessage());
        assertEquals("backend", assertThrows(NullPointerException.class, () -> WNet.over("rec", null)).getMessage());
        WNet wnet = WNet.over("rec", new RecordingBackend());
        assertEquals("rec", wnet.backendName());
        assertEquals("WNet[rec]", wnet.toString());
    }

    @Test
    void oneBackendIsBehindEveryCallAndBothSides() {
        RecordingBackend backend = RecordingBackend.answering(ErrorCode.ERROR_NOT_CONNECTED);
        WNet wnet = WNet.over("rec", backend);
        CALLS.forEach(call -> call.getValue().apply(wnet));
        wnet.canceller().cancelConnection2("Y:", Set.of(), false);
        wnet.reader().getConnection("Y:");
        wnet.cancelIfPointsAt("X:", "\\\\srv\\share", Set.of(), false);
        wnet.cancelAllTo("srv", Set.of(), false);
        assertEquals(List.of("cancelConnection2", "cancelConnection", "getConnection", "enumerate", "enumerate",
                        "getUniversalName", "getUniversalName", "cancelConnection2", "getConnection", "getConnection",
                        "enumerate"),
                backend.methods());
        assertEquals("rec", wnet.canceller().backendName());
        assertEquals("rec", wnet.reader().backendName());
    }

    @Test
    void theNarrowSidesAreNotTheDoor() {
        // Code handed a canceller cannot cast its way to the reads or the look-then-cancel operations.
        WNet wnet = WNet.over("rec", new RecordingBackend());
        assertFalse(wnet.canceller() instanceof WNet);
        assertFalse(wnet.reader() instanceof WNet);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Z:\u0000", "\uD800"})
    void aBadNameIsRefusedBeforeTheBackendRunsWhateverTheCall(String bad) {
        RecordingBackend backend = new RecordingBackend();
        WNet wnet = WNet.over("rec", backend);
        List<Consumer<WNet>> named = List.of(
                w -> w.cancelConnection2(bad, Set.of(), false),
                w -> w.cancelConnection(bad, true),
                w -> w.getConnection(bad),
                w -> w.universalName(bad),
                w -> w.remoteNameInfo(bad),
                w -> w.canceller().cancelConnection2(bad, Set.of(), false),
                w -> w.reader().getConnection(bad),
                w -> w.cancelIfPointsAt(bad, "\\\\srv\\share", Set.of(), false),
                w -> w.cancelIfPointsAt("Z:", bad, Set.of(), false),
                w -> w.cancelAllTo(bad, Set.of(), false));
        for (Consumer<WNet> call : named) {
            assertThrows(IllegalArgumentException.class, () -> call.accept(wnet));
        }
        assertEquals(List.of(), backend.events());
    }

    @Test
    void theExtendedErrorIsReadOnceOnTheCallingThreadRightAfterEveryCall() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            for (Map.Entry<String, Function<WNet, WNetOutcome>> call : CALLS) {
                RecordingBackend backend = RecordingBackend.answering(ErrorCode.ERROR_EXTENDED_ERROR)
                        .withExtendedError(PROVIDER_ERROR);
                WNet wnet = WNet.over("rec", backend);
                WNetOutcome outcome = pool.submit(() -> call.getValue().apply(wnet)).get();
                String method = call.getKey().split(" ")[0];
                assertEquals(List.of(method, "lastExtendedError"), backend.methods(), call.getKey());
                Thread caller = backend.events().get(0).thread();
                assertNotSame(Thread.currentThread(), caller);
                assertSame(caller, backend.events().get(1).thread(), call.getKey() + ": read on the caller's thread");
                assertEquals(Optional.of(PROVIDER_ERROR), outcome.extendedError(), call.getKey());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void noOtherCodeReadsTheExtendedError() {
        RecordingBackend backend = RecordingBackend.answering(ErrorCode.ERROR_NOT_CONNECTED).withExtendedError(PROVIDER_ERROR);
        WNet wnet = WNet.over("rec", backend);
        for (Map.Entry<String, Function<WNet, WNetOutcome>> call : CALLS) {
            assertEquals(Optional.empty(), call.getValue().apply(wnet).extendedError(), call.getKey());
        }
        assertFalse(backend.methods().contains("lastExtendedError"), backend.methods().toString());
    }
}
