package io.github.wnet4j;

import java.util.List;

/**
 * A {@link ConnectionScope} closed, and some of the connections it made could not be cancelled: they
 * are still connected. The message names each, with the code, its meaning and what to do.
 */
public final class WNetScopeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The cancels that failed; outcomes are immutable records, but not serializable, so not kept across serialization. */
    private final transient List<CancelOutcome> failedCancels;

    /**
     * An exception for these failed cancels.
     *
     * @param failedCancels the cancels that failed, at least one
     * @throws IllegalArgumentException if there are none
     */
    public WNetScopeException(List<CancelOutcome> failedCancels) {
        super(message(failedCancels));
        this.failedCancels = List.copyOf(failedCancels);
    }

    /** {@return the cancels that failed: what is still connected, and why} */
    public List<CancelOutcome> failedCancels() {
        return failedCancels == null ? List.of() : failedCancels;
    }

    private static String message(List<CancelOutcome> failed) {
        if (failed.isEmpty()) {
            throw new IllegalArgumentException("a scope exception names at least one cancel that failed");
        }
        StringBuilder s = new StringBuilder("The connection scope closed, but ").append(failed.size())
                .append(failed.size() == 1 ? " connection it made is" : " connections it made are").append(" still connected:");
        failed.forEach(c -> s.append(System.lineSeparator()).append("  ").append(c.describe()));
        return s.toString();
    }
}
