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
     * @param openFiles open files, or print jobs on a print device; 0 or more
     * @param inUse whether an active process uses the device
     */
    public ConnectionSpec {
        if (openFiles < 0) {
            throw new IllegalArgumentException("openFiles must be >= 0: " + openFiles);
        }
    }

    /** {@return a spec: not persistent, nothing open, not in use} */
    public static ConnectionSpec plain() {
        return new ConnectionSpec(false, 0, false);
    }

    /** {@return the same, persistent} */
    public ConnectionSpec persistentToo() {
        return new ConnectionSpec(true, openFiles, inUse);
    }

    /**
     * {@return the same, with {@code count} open files or print jobs}
     *
     * @param count open files or print jobs, 0 or more
     */
    public ConnectionSpec withOpenFiles(int count) {
        return new ConnectionSpec(persistent, count, inUse);
    }

    /** {@return the same, used by an active process} */
    public ConnectionSpec usedByProcess() {
        return new ConnectionSpec(persistent, openFiles, true);
    }
}
