package io.github.wnet4j.jna;

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
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What crosses the native boundary, checked on the double's side: names as exact UTF-16 units,
 * flags and force as sent, every code back unchanged, the extended error's texts intact, and no
 * ABI violation.
 */
class JnaBoundaryTest {

    private MprDouble mpr;
    private WNetBackend backend;
    private int violationsBefore;

    @BeforeEach
    void serveTheDouble() {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        mpr = MprDouble.load();
        backend = new JnaBackendProvider().create();
        violationsBefore = mpr.abiViolations();
    }

    @AfterEach
    void noAbiViolation() {
        if (mpr != null) {
            mpr.stopServing();
            assertEquals(violationsBefore, mpr.abiViolations(), "calls the double rejected for breaking the ABI");
        }
    }

    /** A model answering one code and one extended error, whatever it is asked. */
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
    @ValueSource(strings = {"Z:", "lpt1", "\\\\sërver\\共有", "\\\\srv\\😀", "\\\\srv\\share\\😀\\ünïcödé\\𝄞"})
    void namesArriveAsTheExactUtf16Units(String name) {
        mpr.serve(new Answering(ErrorCode.ERROR_NOT_CONNECTED.value()));
        backend.cancelConnection2(name, 0, false);
        assertArrayEquals(name.toCharArray(), mpr.lastCall().orElseThrow().units());
        backend.cancelConnection(name, true);
        assertArrayEquals(name.toCharArray(), mpr.lastCall().orElseThrow().units());
    }

    @Test
    void theLongestValidNameArrivesWhole() {
        mpr.serve(new Answering(ErrorCode.ERROR_NOT_CONNECTED.value()));
        char[] units = new char[32_767];
        Arrays.fill(units, 'é');
        units[0] = '\\';
        units[1] = '\\';
        String name = new String(units);
        backend.cancelConnection2(name, 0, false);
        assertEquals(name, mpr.lastCall().orElseThrow().name());
    }

    @Test
    void namesCrossThroughTheCancellerUnchanged() {
        mpr.serve(new Answering(ErrorCode.NO_ERROR.value()));
        ConnectionCanceller canceller = ConnectionCancellers.over("jna", backend);
        canceller.cancelConnection2("\\\\sërver\\共有", Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), true);
        canceller.cancelConnection("\\\\srv\\😀", false);
        assertEquals(java.util.List.of(
                new ReceivedCall(WNetFunction.CANCEL_CONNECTION2, "\\\\sërver\\共有", OptionalInt.of(1), true),
                new ReceivedCall(WNetFunction.CANCEL_CONNECTION, "\\\\srv\\😀", OptionalInt.empty(), false)),
                mpr.receivedCalls());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 0x40000, 0xFF000000, 0xFFFFFFFF})
    void flagsArriveExactly(int flags) {
        mpr.serve(new Answering(ErrorCode.NO_ERROR.value()));
        backend.cancelConnection2("Z:", flags, false);
        assertEquals(OptionalInt.of(flags), mpr.lastCall().orElseThrow().flags());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void forceArrivesExactlyForBothFunctions(boolean force) {
        mpr.serve(new Answering(ErrorCode.NO_ERROR.value()));
        backend.cancelConnection2("Z:", 1, force);
        assertEquals(new ReceivedCall(WNetFunction.CANCEL_CONNECTION2, "Z:", OptionalInt.of(1), force),
                mpr.lastCall().orElseThrow());
        backend.cancelConnection("Z:", force);
        assertEquals(new ReceivedCall(WNetFunction.CANCEL_CONNECTION, "Z:", OptionalInt.empty(), force),
                mpr.lastCall().orElseThrow());
    }

    static IntStream everyCode() {
        return IntStream.concat(Arrays.stream(ErrorCode.values()).mapToInt(ErrorCode::value),
                IntStream.of(1, 31, 12345, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF));
    }

    @ParameterizedTest
    @MethodSource("everyCode")
    void everyCodeComesBackUnchanged(int code) {
        mpr.serve(new Answering(code, new ExtendedError(7, "t", "p")));
        assertEquals(code, backend.cancelConnection2("Z:", 0, false));
        assertEquals(code, backend.cancelConnection("Z:", true));
        CancelOutcome outcome = ConnectionCancellers.over("jna", backend).cancelConnection2("Z:", Set.of(), false);
        assertEquals(code, outcome.code());
        assertEquals(ErrorCode.forValue(code), outcome.knownCode());
    }

    @Test
    void noNetworkWhenTheDoubleServesNothing() {
        mpr.stopServing();
        assertEquals(ErrorCode.ERROR_NO_NETWORK.value(), backend.cancelConnection2("Z:", 0, false));
        assertEquals(ErrorCode.ERROR_NO_NETWORK.value(), backend.cancelConnection("Z:", false));
    }

    @Test
    void extendedErrorTextsComeBackIntact() {
        ExtendedError error = new ExtendedError(0xFFFFFFFF, "Zugriff verweigert: \\\\sërver\\共有 😀",
                "Réseau Microsoft Windows");
        mpr.serve(new Answering(ErrorCode.ERROR_EXTENDED_ERROR.value(), error));
        CancelOutcome outcome = ConnectionCancellers.over("jna", backend).cancelConnection2("Z:", Set.of(), false);
        assertEquals(ErrorCode.ERROR_EXTENDED_ERROR.value(), outcome.code());
        assertEquals(error, outcome.extendedError().orElseThrow());
    }

    @Test
    void textsUpToTheBuffersComeBackWholeAndLongerOnesAreCutAtTheBuffer() {
        String fits = "😀".repeat((JnaBackend.ERROR_TEXT_UNITS - 1) / 2) + "x".repeat((JnaBackend.ERROR_TEXT_UNITS - 1) % 2);
        String providerFits = "ü".repeat(JnaBackend.PROVIDER_NAME_UNITS - 1);
        mpr.serve(new Answering(1208, new ExtendedError(42, fits, providerFits)));
        assertEquals(new ExtendedError(42, fits, providerFits), backend.lastExtendedError());

        String tooLong = "é".repeat(JnaBackend.ERROR_TEXT_UNITS + 100);
        String providerTooLong = "n".repeat(JnaBackend.PROVIDER_NAME_UNITS + 5);
        mpr.serve(new Answering(1208, new ExtendedError(42, tooLong, providerTooLong)));
        assertEquals(new ExtendedError(42, tooLong.substring(0, JnaBackend.ERROR_TEXT_UNITS - 1),
                providerTooLong.substring(0, JnaBackend.PROVIDER_NAME_UNITS - 1)), backend.lastExtendedError());
    }

    /** A model whose calls all fail with ERROR_EXTENDED_ERROR; its lastExtendedError() is given. */
    private static WNetBackend failingWith(java.util.function.Supplier<ExtendedError> lastExtendedError) {
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
    void aFailingWNetGetLastErrorIsReportedInTheText() {
        mpr.serve(failingWith(() -> {
            throw new IllegalStateException("the model has no extended error to give");
        }));
        // The double answers 31 (ERROR_GEN_FAILURE) from WNetGetLastErrorW when its model throws.
        assertEquals(new ExtendedError(0, "WNetGetLastErrorW failed with code 31", ""), backend.lastExtendedError());
    }

    @Test
    void theExtendedErrorIsReadOnTheCallingThread() throws Exception {
        mpr.serve(failingWith(() -> new ExtendedError(1, Thread.currentThread().getName(), "threads")));
        ConnectionCanceller canceller = ConnectionCancellers.over("jna", backend);
        String here = Thread.currentThread().getName();
        assertEquals(here, canceller.cancelConnection("Z:", false).extendedError().orElseThrow().text());
        String[] worker = new String[1];
        CancelOutcome there = CompletableFuture.supplyAsync(() -> {
            worker[0] = Thread.currentThread().getName();
            return canceller.cancelConnection("Z:", false);
        }).get();
        assertEquals(worker[0], there.extendedError().orElseThrow().text());
        assertTrue(!worker[0].equals(here), "the second call must run on another thread");
    }
}
