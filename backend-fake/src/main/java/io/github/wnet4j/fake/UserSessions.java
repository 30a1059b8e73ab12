package io.github.wnet4j.fake;

import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.fake.UserState.DeviceMap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The logon sessions of one user (specification rows S1 "the profile" to S4 "linked connections"):
 * the desktop session, its elevated twin (linked to the desktop session's device map or not, chosen
 * once, as EnableLinkedConnections is one setting of the machine), and further sessions by name,
 * each with a device map of its own.
 * Every session shares the user's {@link UserState}: the profile, the lock and the journal. The
 * facades are made once and kept, so asking twice gives the same session.
 */
final class UserSessions {
    private final BehaviourProfile profile;
    private final UserState state = new UserState();
    /** Every session made, by name, desktop first; guarded by this. */
    private final Map<String, FakeLogon> sessions = new LinkedHashMap<>();
    /** Whether the elevated twin shares the desktop session's device map; null until it is made. */
    private Boolean twinLinked;

    UserSessions(BehaviourProfile profile) {
        this.profile = profile;
    }

    BehaviourProfile profile() {
        return profile;
    }

    UserState state() {
        return state;
    }

    /** The desktop session. */
    synchronized FakeLogon desktop() {
        return sessions.computeIfAbsent(JournalEntry.DESKTOP, name -> new FakeLogon(this, name, state.desktopMap()));
    }

    /** The elevated twin, linked (the desktop session's device map) or not (a fresh map); the same one every time. */
    synchronized FakeLogon elevated(boolean linked) {
        if (twinLinked != null && twinLinked != linked) {
            throw new IllegalStateException("this user's elevated session is already made "
                    + (twinLinked ? "with" : "without") + " linked connections, and EnableLinkedConnections is one setting "
                    + "of the machine; for a further unlinked session use newSession(name), for another machine FakeLogon.create()");
        }
        twinLinked = linked;
        return sessions.computeIfAbsent(JournalEntry.ELEVATED,
                name -> new FakeLogon(this, name, linked ? state.desktopMap() : state.newDeviceMap()));
    }

    /** A further session with a device map of its own (S3, a further session), named {@code name}. */
    synchronized FakeLogon newSession(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a session needs a name, such as \"backup service\" or \"runas prompt\" "
                    + "(the journal records it): " + (name == null ? "null" : "\"" + name + "\""));
        }
        if (sessions.containsKey(name) || JournalEntry.ELEVATED.equals(name)) {
            throw new IllegalArgumentException("this user already has a session named \"" + name + "\" (or the name is "
                    + "reserved: \"desktop\", \"elevated\"); pick another name, or use elevated() / elevatedLinked() for the twin");
        }
        FakeLogon session = new FakeLogon(this, name, state.newDeviceMap());
        sessions.put(name, session);
        return session;
    }

    /** Every session made so far, desktop first. */
    synchronized List<FakeLogon> all() {
        return List.copyOf(sessions.values());
    }
}
