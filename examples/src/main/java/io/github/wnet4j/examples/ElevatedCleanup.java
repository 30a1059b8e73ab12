package io.github.wnet4j.examples;

import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.ConnectionReader;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.LookupOutcome;

import java.util.Set;

import static io.github.wnet4j.CancelFlag.CONNECT_UPDATE_PROFILE;

/** The README's elevated clean-up step: it looks in its own logon session before it forgets a drive. */
public final class ElevatedCleanup {
    private ElevatedCleanup() {
    }

    // README-ELEVATEDSTEP-BEGIN
    /**
     * Unmaps and forgets {@code drive}, but refuses when this logon session only remembers it: an
     * installer running elevated without linked connections does not see the user's drive, and its
     * CONNECT_UPDATE_PROFILE cancel would answer NO_ERROR, leave the drive mapped and only make it
     * non-persistent.
     */
    public static CancelOutcome unmap(ConnectionReader reader, ConnectionCanceller canceller, String drive) {
        LookupOutcome here = reader.getConnection(drive);
        if (here.is(ErrorCode.ERROR_CONNECTION_UNAVAIL)) {
            throw new IllegalStateException(drive + " is remembered to " + here.remoteName().orElse("a share")
                    + " but not connected in this logon session, so cancelling it here would not unmap it. If this"
                    + " runs elevated, run the step in the user's own (not elevated) session, or turn on"
                    + " EnableLinkedConnections; nothing was changed.");
        }
        return canceller.cancelConnection2(drive, Set.of(CONNECT_UPDATE_PROFILE), true).orThrowUnlessNotConnected();
    }
    // README-ELEVATEDSTEP-END
}
