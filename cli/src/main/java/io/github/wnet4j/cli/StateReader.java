package io.github.wnet4j.cli;

import io.github.wnet4j.cli.StateFile.DevicelessEntry;
import io.github.wnet4j.cli.StateFile.RememberedEntry;
import io.github.wnet4j.cli.StateFile.SessionDevice;
import io.github.wnet4j.cli.StateFile.SessionEntry;
import io.github.wnet4j.cli.StateFile.State;
import io.github.wnet4j.cli.StateFile.UserEntry;
import io.github.wnet4j.cli.StateNetwork.AccountEntry;
import io.github.wnet4j.cli.StateNetwork.NetworkEntry;
import io.github.wnet4j.cli.StateNetwork.ServerEntry;
import io.github.wnet4j.cli.StateNetwork.ShareEntry;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamReadException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The reading half of {@link StateCodec}: the state file's records from Jackson's streaming parser,
 * as strict as databind was configured to be (no coercion, no unknown property, no null for a count
 * or a boolean), each refusal naming the line and column of the value.
 */
final class StateReader {
    private StateReader() {
    }

    /**
     * The {@link State} (version {@value StateFile#VERSION}): the whole text is checked as JSON first
     * (syntax, duplicate keys, trailing content), then its version, then its shape.
     */
    static State read(byte[] bytes) {
        checkVersion(bytes);
        try (JsonParser p = StateCodec.FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
            p.nextToken();
            return state(p); // what follows the object was checked by checkVersion()
        }
    }

    /** Refuses a top-level "version" other than {@value StateFile#VERSION}, after reading every token once (which refuses malformed JSON). */
    private static void checkVersion(byte[] bytes) {
        String version = "missing";
        int found = -1;
        try (JsonParser p = StateCodec.FACTORY.createParser(ObjectReadContext.empty(), bytes)) {
            boolean object = p.nextToken() == JsonToken.START_OBJECT;
            if (object) {
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    boolean isVersion = "version".equals(p.currentName());
                    JsonToken value = p.nextToken();
                    if (isVersion) {
                        found = value == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                                ? p.getIntValue() : -1;
                        version = value == JsonToken.VALUE_STRING ? '"' + p.getString() + '"'
                                : value == JsonToken.START_OBJECT ? "an object" : value == JsonToken.START_ARRAY ? "an array"
                                : p.getString();
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
        if (found == 1 || found == 2) {
            throw new IllegalArgumentException("\"version\" is " + found + ", a format of development builds that no"
                    + " release wrote and wnet no longer reads; make the file again with 'wnet sim'");
        }
        if (found != StateFile.VERSION) {
            throw new IllegalArgumentException("\"version\" must be " + StateFile.VERSION + ", not " + version);
        }
    }



    private static State state(JsonParser p) {
        List<UserEntry> users = null;
        NetworkEntry network = null;
        start(p, "the state");
        while (nextProperty(p)) {
            switch (p.currentName()) {
                case "version" -> integer(p);
                case "users" -> users = list(p, StateReader::user);
                case "network" -> network = network(p);
                default -> throw unknown(p, "a version " + StateFile.VERSION + " state");
            }
        }
        return new State(StateFile.VERSION, users, network);
    }

    private static NetworkEntry network(JsonParser p) {
        String salt = null;
        List<ServerEntry> servers = null;
        start(p, "the network");
        while (nextProperty(p)) {
            switch (p.currentName()) {
                case "salt" -> salt = string(p);
                case "servers" -> servers = list(p, StateReader::server);
                default -> throw unknown(p, "the network");
            }
        }
        return new NetworkEntry(salt, servers);
    }

    private static ServerEntry server(JsonParser p) {
        String name = null;
        boolean unreachable = false;
        List<ShareEntry> shares = null;
        List<AccountEntry> accounts = null;
        start(p, "a server");
        while (nextProperty(p)) {
            switch (p.currentName()) {
                case "name" -> name = string(p);
                case "unreachable" -> unreachable = bool(p);
                case "shares" -> shares = list(p, StateReader::share);
                case "accounts" -> accounts = list(p, StateReader::account);
                default -> throw unknown(p, "a server");
            }
        }
        return new ServerEntry(name, unreachable, shares, accounts);
    }

    private static ShareEntry share(JsonParser p) {
        String[] fields = pair(p, "a share", "name", "type");
        return new ShareEntry(fields[0], fields[1]);
    }

    private static AccountEntry account(JsonParser p) {
        String[] fields = pair(p, "an account", "user", "passwordDigest");
        return new AccountEntry(fields[0], fields[1]);
    }

    /** An object of two string properties, {@code first} and {@code second}. */
    private static String[] pair(JsonParser p, String what, String first, String second) {
        String[] fields = new String[2];
        start(p, what);
        while (nextProperty(p)) {
            String name = p.currentName();
            if (name.equals(first) || name.equals(second)) {
                fields[name.equals(first) ? 0 : 1] = string(p);
            } else {
                throw unknown(p, what);
            }
        }
        return fields;
    }

    private static UserEntry user(JsonParser p) {
        String name = null;
        String profile = null;
        List<RememberedEntry> remembered = null;
        List<SessionEntry> sessions = null;
        start(p, "a user");
        while (nextProperty(p)) {
            switch (p.currentName()) {
                case "name" -> name = string(p);
                case "profile" -> profile = string(p);
                case "remembered" -> remembered = list(p, StateReader::remembered);
                case "sessions" -> sessions = list(p, StateReader::session);
                default -> throw unknown(p, "a user");
            }
        }
        return new UserEntry(name, profile, remembered, sessions);
    }

    private static DevicelessEntry deviceless(JsonParser p) {
        String remoteName = null;
        int openFiles = 0;
        boolean inUse = false;
        String user = null;
        String passwordDigest = null;
        start(p, "a deviceless entry");
        while (nextProperty(p)) {
            switch (p.currentName()) {
                case "remoteName" -> remoteName = string(p);
                case "openFiles" -> openFiles = integer(p);
                case "inUse" -> inUse = bool(p);
                case "user" -> user = string(p);
                case "passwordDigest" -> passwordDigest = string(p);
                default -> throw unknown(p, "a deviceless entry");
            }
        }
        return new DevicelessEntry(remoteName, openFiles, inUse, user, passwordDigest);
    }

    private static RememberedEntry remembered(JsonParser p) {
        String[] fields = pair(p, "a remembered entry", "device", "remoteName");
        return new RememberedEntry(fields[0], fields[1]);
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
                case "devices" -> devices = list(p, StateReader::sessionDevice);
                case "deviceless" -> deviceless = list(p, StateReader::deviceless);
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
        String user = null;
        String passwordDigest = null;
        start(p, "a session's device entry");
        while (nextProperty(p)) {
            switch (p.currentName()) {
                case "device" -> device = string(p);
                case "remoteName" -> remoteName = string(p);
                case "openFiles" -> openFiles = integer(p);
                case "inUse" -> inUse = bool(p);
                case "user" -> user = string(p);
                case "passwordDigest" -> passwordDigest = string(p);
                default -> throw unknown(p, "a session's device entry");
            }
        }
        return new SessionDevice(device, remoteName, openFiles, inUse, user, passwordDigest);
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
}
