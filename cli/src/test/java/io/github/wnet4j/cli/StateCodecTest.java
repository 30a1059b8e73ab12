package io.github.wnet4j.cli;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The streaming codec on its own: what it writes reads back, and what databind refused it refuses. */
class StateCodecTest {

    private static Object read(String json) {
        return StateCodec.read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aWrittenStateReadsBackAsTheSameRecords() {
        StateFile.StateV2 state = new StateFile.StateV2(StateFile.VERSION, "documented",
                List.of(new StateFile.RememberedEntry("Z:", "\\\\srv\\share")),
                List.of(new StateFile.SessionEntry("desktop", null,
                                List.of(new StateFile.SessionDevice("Z:", "\\\\srv\\share", 2, true)),
                                List.of(new StateFile.DevicelessEntry("\\\\srv\\ipc$", 0, false))),
                        new StateFile.SessionEntry("elevated", true, List.of(), List.of())));
        byte[] bytes = StateCodec.write(state);
        assertEquals(state, StateCodec.read(bytes));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertEquals(1, text.split("\"linked\"", -1).length - 1, "linked only where it is not null: " + text);
        assertTrue(text.startsWith("{\n  \"version\" : 2,\n"), text);
    }

    @Test
    void absentFieldsTakeTheDefaultsAndNullListsMeanNone() {
        StateFile.StateV2 state = (StateFile.StateV2) read(
                "{\"sessions\":[{\"name\":\"desktop\",\"linked\":null,\"devices\":[{\"device\":\"Z:\"}],\"deviceless\":null}],"
                        + "\"version\":2}");
        StateFile.SessionEntry desktop = state.sessions().get(0);
        assertNull(desktop.linked());
        assertNull(desktop.deviceless());
        assertEquals(new StateFile.SessionDevice("Z:", null, 0, false), desktop.devices().get(0));
        assertNull(state.remembered());
    }

    @Test
    void valuesOfAnotherTypeAreRefusedWithTheirPlace() {
        String[] bad = {
                "{\"version\":2,\"sessions\":[{\"name\":\"desktop\",\"linked\":\"true\"}]}",
                "{\"version\":2,\"sessions\":[{\"name\":\"desktop\",\"devices\":[{\"inUse\":null}]}]}",
                "{\"version\":2,\"sessions\":[{\"name\":\"desktop\",\"devices\":[{\"openFiles\":2147483648}]}]}",
                "{\"version\":2,\"sessions\":[{\"name\":\"desktop\",\"devices\":[{\"openFiles\":1e0}]}]}",
                "{\"version\":2,\"sessions\":[null]}",
                "{\"version\":2,\"sessions\":{}}",
                "{\"version\":2,\"profile\":7,\"sessions\":[]}",
                "{\"version\":1,\"sessions\":[]}",
                "{\"version\":2,\"devices\":[]}",
        };
        for (String json : bad) {
            JacksonException e = assertThrows(JacksonException.class, () -> read(json), json);
            assertTrue(e.getLocation() != null && e.getLocation().getLineNr() == 1, json + ": " + e.getMessage());
        }
    }

    @Test
    void theVersionIsCheckedBeforeTheShapeAndMalformedJsonBeforeEither() {
        IllegalArgumentException v = assertThrows(IllegalArgumentException.class,
                () -> read("{\"version\":3,\"sessions\":[{\"owner\":1}]}"));
        assertEquals("\"version\" must be 1 or 2, not 3", v.getMessage());
        assertThrows(JacksonException.class, () -> read("{\"version\":3,\"version\":2}"));
        assertThrows(JacksonException.class, () -> read("{\"version\":2,\"sessions\":[{\"a\":1,\"a\":1}]} "
                + "{\"version\":2}"));
    }

    @Test
    void jsonOutputKeepsMapOrderNullsAndNumbers() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("b", 4294967295L);
        o.put("a", null);
        o.put("list", Arrays.asList("x", true, 3, null));
        assertEquals("{\n  \"b\" : 4294967295,\n  \"a\" : null,\n  \"list\" : [ \"x\", true, 3, null ]\n}", StateCodec.toJson(o));
    }

    @Test
    void jsonOutputRefusesATypeItDoesNotKnow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StateCodec.toJson(List.of(1.5)));
        assertTrue(e.getMessage().contains("java.lang.Double"), e.getMessage());
    }
}
