package io.github.wnet4j.fake;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a connection seeded by {@link FakeLogon#connectDevice(String, String, java.util.function.Consumer)}
 * or {@link FakeLogon#connectDeviceless(String, java.util.function.Consumer)} looks. A mutable
 * builder, valid only inside that call:
 *
 * <pre>{@code
 * logon.connectDevice("Z:", "\\\\srv\\share", o -> o.persistent().openFiles(2));
 * logon.connectDevice("LPT1:", "\\\\srv\\printer", o -> o.printJobs(3));
 * }</pre>
 */
public final class ConnectionOptions {
    private boolean persistent;
    private int openFiles;
    private boolean usedByProcess;

    ConnectionOptions() {
    }

    /** The options {@code options} sets on a fresh builder. */
    static ConnectionOptions of(Consumer<ConnectionOptions> options) {
        Objects.requireNonNull(options, "options: pass o -> { } for a plain connection");
        ConnectionOptions o = new ConnectionOptions();
        options.accept(o);
        return o;
    }

    /** {@code count} of open files (or print jobs), if it is 0 or more. */
    static int requireCount(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("open files (or print jobs) must be 0 or more: " + count);
        }
        return count;
    }

    /**
     * Also remember the device in the profile, so that it comes back at the next logon (devices only).
     *
     * @return these options
     */
    public ConnectionOptions persistent() {
        this.persistent = true;
        return this;
    }

    /**
     * Open files on the connection.
     *
     * @param count open files (or print jobs), 0 or more
     * @return these options
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public ConnectionOptions openFiles(int count) {
        this.openFiles = requireCount(count);
        return this;
    }

    /**
     * Print jobs on a print device: the same counter as {@link #openFiles(int)}, named for {@code LPT} devices.
     *
     * @param count open files (or print jobs), 0 or more
     * @return these options
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public ConnectionOptions printJobs(int count) {
        return openFiles(count);
    }

    /**
     * An active process uses the connection (for example its current directory is on the drive).
     *
     * @return these options
     */
    public ConnectionOptions usedByProcess() {
        this.usedByProcess = true;
        return this;
    }

    boolean isPersistent() {
        return persistent;
    }

    int openFileCount() {
        return openFiles;
    }

    boolean isUsedByProcess() {
        return usedByProcess;
    }
}
