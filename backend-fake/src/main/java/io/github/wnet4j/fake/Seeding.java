package io.github.wnet4j.fake;

import io.github.wnet4j.fake.LogonTables.Link;
import io.github.wnet4j.spi.Names;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The seeding steps {@link FakeLogon} delegates to: the checks of what a test seeds, each failing
 * with a message that says what to do instead, and the state change, made under the lock that
 * guards it (see {@link LogonTables}). A seeding step that fails changes nothing.
 */
final class Seeding {

    private Seeding() {
    }

    /** The index of a device to seed, or an exception saying what a device is. */
    static int requireDevice(String device) {
        Objects.requireNonNull(device, "device");
        int index = LogonTables.deviceIndex(device);
        if (index < 0) {
            throw new IllegalArgumentException("\"" + device
                    + "\" is not a device: pass a drive \"A:\" to \"Z:\" or a print device \"LPT1:\" to \"LPT9:\" "
                    + "(no trailing backslash); for a remote name use connectDeviceless(...)");
        }
        return index;
    }

    /**
     * {@code remoteName}, if a connection can be made to it: the one grammar,
     * {@link Names#checkRemoteName(String)}, so that no seeded state holds a name no call could
     * name (lone surrogates, over 32,767 units, {@code \\srv\}, {@code \\ }, {@code \\srv\s\}).
     */
    static String requireRemoteName(String remoteName) {
        Objects.requireNonNull(remoteName, "remoteName");
        return Names.checkRemoteName(remoteName);
    }

    /** {@code count} of open files (or print jobs), if it is 0 or more. */
    static int requireCount(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("open files (or print jobs) must be 0 or more: " + count);
        }
        return count;
    }

    /** The options a test's consumer sets. */
    static ConnectionOptions options(Consumer<ConnectionOptions> options) {
        Objects.requireNonNull(options, "options: pass o -> { } for a plain connection");
        ConnectionOptions o = new ConnectionOptions();
        options.accept(o);
        return o;
    }

    /** Redirects device {@code index} in device map {@code map}; a persistent connection is remembered too. */
    static void device(LogonTables t, int map, int index, String remote, ConnectionOptions o) {
        String dev = LogonTables.DEVICES[index];
        LogonTables.Slot slot = t.slot(index);
        synchronized (slot) {
            Link live = slot.live(map);
            if (live != null) {
                throw new IllegalArgumentException(dev + " is already redirected to " + live.remoteName()
                        + " in this session; seed another device, or cancel " + dev + " first");
            }
            if (slot.remembered != null && !Names.same(slot.remembered, remote)) {
                throw alreadyRemembered(dev, slot.remembered, remote);
            }
            slot.live(map, new Link(dev, remote, o.openFileCount(), o.isUsedByProcess()));
            if (o.isPersistent()) { // the profile then holds the name as spelt here, as WNetAddConnection2 writes it
                slot.remembered = remote;
            }
        }
    }

    /** A deviceless connection to {@code remote}; never persistent. */
    static void deviceless(LogonTables t, int map, String remote, ConnectionOptions o) {
        if (o.isPersistent()) {
            throw new IllegalArgumentException("a deviceless connection to " + remote + " cannot be persistent: "
                    + "the profile remembers only devices; drop persistent(), or connect a device persistently");
        }
        String key = Names.fold(remote);
        t.underLogonLock(() -> { // deviceless connections are guarded by the logon's lock alone
            Link existing = t.deviceless(map).get(key);
            if (existing != null) {
                throw new IllegalArgumentException("there is already a deviceless connection to " + existing.remoteName()
                        + " (Windows keeps at most one per remote name); change it with openFiles(...) or usedByProcess(...)");
            }
            return t.deviceless(map).put(key, new Link(null, remote, o.openFileCount(), o.isUsedByProcess()));
        });
    }

    /** A remembered-only entry for device {@code index}, in the user's profile, checked against device map {@code map}. */
    static void remember(LogonTables t, int map, int index, String remote) {
        String dev = LogonTables.DEVICES[index];
        LogonTables.Slot slot = t.slot(index);
        synchronized (slot) {
            if (slot.remembered != null) {
                throw new IllegalArgumentException(dev + " is already remembered (as " + slot.remembered
                        + "); seed another device");
            }
            Link live = slot.live(map);
            if (live != null && !Names.same(live.remoteName(), remote)) {
                throw alreadyRemembered(dev, remote, live.remoteName());
            }
            if (live != null) {
                throw new IllegalArgumentException(dev + " is redirected now, so remember() would not make a "
                        + "remembered-only entry; seed a persistent connection with connectDevice(device, remoteName, o -> o.persistent())");
            }
            slot.remembered = remote;
        }
    }

    /** Replaces a live connection: a device's under its monitor, a deviceless one under the logon's lock. */
    static void changeLive(LogonTables t, int map, String deviceOrRemoteName, UnaryOperator<Link> change) {
        Objects.requireNonNull(deviceOrRemoteName, "deviceOrRemoteName");
        if (LogonTables.deviceIndex(deviceOrRemoteName) >= 0) {
            LogonTables.Slot slot = t.existingSlot(deviceOrRemoteName);
            if (slot == null) {
                throw noLiveConnection(deviceOrRemoteName);
            }
            synchronized (slot) {
                Link live = slot.live(map);
                if (live == null) {
                    throw noLiveConnection(deviceOrRemoteName);
                }
                slot.live(map, change.apply(live));
            }
            return;
        }
        String key = Names.fold(deviceOrRemoteName);
        t.underLogonLock(() -> {
            Link link = t.deviceless(map).get(key);
            if (link == null) {
                throw noLiveConnection(deviceOrRemoteName);
            }
            return t.deviceless(map).put(key, change.apply(link));
        });
    }

    /**
     * Row 16: a device remembered to one remote name and connected to another is a state no call can
     * reach (WNetAddConnection2 refuses to make it), so seeding refuses it too.
     */
    private static IllegalArgumentException alreadyRemembered(String device, String remembered, String connected) {
        return new IllegalArgumentException(device + " cannot be remembered to " + Names.quote(remembered)
                + " and connected to " + Names.quote(connected) + ": WNetAddConnection2 refuses that with "
                + "ERROR_DEVICE_ALREADY_REMEMBERED (1202), so no call can reach it (specification row 16); "
                + "connect " + device + " to the remote name it is remembered to, or seed another device");
    }

    private static IllegalArgumentException noLiveConnection(String deviceOrRemoteName) {
        return new IllegalArgumentException("no live connection named \"" + deviceOrRemoteName + "\" in this session: seed it first with "
                + "connectDevice(...) for a device or connectDeviceless(...) for a remote name, or pass its options there");
    }
}
