package io.github.wnet4j.spi;

import java.util.Objects;
import java.util.Optional;

/** Whether a backend can be used here, with the reason in words and, for a failure, its cause. */
public final class Availability {
    private final boolean available;
    private final String reason;
    private final Throwable cause;

    private Availability(boolean available, String reason, Throwable cause) {
        this.available = available;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.cause = cause;
    }

    /**
     * Usable; {@code reason} says what was found, for example which library was loaded from where.
     *
     * @param reason what was found
     * @return an available answer
     */
    public static Availability available(String reason) {
        return new Availability(true, reason, null);
    }

    /**
     * Not usable; {@code reason} says what was tried and why it failed.
     *
     * @param reason what was tried and why it failed
     * @return an unavailable answer
     */
    public static Availability unavailable(String reason) {
        return new Availability(false, reason, null);
    }

    /**
     * Not usable because of {@code cause}; {@code reason} says what was tried.
     *
     * @param reason what was tried
     * @param cause the failure behind it
     * @return an unavailable answer with its cause
     */
    public static Availability unavailable(String reason, Throwable cause) {
        return new Availability(false, reason, Objects.requireNonNull(cause, "cause"));
    }

    /**
     * Whether the backend can be used.
     *
     * @return whether the backend can be used
     */
    public boolean isAvailable() {
        return available;
    }

    /**
     * What was found, or what was tried and why it failed.
     *
     * @return what was found, or what was tried and why it failed
     */
    public String reason() {
        return reason;
    }

    /**
     * The failure behind an unavailable backend, if there was one.
     *
     * @return the failure behind an unavailable backend, if there was one
     */
    public Optional<Throwable> cause() {
        return Optional.ofNullable(cause);
    }

    @Override
    public String toString() {
        return (available ? "available: " : "unavailable: ") + reason;
    }
}
