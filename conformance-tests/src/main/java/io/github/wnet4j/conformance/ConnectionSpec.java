package io.github.wnet4j.conformance;

/**
 * How a seeded connection looks: persistent or not, how many open files (or print jobs), whether an
 * active process uses it. Immutable; start from {@link #plain()}.
 *
 * @param persistent remembered in the user profile (devices only)
 * @param openFiles open files, or print jobs on a print device
 * @param inUse whether an active process uses the device
 */
public record ConnectionSpec(boolean persistent, int openFiles, boolean inUse) {
    /**
     * Checks the count.
     *
     * @param persistent remembered in the user profile (devices only)
     * @param openFiles open files, or print jobs on a print device; not negative
     * @param inUse whether an active process uses the device
     */
    public ConnectionSpec {
        if (openFiles < 0) {
            throw new IllegalArgumentException("openFiles must be >= 0: " + openFiles);
        }
    }

    /**
     * A plain connection.
     *
     * @return not persistent, nothing open, not in use
     */
    public static ConnectionSpec plain() {
        return new ConnectionSpec(false, 0, false);
    }

    /**
     * The same, persistent.
     *
     * @return a copy that is persistent
     */
    public ConnectionSpec persistentToo() {
        return new ConnectionSpec(true, openFiles, inUse);
    }

    /**
     * The same, with {@code count} open files or print jobs.
     *
     * @param count open files or print jobs; not negative
     * @return a copy with that count
     */
    public ConnectionSpec withOpenFiles(int count) {
        return new ConnectionSpec(persistent, count, inUse);
    }

    /**
     * The same, used by an active process.
     *
     * @return a copy that a process uses
     */
    public ConnectionSpec usedByProcess() {
        return new ConnectionSpec(persistent, openFiles, true);
    }
}
