package io.github.wnet4j.fake;

import java.util.Objects;
import java.util.Optional;

/**
 * One live connection of a {@link FakeLogon}, as it was when read: a device redirected to a remote
 * name, or a deviceless connection to a remote name. Immutable; equal when every field is equal
 * (names as seeded, devices normalised to upper case with a colon).
 */
public final class Connection {
    private final String device;
    private final String remoteName;
    private final boolean persistent;
    private final int openFiles;
    private final boolean inUse;

    Connection(String device, String remoteName, boolean persistent, int openFiles, boolean inUse) {
        this.device = device;
        this.remoteName = Objects.requireNonNull(remoteName, "remoteName");
        this.persistent = persistent;
        this.openFiles = openFiles;
        this.inUse = inUse;
    }

    /** {@return the local device ({@code "Z:"}, {@code "LPT1:"}), or empty for a deviceless connection} */
    public Optional<String> device() {
        return Optional.ofNullable(device);
    }

    /** {@return the remote name ({@code \\server\share}) as it was seeded} */
    public String remoteName() {
        return remoteName;
    }

    /** {@return whether the profile remembers this device with this remote name; always false without a device} */
    public boolean persistent() {
        return persistent;
    }

    /** {@return open files, or print jobs on a print device} */
    public int openFiles() {
        return openFiles;
    }

    /** {@return whether an active process uses the connection} */
    public boolean inUse() {
        return inUse;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Connection c && Objects.equals(device, c.device) && remoteName.equals(c.remoteName)
                && persistent == c.persistent && openFiles == c.openFiles && inUse == c.inUse;
    }

    @Override
    public int hashCode() {
        return Objects.hash(device, remoteName, persistent, openFiles, inUse);
    }

    /** For example {@code Z: -> \\srv\share (persistent, 2 open files, in use)}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(device == null ? "(deviceless)" : device).append(" -> ").append(remoteName);
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
