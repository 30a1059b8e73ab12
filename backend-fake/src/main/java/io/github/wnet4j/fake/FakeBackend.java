package io.github.wnet4j.fake;

import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.WNetFunction;
import io.github.wnet4j.fake.CancelRules.Verdict;
import io.github.wnet4j.fake.ReadRules.Read;
import io.github.wnet4j.fake.UserState.DeviceMap;
import io.github.wnet4j.spi.ConnectionAnswer;
import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.Names;
import io.github.wnet4j.spi.UniversalNameAnswer;
import io.github.wnet4j.spi.UseConnectionAnswer;
import io.github.wnet4j.spi.WNetBackend;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The {@link WNetBackend} over one {@link FakeLogon}, bound to its logon session. Every call, cancel
 * or read, takes one path as one atomic step under the user's lock ({@link UserState#atomically}):
 * decide ({@link CancelRules#decide}, or {@link ReadRules}), apply the verdict, set the calling
 * thread's extended error if the verdict has one, journal. A read changes no connection state: it
 * only counts toward an armed provider error, as every call does, and an enumeration is a snapshot
 * of one moment (R11, WNetEnumResource). Each read is journaled with the device or path as its name
 * ({@code RESOURCE_CONNECTED} or {@code RESOURCE_REMEMBERED} for an enumeration) and its
 * {@code dwType} or {@code dwInfoLevel} as its flags. A connect ({@link ConnectRules}) is journaled with
 * its device, remote name and user name as its name and its {@code dwFlags} as its flags; its password
 * is read by the decision and never kept.
 */
final class FakeBackend implements WNetBackend {

    private static final ExtendedError NO_EXTENDED_ERROR = new ExtendedError(0, "", "");

    private final FakeLogon logon;
    private final UserState user;
    private final BehaviourProfile profile;
    /** The session this backend calls from, as journaled. */
    private final String session;
    private final DeviceMap deviceMap;
    /** Per thread and per logon, as WNetGetLastError is per thread. */
    private final ThreadLocal<ExtendedError> lastExtendedError = new ThreadLocal<>();

    FakeBackend(FakeLogon logon, UserState user, BehaviourProfile profile, String session, DeviceMap deviceMap) {
        this.logon = logon;
        this.user = user;
        this.profile = profile;
        this.session = session;
        this.deviceMap = deviceMap;
    }

    @Override
    public int cancelConnection2(String name, int flags, boolean force) {
        return cancel(WNetFunction.CANCEL_CONNECTION2, name, flags, force);
    }

    @Override
    public int cancelConnection(String name, boolean force) {
        return cancel(WNetFunction.CANCEL_CONNECTION, name, 0, force);
    }

    @Override
    public ExtendedError lastExtendedError() {
        ExtendedError error = lastExtendedError.get();
        return error == null ? NO_EXTENDED_ERROR : error;
    }

    @Override
    public ConnectionAnswer getConnection(String localName) {
        Objects.requireNonNull(localName, "localName");
        return read(WNetFunction.GET_CONNECTION, localName, 0, () -> ReadRules.lookup(user, deviceMap, Names.device(localName)));
    }

    @Override
    public EnumerationAnswer enumerate(int scope, int type, int usage) {
        String name = scope == NetResource.RESOURCE_CONNECTED ? "RESOURCE_CONNECTED"
                : scope == NetResource.RESOURCE_REMEMBERED ? "RESOURCE_REMEMBERED" : "scope " + Integer.toUnsignedString(scope);
        return read(WNetFunction.OPEN_ENUM, name, type, () -> ReadRules.enumerate(user, deviceMap, scope, type));
    }

    @Override
    public UniversalNameAnswer getUniversalName(String localPath, int infoLevel) {
        Objects.requireNonNull(localPath, "localPath");
        return read(WNetFunction.GET_UNIVERSAL_NAME, localPath, infoLevel,
                () -> ReadRules.universalName(user, deviceMap, localPath, infoLevel));
    }

    @Override
    public int addConnection2(NetResource resource, char[] password, String userName, int flags) {
        return connect(ConnectRules.ConnectCall.of(WNetFunction.ADD_CONNECTION2, resource, userName, password, flags)).code();
    }

    @Override
    public int addConnection3(NetResource resource, char[] password, String userName, int flags) {
        return connect(ConnectRules.ConnectCall.of(WNetFunction.ADD_CONNECTION3, resource, userName, password, flags)).code();
    }

    @Override
    public UseConnectionAnswer useConnection(NetResource resource, char[] password, String userName, int flags) {
        ConnectRules.ConnectVerdict verdict = connect(ConnectRules.ConnectCall.of(WNetFunction.USE_CONNECTION, resource, userName,
                password, flags));
        boolean success = verdict.connected() != null;
        boolean localDevice = success && verdict.connected().device() != null;
        return new UseConnectionAnswer(verdict.code(), success ? verdict.accessName() : null,
                localDevice ? UseConnectionAnswer.CONNECT_LOCALDRIVE : 0);
    }

    @Override
    public int addConnection(String remoteName, char[] password, String localName) {
        String device = localName == null || localName.isEmpty() ? null : Names.device(localName);
        int type = localName == null || localName.isEmpty() ? NetResource.RESOURCETYPE_ANY
                : device != null && device.startsWith("LPT") ? NetResource.RESOURCETYPE_PRINT : NetResource.RESOURCETYPE_DISK;
        NetResource resource = new NetResource(0, type, 0, 0, localName, remoteName, null, null);
        return connect(ConnectRules.ConnectCall.of(WNetFunction.ADD_CONNECTION, resource, null, password, 0)).code();
    }

    @Override
    public String toString() {
        return "WNetBackend over " + logon;
    }

    private ConnectRules.ConnectVerdict connect(ConnectRules.ConnectCall call) {
        Objects.requireNonNull(call.remoteName(), "remoteName");
        String journaled = call.describe(); // before the lock: it reads only the call
        return user.atomically(() -> {
            ConnectRules.ConnectVerdict verdict = ConnectRules.decide(user, deviceMap, profile, call);
            user.apply(verdict, deviceMap);
            if (verdict.extendedError() != null) {
                lastExtendedError.set(verdict.extendedError());
            }
            user.journal(new JournalEntry(user.nextSequence(), call.function(), journaled, call.flags(), false,
                    verdict.code(), verdict.extendedError(), Thread.currentThread().getName(), session));
            return verdict;
        });
    }

    private int cancel(WNetFunction function, String name, int flags, boolean force) {
        Objects.requireNonNull(name, "name");
        // The entry records the flags the call acted with (row 1, the legacy function).
        int acting = CancelRules.actingFlags(profile, function, flags);
        return user.atomically(() -> {
            Verdict verdict = CancelRules.decide(user, deviceMap, profile, function, name, flags, force);
            conclude(function, name, acting, force, verdict);
            return verdict.code();
        });
    }

    private <T> T read(WNetFunction function, String name, int flags, Supplier<Read<T>> rules) {
        return user.atomically(() -> {
            Read<T> read = rules.get();
            conclude(function, name, flags, false, read.verdict());
            return read.answer();
        });
    }

    /** Applies the verdict, sets the thread's extended error if it has one, journals the call; inside its atomic step. */
    private void conclude(WNetFunction function, String name, int flags, boolean force, Verdict verdict) {
        user.apply(verdict, deviceMap);
        if (verdict.extendedError() != null) {
            lastExtendedError.set(verdict.extendedError());
        }
        user.journal(new JournalEntry(user.nextSequence(), function, name, flags, force, verdict.code(),
                verdict.extendedError(), Thread.currentThread().getName(), session));
    }
}
