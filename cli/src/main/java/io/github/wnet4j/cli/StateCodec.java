package io.github.wnet4j.cli;

import io.github.wnet4j.cli.StateFile.DeviceEntry;
import io.github.wnet4j.cli.StateFile.DevicelessEntry;
import io.github.wnet4j.cli.StateFile.RememberedEntry;
import io.github.wnet4j.cli.StateFile.SessionDevice;
import io.github.wnet4j.cli.StateFile.SessionEntry;
import io.github.wnet4j.cli.StateFile.State;
import io.github.wnet4j.cli.StateFile.StateV2;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The state file's records and {@code --json}'s maps as JSON, on Jackson's streaming parser and
 * generator alone: databind's mapper and its introspection of the records cost a start-up more
 * than the whole rest of {@code wnet list --state}. Strict on purpose, as {@link StateFile} says: a
 * duplicate key, an unknown property, a value of another type ("false" for false, 0.5 or "0" for a
 * count, a number for a boolean, null for a count or a boolean) and content after the object are all
 * refused, naming the line and column.
 */
final class StateCodec {
    /** Duplicate keys are refused by the parser itself, inside skipped values too. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Indented as databind's INDENT_OUTPUT indents, so files and {@code --json} look as they did. */
    private static final ObjectWriteContext INDENTED = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    private StateCodec() {
    }

    /**
     * The state {@code bytes} hold: a {@link State} (version 1) or a {@link StateV2}. The whole
     * text is checked as JSON (syntax, duplicate keys, trailing content) and its version read before
     * its shape, so a file of an unknown version is reported as that.
     *
     * @throws JacksonException if the bytes are not JSON of the version's shape (with its location)
     * @throws IllegalArgumentException if the version is missing or not one wnet reads
     */
    static Object read(byte[] bytes) {
        int version = version(bytes);
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
            p.nextToken();
            return version == 1 ? stateV1(p) : stateV2(p); // what follows the object was checked by version()
        }
    }

    /** The top-level "version", after reading every token once (which refuses malformed JSON). */
    private static int version(byte[] bytes) {
        String version = "missing";
        int found = -1;
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
            boolean object = p.nextToken() == JsonToken.START_OBJECT;
            if (object) {
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    boolean isVersion = "version".equals(p.currentName());
                    JsonToken value = p.nextToken();
                    if (isVersion) {
                        found = value == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                                ? p.getIntValue() : -1;
                        version = value == JsonToken.VALUE_STRING ? '"' + p.getString() + '"' : p.getString();
                    }
                    p.skipChildren();
                }
            } else {
                p.skipChildren();
            }
            if (p.nextToken() != null) {
                throw new StreamReadException(p, "Trailing token (of type " + p.currentToken()
                        + ") found after the state's object");
            }
            if (!object) {
                version = "missing";
            }
        }
        if (found != 1 && found != StateFile.VERSION) {
            throw new IllegalArgumentException("\"version\" must be 1 or " + StateFile.VERSION + ", not " + version);
        }
        return found;
    }

    private static State stateV1(JsonParser p) {
        String profile = null;
        List<DeviceEntry> devices = null;
        List<DevicelessEntry> deviceless = null;
        List<RememberedEntry> remembered = null;
        start(p, "the state");
        while (nextProperty(p)) {
            switch (p.currentName()) {
                case "version" -> integer(p);
                case "profile" -> profile = string(p);
                case "devices" -> devices = list(p, StateCodec::device);
                case "deviceless" -> deviceless = list(p, StateCodec::deviceless);
                case "remembered" -> remembered = list(p, StateCodec::remembered);
                default -> throw unknown(p, "a version 1 state");
            }
        }
        return new State(1, profile, devices, deviceless, remembered);
    }

    private static StateV2 stateV2(JsonParser p) {
        String profile = null;
        List<RememberedEntry> remembered = null;
        List<SessionEntry> sessions = null;
        start(p, "the state");
        while (nextProperty(p)) {
            switch (p.currentName()) {
                case "version" -> integer(p);
                case "profile" -> profile = string(p);
                case "remembered" -> remembered = list(p, StateCodec::remembered);
                case "sessions" -> sessions = list(p, StateCodec::session);
                default -> throw unknown(p, "a version " + StateFile.VERSION + " state");
            }
        }
        return new StateV2(StateFile.VERSION, profile, remembered, sessions);
    }

    private static DeviceEntry device(JsonParser p) {
        String device = null;
        String remoteName = null;
        boolean persistent = false;
        int openFiles = 0;
        boolean inUse = false;
        start(p, "a device entry");
        while (nextProperty(p)) {
            switch (p.currentName()) {
                case "device" -> device = string(p);
                case "remoteName" -> remoteName = string(p);
                case "persistent" -> persistent = bool(p);
                case "openFiles" -> openFiles = integer(p);
                case "inUse" -> inUse = bool(p);
                default -> throw unknown(p, "a device entry");
            }
        }
        return new DeviceEntry(device, remoteName, persistent, openFiles, inUse);
    }

    private static DevicelessEntry deviceless(JsonParser p) {
        String remoteName = null;
        int openFiles = 0;
        boolean inUse = false;
        start(p, "a deviceless entry");
        while (nextProperty(p)) {
            switch (p.currentName()) {
                case "remoteName" -> remoteName = string(p);
                case "openFiles" -> openFiles = integer(p);
                case "inUse" -> inUse = bool(p);
                default -> throw unknown(p, "a deviceless entry");
            }
        }
        return new DevicelessEntry(remoteName, openFiles, inUse);
    }

    private static RememberedEntry remembered(JsonParser p) {
        String device = null;
        String remoteName = null;
        start(p, "a remembered entry");
        while (nextProperty(p)) {
            switch (p.currentName()) {
                case "device" -> device = string(p);
                case "remoteName" -> remoteName = string(p);
                default -> throw unknown(p, "a remembered entry");
            }
        }
        return new RememberedEntry(device, remoteName);
    }

    private static SessionEntry session(JsonParser p) {
        String name = null;
        Boolean linked = null;
        List<SessionDevice> devices = null;
        List<DevicelessEntry> deviceless = null;
        start(p, "a session");
        while (nextProperty(p)) {
            switch (p.currentName()) {
                case "name" -> name = string(p);
                case "linked" -> linked = p.currentToken() == JsonToken.VALUE_NULL ? null : bool(p);
                case "devices" -> devices = list(p, StateCodec::sessionDevice);
                case "deviceless" -> deviceless = list(p, StateCodec::deviceless);
                default -> throw unknown(p, "a session");
            }
        }
        return new SessionEntry(name, linked, devices, deviceless);
    }

    private static SessionDevice sessionDevice(JsonParser p) {
        String device = null;
        String remoteName = null;
        int openFiles = 0;
        boolean inUse = false;
        start(p, "a session's device entry");
        while (nextProperty(p)) {
            switch (p.currentName()) {
                case "device" -> device = string(p);
                case "remoteName" -> remoteName = string(p);
                case "openFiles" -> openFiles = integer(p);
                case "inUse" -> inUse = bool(p);
                default -> throw unknown(p, "a session's device entry");
            }
        }
        return new SessionDevice(device, remoteName, openFiles, inUse);
    }

    /** Whether another property follows in the current object; if so the parser stands on its value. */
    private static boolean nextProperty(JsonParser p) {
        if (p.nextToken() != JsonToken.PROPERTY_NAME) {
            return false;
        }
        p.nextToken();
        return true;
    }

    private static void start(JsonParser p, String what) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw mismatch(p, what + " must be an object");
        }
    }

    /** The values of an array, or null for null (an absent list and a null one both mean empty). */
    private static <T> List<T> list(JsonParser p, Function<JsonParser, T> element) {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw mismatch(p, "\"" + p.currentName() + "\" must be an array");
        }
        List<T> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            values.add(element.apply(p));
        }
        return values;
    }

    private static String string(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            throw mismatch(p, "\"" + p.currentName() + "\" must be a string");
        }
        return p.getString();
    }

    private static boolean bool(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw mismatch(p, "\"" + p.currentName() + "\" must be true or false");
        }
        return t == JsonToken.VALUE_TRUE;
    }

    private static int integer(JsonParser p) {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw mismatch(p, "\"" + p.currentName() + "\" must be a whole number");
        }
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw mismatch(p, "\"" + p.currentName() + "\" must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
        }
        return p.getIntValue();
    }

    private static StreamReadException mismatch(JsonParser p, String what) {
        JsonToken t = p.currentToken();
        String found = t == JsonToken.VALUE_STRING ? '"' + p.getString() + '"'
                : t == JsonToken.START_OBJECT ? "an object" : t == JsonToken.START_ARRAY ? "an array" : p.getString();
        return new StreamReadException(p, what + ", not " + found, p.currentTokenLocation());
    }

    private static StreamReadException unknown(JsonParser p, String where) {
        return new StreamReadException(p, "Unrecognized property \"" + p.currentName() + "\" in " + where,
                p.currentTokenLocation());
    }

    /** The bytes of a version {@value StateFile#VERSION} state, indented; "linked" only where it is not null. */
    static byte[] write(StateV2 state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(INDENTED, bytes)) {
            g.writeStartObject();
            g.writeNumberProperty("version", state.version());
            g.writeStringProperty("profile", state.profile());
            g.writeArrayPropertyStart("remembered");
            for (RememberedEntry r : state.remembered()) {
                g.writeStartObject();
                g.writeStringProperty("device", r.device());
                g.writeStringProperty("remoteName", r.remoteName());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("sessions");
            for (SessionEntry s : state.sessions()) {
                g.writeStartObject();
                g.writeStringProperty("name", s.name());
                if (s.linked() != null) {
                    g.writeBooleanProperty("linked", s.linked());
                }
                g.writeArrayPropertyStart("devices");
                for (SessionDevice d : s.devices()) {
                    g.writeStartObject();
                    g.writeStringProperty("device", d.device());
                    g.writeStringProperty("remoteName", d.remoteName());
                    g.writeNumberProperty("openFiles", d.openFiles());
                    g.writeBooleanProperty("inUse", d.inUse());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayPropertyStart("deviceless");
                for (DevicelessEntry c : s.deviceless()) {
                    g.writeStartObject();
                    g.writeStringProperty("remoteName", c.remoteName());
                    g.writeNumberProperty("openFiles", c.openFiles());
                    g.writeBooleanProperty("inUse", c.inUse());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return bytes.toByteArray();
    }

    /**
     * {@code value} as indented JSON: maps (in their order), lists, strings, whole numbers, booleans
     * and null, which is all {@code --json} prints.
     *
     * @throws IllegalArgumentException for any other type (a bug in the command that built the value)
     */
    static String toJson(Object value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(INDENTED, text)) {
            value(g, value);
        }
        return text.toString();
    }

    private static void value(JsonGenerator g, Object value) {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Iterable<?> list) {
            g.writeStartArray();
            for (Object element : list) {
                value(g, element);
            }
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException("wnet cannot print a " + value.getClass().getName() + " as JSON; please report this");
        }
    }
}
