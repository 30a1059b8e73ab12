package io.github.wnet4j.conformance;

/**
 * A further logon session a clause asks a fixture for ({@link ConformanceFixture#session(SessionKind)}),
 * beside the fixture's own session, which is the user's desktop session (specification rows S1-S8).
 */
public enum SessionKind {
    /** The desktop session's elevated twin without linked connections (UAC's default): its own device map. */
    ELEVATED,
    /** The elevated twin with {@code EnableLinkedConnections = 1}: it shares the desktop session's device map. */
    ELEVATED_LINKED,
    /** A further session of the same user (prompt-for-credentials elevation, CreateProcessAsUser, a service). */
    FURTHER,
    /** A session of another user: another profile, nothing shared. */
    OTHER_USER
}
