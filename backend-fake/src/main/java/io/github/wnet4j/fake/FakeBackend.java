package io.github.wnet4j.fake;

import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.WNetFunction;
import io.github.wnet4j.fake.CancelRules.Verdict;
import io.github.wnet4j.fake.ReadRules.Read;
import io.github.wnet4j.spi.ConnectionAnswer;
import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.UniversalNameAnswer;
import io.github.wnet4j.spi.WNetBackend;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The {@link WNetBackend} over one {@link FakeLogon}, bound to its logon session: each call takes the locks it needs, asks
 * {@link CancelRules#decide} for the verdict, applies it, sets the calling thread's extended error
 * and journals the call, all as one atomic step. A call on a device, while no provider error is
 * armed, needs only that device's monitor; anything else (remote names, other names, an armed
 * provider error, whose call count every call shares) is decided under all locks.
 *
 * <p>The reads follow the same discipline with {@link ReadRules}: a lookup or a universal name on a
 * device takes that device's monitor alone while no provider error is armed; an enumeration always
 * takes all locks, so it is a snapshot of one moment (R11). A read changes no connection state: it
 * only counts toward an armed provider error, as every call does. Each read is journaled, with the
 * device or path as its name ({@code RESOURCE_CONNECTED} or {@code RESOURCE_REMEMBERED} for an
 * enumeration) and its {@code dwType} or {@code dwInfoLevel} as its flags.
 */
final class FakeBackend implements WNetBackend {

    private static final ExtendedError NO_EXTENDED_ERROR = new ExtendedError(0, "", "");

    private final FakeLogon logon;
    private final LogonTables tables;
    private final BehaviourProfile profile;
    /** The session this backend calls from, as journaled, and its device map's number. */
    private final String session;
    private final int map;
    /** Per thread and per logon, as WNetGetLastError is per thread. */
    private final ThreadLocal<ExtendedError> lastExtendedError = new ThreadLocal<>();

    FakeBackend(FakeLogon logon, LogonTables tables, BehaviourProfile profile, String session, int map) {
        this.logon = logon;
        this.tables = tables;
        this.profile = profile;
        this.session = session;
        this.map = map;
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
    public ConnectionAnswer getConnection(String localName) {
        Objects.requireNonNull(localName, "localName");
        int device = LogonTables.deviceIndex(localName);
        return read(WNetFunction.GET_CONNECTION, localName, 0, device, () -> ReadRules.lookup(tables, device, map));
    }

    @Override
    public EnumerationAnswer enumerate(int scope, int type, int usage) {
        String name = scope == NetResource.RESOURCE_CONNECTED ? "RESOURCE_CONNECTED"
                : scope == NetResource.RESOURCE_REMEMBERED ? "RESOURCE_REMEMBERED" : "scope " + Integer.toUnsignedString(scope);
        return read(WNetFunction.OPEN_ENUM, name, type, -1, () -> ReadRules.enumerate(tables, map, scope, type));
    }

    @Override
    public UniversalNameAnswer getUniversalName(String localPath, int infoLevel) {
        Objects.requireNonNull(localPath, "localPath");
        int device = LogonTables.deviceIndex(localPath.length() > 2 ? localPath.substring(0, 2) : localPath);
        return read(WNetFunction.GET_UNIVERSAL_NAME, localPath, infoLevel, device,
                () -> ReadRules.universalName(tables, localPath, device, map, infoLevel));
    }

    /**
     * One read as one atomic step: under the device's monitor alone when it names a device and no
     * provider error is armed, otherwise under all locks; decided, applied (provider changes only),
     * the thread's extended error set, journaled.
     */
    private <T> T read(WNetFunction function, String name, int flags, int device, Supplier<Read<T>> rules) {
        if (device >= 0) {
            LogonTables.Slot slot = tables.slot(device);
            synchronized (slot) {
                if (tables.providerError == null) {
                    Read<T> read = rules.get();
                    tables.journal(slot, journalEntry(function, name, flags, false, read.verdict()));
                    return read.answer();
                }
            }
        }
        return tables.underAllLocks(() -> {
            Read<T> read = rules.get();
            Verdict verdict = read.verdict();
            tables.apply(verdict, -1, map);
            if (verdict.extendedError() != null) {
                lastExtendedError.set(verdict.extendedError());
            }
            tables.journal(null, journalEntry(function, name, flags, false, verdict));
            return read.answer();
        });
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
                    Verdict verdict = CancelRules.decide(tables, profile, function, name, device, map, flags, force);
                    tables.apply(verdict, device, map);
                    tables.journal(slot, journalEntry(function, name, flags, force, verdict));
                    return verdict.code();
                }
            }
        }
        return tables.underAllLocks(() -> {
            Verdict verdict = CancelRules.decide(tables, profile, function, name, device, map, flags, force);
            tables.apply(verdict, device, map);
            if (verdict.extendedError() != null) {
                lastExtendedError.set(verdict.extendedError());
            }
            tables.journal(null, journalEntry(function, name, flags, force, verdict));
            return verdict.code();
        });
    }

    /** The journal entry of a call, with the flags it acted with; numbered here, inside the call's atomic step. */
    private JournalEntry journalEntry(WNetFunction function, String name, int flags, boolean force, Verdict verdict) {
        int acting = function.isCancel() ? CancelRules.actingFlags(profile, function, flags) : flags;
        return new JournalEntry(tables.nextSequence(), function, name, acting,
                force, verdict.code(), verdict.extendedError(), Thread.currentThread().getName(), session);
    }
}
