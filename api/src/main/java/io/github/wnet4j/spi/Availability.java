package io.github.wnet4j.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether a backend can be used here, with the reason in words and, for a failure, its cause.
 *
 * @param isAvailable whether the backend can be used
 * @param reason what was found, or what was tried and why it failed
 * @param cause the failure behind an unavailable backend, if there was one
 */
public record Availability(boolean isAvailable, String reason, Optional<Throwable> cause) {
    /**
     * Checks that there is a reason, and a cause only for an unavailable backend.
     *
     * @param isAvailable whether the backend can be used
     * @param reason what was found, or what was tried and why it failed
     * @param cause the failure behind an unavailable backend, or empty
     * @throws NullPointerException if {@code reason} or {@code cause} is null
     * @throws IllegalArgumentException if an available backend is given a cause
     */
    public Availability {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(cause, "cause");
        if (isAvailable && cause.isPresent()) {
            throw new IllegalArgumentException("an available backend has no failure behind it: " + reason);
        }
    }

    /**
     * Usable; {@code reason} says what was found, for example which library was loaded from where.
     *
     * @param reason what was found
     * @return an available answer
     */
    public static Availability available(String reason) {
        return new Availability(true, reason, Optional.empty());
    }

    /**
     * Not usable; {@code reason} says what was tried and why it failed.
     *
     * @param reason what was tried and why it failed
     * @return an unavailable answer
     */
    public static Availability unavailable(String reason) {
        return new Availability(false, reason, Optional.empty());
    }

    /**
     * Not usable because of {@code cause}; {@code reason} says what was tried.
     *
     * @param reason what was tried
     * @param cause the failure behind it
     * @return an unavailable answer with its cause
     */
    public static Availability unavailable(String reason, Throwable cause) {
        return new Availability(false, reason, Optional.of(Objects.requireNonNull(cause, "cause")));
    }

    /** {@return "available: " or "unavailable: ", then the reason} */
    @Override
    public String toString() {
        return (isAvailable ? "available: " : "unavailable: ") + reason;
    }
}
