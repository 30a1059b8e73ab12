package io.github.wnet4j.cli;

import io.github.wnet4j.cli.StateFile.DevicelessEntry;
import io.github.wnet4j.cli.StateFile.RememberedEntry;
import io.github.wnet4j.cli.StateFile.SessionDevice;
import io.github.wnet4j.cli.StateFile.SessionEntry;
import io.github.wnet4j.cli.StateFile.State;
import io.github.wnet4j.cli.StateFile.UserEntry;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.Map;

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
    static final JsonFactory FACTORY = JsonFactory.builder()
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
     * The state {@code bytes} hold, version {@value StateFile#VERSION}. The whole text is checked as
     * JSON (syntax, duplicate keys, trailing content)
     * and its version read before its shape, so a file of an unknown version is reported as that.
     *
     * @throws JacksonException if the bytes are not JSON of the version's shape (with its location)
     * @throws IllegalArgumentException if the version is missing or not {@value StateFile#VERSION}
     */
    static State read(byte[] bytes) {
        return StateReader.read(bytes);
    }

    /**
     * The bytes of a version {@value StateFile#VERSION} state, indented, in the records' component
     * order; "linked" only where it is not null: the bytes databind wrote for the same records.
     */
    static byte[] write(State state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(INDENTED, bytes)) {
            g.writeStartObject();
            g.writeNumberProperty("version", state.version());
            g.writeArrayPropertyStart("users");
            for (UserEntry u : state.users()) {
                g.writeStartObject();
                stringUnlessNull(g, "name", u.name());
                stringUnlessNull(g, "profile", u.profile());
                g.writeArrayPropertyStart("remembered");
                for (RememberedEntry r : u.remembered()) {
                    g.writeStartObject();
                    stringUnlessNull(g, "device", r.device());
                    stringUnlessNull(g, "remoteName", r.remoteName());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayPropertyStart("sessions");
                for (SessionEntry s : u.sessions()) {
                    session(g, s);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            if (state.network() != null) {
                network(g, state.network());
            }
            g.writeEndObject();
        }
        return bytes.toByteArray();
    }

    private static void session(JsonGenerator g, SessionEntry s) {
        g.writeStartObject();
        stringUnlessNull(g, "name", s.name());
        if (s.linked() != null) {
            g.writeBooleanProperty("linked", s.linked());
        }
        g.writeArrayPropertyStart("devices");
        for (SessionDevice d : s.devices()) {
            g.writeStartObject();
            stringUnlessNull(g, "device", d.device());
            stringUnlessNull(g, "remoteName", d.remoteName());
            g.writeNumberProperty("openFiles", d.openFiles());
            g.writeBooleanProperty("inUse", d.inUse());
            stringUnlessNull(g, "user", d.user());
            stringUnlessNull(g, "passwordDigest", d.passwordDigest());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("deviceless");
        for (DevicelessEntry c : s.deviceless()) {
            g.writeStartObject();
            stringUnlessNull(g, "remoteName", c.remoteName());
            g.writeNumberProperty("openFiles", c.openFiles());
            g.writeBooleanProperty("inUse", c.inUse());
            stringUnlessNull(g, "user", c.user());
            stringUnlessNull(g, "passwordDigest", c.passwordDigest());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The simulated network: its salt, then each declared server with its shares and accounts (digests only). */
    private static void network(JsonGenerator g, StateNetwork.NetworkEntry network) {
        g.writeObjectPropertyStart("network");
        stringUnlessNull(g, "salt", network.salt());
        g.writeArrayPropertyStart("servers");
        for (StateNetwork.ServerEntry s : network.servers()) {
            g.writeStartObject();
            stringUnlessNull(g, "name", s.name());
            g.writeBooleanProperty("unreachable", s.unreachable());
            g.writeArrayPropertyStart("shares");
            for (StateNetwork.ShareEntry share : StateFile.orEmpty(s.shares())) {
                g.writeStartObject();
                stringUnlessNull(g, "name", share.name());
                stringUnlessNull(g, "type", share.type());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("accounts");
            for (StateNetwork.AccountEntry a : StateFile.orEmpty(s.accounts())) {
                g.writeStartObject();
                stringUnlessNull(g, "user", a.user());
                stringUnlessNull(g, "passwordDigest", a.passwordDigest());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** As databind's NON_NULL inclusion: a null property is left out, not written as null. */
    private static void stringUnlessNull(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
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
