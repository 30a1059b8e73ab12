package io.github.wnet4j.examples;

import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.ConnectionCancellers;
import io.github.wnet4j.ErrorCode;

import java.util.Set;

import static io.github.wnet4j.CancelFlag.CONNECT_UPDATE_PROFILE;

/** The README's code example: what a deployment agent's clean-up step looks like on any platform. */
public final class DriveCleanup {
    private DriveCleanup() {
    }

    /** Unmaps the drive and forgets it, forcing only when files are open; fine if it was never mapped. */
    public static CancelOutcome unmap(String drive) {
        // README-EXAMPLE-BEGIN
        ConnectionCanceller canceller = ConnectionCancellers.get();   // jna/jnr on Windows, else named by -Dwnet4j.backend
        CancelOutcome outcome = canceller.cancelConnection2(drive, Set.of(CONNECT_UPDATE_PROFILE), false);
        if (outcome.is(ErrorCode.ERROR_OPEN_FILES)) {
            System.out.println("Files are open on " + drive + "; closing them and disconnecting anyway.");
            outcome = canceller.cancelConnection2(drive, Set.of(CONNECT_UPDATE_PROFILE), true);
        }
        outcome.orThrowUnlessNotConnected();   // not connected is fine in clean-up; anything else throws
        System.out.println(outcome.describe());
        // README-EXAMPLE-END
        return outcome;
    }
}
