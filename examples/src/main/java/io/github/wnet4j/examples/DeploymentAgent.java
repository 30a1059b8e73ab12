package io.github.wnet4j.examples;

import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectionCanceller;
import jakarta.inject.Inject;

/** A Guice-wired component of a deployment agent: the code under test in the Guice example. */
public final class DeploymentAgent {
    private final ConnectionCanceller canceller;

    /** Wired by Guice. */
    @Inject
    public DeploymentAgent(ConnectionCanceller canceller) {
        this.canceller = canceller;
    }

    /** Unmaps the deployment drive at the end of a run. */
    public CancelOutcome cleanUp() {
        return DriveCleanup.unmap(canceller, "Z:");
    }
}
