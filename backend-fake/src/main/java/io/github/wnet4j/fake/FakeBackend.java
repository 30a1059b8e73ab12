package io.github.wnet4j.fake;

import io.github.wnet4j.BehaviourProfile;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.WNetFunction;
import io.github.wnet4j.fake.CancelRules.Verdict;
import io.github.wnet4j.spi.WNetBackend;

import java.util.Objects;

/**
 * The {@link WNetBackend} over one {@link FakeLogon}: each call takes the locks it needs, asks
 * {@link CancelRules#decide} for the verdict, applies it, sets the calling thread's extended error
 * and journals the call, all as one atomic step. A call on a device, while no provider error is
 * armed, needs only that device's monitor; anything else (remote names, other names, an armed
 * provider error, whose call count every call shares) is decided under all locks.
 */
final class FakeBackend implements WNetBackend {

    private static final ExtendedError NO_EXTENDED_ERROR = new ExtendedError(0, "", "");

    private final FakeLogon logon;
    private final LogonTables tables;
    private final BehaviourProfile profile;
    /** Per thread and per logon, as WNetGetLastError is per thread. */
    private final ThreadLocal<ExtendedError> lastExtendedError = new ThreadLocal<>();

    FakeBackend(FakeLogon logon, LogonTables tables, BehaviourProfile profile) {
        this.logon = logon;
        this.tables = tables;
        this.profile = profile;
    }

    @Override
    public int cancelConnection2(String name, int flags, boolean force) {
        return answer(WNetFunction.CANCEL_CONNECTION2, name, flags, force);
    }

    @Override
    public int cancelConnection(String name, boolean force) {
        return answer(WNetFunction.CANCEL_CONNECTION, name, 0, force);
    }

    @Override
    public ExtendedError lastExtendedError() {
        ExtendedError error = lastExtendedError.get();
        return error == null ? NO_EXTENDED_ERROR : error;
    }

    @Override
    public String toString() {
        return "WNetBackend over " + logon;
    }

    private int answer(WNetFunction function, String name, int flags, boolean force) {
        Objects.requireNonNull(name, "name");
        int device = LogonTables.deviceIndex(name);
        if (device >= 0) {
            LogonTables.Slot slot = tables.slot(device);
            synchronized (slot) {
                // Logon-wide fields are written only under all locks, this monitor included: stable here.
                if (tables.providerError == null) {
                    Verdict verdict = CancelRules.decide(tables, profile, function, name, device, flags, force);
                    tables.apply(verdict, device);
                    tables.journal(journalEntry(function, name, flags, force, verdict));
                    return verdict.code();
                }
            }
        }
        return tables.underAllLocks(() -> {
            Verdict verdict = CancelRules.decide(tables, profile, function, name, device, flags, force);
            tables.apply(verdict, device);
            if (verdict.extendedError() != null) {
                lastExtendedError.set(verdict.extendedError());
            }
            tables.journal(journalEntry(function, name, flags, force, verdict));
            return verdict.code();
        });
    }

    /** The journal entry of a call, with the flags it acted with; numbered here, inside the call's atomic step. */
    private JournalEntry journalEntry(WNetFunction function, String name, int flags, boolean force, Verdict verdict) {
        return new JournalEntry(tables.nextSequence(), function, name, CancelRules.actingFlags(profile, function, flags),
                force, verdict.code(), verdict.extendedError(), Thread.currentThread().getName());
    }
}
