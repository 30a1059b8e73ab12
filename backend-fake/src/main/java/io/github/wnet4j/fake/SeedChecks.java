package io.github.wnet4j.fake;

import io.github.wnet4j.spi.Names;

import java.util.Objects;

/**
 * The checks of what a test seeds into a {@link FakeLogon}, each failing with a message that says
 * what to do instead: the names (the one grammar of {@link Names}), and the states no call could
 * reach, which {@link UserState}'s seeding steps refuse under its lock. A refused step changes nothing.
 */
final class SeedChecks {

    private SeedChecks() {
    }

    /** The device {@code device} names, normalised, or an exception saying what a device is. */
    static String requireDevice(String device) {
        Objects.requireNonNull(device, "device");
        String canonical = Names.device(device);
        if (canonical == null) {
            throw new IllegalArgumentException("\"" + device
                    + "\" is not a device: pass a drive \"A:\" to \"Z:\" or a print device \"LPT1:\" to \"LPT9:\" "
                    + "(no trailing backslash); for a remote name use connectDeviceless(...)");
        }
        return canonical;
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

    /** Refuses a persistent deviceless connection: Windows remembers only devices. */
    static void requireNotPersistent(String remoteName, ConnectionOptions o) {
        if (o.isPersistent()) {
            throw new IllegalArgumentException("a deviceless connection to " + remoteName + " cannot be persistent: "
                    + "the profile remembers only devices; drop persistent(), or connect a device persistently");
        }
    }

    static IllegalArgumentException alreadyRedirected(String device, String remoteName) {
        return new IllegalArgumentException(device + " is already redirected to " + remoteName
                + " in this session; seed another device, or cancel " + device + " first");
    }

    static IllegalArgumentException alreadyDeviceless(String remoteName) {
        return new IllegalArgumentException("there is already a deviceless connection to " + remoteName
                + " (Windows keeps at most one per remote name); change it with openFiles(...) or usedByProcess(...)");
    }

    static IllegalArgumentException alreadyRememberedOnly(String device, String remoteName) {
        return new IllegalArgumentException(device + " is already remembered (as " + remoteName + "); seed another device");
    }

    static IllegalArgumentException connectedNow(String device) {
        return new IllegalArgumentException(device + " is redirected now, so remember() would not make a "
                + "remembered-only entry; seed a persistent connection with connectDevice(device, remoteName, o -> o.persistent())");
    }

    /**
     * Row 16 (a device remembered to one remote name and connected to another): a state no call can
     * reach (WNetAddConnection2 refuses to make it), so seeding refuses it too.
     */
    static IllegalArgumentException alreadyRemembered(String device, String remembered, String connected) {
        return new IllegalArgumentException(device + " cannot be remembered to " + Names.quote(remembered)
                + " and connected to " + Names.quote(connected) + ": WNetAddConnection2 refuses that with "
                + "ERROR_DEVICE_ALREADY_REMEMBERED (1202), so no call can reach it (specification row 16); "
                + "connect " + device + " to the remote name it is remembered to, or seed another device");
    }

    static IllegalArgumentException noLiveConnection(String deviceOrRemoteName) {
        return new IllegalArgumentException("no live connection named \"" + deviceOrRemoteName + "\" in this session: seed it first with "
                + "connectDevice(...) for a device or connectDeviceless(...) for a remote name, or pass its options there");
    }
}
