package io.github.wnet4j.fake;

import io.github.wnet4j.behaviour.BehaviourProfile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The logon sessions of one user (specification rows S1-S4): the desktop session, its elevated
 * twin (linked to the desktop session's device map or not, chosen once, as EnableLinkedConnections
 * is one setting of the machine), and further sessions by name, each with a device map of its own.
 * Every session shares the user's {@link LogonTables}: the profile, the locks and the journal. The
 * facades are made once and kept, so asking twice gives the same session.
 */
final class UserSessions {
    private final BehaviourProfile profile;
    private final LogonTables tables = new LogonTables();
    /** Makes a facade: this user, the session's name, its device map. */
    private final BiFunction<String, Integer, FakeLogon> facade;
    /** Every session made, by name, desktop first; guarded by this. */
    private final Map<String, FakeLogon> sessions = new LinkedHashMap<>();
    /** Whether the elevated twin shares the desktop session's device map; null until it is made. */
    private Boolean twinLinked;

    UserSessions(BehaviourProfile profile, BiFunction<String, Integer, FakeLogon> facade) {
        this.profile = profile;
        this.facade = facade;
    }

    BehaviourProfile profile() {
        return profile;
    }

    LogonTables tables() {
        return tables;
    }

    /** The desktop session: device map 0. */
    synchronized FakeLogon desktop() {
        return sessions.computeIfAbsent(JournalEntry.DESKTOP, name -> facade.apply(name, 0));
    }

    /** The elevated twin, linked (device map 0) or not (a fresh map); the same one every time. */
    synchronized FakeLogon elevated(boolean linked) {
        if (twinLinked != null && twinLinked != linked) {
            throw new IllegalStateException("this user's elevated session is already made "
                    + (twinLinked ? "with" : "without") + " linked connections, and EnableLinkedConnections is one setting "
                    + "of the machine; for a further unlinked session use newSession(name), for another machine FakeLogon.create()");
        }
        twinLinked = linked;
        return sessions.computeIfAbsent(JournalEntry.ELEVATED, name -> facade.apply(name, linked ? 0 : tables.newDeviceMap()));
    }

    /** A further session with a device map of its own (S3), named {@code name}. */
    synchronized FakeLogon newSession(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a session needs a name, such as \"backup service\" or \"runas prompt\" "
                    + "(the journal records it): " + (name == null ? "null" : "\"" + name + "\""));
        }
        if (sessions.containsKey(name) || JournalEntry.ELEVATED.equals(name)) {
            throw new IllegalArgumentException("this user already has a session named \"" + name + "\" (or the name is "
                    + "reserved: \"desktop\", \"elevated\"); pick another name, or use elevated() / elevatedLinked() for the twin");
        }
        FakeLogon session = facade.apply(name, tables.newDeviceMap());
        sessions.put(name, session);
        return session;
    }

    /** Every session made so far, desktop first. */
    synchronized List<FakeLogon> all() {
        return List.copyOf(sessions.values());
    }
}
