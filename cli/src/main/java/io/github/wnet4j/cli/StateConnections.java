package io.github.wnet4j.cli;

import io.github.wnet4j.ConnectOutcome;
import io.github.wnet4j.ConnectRequest;
import io.github.wnet4j.Credentials;
import io.github.wnet4j.fake.Connection;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.fake.JournalEntry;
import io.github.wnet4j.spi.Names;
import io.github.wnet4j.cli.StateFile.User;

import java.util.Map;
import java.util.TreeMap;

/**
 * The connections of a state file that {@code wnet connect} made under explicit credentials: the
 * fake keeps the credentials that hold a server (C9 "One set of credentials per server") only as its
 * own digests, so the file keeps the user name and the file's digest ({@link StateNetwork#digest})
 * beside each such connection, and a load makes the connection again through the fake under them.
 */
final class StateConnections {
    private StateConnections() {
    }

    /**
     * The credentials a connection was made with by {@code wnet connect}: the user name (null for the
     * logon's own) and the password's digest ({@link StateNetwork#digest}, null for the user's default
     * password). They are what holds the connection's server (C9 "One set of credentials per server"), so
     * they are saved with it and the connection is restored under them.
     */
    record UsedCredentials(String user, String passwordDigest) {
        @Override
        public String toString() {
            return "UsedCredentials[user=" + user + ", passwordDigest=" + StateNetwork.redacted(passwordDigest) + "]";
        }
    }

    /** {@return the credentials a file's entry names, or null when it names none (the logon's own)} */
    static UsedCredentials used(String user, String passwordDigest) {
        if (user == null && passwordDigest == null) {
            return null;
        }
        if (user != null) {
            NameChecks.credentialsUser(user);
        }
        return new UsedCredentials(user, passwordDigest == null ? null : StateNetwork.checkDigest(passwordDigest));
    }

    /**
     * Makes a saved connection again under its credentials, through the fake's connect (the network
     * still open, so nothing declared since refuses it), then gives it its open files and process.
     *
     * @throws IllegalStateException if the fake refuses it: no call reaches such a state
     */
    static void restore(FakeLogon session, String device, String remoteName, UsedCredentials used, int openFiles, boolean inUse) {
        ConnectRequest request = device == null ? ConnectRequest.deviceless(remoteName) : ConnectRequest.device(device, remoteName);
        ConnectOutcome outcome;
        char[] digest = used.passwordDigest() == null ? null : used.passwordDigest().toCharArray(); // the password's stand-in
        try (Credentials credentials = PasswordInput.credentials(used.user(), digest)) {
            outcome = session.wnet().connect(request.with(credentials));
        }
        if (!outcome.isSuccess()) {
            throw new IllegalStateException((device == null ? "" : device + " -> ") + remoteName + " cannot be restored under its"
                    + " credentials: " + outcome.knownCode().map(Enum::name).orElse("code " + outcome.code()));
        }
        String name = device == null ? remoteName : device;
        if (openFiles != 0) {
            session.openFiles(name, openFiles);
        }
        if (inUse) {
            session.usedByProcess(name, true);
        }
    }

    /** Records the credentials of a connection just made in {@code session} of {@code user}; none for the logon's own. */
    static void record(User user, FakeLogon session, ConnectOutcome made, UsedCredentials used) {
        String name = made.device().orElse(made.request().remoteName());
        String key = User.key(session.isLinkedElevation() ? JournalEntry.DESKTOP : session.sessionName(), name);
        if (used == null) {
            user.credentials().remove(key);
        } else {
            user.credentials().put(key, used);
        }
    }

    /**
     * The credentials of {@code user}'s live connections, by key, each as the user name and whether a
     * password was given (never the digest: this goes into a message when a save would differ).
     */
    static Map<String, String> live(User user) {
        Map<String, String> live = new TreeMap<>();
        for (FakeLogon s : user.desktop().sessions()) {
            if (s.isLinkedElevation()) {
                continue;
            }
            for (Connection c : s.connections()) {
                String key = User.key(s.sessionName(), c.device().orElse(c.remoteName()));
                UsedCredentials used = user.credentials().get(key);
                if (used != null) {
                    live.put(key.replace('\n', ' '), (used.user() == null ? "(the logon's own)" : Names.quote(used.user()))
                            + (used.passwordDigest() == null ? "" : " with a password"));
                }
            }
        }
        return live;
    }
}
