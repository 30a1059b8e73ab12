package io.github.wnet4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wnet4j.spi.Names;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks every canceller and reader makes before any backend runs, for every function that takes a name. Each rejected name
 * must leave the backend uncalled; names Windows itself would judge (blank, control characters,
 * bidi overrides) must reach the backend unchanged.
 */
class NameValidationTest {

    private final RecordingBackend backend = RecordingBackend.answering(ErrorCode.ERROR_NOT_CONNECTED);
    private final WNet wnet = WNet.over("recording", backend);
    private final ConnectionCanceller canceller = wnet.canceller();
    private final ConnectionReader reader = wnet.reader();

    /** The functions that take a name: the two cancels and the reads with a device or path. */
    private static final Set<WNetFunction> NAMED = Set.of(WNetFunction.CANCEL_CONNECTION2, WNetFunction.CANCEL_CONNECTION,
            WNetFunction.GET_CONNECTION, WNetFunction.GET_UNIVERSAL_NAME);

    /** Calls {@code function} with {@code name} (no flags, force false; level 2 for the universal name). */
    private WNetOutcome call(WNetFunction function, String name) {
        return switch (function) {
            case CANCEL_CONNECTION2 -> canceller.cancelConnection2(name, Set.of(), false);
            case CANCEL_CONNECTION -> canceller.cancelConnection(name, false);
            case GET_CONNECTION -> reader.getConnection(name);
            case GET_UNIVERSAL_NAME -> reader.remoteNameInfo(name);
            default -> throw new IllegalArgumentException(function + " takes no name");
        };
    }

    private <T extends Throwable> T rejected(Class<T> type, WNetFunction function, String name) {
        T e = assertThrows(type, () -> call(function, name));
        assertTrue(backend.events().isEmpty(), "the backend must not be called: " + backend.events());
        return e;
    }

    @ParameterizedTest
    @EnumSource(value = WNetFunction.class, names = {"CANCEL_CONNECTION2", "CANCEL_CONNECTION", "GET_CONNECTION", "GET_UNIVERSAL_NAME"})
    void nullNameIsANullPointerExceptionNamingTheParameter(WNetFunction function) {
        NullPointerException e = rejected(NullPointerException.class, function, null);
        assertTrue(e.getMessage().startsWith("name must not be null"), e.getMessage());
        assertTrue(e.getMessage().contains("\"Z:\""), "the message says what to pass: " + e.getMessage());
    }

    @Test
    void nullFlagsIsANullPointerExceptionNamingTheParameter() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> canceller.cancelConnection2("Z:", null, false));
        assertTrue(e.getMessage().startsWith("flags must not be null"), e.getMessage());
        assertTrue(e.getMessage().contains("Set.of()"), "the message says what to pass: " + e.getMessage());
        assertTrue(backend.events().isEmpty());
    }

    @Test
    void flagsHoldingNullIsANullPointerException() {
        Set<CancelFlag> withNull = new HashSet<>(Arrays.asList(CancelFlag.CONNECT_UPDATE_PROFILE, null));
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> canceller.cancelConnection2("Z:", withNull, false));
        assertEquals("flags must not contain null", e.getMessage());
        assertTrue(backend.events().isEmpty());
    }

    @Test
    void aNullNameIsReportedBeforeNullFlags() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> canceller.cancelConnection2(null, null, false));
        assertTrue(e.getMessage().startsWith("name must not be null"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = WNetFunction.class, names = {"CANCEL_CONNECTION2", "CANCEL_CONNECTION", "GET_CONNECTION", "GET_UNIVERSAL_NAME"})
    void emptyNameIsRejected(WNetFunction function) {
        IllegalArgumentException e = rejected(IllegalArgumentException.class, function, "");
        assertTrue(e.getMessage().startsWith("name must not be empty"), e.getMessage());
    }

    static Stream<Arguments> namesHoldingNul() {
        return NAMED.stream().sorted().flatMap(f -> Stream.of(
                // name, index of U+0000, the quoted name native code would have seen instead
                Arguments.of(f, "\u0000Z:", 0, "\"\""),
                Arguments.of(f, "Z:\u0000\\\\evil\\share", 2, "\"Z:\""),
                Arguments.of(f, "\\\\srv\\share\u0000", 11, "\"\\\\srv\\share\"")));
    }

    @ParameterizedTest
    @MethodSource("namesHoldingNul")
    void nulAnywhereIsRejectedNamingTheIndexAndTheShorterName(WNetFunction function, String name, int index,
                                                             String cutShort) {
        IllegalArgumentException e = rejected(IllegalArgumentException.class, function, name);
        String m = e.getMessage();
        assertTrue(m.contains("U+0000 at index " + index + ":"), m);
        assertTrue(m.contains("act on " + cutShort + " instead"), m);
        assertTrue(m.contains(Names.quote(name)), "the whole name, escaped: " + m);
        assertFalse(m.contains("\u0000"), "the NUL itself is escaped in the message: " + m);
    }

    static Stream<Arguments> unpairedSurrogates() {
        return NAMED.stream().sorted().flatMap(f -> Stream.of(
                Arguments.of(f, "Z:\uD83D", "unpaired high surrogate U+D83D at index 2"),
                Arguments.of(f, "\uD83DZ:", "unpaired high surrogate U+D83D at index 0"),
                Arguments.of(f, "Z:\uDE00", "unpaired low surrogate U+DE00 at index 2"),
                Arguments.of(f, "\\\\srv\\\uDE00\uD83D", "unpaired low surrogate U+DE00 at index 6"),
                // two high surrogates: the first is unpaired even though a low one follows the second
                Arguments.of(f, "\uD83D\uD83D\uDE00", "unpaired high surrogate U+D83D at index 0")));
    }

    @ParameterizedTest
    @MethodSource("unpairedSurrogates")
    void unpairedOrReversedSurrogatesAreRejected(WNetFunction function, String name, String expected) {
        IllegalArgumentException e = rejected(IllegalArgumentException.class, function, name);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains("'?'"), "the message says why it matters: " + e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = WNetFunction.class, names = {"CANCEL_CONNECTION2", "CANCEL_CONNECTION", "GET_CONNECTION", "GET_UNIVERSAL_NAME"})
    void aValidSurrogatePairPassesUnchanged(WNetFunction function) {
        String name = "\\\\srv\\sh\uD83D\uDE00re";
        call(function, name);
        assertEquals(name, backend.onlyEvent().name());
    }

    @ParameterizedTest
    @EnumSource(value = WNetFunction.class, names = {"CANCEL_CONNECTION2", "CANCEL_CONNECTION", "GET_CONNECTION", "GET_UNIVERSAL_NAME"})
    void exactlyTheLongestNamePasses(WNetFunction function) {
        String name = "\\\\srv\\" + "s".repeat(io.github.wnet4j.spi.Names.MAX_LENGTH - 6);
        assertEquals(32_767, name.length());
        call(function, name);
        assertEquals(name, backend.onlyEvent().name());
    }

    @ParameterizedTest
    @EnumSource(value = WNetFunction.class, names = {"CANCEL_CONNECTION2", "CANCEL_CONNECTION", "GET_CONNECTION", "GET_UNIVERSAL_NAME"})
    void oneUnitMoreIsRejected(WNetFunction function) {
        String name = "s".repeat(32_768);
        IllegalArgumentException e = rejected(IllegalArgumentException.class, function, name);
        assertEquals("name is 32768 UTF-16 units long; Windows accepts at most 32767", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = WNetFunction.class, names = {"CANCEL_CONNECTION2", "CANCEL_CONNECTION", "GET_CONNECTION", "GET_UNIVERSAL_NAME"})
    void lengthIsCountedInUtf16UnitsNotCodePoints(WNetFunction function) {
        // 32,766 units plus one supplementary character (two units) is 32,768 units, 32,767 code points.
        String name = "s".repeat(32_766) + "\uD83D\uDE00";
        assertEquals(32_767, name.codePointCount(0, name.length()));
        IllegalArgumentException e = rejected(IllegalArgumentException.class, function, name);
        assertTrue(e.getMessage().startsWith("name is 32768 UTF-16 units long"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = WNetFunction.class, names = {"CANCEL_CONNECTION2", "CANCEL_CONNECTION", "GET_CONNECTION", "GET_UNIVERSAL_NAME"})
    void aOneMebibyteNameFailsOnItsLengthBeforeItsContentIsScanned(WNetFunction function) {
        // The U+0000 at index 0 would be reported if the content were scanned first; the length
        // check wins, so a huge name is refused without walking it.
        String name = "\u0000" + "x".repeat(1024 * 1024 - 1);
        IllegalArgumentException e = rejected(IllegalArgumentException.class, function, name);
        assertEquals("name is 1048576 UTF-16 units long; Windows accepts at most 32767", e.getMessage());
    }

    static Stream<Arguments> namesWindowsJudges() {
        return NAMED.stream().sorted().flatMap(f -> Stream.of(
                Arguments.of(f, " "),
                Arguments.of(f, "\t"),
                Arguments.of(f, "Z:\n"),
                Arguments.of(f, "\u0007Z:"),
                Arguments.of(f, "\u202EZ:"),
                Arguments.of(f, "\\\\srv\\\u202Eerahs"),
                Arguments.of(f, "\u00A0")));
    }

    @ParameterizedTest
    @MethodSource("namesWindowsJudges")
    void blankControlAndBidiNamesReachTheBackendUnchanged(WNetFunction function, String name) {
        WNetOutcome outcome = call(function, name);
        RecordingBackend.Event event = backend.onlyEvent();
        assertEquals(name, event.name());
        assertEquals(name, new WNetException(outcome).name(), "the outcome keeps the name as passed");
    }
}
