package io.github.wnet4j;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link WNet#cancelIfPointsAt} did: the look ({@link #lookup()}), what it
 * decided, and the cancel if it made one.
 *
 * @param expectedRemoteName the remote name the device had to point at, as passed
 * @param lookup the look: {@code WNetGetConnection} on the device
 * @param decision what the look decided
 * @param cancel the cancel, made only when the decision is {@link Decision#CANCELLED}; it can still
 *     fail ({@code ERROR_OPEN_FILES}, ...), or answer {@code ERROR_NOT_CONNECTED} if the device was
 *     cancelled by someone else after the look
 */
public record GuardedCancelOutcome(String expectedRemoteName, LookupOutcome lookup, Decision decision,
                                   Optional<CancelOutcome> cancel) {

    /** What the look decided. */
    public enum Decision {
        /** The device pointed at the expected remote name (connected, or remembered only): the cancel was made. */
        CANCELLED,
        /** The device points at another remote name: left alone, nothing cancelled. */
        POINTS_ELSEWHERE,
        /**
         * The device is not connected (nor remembered to a remote name the look could see): nothing
         * to cancel, nothing cancelled.
         */
        NOT_CONNECTED,
        /** The look failed (no network, a provider error, ...): nothing cancelled; see {@link #lookup()}. */
        LOOKUP_FAILED
    }

    /**
     * Checks that a cancel is present exactly when the decision is {@link Decision#CANCELLED}.
     *
     * @param expectedRemoteName the expected remote name
     * @param lookup the look
     * @param decision the decision
     * @param cancel the cancel, or empty
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the cancel and the decision disagree
     */
    public GuardedCancelOutcome {
        Objects.requireNonNull(expectedRemoteName, "expectedRemoteName");
        Objects.requireNonNull(lookup, "lookup");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(cancel, "cancel: pass Optional.empty() when no cancel was made");
        if ((decision == Decision.CANCELLED) != cancel.isPresent()) {
            throw new IllegalArgumentException("a cancel is made exactly when the decision is CANCELLED: " + decision);
        }
    }

    /**
     * Whether no connection to the expected remote name is left on the device as far as this call
     * saw: it was cancelled (or was gone by the cancel), it was not connected, or the device points
     * elsewhere and was left alone. False when the look or the cancel failed.
     *
     * @return whether the clean-up of this device is done
     */
    public boolean isDone() {
        return switch (decision) {
            case CANCELLED -> cancel.get().isSuccessOrNotConnected();
            case POINTS_ELSEWHERE, NOT_CONNECTED -> true;
            case LOOKUP_FAILED -> false;
        };
    }

    /**
     * Returns this outcome if {@link #isDone()}, and otherwise throws.
     *
     * @return this outcome
     * @throws WNetException for the failed look, or the failed cancel
     */
    public GuardedCancelOutcome orThrow() {
        if (decision == Decision.LOOKUP_FAILED) {
            throw new WNetException(lookup);
        }
        cancel.ifPresent(CancelOutcome::orThrowUnlessNotConnected);
        return this;
    }

    /** {@return the decision, then the look and the cancel} */
    @Override
    public String toString() {
        return decision + " (expected " + Outcomes.quote(expectedRemoteName) + "): " + lookup
                + cancel.map(c -> "; then " + c).orElse("");
    }
}
