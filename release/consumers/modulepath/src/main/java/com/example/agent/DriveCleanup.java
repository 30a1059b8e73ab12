package com.example.agent;

import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.WNet;
import io.github.wnet4j.ErrorCode;

import java.util.Set;

import static io.github.wnet4j.CancelFlag.CONNECT_UPDATE_PROFILE;

/** The README's cross-platform caller, as a user would paste it. */
public final class DriveCleanup {
    private DriveCleanup() {
    }

    /** Unmaps a drive through the backend discovery picks: jna/jnr on Windows, or -Dwnet4j.backend. */
    public static CancelOutcome unmap(String drive) {
        return unmap(WNet.get(), drive);
    }

    /** Unmaps and forgets the drive, forcing only if files are open; fine if it was not mapped. */
    public static CancelOutcome unmap(ConnectionCanceller canceller, String drive) {
        CancelOutcome outcome = canceller.cancelConnection2(drive, Set.of(CONNECT_UPDATE_PROFILE), false);
        if (outcome.is(ErrorCode.ERROR_OPEN_FILES)) {
            outcome = canceller.cancelConnection2(drive, Set.of(CONNECT_UPDATE_PROFILE), true);   // close them
        }
        return outcome.orThrowUnlessNotConnected();   // anything but "done" or "not connected" throws
    }
}
