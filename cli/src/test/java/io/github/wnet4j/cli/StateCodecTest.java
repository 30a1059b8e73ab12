package io.github.wnet4j.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.github.wnet4j.cli.WnetTest.resource;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The streaming codec on its own: what it writes reads back, and what databind refused it refuses. */
class StateCodecTest {
    /** The mapper StateFile used before the codec, configured as it was: the reference for bytes and refusals. */
    private static final JsonMapper DATABIND = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .withCoercionConfigDefaults(c -> c
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .build();

    private static final StateFile.State STATE = new StateFile.State(StateFile.VERSION, List.of(
            new StateFile.UserEntry("default", "documented",
                    List.of(new StateFile.RememberedEntry("Z:", "\\\\srv\\share")),
                    List.of(new StateFile.SessionEntry("desktop", null,
                                    List.of(new StateFile.SessionDevice("Z:", "\\\\srv\\share", 2, true)),
                                    List.of(new StateFile.DevicelessEntry("\\\\srv\\ipc$", 0, false))),
                            new StateFile.SessionEntry("elevated", true, List.of(), List.of()))),
            new StateFile.UserEntry("bob", "legacy-documentation", List.of(),
                    List.of(new StateFile.SessionEntry("desktop", null, List.of(), List.of()),
                            new StateFile.SessionEntry("elevated", false,
                                    List.of(new StateFile.SessionDevice("LPT1:", "\\\\printsrv\\laser", 1, false)), List.of()),
                            new StateFile.SessionEntry("backup service", null, List.of(),
                                    List.of(new StateFile.DevicelessEntry("\\\\nas\\backup", 3, true)))))));

    private static Object read(String json) {
        return StateCodec.read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aWrittenStateReadsBackAsTheSameRecords() {
        byte[] bytes = StateCodec.write(STATE);
        assertEquals(STATE, StateCodec.read(bytes));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertEquals(2, text.split("\"linked\"", -1).length - 1, "linked only where it is not null: " + text);
        assertTrue(text.startsWith("{\n  \"version\" : 3,\n  \"users\" : [ {\n    \"name\" : \"default\",\n"), text);
    }

    @Test
    void noRecordPrintsAPasswordDigest() {
        String digest = "00112233445566778899aabbccddeeff";
        String state = new StateFile.State(StateFile.VERSION, List.of(new StateFile.UserEntry("default", "documented",
                List.of(), List.of(new StateFile.SessionEntry("desktop", null,
                        List.of(new StateFile.SessionDevice("Z:", "\\\\nas\\backup", 0, false, "svc", digest)),
                        List.of(new StateFile.DevicelessEntry("\\\\nas\\public", 0, false, "svc", digest)))))),
                new StateNetwork.NetworkEntry("00", List.of(new StateNetwork.ServerEntry("nas", false, List.of(),
                        List.of(new StateNetwork.AccountEntry("svc", digest)))))).toString();
        for (String text : List.of(state, new StateConnections.UsedCredentials("svc", digest).toString())) {
            assertFalse(text.contains(digest), text);
            assertTrue(text.contains("user=svc, passwordDigest=(redacted)"), text);
        }
        assertTrue(new StateConnections.UsedCredentials(null, null).toString().contains("passwordDigest=null"));
    }

    @Test
    void theBytesWrittenAreDatabindsForTheSameRecords() {
        assertArrayEquals(DATABIND.writeValueAsBytes(STATE), StateCodec.write(STATE));
        StateFile.State empty = new StateFile.State(StateFile.VERSION,
                List.of(new StateFile.UserEntry("a", "documented", List.of(), List.of())));
        assertArrayEquals(DATABIND.writeValueAsBytes(empty), StateCodec.write(empty));
    }

    @Test
    void theNetworkAndAConnectionsCredentialsAreWrittenAsDatabindWritesThemAndReadBack() {
        String digest = "0123456789abcdef".repeat(4);
        StateFile.State withNetwork = new StateFile.State(StateFile.VERSION, List.of(
                new StateFile.UserEntry("default", "documented", List.of(),
                        List.of(new StateFile.SessionEntry("desktop", null,
                                List.of(new StateFile.SessionDevice("Z:", "\\\\nas\\backup", 0, false, "svc", digest)),
                                List.of(new StateFile.DevicelessEntry("\\\\nas\\IPC$", 0, false, null, digest)))))),
                new StateNetwork.NetworkEntry("00112233445566778899aabbccddeeff", List.of(
                        new StateNetwork.ServerEntry("nas", false,
                                List.of(new StateNetwork.ShareEntry("backup", "disk"), new StateNetwork.ShareEntry("laser", "print")),
                                List.of(new StateNetwork.AccountEntry("svc", digest))),
                        new StateNetwork.ServerEntry("old-fs", true, List.of(), List.of()))));
        byte[] bytes = StateCodec.write(withNetwork);
        assertArrayEquals(DATABIND.writeValueAsBytes(withNetwork), bytes);
        assertEquals(withNetwork, StateCodec.read(bytes));
    }

    @Test
    void theVersion3FixtureReadsAndWritesBackByteForByte() throws IOException {
        byte[] fixture = resource("state-version3.json");
        StateFile.State state = StateCodec.read(fixture);
        assertEquals(DATABIND.readValue(fixture, StateFile.State.class), state);
        assertArrayEquals(fixture, StateCodec.write(state));
    }

    @Test
    void versionsOneAndTwoAreRefusedSayingNoReleaseWroteThem() throws IOException {
        for (String fixture : new String[] {"state-version1.json", "state-version2.json"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StateCodec.read(resource(fixture)));
            assertTrue(e.getMessage().contains("a format of development builds that no release wrote"), e.getMessage());
        }
    }

    @Test
    void absentFieldsTakeTheDefaultsAndNullListsMeanNone() {
        StateFile.State state = (StateFile.State) read(
                "{\"users\":[{\"sessions\":[{\"name\":\"desktop\",\"linked\":null,\"devices\":[{\"device\":\"Z:\"}],"
                        + "\"deviceless\":null}]}],\"version\":3}");
        StateFile.UserEntry user = state.users().get(0);
        assertNull(user.name());
        assertNull(user.profile());
        assertNull(user.remembered());
        StateFile.SessionEntry desktop = user.sessions().get(0);
        assertNull(desktop.linked());
        assertNull(desktop.deviceless());
        assertEquals(new StateFile.SessionDevice("Z:", null, 0, false), desktop.devices().get(0));
        assertNull(((StateFile.State) read("{\"version\":3}")).users());
    }

    @Test
    void valuesOfAnotherTypeAreRefusedWithTheirPlaceAsDatabindRefusedThem() {
        String user = "{\"version\":3,\"users\":[{\"name\":\"bob\",";
        String[] bad = {
                user + "\"sessions\":[{\"name\":\"desktop\",\"linked\":\"true\"}]}]}",
                user + "\"sessions\":[{\"name\":\"desktop\",\"linked\":1}]}]}",
                user + "\"sessions\":[{\"name\":\"desktop\",\"devices\":[{\"inUse\":null}]}]}]}",
                user + "\"sessions\":[{\"name\":\"desktop\",\"devices\":[{\"openFiles\":2147483648}]}]}]}",
                user + "\"sessions\":[{\"name\":\"desktop\",\"devices\":[{\"openFiles\":1e0}]}]}]}",
                user + "\"sessions\":[{\"name\":\"desktop\",\"deviceless\":[{\"openFiles\":\"0\"}]}]}]}",
                user + "\"sessions\":[{\"name\":\"desktop\",\"devices\":[{\"persistent\":true}]}]}]}",
                user + "\"sessions\":{}}]}",
                user + "\"remembered\":[{\"device\":\"Z:\",\"openFiles\":0}]}]}",
                user + "\"linked\":true}]}",
                "{\"version\":3,\"users\":[{\"name\":7}]}",
                "{\"version\":3,\"users\":[\"bob\"]}",
                "{\"version\":3,\"users\":{}}",
                "{\"version\":3,\"profile\":\"documented\",\"users\":[]}",
                "{\"version\":3,\"sessions\":[]}",
        };
        for (String json : bad) {
            JacksonException e = assertThrows(JacksonException.class, () -> read(json), json);
            assertTrue(e.getLocation() != null && e.getLocation().getLineNr() == 1, json + ": " + e.getMessage());
            assertThrows(JacksonException.class, () -> DATABIND.readValue(json, StateFile.State.class),
                    "databind refused it too: " + json);
        }
    }

    /**
     * Where the codec is stricter than databind was: a null entry in a list, which databind passed
     * on as a null record for StateFile to trip over, is refused where it stands.
     */
    @Test
    void aNullEntryInAListIsRefusedWithItsPlace() {
        String[] bad = {
                "{\"version\":3,\"users\":[null]}",
                "{\"version\":3,\"users\":[{\"name\":\"bob\",\"sessions\":[null]}]}",
                "{\"version\":3,\"users\":[{\"name\":\"bob\",\"remembered\":[null]}]}",
        };
        for (String json : bad) {
            JacksonException e = assertThrows(JacksonException.class, () -> read(json), json);
            assertTrue(e.getMessage().contains("must be an object, not null"), json + ": " + e.getMessage());
            assertEquals(1, e.getLocation().getLineNr(), json);
        }
    }

    @Test
    void theVersionIsCheckedBeforeTheShapeAndMalformedJsonBeforeEither() {
        String[][] versions = {
                {"{\"version\":4,\"users\":[{\"owner\":1}]}", "4"},
                {"{\"version\":0}", "0"},
                {"{\"version\":\"3\",\"users\":[]}", "\"3\""},
                {"{\"version\":3.0,\"users\":[]}", "3.0"},
                {"{\"version\":null}", "null"},
                {"{\"users\":[]}", "missing"},
                {"[3]", "missing"},
        };
        for (String[] c : versions) {
            IllegalArgumentException v = assertThrows(IllegalArgumentException.class, () -> read(c[0]), c[0]);
            assertEquals("\"version\" must be 3, not " + c[1], v.getMessage());
        }
        assertThrows(JacksonException.class, () -> read("{\"version\":3,\"version\":2}"));
        assertThrows(JacksonException.class, () -> read("{\"version\":4,\"users\":[{\"a\":1,\"a\":1}]}"));
        assertThrows(JacksonException.class, () -> read("{\"version\":3,\"users\":[]} {\"version\":3}"));
        assertThrows(JacksonException.class, () -> read("{\"version\":3,\"users\":["));
    }

    @Test
    void jsonOutputKeepsMapOrderNullsAndNumbers() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("b", 4294967295L);
        o.put("a", null);
        o.put("list", Arrays.asList("x", true, 3, null));
        assertEquals("{\n  \"b\" : 4294967295,\n  \"a\" : null,\n  \"list\" : [ \"x\", true, 3, null ]\n}", StateCodec.toJson(o));
        assertEquals(DATABIND.writeValueAsString(o), StateCodec.toJson(o));
    }

    @Test
    void jsonOutputRefusesATypeItDoesNotKnow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StateCodec.toJson(List.of(1.5)));
        assertTrue(e.getMessage().contains("java.lang.Double"), e.getMessage());
    }
}
