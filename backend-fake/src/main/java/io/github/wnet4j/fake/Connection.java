package io.github.wnet4j.fake;

import io.github.wnet4j.spi.Names;

import java.util.Objects;
import java.util.Optional;

/**
 * One live connection of a {@link FakeLogon}, as it was when read: a device redirected to a remote
 * name, or a deviceless connection to a remote name.
 *
 * @param device the local device ({@code "Z:"}, {@code "LPT1:"}), normalised to upper case with a
 *     colon, or empty for a deviceless connection
 * @param remoteName the remote name ({@code \\server\share}) as it was seeded
 * @param persistent whether the profile remembers this device with this remote name; always false
 *     without a device (Windows remembers only devices)
 * @param openFiles open files, or print jobs on a print device
 * @param inUse whether an active process uses the connection
 */
public record Connection(Optional<String> device, String remoteName, boolean persistent, int openFiles, boolean inUse) {

    /**
     * Normalises the device and checks that it is one, that the remote name is present, that the
     * count is not negative, and that a deviceless connection is not persistent.
     *
     * @param device the local device, or empty
     * @param remoteName the remote name
     * @param persistent whether the profile remembers the device with this remote name
     * @param openFiles open files (or print jobs), 0 or more
     * @param inUse whether an active process uses the connection
     * @throws IllegalArgumentException if a check fails
     */
    public Connection {
        Objects.requireNonNull(device, "device: pass Optional.empty() for a deviceless connection");
        Objects.requireNonNull(remoteName, "remoteName");
        device = device.map(Connection::normalised);
        if (openFiles < 0) {
            throw new IllegalArgumentException("open files (or print jobs) must be 0 or more: " + openFiles);
        }
        if (persistent && device.isEmpty()) {
            throw new IllegalArgumentException("a deviceless connection to " + remoteName
                    + " cannot be persistent: the profile remembers only devices");
        }
    }

    private static String normalised(String device) {
        String canonical = Names.device(device);
        if (canonical == null) {
            throw new IllegalArgumentException("\"" + device + "\" is not a device: pass a drive \"A:\" to \"Z:\" or a "
                    + "print device \"LPT1:\" to \"LPT9:\", or Optional.empty() for a deviceless connection");
        }
        return canonical;
    }

    /** For example {@code Z: -> \\srv\share (persistent, 2 open files, in use)}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(device.orElse("(deviceless)")).append(" -> ").append(remoteName);
        StringBuilder details = new StringBuilder();
        if (persistent) {
            details.append("persistent");
        }
        if (openFiles > 0) {
            details.append(details.length() > 0 ? ", " : "").append(openFiles).append(openFiles == 1 ? " open file" : " open files");
        }
        if (inUse) {
            details.append(details.length() > 0 ? ", " : "").append("in use");
        }
        return details.length() == 0 ? s.toString() : s.append(" (").append(details).append(')').toString();
    }
}
