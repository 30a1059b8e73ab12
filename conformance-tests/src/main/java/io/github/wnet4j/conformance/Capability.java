package io.github.wnet4j.conformance;

/**
 * What a {@link ConformanceFixture} can seed or observe. A clause that needs a capability the
 * fixture does not declare is reported as skipped, with the capability named as the reason.
 */
public enum Capability {
    /** Redirect a disk device ({@code A:}–{@code Z:}) to a remote name. */
    DISK_DEVICES,
    /** Redirect a print device ({@code LPT1:}–{@code LPT9:}) to a remote name. */
    PRINT_DEVICES,
    /** Make a device connection persistent (remembered in the user profile). */
    PERSISTENT_CONNECTIONS,
    /** A remembered profile entry with no live connection. */
    REMEMBERED_ONLY_ENTRIES,
    /** A connection to a remote name with no local device. */
    DEVICELESS_CONNECTIONS,
    /** Open files (or print jobs) on a connection. */
    OPEN_FILES,
    /** A device used by an active process. */
    DEVICE_IN_USE,
    /** The user profile cannot be opened, or is malformed. */
    PROFILE_FAULTS,
    /** The provider fails with its own error (ERROR_EXTENDED_ERROR). */
    PROVIDER_ERRORS,
    /** The network is absent. */
    NETWORK_ABSENCE,
    /** Simulate the next logon: live connections end, remembered ones come back. */
    NEXT_LOGON,
    /** Seed remote names with any server and share name, including non-ASCII and supplementary characters. */
    ARBITRARY_REMOTE_NAMES
}
