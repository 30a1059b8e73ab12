package io.github.wnet4j.cli;

import io.github.wnet4j.BehaviourProfile;
import io.github.wnet4j.fake.Connection;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.fake.LogonState;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;

import io.github.wnet4j.spi.Names;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state file's JSON: the fake's logon, so that separate {@code wnet} invocations share one.
 * The disk side (locking, safe reads, atomic writes) is {@link StateStore}. A file that cannot be
 * parsed, or describes a state no call can reach, is reported and never written.
 */
final class StateFile {
    static final int VERSION = 1;

    /**
     * Strict on purpose: a state file is written by wnet, so anything a lenient reader would guess at
     * (a duplicate key, "false" for false, 0.5 for a count, trailing content) means the file is not
     * what wnet wrote, and guessing would then rewrite it.
     */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
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

    /** The file's JSON shape. */
    record State(int version, String profile, List<DeviceEntry> devices, List<DevicelessEntry> deviceless,
                 List<RememberedEntry> remembered) {
    }

    /** A redirected device. */
    record DeviceEntry(String device, String remoteName, boolean persistent, int openFiles, boolean inUse) {
    }

    /** A connection with no local device. */
    record DevicelessEntry(String remoteName, int openFiles, boolean inUse) {
    }

    /** A remembered entry with no live connection. */
    record RememberedEntry(String device, String remoteName) {
    }

    private StateFile() {
    }

    /**
     * The logon {@code bytes} describe ({@code file} names it in messages); {@code override} replaces
     * the file's profile if not null.
     */
    static FakeLogon parse(Path file, byte[] bytes, BehaviourProfile override) throws StateFileException {
        State state;
        try {
            state = JSON.readValue(bytes, State.class);
        } catch (JacksonException e) {
            throw new StateFileException("state file " + file + " is not valid wnet state JSON (" + describe(e)
                    + "); it was left unchanged: fix it or delete it", e);
        }
        try {
            return toLogon(state, override);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new StateFileException("state file " + file + " describes an impossible logon (" + e.getMessage()
                    + "); it was left unchanged: fix it or delete it", e);
        }
    }

    /**
     * Remembered entries first, then the connections: a device remembered under another spelling of
     * its remote name (row 13) is then seeded as it was; one remembered to another remote name is
     * refused (specification row 16).
     */
    private static FakeLogon toLogon(State state, BehaviourProfile override) {
        if (state == null) {
            throw new IllegalArgumentException("the file holds JSON null");
        }
        if (state.version() != VERSION) {
            throw new IllegalArgumentException("version " + state.version() + " is not " + VERSION);
        }
        BehaviourProfile profile = override != null ? override
                : state.profile() == null ? BehaviourProfile.documented() : BehaviourProfile.named(state.profile());
        FakeLogon logon = FakeLogon.create(profile);
        for (RememberedEntry r : orEmpty(state.remembered())) {
            logon.remember(required(r.device(), "device"), required(r.remoteName(), "remoteName"));
        }
        for (DeviceEntry d : orEmpty(state.devices())) {
            String device = required(d.device(), "device");
            String remote = required(d.remoteName(), "remoteName");
            if (d.persistent() && logon.isRemembered(device)) {
                throw new IllegalArgumentException(device + " is persistent and also listed as remembered");
            }
            refuseRememberedElsewhere(logon, device, remote);
            logon.connectDevice(device, remote, o -> {
                if (d.persistent()) {
                    o.persistent();
                }
                o.openFiles(d.openFiles());
                if (d.inUse()) {
                    o.usedByProcess();
                }
            });
        }
        for (DevicelessEntry c : orEmpty(state.deviceless())) {
            logon.connectDeviceless(required(c.remoteName(), "remoteName"), o -> {
                o.openFiles(c.openFiles());
                if (c.inUse()) {
                    o.usedByProcess();
                }
            });
        }
        return logon;
    }

    /**
     * Refuses to connect {@code device} to {@code remoteName} while the profile remembers it with
     * another remote name: no call reaches that state (specification row 16).
     */
    static void refuseRememberedElsewhere(FakeLogon logon, String device, String remoteName) {
        Optional<String> remembered = logon.rememberedRemoteName(device);
        if (remembered.isPresent() && !Names.same(remembered.get(), remoteName)) {
            throw new IllegalArgumentException(device + " is remembered as " + remembered.get()
                    + ", so it cannot be connected to " + remoteName
                    + ": Windows answers ERROR_DEVICE_ALREADY_REMEMBERED (1202) (specification row 16);"
                    + " forget it first with 'wnet cancel " + device + " --update-profile', or use another device");
        }
    }

    /**
     * The file's bytes for the logon; checked to load back as exactly the same state, so a save
     * never drops what the fake holds.
     */
    static byte[] format(Path file, FakeLogon logon) throws StateFileException {
        LogonState now = logon.snapshot();
        byte[] bytes = JSON.writeValueAsBytes(toState(logon.profile(), now));
        LogonState reloaded = parse(file, bytes, null).snapshot();
        if (!reloaded.equals(now)) {
            throw new IllegalStateException("wnet would save a different state (" + reloaded + ") than the fake holds ("
                    + now + "); state file " + file + " was left unchanged; please report this");
        }
        return bytes;
    }

    /**
     * A connected device is "persistent" when the profile remembers it with exactly its remote name;
     * any other remembered entry (of a device not connected, or spelled otherwise) is listed as remembered.
     */
    private static State toState(BehaviourProfile profile, LogonState now) {
        List<DeviceEntry> devices = new ArrayList<>();
        Map<String, String> remembered = now.rememberedEntries();
        Set<String> persistent = new HashSet<>();
        for (Connection c : now.deviceConnections()) {
            String device = c.device().orElseThrow();
            if (c.remoteName().equals(remembered.get(device))) {
                persistent.add(device);
            }
            devices.add(new DeviceEntry(device, c.remoteName(), persistent.contains(device), c.openFiles(), c.inUse()));
        }
        List<DevicelessEntry> deviceless = new ArrayList<>();
        for (Connection c : now.devicelessConnections()) {
            deviceless.add(new DevicelessEntry(c.remoteName(), c.openFiles(), c.inUse()));
        }
        List<RememberedEntry> others = new ArrayList<>();
        remembered.forEach((device, remoteName) -> {
            if (!persistent.contains(device)) {
                others.add(new RememberedEntry(device, remoteName));
            }
        });
        return new State(VERSION, profile.name(), devices, deviceless, others);
    }

    static String toJson(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** Jackson's message without its source-location noise, with the line and column instead. */
    private static String describe(JacksonException e) {
        String message = e.getOriginalMessage().replaceAll("\\s*\\(start marker at \\[Source:.*?]\\)", "")
                .replaceAll("\\s*\\R.*", "");
        var where = e.getLocation();
        return where != null && where.getLineNr() > 0
                ? message + " at line " + where.getLineNr() + ", column " + where.getColumnNr()
                : message;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String required(String value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("an entry lacks \"" + field + "\"");
        }
        return value;
    }
}
