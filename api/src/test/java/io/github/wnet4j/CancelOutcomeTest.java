package io.github.wnet4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wnet4j.spi.Names;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link CancelOutcome}, {@link WNetException} and {@link ExtendedError}: predicates, messages, equality. */
class CancelOutcomeTest {

    private static final ExtendedError PROVIDER_ERROR =
            new ExtendedError(53, "The network path was not found.", "Microsoft Windows Network");

    private static CancelOutcome outcome2(String name, int code) {
        return CancelOutcome.of(WNetFunction.CANCEL_CONNECTION2, name, Set.of(), false, code,
                code == 1208 ? PROVIDER_ERROR : null);
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void isMatchesExactlyItsOwnCode(ErrorCode code) {
        CancelOutcome outcome = outcome2("Z:", code.value());
        for (ErrorCode other : ErrorCode.values()) {
            assertEquals(other == code, outcome.is(other), code + " is(" + other + ")");
        }
        assertEquals(Optional.of(code), outcome.knownCode());
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void successPredicates(ErrorCode code) {
        CancelOutcome outcome = outcome2("Z:", code.value());
        assertEquals(code == ErrorCode.NO_ERROR, outcome.isSuccess());
        assertEquals(code == ErrorCode.NO_ERROR || code == ErrorCode.ERROR_NOT_CONNECTED,
                outcome.isSuccessOrNotConnected());
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void orThrowThrowsForEveryFailure(ErrorCode code) {
        CancelOutcome outcome = outcome2("Z:", code.value());
        if (code == ErrorCode.NO_ERROR) {
            assertSame(outcome, outcome.orThrow());
        } else {
            WNetException e = assertThrows(WNetException.class, outcome::orThrow);
            assertSame(outcome, e.outcome());
            assertEquals(code.value(), e.code());
            assertEquals(Optional.of(code), e.knownCode());
            assertEquals("Z:", e.name());
            assertEquals(outcome.describe(), e.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void orThrowUnlessNotConnectedLetsOnlySuccessAndNotConnectedThrough(ErrorCode code) {
        CancelOutcome outcome = outcome2("Z:", code.value());
        if (code == ErrorCode.NO_ERROR || code == ErrorCode.ERROR_NOT_CONNECTED) {
            assertSame(outcome, outcome.orThrowUnlessNotConnected());
        } else {
            WNetException e = assertThrows(WNetException.class, outcome::orThrowUnlessNotConnected);
            assertSame(outcome, e.outcome());
        }
    }

    @ParameterizedTest
    @EnumSource(value = ErrorCode.class, names = {"NO_ERROR", "ERROR_EXTENDED_ERROR"}, mode = EnumSource.Mode.EXCLUDE)
    void theMessageNamesFunctionCodeMeaningNameAndRemedy(ErrorCode code) {
        CancelOutcome outcome = CancelOutcome.of(WNetFunction.CANCEL_CONNECTION2, "Z:",
                Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), true, code.value(), null);
        String m = assertThrows(WNetException.class, outcome::orThrow).getMessage();
        assertTrue(m.startsWith("WNetCancelConnection2(\"Z:\", CONNECT_UPDATE_PROFILE, force=true) failed with "), m);
        assertTrue(m.contains(code.name() + " (" + code.value() + "): " + code.meaning()), m);
        assertTrue(m.endsWith(" " + code.remedy()), m);
        assertFalse(m.contains("reported error"), "no provider error outside 1208: " + m);
    }

    @Test
    void theLegacyFunctionIsNamedWithoutFlags() {
        CancelOutcome outcome = CancelOutcome.of(WNetFunction.CANCEL_CONNECTION, "LPT1:", Set.of(), false, 2250, null);
        WNetException e = assertThrows(WNetException.class, outcome::orThrow);
        assertEquals("WNetCancelConnection(\"LPT1:\", force=false) failed with ERROR_NOT_CONNECTED (2250): "
                + ErrorCode.ERROR_NOT_CONNECTED.meaning() + " " + ErrorCode.ERROR_NOT_CONNECTED.remedy(), e.getMessage());
    }

    @Test
    void noFlagsIsSpelledOut() {
        assertEquals("WNetCancelConnection2(\"Z:\", no flags, force=false)", outcome2("Z:", 0).describeCall());
        assertEquals("WNetCancelConnection2(\"Z:\", no flags, force=false) succeeded (NO_ERROR)", outcome2("Z:", 0).describe());
    }

    @Test
    void theExtendedErrorMessageNamesTheProvidersCodeTextAndName() {
        CancelOutcome outcome = outcome2("\\\\srv\\share", 1208);
        WNetException e = assertThrows(WNetException.class, outcome::orThrowUnlessNotConnected);
        String m = e.getMessage();
        assertTrue(m.contains("ERROR_EXTENDED_ERROR (1208): " + ErrorCode.ERROR_EXTENDED_ERROR.meaning()), m);
        assertTrue(m.contains("\"\\\\srv\\share\""), m);
        assertTrue(m.contains("The provider \"Microsoft Windows Network\" reported error 53: The network path was not found."), m);
        assertTrue(m.endsWith(ErrorCode.ERROR_EXTENDED_ERROR.remedy()), m);
        assertEquals(Optional.of(PROVIDER_ERROR), e.extendedError());
    }

    @Test
    void theProvidersCodeIsPrintedAsADword() {
        ExtendedError negative = new ExtendedError(0x80070035, "", "Some Provider");
        assertEquals("provider \"Some Provider\" reported error 2147942453", negative.describe());
        assertEquals("provider \"P\" reported error 4294967295: t", new ExtendedError(-1, "t", "P").describe());
    }

    @Test
    void extendedErrorRequiresItsStrings() {
        assertEquals("text", assertThrows(NullPointerException.class, () -> new ExtendedError(1, null, "p")).getMessage());
        assertEquals("providerName", assertThrows(NullPointerException.class, () -> new ExtendedError(1, "t", null)).getMessage());
    }

    @Test
    void anExtendedErrorBelongsOnlyToCode1208() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CancelOutcome.of(WNetFunction.CANCEL_CONNECTION2, "Z:", Set.of(), false, 2250, PROVIDER_ERROR));
        assertTrue(e.getMessage().contains("2250"), e.getMessage());
    }

    @Test
    void unknownCodesAreKeptAndPrintedWithTheirNumber() {
        CancelOutcome outcome = outcome2("Z:", 12345);
        assertEquals(12345, outcome.code());
        assertEquals(Optional.empty(), outcome.knownCode());
        assertFalse(outcome.isSuccess());
        assertFalse(outcome.isSuccessOrNotConnected());
        WNetException e = assertThrows(WNetException.class, outcome::orThrow);
        assertEquals(Optional.empty(), e.knownCode());
        assertEquals("WNetCancelConnection2(\"Z:\", no flags, force=false) failed with Win32 error 12345 (0x3039),"
                + " which these functions do not document", e.getMessage());
    }

    @Test
    void codesAboveIntMaxArePrintedUnsigned() {
        CancelOutcome outcome = outcome2("Z:", 0xFFFFFFFF);
        assertEquals(4294967295L, Integer.toUnsignedLong(outcome.code()));
        assertEquals(Optional.empty(), outcome.knownCode());
        String m = assertThrows(WNetException.class, outcome::orThrowUnlessNotConnected).getMessage();
        assertTrue(m.contains("Win32 error 4294967295 (0xFFFFFFFF)"), m);
        assertFalse(m.contains("-1"), m);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Z:\u202E", "\u202Ekcatta\\\\", "Z:\n\\\\other\\share", "Z:\r", "\u200BZ:", "Z:\u2028x",
            "Z:\u0007", "Z:\u0085"})
    void controlAndBidiCharactersAreEscapedInMessages(String name) {
        CancelOutcome outcome = outcome2(name, 2250);
        String m = assertThrows(WNetException.class, outcome::orThrow).getMessage();
        for (char c : name.toCharArray()) {
            if (!Character.isLetterOrDigit(c) && c != ':' && c != '\\') {
                assertFalse(m.indexOf(c) >= 0, "raw U+" + Integer.toHexString(c) + " in " + m);
                assertTrue(m.contains(String.format("\\u%04X", (int) c)), m);
            }
        }
        // The exception still carries the name exactly as it was passed.
        assertEquals(name, assertThrows(WNetException.class, outcome::orThrow).name());
    }

    @Test
    void quotesAndUnpairedSurrogatesAreEscapedAndPairsKept() {
        assertEquals("\"a\\\"b\"", Names.quote("a\"b"));
        assertEquals("\"\\uD83Dx\"", Names.quote("\uD83Dx"));
        assertEquals("\"x\\uDE00\"", Names.quote("x\uDE00"));
        assertEquals("\"\uD83D\uDE00\"", Names.quote("\uD83D\uDE00"));
        assertEquals("\"Zürich\"", Names.quote("Zürich"));
    }

    @Test
    void aSuccessCannotBeMadeAnException() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new WNetException(outcome2("Z:", 0)));
        assertTrue(e.getMessage().contains("NO_ERROR is not a failure"), e.getMessage());
    }

    @Test
    void outcomesAreEqualWhenEveryPartIsEqual() {
        CancelOutcome a = CancelOutcome.of(WNetFunction.CANCEL_CONNECTION2, "Z:", Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), true, 1208, PROVIDER_ERROR);
        CancelOutcome same = CancelOutcome.of(WNetFunction.CANCEL_CONNECTION2, "Z:", new HashSet<>(Set.of(CancelFlag.CONNECT_UPDATE_PROFILE)), true, 1208,
                new ExtendedError(53, "The network path was not found.", "Microsoft Windows Network"));
        assertEquals(a, same);
        assertEquals(a.hashCode(), same.hashCode());
        assertNotEquals(a, null);
        assertNotEquals(a, "Z:");
        assertNotEquals(CancelOutcome.of(WNetFunction.CANCEL_CONNECTION2, "Z:", Set.of(), true, 1208, PROVIDER_ERROR),
                CancelOutcome.of(WNetFunction.CANCEL_CONNECTION, "Z:", Set.of(), true, 1208, PROVIDER_ERROR));
        assertNotEquals(a, CancelOutcome.of(WNetFunction.CANCEL_CONNECTION2, "z:", Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), true, 1208, PROVIDER_ERROR));
        assertNotEquals(a, CancelOutcome.of(WNetFunction.CANCEL_CONNECTION2, "Z:", Set.of(), true, 1208, PROVIDER_ERROR));
        assertNotEquals(a, CancelOutcome.of(WNetFunction.CANCEL_CONNECTION2, "Z:", Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), false, 1208, PROVIDER_ERROR));
        assertNotEquals(a, CancelOutcome.of(WNetFunction.CANCEL_CONNECTION2, "Z:", Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), true, 1208, null));
        assertNotEquals(a, CancelOutcome.of(WNetFunction.CANCEL_CONNECTION2, "Z:", Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), true, 1208,
                new ExtendedError(54, "The network path was not found.", "Microsoft Windows Network")));
        assertNotEquals(outcome2("Z:", 2250), outcome2("Z:", 2401));
    }

    @Test
    void theOutcomeKeepsItsOwnCopyOfTheFlags() {
        Set<CancelFlag> flags = new HashSet<>(Set.of(CancelFlag.CONNECT_UPDATE_PROFILE));
        CancelOutcome outcome = CancelOutcome.of(WNetFunction.CANCEL_CONNECTION2, "Z:", flags, false, 0, null);
        flags.clear();
        assertEquals(Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), outcome.flags());
        assertThrows(UnsupportedOperationException.class, () -> outcome.flags().clear());
    }

    @Test
    void extendedErrorsAreValues() {
        assertEquals(PROVIDER_ERROR, new ExtendedError(53, "The network path was not found.", "Microsoft Windows Network"));
        assertEquals(PROVIDER_ERROR.hashCode(), new ExtendedError(53, "The network path was not found.", "Microsoft Windows Network").hashCode());
        assertNotEquals(PROVIDER_ERROR, new ExtendedError(53, "The network path was not found.", "Other"));
    }
}
