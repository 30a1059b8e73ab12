package io.github.wnet4j.examples;

// README-LOOK-BEGIN
import io.github.wnet4j.ConnectionReader;
import io.github.wnet4j.GuardedCancelOutcome;
import io.github.wnet4j.LookupOutcome;
import io.github.wnet4j.ServerCleanupOutcome;
import io.github.wnet4j.WNet;

import java.util.Set;

import static io.github.wnet4j.CancelFlag.CONNECT_UPDATE_PROFILE;

/** Look before you cancel: a deployment agent's clean-up that never unmaps the user's own drive. */
public final class DeploymentCleanup {
    private DeploymentCleanup() {
    }

    /** What a drive points at, for the agent's log. */
    public static String describe(ConnectionReader reader, String drive) {
        LookupOutcome look = reader.getConnection(drive);
        if (look.isConnected() || look.isRememberedOnly()) {
            return drive + " -> " + look.remoteName().orElse("?") + (look.isConnected() ? "" : " (remembered only)");
        }
        if (!look.isNotConnected()) {
            look.orThrow();   // no network, a provider error...: a WNetException naming call, code and remedy
        }
        return drive + " is not mapped";
    }

    /** Unmaps and forgets the drive only if it still points at our share; a user's own mapping stays. */
    public static GuardedCancelOutcome unmapOurs(WNet wnet, String drive, String share) {
        return wnet.cancelIfPointsAt(drive, share, Set.of(CONNECT_UPDATE_PROFILE), true).orThrow();
    }

    /** Drops every connection to the server (drives, deviceless, IPC$): the cure for error 1219. */
    public static ServerCleanupOutcome disconnectServer(WNet wnet, String server) {
        return wnet.cancelAllTo(server, Set.of(), true).orThrow();
    }
}
// README-LOOK-END
