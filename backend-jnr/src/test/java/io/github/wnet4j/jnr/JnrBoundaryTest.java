package io.github.wnet4j.jnr;

import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.ConnectionCancellers;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.WNetBackend;
import io.github.wnet4j.WNetFunction;
import io.github.wnet4j.nativetesting.MprDouble;
import io.github.wnet4j.nativetesting.MprDouble.ReceivedCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What crosses the native boundary through jnr-ffi, checked on the double's side: names as the
 * exact UTF-16 units, flags and force as sent, every code back unchanged (unknown ones too), the
 * extended error's texts intact or cut exactly at the buffer, and no ABI violation.
 */
class JnrBoundaryTest {

    private MprDouble mpr;
    private WNetBackend backend;
    private int violationsBefore;

    @BeforeEach
    void loadTheDouble() {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        mpr = MprDouble.load();
        backend = new JnrBackendProvider().create();
        violationsBefore = mpr.abiViolations();
    }

    @AfterEach
    void noCallBrokeTheAbi() {
        if (mpr != null) {
            mpr.stopServing();
            assertEquals(violationsBefore, mpr.abiViolations(), "calls the double rejected for breaking the Windows ABI");
            assertEquals(List.of(), mpr.modelFailures(), "exceptions the model threw behind the double");
        }
    }

    /** A model that answers {@code code} to every cancel and {@code error} to WNetGetLastErrorW. */
    private record Answering(int code, ExtendedError error) implements WNetBackend {
        Answering(int code) {
            this(code, new ExtendedError(0, "", ""));
        }

        @Override
        public int cancelConnection2(String name, int flags, boolean force) {
            return code;
        }

        @Override
        public int cancelConnection(String name, boolean force) {
            return code;
        }

        @Override
        public ExtendedError lastExtendedError() {
            return error;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Z:", "LPT1:", "\\\\sërver\\共有", "\\\\srv\\😀", "\\\\ΣΕΡΒΕΡ\\𝄞 music\\ñ"})
    void namesArriveAsTheExactUtf16UnitsThroughBothFunctions(String name) {
        mpr.serve(new Answering(ErrorCode.ERROR_NOT_CONNECTED.value()));
        backend.cancelConnection2(name, 0, false);
        assertArrayEquals(name.toCharArray(), mpr.lastCall().orElseThrow().units());
        backend.cancelConnection(name, true);
        assertArrayEquals(name.toCharArray(), mpr.lastCall().orElseThrow().units());
    }

    @Test
    void theLongestNameTheApiAcceptsArrivesWhole() {
        mpr.serve(new Answering(ErrorCode.ERROR_NOT_CONNECTED.value()));
        String name = "\\\\" + "共".repeat(32_767 - 2);
        backend.cancelConnection2(name, 0, false);
        assertEquals(name, mpr.lastCall().orElseThrow().name());
    }

    @Test
    void theCancellerPassesNamesFlagsAndForceUnchanged() {
        mpr.serve(new Answering(ErrorCode.NO_ERROR.value()));
        ConnectionCanceller canceller = ConnectionCancellers.over("jnr", backend);
        canceller.cancelConnection2("\\\\sërver\\共有", Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), true);
        canceller.cancelConnection2("Z:", Set.of(), false);
        canceller.cancelConnection("\\\\srv\\😀", false);
        canceller.cancelConnection("LPT2:", true);
        assertEquals(List.of(
                new ReceivedCall(WNetFunction.CANCEL_CONNECTION2, "\\\\sërver\\共有", OptionalInt.of(1), true),
                new ReceivedCall(WNetFunction.CANCEL_CONNECTION2, "Z:", OptionalInt.of(0), false),
                new ReceivedCall(WNetFunction.CANCEL_CONNECTION, "\\\\srv\\😀", OptionalInt.empty(), false),
                new ReceivedCall(WNetFunction.CANCEL_CONNECTION, "LPT2:", OptionalInt.empty(), true)),
                mpr.receivedCalls());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 0x40000, 0x80000001, 0xFF000000, 0xFFFFFFFF})
    void everyFlagBitArrivesAsSent(int flags) {
        mpr.serve(new Answering(ErrorCode.NO_ERROR.value()));
        backend.cancelConnection2("Z:", flags, false);
        assertEquals(OptionalInt.of(flags), mpr.lastCall().orElseThrow().flags());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void forceArrivesAsABoolOfZeroOrOneThroughBothFunctions(boolean force) {
        mpr.serve(new Answering(ErrorCode.NO_ERROR.value()));
        backend.cancelConnection2("Z:", 1, force);
        assertEquals(new ReceivedCall(WNetFunction.CANCEL_CONNECTION2, "Z:", OptionalInt.of(1), force),
                mpr.lastCall().orElseThrow());
        backend.cancelConnection("Z:", force);
        assertEquals(new ReceivedCall(WNetFunction.CANCEL_CONNECTION, "Z:", OptionalInt.empty(), force),
                mpr.lastCall().orElseThrow());
    }

    static IntStream documentedAndUnknownCodes() {
        return IntStream.concat(Arrays.stream(ErrorCode.values()).mapToInt(ErrorCode::value),
                IntStream.of(5, 31, 12345, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFE, 0xFFFFFFFF));
    }

    @ParameterizedTest
    @MethodSource("documentedAndUnknownCodes")
    void everyCodeComesBackAsItself(int code) {
        mpr.serve(new Answering(code, new ExtendedError(9, "provider text", "provider")));
        assertEquals(code, backend.cancelConnection2("Z:", 0, false));
        assertEquals(code, backend.cancelConnection("Z:", true));
        CancelOutcome outcome = ConnectionCancellers.over("jnr", backend).cancelConnection2("Z:", Set.of(), false);
        assertEquals(code, outcome.code());
        assertEquals(ErrorCode.forValue(code), outcome.knownCode());
    }

    @Test
    void theDoubleAnswersNoNetworkWhenItServesNothing() {
        mpr.stopServing();
        assertEquals(ErrorCode.ERROR_NO_NETWORK.value(), backend.cancelConnection2("Z:", 1, true));
        assertEquals(ErrorCode.ERROR_NO_NETWORK.value(), backend.cancelConnection("Z:", false));
    }

    @Test
    void extendedErrorsComeBackWithNonAsciiTextsAndAnUnsignedCode() {
        ExtendedError error = new ExtendedError(0xFFFFFFFF, "Accès refusé à \\\\sërver\\共有 😀",
                "Microsoft Windows Network — Réseau");
        mpr.serve(new Answering(ErrorCode.ERROR_EXTENDED_ERROR.value(), error));
        CancelOutcome outcome = ConnectionCancellers.over("jnr", backend).cancelConnection("Z:", false);
        assertEquals(ErrorCode.ERROR_EXTENDED_ERROR.value(), outcome.code());
        assertEquals(error, outcome.extendedError().orElseThrow());
    }

    @Test
    void textsThatFillTheBuffersComeBackWhole() {
        // capacity - 1 units: the largest text that still leaves room for the NUL.
        String text = "😀".repeat((JnrBackend.ERROR_TEXT_CAPACITY - 1) / 2) + "x";
        String provider = "ü".repeat(JnrBackend.PROVIDER_NAME_CAPACITY - 1);
        assertEquals(JnrBackend.ERROR_TEXT_CAPACITY - 1, text.length());
        mpr.serve(new Answering(1208, new ExtendedError(42, text, provider)));
        assertEquals(new ExtendedError(42, text, provider), backend.lastExtendedError());
    }

    @Test
    void longerTextsAreCutAtTheBuffer() {
        String text = "é".repeat(JnrBackend.ERROR_TEXT_CAPACITY + 77);
        String provider = "p".repeat(JnrBackend.PROVIDER_NAME_CAPACITY + 3);
        mpr.serve(new Answering(1208, new ExtendedError(42, text, provider)));
        assertEquals(new ExtendedError(42, text.substring(0, JnrBackend.ERROR_TEXT_CAPACITY - 1),
                provider.substring(0, JnrBackend.PROVIDER_NAME_CAPACITY - 1)), backend.lastExtendedError());
    }

    /** A model whose cancels all answer ERROR_EXTENDED_ERROR, with the given WNetGetLastErrorW. */
    private static WNetBackend failingWith(Supplier<ExtendedError> lastExtendedError) {
        return new WNetBackend() {
            @Override
            public int cancelConnection2(String name, int flags, boolean force) {
                return ErrorCode.ERROR_EXTENDED_ERROR.value();
            }

            @Override
            public int cancelConnection(String name, boolean force) {
                return ErrorCode.ERROR_EXTENDED_ERROR.value();
            }

            @Override
            public ExtendedError lastExtendedError() {
                return lastExtendedError.get();
            }
        };
    }

    @Test
    void aFailedWNetGetLastErrorIsReportedWithItsCode() {
        mpr.serve(failingWith(() -> {
            throw new IllegalStateException("deliberately failing WNetGetLastErrorW");
        }));
        // The double answers ERROR_GEN_FAILURE (31) from WNetGetLastErrorW when its model throws.
        assertEquals(new ExtendedError(0, "WNetGetLastErrorW failed with code 31", ""), backend.lastExtendedError());
        assertEquals(1, mpr.modelFailures().size());
        mpr.serve(new Answering(0)); // forget the deliberate failure before the after-each check
    }

    @Test
    void theExtendedErrorIsReadOnTheThreadThatFailed() throws Exception {
        mpr.serve(failingWith(() -> new ExtendedError(1, Thread.currentThread().getName(), "threads")));
        ConnectionCanceller canceller = ConnectionCancellers.over("jnr", backend);
        String here = Thread.currentThread().getName();
        assertEquals(here, canceller.cancelConnection2("Z:", Set.of(), false).extendedError().orElseThrow().text());
        String[] worker = new String[1];
        CancelOutcome there = CompletableFuture.supplyAsync(() -> {
            worker[0] = Thread.currentThread().getName();
            return canceller.cancelConnection("Z:", false);
        }).get();
        assertNotEquals(here, worker[0], "the second call must run on another thread");
        assertEquals(worker[0], there.extendedError().orElseThrow().text());
    }

    @Test
    void unitsAreCopiedOneForOneWithoutAnEncoder() {
        // A lone surrogate never reaches a backend through the api, but the backend itself must not
        // depend on an encoder: it copies code units, so even this survives.
        String name = "\\\\srv\\\uD800x";
        assertArrayEquals(new short[] {'\\', '\\', 's', 'r', 'v', '\\', (short) 0xD800, 'x', 0},
                JnrBackend.nulTerminatedUnits(name));
        assertEquals(name, JnrBackend.fromUnits(JnrBackend.nulTerminatedUnits(name)));
        assertEquals("abc", JnrBackend.fromUnits(new short[] {'a', 'b', 'c'}), "an unterminated buffer is read whole");
    }
}
