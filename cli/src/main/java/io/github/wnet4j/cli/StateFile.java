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

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The fake's state in a JSON file, so that separate {@code wnet} invocations share one logon.
 *
 * <p>Writes are atomic (a temporary file in the same folder, forced to disk, then moved over the
 * old one), so a crash mid-write never leaves a torn file. A file that cannot be read or parsed is
 * reported and never written.
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

    /** Why a state file cannot be used; its message is one line for the user. */
    static final class StateFileException extends Exception {
        private static final long serialVersionUID = 1L;

        StateFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Path path;

    StateFile(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    /**
     * The logon the file describes; a file that does not exist yet is an empty logon with
     * {@code profileIfNew} (or the documented profile).
     */
    FakeLogon load(BehaviourProfile profileIfNew) throws StateFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return FakeLogon.create(profileIfNew != null ? profileIfNew : BehaviourProfile.documented());
        } catch (IOException e) {
            throw new StateFileException("cannot read state file " + path + ": " + e.getMessage(), e);
        }
        State state;
        try {
            state = JSON.readValue(bytes, State.class);
        } catch (JacksonException e) {
            throw new StateFileException("state file " + path + " is not valid wnet state JSON (" + describe(e)
                    + "); it was left unchanged: fix it or delete it", e);
        }
        try {
            return toLogon(state, profileIfNew);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new StateFileException("state file " + path + " describes an impossible logon (" + e.getMessage()
                    + "); it was left unchanged: fix it or delete it", e);
        }
    }

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
        for (DeviceEntry d : orEmpty(state.devices())) {
            logon.connectDevice(required(d.device(), "device"), required(d.remoteName(), "remoteName"), o -> {
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
        for (RememberedEntry r : orEmpty(state.remembered())) {
            logon.remember(required(r.device(), "device"), required(r.remoteName(), "remoteName"));
        }
        return logon;
    }

    /** Writes the logon atomically. */
    void save(FakeLogon logon) throws StateFileException {
        byte[] bytes = JSON.writeValueAsBytes(toState(logon));
        Path dir = path.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + path.getFileName() + ".", ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system cannot replace " + path + " atomically", e);
            }
            tmp = null;
        } catch (IOException e) {
            throw new StateFileException("cannot write state file " + path + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The temporary file is only litter; the state file itself is intact.
                }
            }
        }
    }

    /** The file's shape of one consistent snapshot of the logon. */
    static State toState(FakeLogon logon) {
        LogonState now = logon.snapshot();
        List<DeviceEntry> devices = new ArrayList<>();
        for (Connection c : now.deviceConnections()) {
            devices.add(new DeviceEntry(c.device().orElseThrow(), c.remoteName(), c.persistent(), c.openFiles(), c.inUse()));
        }
        List<DevicelessEntry> deviceless = new ArrayList<>();
        for (Connection c : now.devicelessConnections()) {
            deviceless.add(new DevicelessEntry(c.remoteName(), c.openFiles(), c.inUse()));
        }
        // Remembered entries of connected devices are written as those devices' "persistent".
        Set<String> connected = new HashSet<>();
        devices.forEach(d -> connected.add(d.device()));
        List<RememberedEntry> remembered = new ArrayList<>();
        now.rememberedEntries().forEach((device, remoteName) -> {
            if (!connected.contains(device)) {
                remembered.add(new RememberedEntry(device, remoteName));
            }
        });
        return new State(VERSION, logon.profile().name(), devices, deviceless, remembered);
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
