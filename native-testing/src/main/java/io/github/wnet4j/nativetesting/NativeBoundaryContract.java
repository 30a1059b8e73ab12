package io.github.wnet4j.nativetesting;

import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.WNet;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.WNetFunction;
import io.github.wnet4j.nativetesting.MprDouble.ReceivedCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What crosses the native boundary, checked on the double's side, for any native backend: names as
 * the exact UTF-16 units through both functions, flags and force as sent, every code back as itself
 * (unknown ones too), the extended error's texts intact or cut exactly at the backend's buffers, read
 * on the calling thread, and no call that breaks the ABI or makes the model throw unexpectedly.
 *
 * <p>Subclass it in the backend's tests and say which backend to test:
 *
 * <pre>{@code
 * class JnaBoundaryTest extends NativeBoundaryContract {
 *     JnaBoundaryTest() {
 *         super("jna", MprLibrary.ERROR_TEXT_UNITS, MprLibrary.PROVIDER_NAME_UNITS);
 *     }
 *
 *     protected WNetBackend newBackend() {
 *         return new JnaBackendProvider().create();
 *     }
 * }
 * }</pre>
 *
 * <p>The backend must load the library named by {@value MprDouble#LIBRARY_PROPERTY}, the double;
 * where the double is unavailable every test skips with {@link MprDouble#whyUnavailable()}. The
 * tests serve through the one process-wide double, so they must not run concurrently with other
 * tests that use it (Surefire's sequential default is fine). Besides this module, the subclass's
 * module needs {@code junit-jupiter-params} on its test class path.
 */
public abstract class NativeBoundaryContract {

    private final String backendName;
    private final int errorTextCapacity;
    private final int providerNameCapacity;
    private MprDouble mpr;
    private WNetBackend backend;
    private int violationsBefore;

    /**
     * The contract for one backend.
     *
     * @param backendName the backend's name as registered ({@code "jna"}, {@code "jnr"}), used for
     *     its cancellers
     * @param errorTextCapacity the units, NUL included, of the buffer the backend gives
     *     WNetGetLastErrorW for the error text
     * @param providerNameCapacity the units, NUL included, of the buffer the backend gives
     *     WNetGetLastErrorW for the provider name
     */
    protected NativeBoundaryContract(String backendName, int errorTextCapacity, int providerNameCapacity) {
        this.backendName = Objects.requireNonNull(backendName, "backendName");
        this.errorTextCapacity = errorTextCapacity;
        this.providerNameCapacity = providerNameCapacity;
    }

    /**
     * A backend under test, made as discovery would (by its provider); called once per test, after
     * the double is known to be available.
     */
    protected abstract WNetBackend newBackend();

    @BeforeEach
    final void loadTheDouble() {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        mpr = MprDouble.load();
        backend = newBackend();
        violationsBefore = mpr.abiViolations();
    }

    @AfterEach
    final void noCallBrokeTheAbi() {
        if (mpr != null) {
            mpr.stopServing();
            assertEquals(violationsBefore, mpr.abiViolations(), "calls the double rejected for breaking the Windows ABI");
            assertEquals(List.of(), mpr.modelFailures(), "exceptions the model threw behind the double");
        }
    }

    private ConnectionCanceller canceller() {
        return WNet.over(backendName, backend);
    }

    /** A model whose cancels all answer ERROR_EXTENDED_ERROR, with the given WNetGetLastErrorW. */
    private static WNetBackend failingWith(Supplier<ExtendedError> lastExtendedError) {
        return new FixedAnswer(ErrorCode.ERROR_EXTENDED_ERROR.value(), lastExtendedError);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Z:", "lpt1", "LPT1:", "\\\\sërver\\共有", "\\\\srv\\😀",
        "\\\\srv\\share\\😀\\ünïcödé\\𝄞", "\\\\ΣΕΡΒΕΡ\\𝄞 music\\ñ"})
    void namesArriveAsTheExactUtf16UnitsThroughBothFunctions(String name) {
        mpr.serve(new FixedAnswer(ErrorCode.ERROR_NOT_CONNECTED.value()));
        backend.cancelConnection2(name, 0, false);
        assertArrayEquals(name.toCharArray(), mpr.lastCall().orElseThrow().units());
        backend.cancelConnection(name, true);
        assertArrayEquals(name.toCharArray(), mpr.lastCall().orElseThrow().units());
    }

    /** 32,767 units, the longest name the api accepts, of a two-byte Latin and a CJK character. */
    @ParameterizedTest
    @ValueSource(chars = {'é', '共'})
    void theLongestNameTheApiAcceptsArrivesWhole(char filler) {
        mpr.serve(new FixedAnswer(ErrorCode.ERROR_NOT_CONNECTED.value()));
        String name = "\\\\" + String.valueOf(filler).repeat(32_767 - 2);
        backend.cancelConnection2(name, 0, false);
        assertEquals(name, mpr.lastCall().orElseThrow().name());
    }

    /**
     * A short name after longer ones (of 6,143 and 6,144 units, either side of where a backend that
     * reuses native memory may switch from a reused block to fresh memory) arrives alone, with none
     * of the earlier units after it.
     */
    @Test
    void aShortNameAfterLongerOnesArrivesAlone() {
        mpr.serve(new FixedAnswer(ErrorCode.ERROR_NOT_CONNECTED.value()));
        for (int units : new int[] {6_143, 6_144, 300}) {
            String longer = "\\\\" + "s".repeat(units - 2);
            backend.cancelConnection2(longer, 0, false);
            assertEquals(longer, mpr.lastCall().orElseThrow().name());
            backend.cancelConnection("Z:", false);
            assertArrayEquals("Z:".toCharArray(), mpr.lastCall().orElseThrow().units());
            backend.cancelConnection2("Z:", 0, false);
            assertArrayEquals("Z:".toCharArray(), mpr.lastCall().orElseThrow().units());
        }
    }

    @Test
    void theCancellerPassesNamesFlagsAndForceUnchanged() {
        mpr.serve(new FixedAnswer(ErrorCode.NO_ERROR.value()));
        ConnectionCanceller canceller = canceller();
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
        mpr.serve(new FixedAnswer(ErrorCode.NO_ERROR.value()));
        backend.cancelConnection2("Z:", flags, false);
        assertEquals(OptionalInt.of(flags), mpr.lastCall().orElseThrow().flags());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void forceArrivesAsABoolOfZeroOrOneThroughBothFunctions(boolean force) {
        mpr.serve(new FixedAnswer(ErrorCode.NO_ERROR.value()));
        backend.cancelConnection2("Z:", 1, force);
        assertEquals(new ReceivedCall(WNetFunction.CANCEL_CONNECTION2, "Z:", OptionalInt.of(1), force),
                mpr.lastCall().orElseThrow());
        backend.cancelConnection("Z:", force);
        assertEquals(new ReceivedCall(WNetFunction.CANCEL_CONNECTION, "Z:", OptionalInt.empty(), force),
                mpr.lastCall().orElseThrow());
    }

    /** Every documented code, and unknown ones up to the top of the unsigned range. */
    static IntStream documentedAndUnknownCodes() {
        return IntStream.concat(Arrays.stream(ErrorCode.values()).mapToInt(ErrorCode::value),
                IntStream.of(1, 5, 31, 12345, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFE, 0xFFFFFFFF)).distinct();
    }

    @ParameterizedTest
    @MethodSource("documentedAndUnknownCodes")
    void everyCodeComesBackAsItself(int code) {
        ExtendedError error = new ExtendedError(9, "provider text", "provider");
        mpr.serve(new FixedAnswer(code, error));
        assertEquals(code, backend.cancelConnection2("Z:", 0, false));
        assertEquals(code, backend.cancelConnection("Z:", true));
        CancelOutcome outcome = canceller().cancelConnection2("Z:", Set.of(), false);
        assertEquals(code, outcome.code());
        assertEquals(ErrorCode.forValue(code), outcome.knownCode());
        // The api reads the extended error for ERROR_EXTENDED_ERROR only.
        assertEquals(code == ErrorCode.ERROR_EXTENDED_ERROR.value() ? Optional.of(error) : Optional.empty(),
                outcome.extendedError());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theDoubleAnswersNoNetworkWhenItServesNothing(boolean force) {
        mpr.stopServing();
        assertEquals(ErrorCode.ERROR_NO_NETWORK.value(), backend.cancelConnection2("Z:", force ? 1 : 0, force));
        assertEquals(ErrorCode.ERROR_NO_NETWORK.value(), backend.cancelConnection("Z:", force));
    }

    /** Extended errors with non-ASCII texts (German, French, CJK, an emoji) and an unsigned code. */
    static Stream<ExtendedError> nonAsciiExtendedErrors() {
        return Stream.of(
                new ExtendedError(0xFFFFFFFF, "Zugriff verweigert: \\\\sërver\\共有 😀", "Réseau Microsoft Windows"),
                new ExtendedError(0xFFFFFFFF, "Accès refusé à \\\\sërver\\共有 😀", "Microsoft Windows Network — Réseau"));
    }

    @ParameterizedTest
    @MethodSource("nonAsciiExtendedErrors")
    void extendedErrorsComeBackIntactThroughBothFunctions(ExtendedError error) {
        mpr.serve(new FixedAnswer(ErrorCode.ERROR_EXTENDED_ERROR.value(), error));
        CancelOutcome outcome2 = canceller().cancelConnection2("Z:", Set.of(), false);
        assertEquals(ErrorCode.ERROR_EXTENDED_ERROR.value(), outcome2.code());
        assertEquals(error, outcome2.extendedError().orElseThrow());
        CancelOutcome outcome = canceller().cancelConnection("Z:", false);
        assertEquals(ErrorCode.ERROR_EXTENDED_ERROR.value(), outcome.code());
        assertEquals(error, outcome.extendedError().orElseThrow());
    }

    @Test
    void textsThatFillTheBuffersComeBackWhole() {
        // capacity - 1 units: the largest text that still leaves room for the NUL.
        int textUnits = errorTextCapacity - 1;
        String text = "😀".repeat(textUnits / 2) + "x".repeat(textUnits % 2);
        String provider = "ü".repeat(providerNameCapacity - 1);
        assertEquals(textUnits, text.length());
        mpr.serve(new FixedAnswer(1208, new ExtendedError(42, text, provider)));
        assertEquals(new ExtendedError(42, text, provider), backend.lastExtendedError());
    }

    /** How far past each buffer the texts run, and the provider name's character. */
    static Stream<Arguments> overlongTexts() {
        return Stream.of(Arguments.of(100, 5, 'n'), Arguments.of(77, 3, 'p'));
    }

    @ParameterizedTest
    @MethodSource("overlongTexts")
    void longerTextsAreCutAtTheBuffer(int textExcess, int providerExcess, char providerChar) {
        String text = "é".repeat(errorTextCapacity + textExcess);
        String provider = String.valueOf(providerChar).repeat(providerNameCapacity + providerExcess);
        mpr.serve(new FixedAnswer(1208, new ExtendedError(42, text, provider)));
        assertEquals(new ExtendedError(42, text.substring(0, errorTextCapacity - 1),
                provider.substring(0, providerNameCapacity - 1)), backend.lastExtendedError());
    }

    @Test
    void aPairCutAtTheBufferLeavesNoLoneHighSurrogate() {
        // capacity - 2 units of 'x', then a pair: only its high half fits before the NUL.
        String text = "x".repeat(errorTextCapacity - 2) + "😀";
        String provider = "y".repeat(providerNameCapacity - 2) + "😀";
        mpr.serve(new FixedAnswer(1208, new ExtendedError(7, text, provider)));
        assertEquals(new ExtendedError(7, "x".repeat(errorTextCapacity - 2), "y".repeat(providerNameCapacity - 2)),
                backend.lastExtendedError());
    }

    /** The answer served in C (what the benchmarks measure bindings over) reaches the backend as a model's would. */
    @Test
    void anAnswerServedInCComesBackAsServed() {
        ExtendedError error = new ExtendedError(53, "The network path was not found.", "Microsoft Windows Network");
        mpr.serveInC(ErrorCode.ERROR_EXTENDED_ERROR.value(), error);
        assertEquals(1208, backend.cancelConnection2("Z:", 0, false));
        assertEquals(error, backend.lastExtendedError());
        assertEquals(1208, backend.cancelConnection("\\\\srv\\😀", true));
        assertEquals(error, backend.lastExtendedError());
        String longer = "x".repeat(errorTextCapacity + 10);
        mpr.serveInC(ErrorCode.NO_ERROR.value(), new ExtendedError(7, longer, "p"));
        assertEquals(0, backend.cancelConnection2("Z:", 0, false));
        assertEquals(new ExtendedError(7, "x".repeat(errorTextCapacity - 1), "p"), backend.lastExtendedError(),
                "cut to the buffer, NUL included, as Windows does");
        assertEquals(50, backend.getConnection("Z:").code(), "the read side: ERROR_NOT_SUPPORTED");
        assertEquals(List.of(), mpr.receivedCalls(), "nothing is recorded when C answers");
    }

    @Test
    void buffersTheFunctionDidNotWriteReadAsEmpty() {
        // First leave text in the buffers, in case a backend reuses them; then answer without writing.
        mpr.serve(new FixedAnswer(1208, new ExtendedError(9, "earlier text", "earlier provider")));
        assertEquals("earlier text", backend.lastExtendedError().text());
        mpr.serve(new FixedAnswer(1208, MprDouble.UNWRITTEN));
        assertEquals(new ExtendedError(0, "", ""), backend.lastExtendedError());
    }

    /** Names the api rejects, each of which would cancel another name (or an encoder's guess) natively. */
    static Stream<String> namesTheApiRejects() {
        return Stream.of("Z:\u0000 not this one", "\\\\srv\\s\uD800", "\\\\srv\\s\uDC00x", "");
    }

    @ParameterizedTest
    @MethodSource("namesTheApiRejects")
    void theRawBackendRejectsWhatTheApiRejectsBeforeAnyNativeCall(String name) {
        mpr.serve(new FixedAnswer(ErrorCode.NO_ERROR.value()));
        assertThrows(IllegalArgumentException.class, () -> backend.cancelConnection2(name, 0, false));
        assertThrows(IllegalArgumentException.class, () -> backend.cancelConnection(name, true));
        assertEquals(List.of(), mpr.receivedCalls(), "no call may reach native code");
    }

    @Test
    void aFailedWNetGetLastErrorIsReportedWithItsCode() {
        mpr.serve(failingWith(() -> {
            throw new IllegalStateException("deliberately failing WNetGetLastErrorW");
        }));
        // The double answers ERROR_GEN_FAILURE (31) from WNetGetLastErrorW when its model throws.
        assertEquals(new ExtendedError(0, "WNetGetLastErrorW failed with code 31", ""), backend.lastExtendedError());
        assertEquals(1, mpr.modelFailures().size());
        mpr.serve(new FixedAnswer(0)); // forget the deliberate failure before the after-each check
    }

    @Test
    void theExtendedErrorIsReadOnTheThreadThatFailed() throws Exception {
        mpr.serve(failingWith(() -> new ExtendedError(1, Thread.currentThread().getName(), "threads")));
        ConnectionCanceller canceller = canceller();
        String here = Thread.currentThread().getName();
        assertEquals(here, canceller.cancelConnection2("Z:", Set.of(), false).extendedError().orElseThrow().text());
        assertEquals(here, canceller.cancelConnection("Z:", false).extendedError().orElseThrow().text());
        String[] worker = new String[1];
        CancelOutcome there = CompletableFuture.supplyAsync(() -> {
            worker[0] = Thread.currentThread().getName();
            return canceller.cancelConnection("Z:", false);
        }).get();
        assertNotEquals(here, worker[0], "the second call must run on another thread");
        assertEquals(worker[0], there.extendedError().orElseThrow().text());
    }
}
