package io.github.wnet4j.benchmarks;

import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.WNet;

import java.util.Set;

/**
 * A cold start through the library: discover the backend {@code -Dwnet4j.backend} names through
 * ServiceLoader, and complete one {@code cancelConnection2("Z:", no flags, no force)}. Prints the
 * outcome's code (run.sh checks it once: the fake answers ERROR_NOT_CONNECTED, the double with no
 * model served ERROR_NO_NETWORK).
 */
public final class DiscoverAndCancel {

    private DiscoverAndCancel() {
    }

    /** Discovers, cancels, prints the code. */
    public static void main(String[] args) {
        CancelOutcome outcome = WNet.get().cancelConnection2("Z:", Set.of(), false);
        System.out.println(outcome.code());
    }
}
