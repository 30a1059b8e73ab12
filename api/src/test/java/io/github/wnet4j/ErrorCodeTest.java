package io.github.wnet4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ErrorCode} against the code table of the behaviour specification, and {@link CancelFlag}. */
class ErrorCodeTest {

    /**
     * The codes of docs/specification.md ("Codes", the read side's further codes, and "Codes of the connect
     * functions"), name for name and number for number, in numeric order.
     */
    private static final Map<String, Integer> SPECIFIED = specified();

    private static Map<String, Integer> specified() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("NO_ERROR", 0);
        m.put("ERROR_ACCESS_DENIED", 5);
        m.put("ERROR_INVALID_HANDLE", 6);
        m.put("ERROR_NOT_SUPPORTED", 50);
        m.put("ERROR_BAD_NETPATH", 53);
        m.put("ERROR_BAD_DEV_TYPE", 66);
        m.put("ERROR_BAD_NET_NAME", 67);
        m.put("ERROR_ALREADY_ASSIGNED", 85);
        m.put("ERROR_INVALID_PASSWORD", 86);
        m.put("ERROR_INVALID_PARAMETER", 87);
        m.put("ERROR_BUSY", 170);
        m.put("ERROR_MORE_DATA", 234);
        m.put("ERROR_NO_MORE_ITEMS", 259);
        m.put("ERROR_INVALID_ADDRESS", 487);
        m.put("ERROR_BAD_DEVICE", 1200);
        m.put("ERROR_CONNECTION_UNAVAIL", 1201);
        m.put("ERROR_DEVICE_ALREADY_REMEMBERED", 1202);
        m.put("ERROR_NO_NET_OR_BAD_PATH", 1203);
        m.put("ERROR_BAD_PROVIDER", 1204);
        m.put("ERROR_CANNOT_OPEN_PROFILE", 1205);
        m.put("ERROR_BAD_PROFILE", 1206);
        m.put("ERROR_NOT_CONTAINER", 1207);
        m.put("ERROR_EXTENDED_ERROR", 1208);
        m.put("ERROR_SESSION_CREDENTIAL_CONFLICT", 1219);
        m.put("ERROR_NO_NETWORK", 1222);
        m.put("ERROR_CANCELLED", 1223);
        m.put("ERROR_LOGON_FAILURE", 1326);
        m.put("ERROR_BAD_USERNAME", 2202);
        m.put("ERROR_NOT_CONNECTED", 2250);
        m.put("ERROR_OPEN_FILES", 2401);
        m.put("ERROR_DEVICE_IN_USE", 2404);
        return m;
    }

    @Test
    void theEnumIsExactlyTheSpecifiedTable() {
        Map<String, Integer> actual = Arrays.stream(ErrorCode.values())
                .collect(Collectors.toMap(Enum::name, ErrorCode::value, (a, b) -> a, LinkedHashMap::new));
        assertEquals(SPECIFIED, actual);
        // Same order too, so that listings read like the table.
        assertEquals(SPECIFIED.keySet().stream().toList(), actual.keySet().stream().toList());
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void forValueFindsEachCode(ErrorCode code) {
        assertEquals(Optional.of(code), ErrorCode.forValue(SPECIFIED.get(code.name())));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 52, 54, 84, 88, 233, 258, 1199, 1209, 1218, 1220, 1325, 2201, 2249, 2251, 2402, 12345, -1, Integer.MIN_VALUE})
    void forValueIsEmptyForUndocumentedCodes(int value) {
        assertEquals(Optional.empty(), ErrorCode.forValue(value));
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyCodeHasAMeaningAndEveryFailureARemedy(ErrorCode code) {
        assertFalse(code.meaning().isBlank(), code + " has a meaning");
        assertTrue(code.meaning().endsWith("."), code + "'s meaning is a sentence: " + code.meaning());
        if (code == ErrorCode.NO_ERROR) {
            assertEquals("", code.remedy());
        } else {
            assertFalse(code.remedy().isBlank(), code + " says what to do");
        }
    }

    @Test
    void meaningsAndRemediesAreDistinct() {
        Function<Function<ErrorCode, String>, Long> distinct = f -> Arrays.stream(ErrorCode.values()).map(f).distinct().count();
        assertEquals(ErrorCode.values().length, distinct.apply(ErrorCode::meaning));
        assertEquals(ErrorCode.values().length, distinct.apply(ErrorCode::remedy));
    }

    @Test
    void connectUpdateProfileIsBitOne() {
        assertEquals(1, CancelFlag.values().length, "CONNECT_UPDATE_PROFILE is the only flag these functions define");
        assertEquals(0x1, CancelFlag.CONNECT_UPDATE_PROFILE.bit());
    }

    @Test
    void toBitsMapsSetsToDwFlags() {
        assertEquals(0, CancelFlag.toBits(Set.of()));
        assertEquals(1, CancelFlag.toBits(Set.of(CancelFlag.CONNECT_UPDATE_PROFILE)));
        assertEquals(1, CancelFlag.toBits(EnumSet.allOf(CancelFlag.class)));
    }

    @Test
    void toBitsRejectsNullWithAMessageSayingWhatToPass() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> CancelFlag.toBits(null));
        assertEquals("flags must not be null: pass Set.of() for no flags", e.getMessage());
    }

    @Test
    void fromBitsReadsOnlyTheDefinedBit() {
        assertEquals(Set.of(), CancelFlag.fromBits(0));
        assertEquals(Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), CancelFlag.fromBits(1));
        // CONNECT_* bits of the connect functions and the reserved high byte are not cancel flags.
        assertEquals(Set.of(), CancelFlag.fromBits(0x2 | 0x4 | 0x40000 | 0xFF000000));
        assertEquals(Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), CancelFlag.fromBits(0xFFFFFFFF));
    }
}
