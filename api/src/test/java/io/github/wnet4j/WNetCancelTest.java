package io.github.wnet4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import io.github.wnet4j.spi.WNetBackend;

/** What the door's cancels pass to the backend, and what it reads back. */
class WNetCancelTest {

    private static final ExtendedError PROVIDER_ERROR =
            new ExtendedError(53, "The network path was not found.", "Microsoft Windows Network");

    @Test
    void noFlagsIsDwFlagsZero() {
        RecordingBackend backend = RecordingBackend.answering(ErrorCode.NO_ERROR);
        WNet.over("rec", backend).cancelConnection2("Z:", Set.of(), false);
        assertEquals(new RecordingBackend.Event("cancelConnection2", "Z:", 0, false, Thread.currentThread()),
                backend.onlyEvent());
    }

    @Test
    void updateProfileIsDwFlagsOne() {
        RecordingBackend backend = RecordingBackend.answering(ErrorCode.NO_ERROR);
        WNet.over("rec", backend)
                .cancelConnection2("Z:", Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), true);
        assertEquals(new RecordingBackend.Event("cancelConnection2", "Z:", 1, true, Thread.currentThread()),
                backend.onlyEvent());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void forceIsPassedToBothFunctions(boolean force) {
        RecordingBackend backend = RecordingBackend.answering(ErrorCode.NO_ERROR);
        ConnectionCanceller canceller = WNet.over("rec", backend);
        canceller.cancelConnection2("Z:", Set.of(), force);
        canceller.cancelConnection("LPT1:", force);
        List<RecordingBackend.Event> events = backend.events();
        assertEquals(List.of("cancelConnection2", "cancelConnection"), backend.methods());
        assertEquals(force, events.get(0).force());
        assertEquals(force, events.get(1).force());
        assertEquals("LPT1:", events.get(1).name());
    }

    @Test
    void theNameReachesTheBackendAsTheSameString() {
        RecordingBackend backend = RecordingBackend.answering(ErrorCode.NO_ERROR);
        // Mixed case, trailing backslash and a supplementary character: nothing is normalised.
        String name = new String("\\\\Srv\\Sh\uD83D\uDE00re\\");
        WNet.over("rec", backend).cancelConnection2(name, Set.of(), false);
        assertSame(name, backend.onlyEvent().name());
    }

    @ParameterizedTest
    @EnumSource(value = WNetFunction.class, names = {"CANCEL_CONNECTION2", "CANCEL_CONNECTION"})
    void extendedErrorIsReadOnceRightAfterTheCall(WNetFunction function) {
        RecordingBackend backend = RecordingBackend.answering(ErrorCode.ERROR_EXTENDED_ERROR)
                .withExtendedError(PROVIDER_ERROR);
        CancelOutcome outcome = call(WNet.over("rec", backend), function, "Z:", false);
        String expectedCall = function == WNetFunction.CANCEL_CONNECTION2 ? "cancelConnection2" : "cancelConnection";
        assertEquals(List.of(expectedCall, "lastExtendedError"), backend.methods());
        assertEquals(Optional.of(PROVIDER_ERROR), outcome.extendedError());
    }

    @ParameterizedTest
    @EnumSource(value = WNetFunction.class, names = {"CANCEL_CONNECTION2", "CANCEL_CONNECTION"})
    void extendedErrorIsReadOnTheCallingThread(WNetFunction function) throws Exception {
        RecordingBackend backend = RecordingBackend.answering(ErrorCode.ERROR_EXTENDED_ERROR)
                .withExtendedError(PROVIDER_ERROR);
        ConnectionCanceller canceller = WNet.over("rec", backend);
        AtomicReference<Thread> caller = new AtomicReference<>();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<CancelOutcome> f = pool.submit(() -> {
                caller.set(Thread.currentThread());
                return call(canceller, function, "Z:", false);
            });
            assertEquals(Optional.of(PROVIDER_ERROR), f.get().extendedError());
        } finally {
            pool.shutdownNow();
        }
        List<RecordingBackend.Event> events = backend.events();
        assertEquals(2, events.size(), events.toString());
        assertNotSame(Thread.currentThread(), caller.get());
        assertSame(caller.get(), events.get(0).thread(), "the call ran on the caller's thread");
        assertSame(caller.get(), events.get(1).thread(), "the extended error was read on the caller's thread");
    }

    @Test
    void concurrentCallersEachGetTheirOwnThreadsExtendedError() throws Exception {
        // Like mpr.dll, this backend keeps the last extended error per thread.
        ThreadLocal<ExtendedError> last = ThreadLocal.withInitial(() -> new ExtendedError(0, "", ""));
        WNetBackend perThread = new RecordingBackend() {
            @Override
            public int cancelConnection2(String name, int flags, boolean force) {
                last.set(new ExtendedError(name.length(), Thread.currentThread().getName(), "per-thread provider"));
                return ErrorCode.ERROR_EXTENDED_ERROR.value();
            }

            @Override
            public int cancelConnection(String name, boolean force) {
                return cancelConnection2(name, 0, force);
            }

            @Override
            public ExtendedError lastExtendedError() {
                return last.get();
            }
        };
        ConnectionCanceller canceller = WNet.over("per-thread", perThread);
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> mismatches = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String name = "\\\\srv\\" + "s".repeat(t + 1);
                mismatches.add(pool.submit(() -> {
                    List<String> wrong = new ArrayList<>();
                    for (int i = 0; i < 500; i++) {
                        ExtendedError e = canceller.cancelConnection2(name, Set.of(), false).extendedError().orElseThrow();
                        if (!e.text().equals(Thread.currentThread().getName()) || e.providerCode() != name.length()) {
                            wrong.add(e.toString());
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<List<String>> f : mismatches) {
                assertEquals(List.of(), f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(value = ErrorCode.class, names = "ERROR_EXTENDED_ERROR", mode = EnumSource.Mode.EXCLUDE)
    void anyOtherCodeNeverReadsTheExtendedError(ErrorCode code) {
        RecordingBackend backend = RecordingBackend.answering(code).withExtendedError(PROVIDER_ERROR);
        ConnectionCanceller canceller = WNet.over("rec", backend);
        CancelOutcome a = canceller.cancelConnection2("Z:", Set.of(), false);
        CancelOutcome b = canceller.cancelConnection("Z:", false);
        assertEquals(List.of("cancelConnection2", "cancelConnection"), backend.methods());
        assertEquals(Optional.empty(), a.extendedError());
        assertEquals(Optional.empty(), b.extendedError());
    }

    @ParameterizedTest
    @ValueSource(ints = {12345, -1, 1207, 1209})
    void undocumentedCodesNeverReadTheExtendedError(int code) {
        RecordingBackend backend = RecordingBackend.answering(code);
        CancelOutcome outcome = WNet.over("rec", backend).cancelConnection2("Z:", Set.of(), false);
        assertEquals(List.of("cancelConnection2"), backend.methods());
        assertEquals(code, outcome.code());
    }

    @Test
    void outcomeOfCancelConnection2CarriesTheCall() {
        RecordingBackend backend = RecordingBackend.answering(ErrorCode.ERROR_OPEN_FILES);
        CancelOutcome outcome = WNet.over("rec", backend)
                .cancelConnection2("\\\\srv\\share", Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), false);
        assertEquals(WNetFunction.CANCEL_CONNECTION2, outcome.function());
        assertEquals("\\\\srv\\share", outcome.name());
        assertEquals(Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), outcome.flags());
        assertEquals(false, outcome.force());
        assertEquals(2401, outcome.code());
        assertEquals(Optional.of(ErrorCode.ERROR_OPEN_FILES), outcome.knownCode());
        assertEquals(CancelOutcome.of(WNetFunction.CANCEL_CONNECTION2, "\\\\srv\\share",
                Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), false, 2401, null), outcome);
    }

    @Test
    void outcomeOfTheLegacyFunctionHasNoFlags() {
        RecordingBackend backend = RecordingBackend.answering(ErrorCode.ERROR_EXTENDED_ERROR)
                .withExtendedError(PROVIDER_ERROR);
        CancelOutcome outcome = WNet.over("rec", backend).cancelConnection("LPT1:", true);
        assertEquals(CancelOutcome.of(WNetFunction.CANCEL_CONNECTION, "LPT1:", Set.of(), true, 1208, PROVIDER_ERROR),
                outcome);
    }

    @Test
    void backendNameIsReportedAndRequired() {
        ConnectionCanceller canceller = WNet.over("rec", new RecordingBackend());
        assertEquals("rec", canceller.backendName());
        assertTrue(canceller.toString().contains("rec"), canceller.toString());
        NullPointerException noName = assertThrows(NullPointerException.class,
                () -> WNet.over(null, new RecordingBackend()));
        assertEquals("backendName", noName.getMessage());
        NullPointerException noBackend = assertThrows(NullPointerException.class,
                () -> WNet.over("rec", null));
        assertEquals("backend", noBackend.getMessage());
    }

    private static CancelOutcome call(ConnectionCanceller canceller, WNetFunction function, String name, boolean force) {
        return switch (function) {
            case CANCEL_CONNECTION2 -> canceller.cancelConnection2(name, Set.of(), force);
            case CANCEL_CONNECTION -> canceller.cancelConnection(name, force);
            default -> throw new IllegalArgumentException(function + " is not a cancel");
        };
    }

    /** A flag set that answers differently each time it is iterated: the first time the flag, then null. */
    private static final class Fickle extends java.util.AbstractSet<CancelFlag> {
        int iterations;

        @Override
        public java.util.Iterator<CancelFlag> iterator() {
            iterations++;
            return java.util.Collections.singletonList(iterations == 1 ? CancelFlag.CONNECT_UPDATE_PROFILE : null).iterator();
        }

        @Override
        public int size() {
            return 1;
        }
    }

    @Test
    void theCallersFlagSetIsReadOnceBeforeTheCall() {
        RecordingBackend backend = RecordingBackend.answering(ErrorCode.NO_ERROR);
        Fickle flags = new Fickle();
        CancelOutcome outcome = WNet.over("rec", backend).cancelConnection2("Z:", flags, false);
        assertEquals(1, flags.iterations, "one read of the caller's set");
        assertEquals(CancelFlag.CONNECT_UPDATE_PROFILE.bit(), backend.onlyEvent().flags());
        assertEquals(Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), outcome.flags(), "the outcome says what was sent");
    }
}
