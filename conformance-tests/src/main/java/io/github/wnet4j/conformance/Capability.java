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
    ARBITRARY_REMOTE_NAMES,
    /** The backend answers {@code WNetGetConnection} (the read clauses of rows R1-R6). */
    CONNECTION_LOOKUP,
    /** The backend enumerates connections: {@code WNetOpenEnum}, {@code WNetEnumResource}, {@code WNetCloseEnum} (R7-R12). */
    ENUMERATION,
    /** The backend answers {@code WNetGetUniversalName} (R13-R15). */
    UNIVERSAL_NAMES,
    /** Name a drive that is a local disk, not redirected ({@link ConformanceFixture#localDrive()}). */
    LOCAL_DRIVE,
    /** Count the enumeration handles the backend left open ({@link ConformanceFixture#openEnumerationHandles()}). */
    ENUMERATION_HANDLES,
    /**
     * Make further logon sessions beside the fixture's own (which is the user's desktop session):
     * every {@link SessionKind}, through {@link ConformanceFixture#session(SessionKind)} (the
     * {@code sessionN} clauses, specification rows S1-S8).
     */
    LOGON_SESSIONS,
    /**
     * The state holds nothing but what the clause seeded, so a listing can be checked to be exactly
     * that; without it a listing is checked to hold what was seeded (a real machine has connections of its own).
     */
    ISOLATED_STATE,
    /**
     * The backend makes connections: {@code WNetAddConnection2}, {@code WNetAddConnection3},
     * {@code WNetUseConnection} and the legacy {@code WNetAddConnection} (the {@code connectNN},
     * {@code conflict.} and {@code scope.} clauses, specification rows C1-C21).
     */
    MAKE_CONNECTIONS,
    /** Declare a server's shares, disk or print, so that the list is exact ({@link NetworkSpec.ServerSpec#share}; C11, C13). */
    DECLARED_SHARES,
    /**
     * Declare a print share ({@link NetworkSpec.ServerSpec#share} of type {@code PRINT}; C13): a real
     * machine needs a printer to share one.
     */
    PRINT_SHARES,
    /** Declare the accounts a server accepts, with their passwords ({@link NetworkSpec.ServerSpec#account}; C9, C10, C12). */
    DECLARED_ACCOUNTS,
    /**
     * Declare a server that cannot be reached ({@link NetworkSpec.ServerSpec#unreachable}; C11). The
     * suite names such servers under the reserved top-level domain {@code .invalid} (RFC 6761), which
     * no resolver answers, so that a fixture over a real network can honour the declaration.
     */
    UNREACHABLE_SERVERS,
    /** Declare a share an account may not open ({@link NetworkSpec.ServerSpec#deny}; C11). */
    DENIED_SHARES,
    /** Declare which drives are the machine's local disks ({@link NetworkSpec.Builder#localDrives}; C3, C15). */
    LOCAL_DRIVES,
    /** Make the network busy, so that connects answer ERROR_BUSY ({@link NetworkSpec.Builder#busy}; C20). */
    NETWORK_BUSY
}
