package io.github.wnet4j;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link WNet#cancelIfPointsAt} did: the look ({@link #lookup()}), what it
 * decided, and the cancel if it made one. Immutable.
 */
public final class GuardedCancelOutcome {

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

    private final String expectedRemoteName;
    private final LookupOutcome lookup;
    private final Decision decision;
    private final CancelOutcome cancel;

    GuardedCancelOutcome(String expectedRemoteName, LookupOutcome lookup, Decision decision, CancelOutcome cancel) {
        this.expectedRemoteName = Objects.requireNonNull(expectedRemoteName, "expectedRemoteName");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.decision = Objects.requireNonNull(decision, "decision");
        if ((decision == Decision.CANCELLED) != (cancel != null)) {
            throw new IllegalArgumentException("a cancel is made exactly when the decision is CANCELLED: " + decision);
        }
        this.cancel = cancel;
    }

    /**
     * The remote name the device had to point at.
     *
     * @return the expected remote name, as passed
     */
    public String expectedRemoteName() {
        return expectedRemoteName;
    }

    /**
     * The look: {@code WNetGetConnection} on the device.
     *
     * @return the lookup's outcome
     */
    public LookupOutcome lookup() {
        return lookup;
    }

    /**
     * What the look decided.
     *
     * @return the decision
     */
    public Decision decision() {
        return decision;
    }

    /**
     * The cancel, made only when the decision is {@link Decision#CANCELLED}; it can still fail
     * ({@code ERROR_OPEN_FILES}, ...), or answer {@code ERROR_NOT_CONNECTED} if the device was
     * cancelled by someone else after the look.
     *
     * @return the cancel's outcome, or empty
     */
    public Optional<CancelOutcome> cancel() {
        return Optional.ofNullable(cancel);
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
            case CANCELLED -> cancel.isSuccessOrNotConnected();
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
        if (cancel != null) {
            cancel.orThrowUnlessNotConnected();
        }
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GuardedCancelOutcome g && expectedRemoteName.equals(g.expectedRemoteName)
                && lookup.equals(g.lookup) && decision == g.decision && Objects.equals(cancel, g.cancel);
    }

    @Override
    public int hashCode() {
        return Objects.hash(expectedRemoteName, lookup, decision, cancel);
    }

    /** The decision, then the look and the cancel. */
    @Override
    public String toString() {
        return decision + " (expected " + Outcomes.quote(expectedRemoteName) + "): " + lookup
                + (cancel == null ? "" : "; then " + cancel);
    }
}
