package io.github.wnet4j.cli;

import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.ConnectionReader;
import io.github.wnet4j.WNet;
import io.github.wnet4j.fake.FakeLogon;

/**
 * What a command reads and cancels through: with {@code --state}, the fake's logon in the file,
 * locked from before the first look to after the save, so a look and the cancel it decides are one
 * step for every other {@code wnet} process; otherwise the backend {@link Backends} chooses, one
 * {@link WNet} for the reads and the cancels, so a look and a cancel see the same connections.
 */
final class Target implements AutoCloseable {
    private final StateOption state;
    private final StateOption.Session session;
    private final String backendName;
    // Made on first use, so discovery runs once and only for a command that calls the backend.
    private WNet wnet;

    private Target(StateOption state, StateOption.Session session, String backendName, WNet wnet) {
        this.state = state;
        this.session = session;
        this.backendName = backendName;
        this.wnet = wnet;
    }

    /**
     * The fake in {@code --state FILE}, locked for this command, or the chosen backend. Call it after
     * checking the command's own arguments, so bad input touches no file.
     */
    static Target open(String command, StateOption state, String backend, StateStore.Access access) {
        if (state.present()) {
            if (backend != null && !backend.equalsIgnoreCase("fake")) {
                throw new Wnet.UserError("--state keeps the fake's logon; it cannot be used with --backend " + backend);
            }
            StateOption.Session session = state.open(command, access);
            FakeLogon logon = session.logon();
            return new Target(state, session, "fake", logon.wnet());
        }
        return new Target(state, null, Backends.chooseName(backend), null);
    }

    WNet wnet() {
        if (wnet == null) {
            wnet = WNet.named(backendName);
        }
        return wnet;
    }

    ConnectionReader reader() {
        return wnet().reader();
    }

    ConnectionCanceller canceller() {
        return wnet().canceller();
    }

    String backendName() {
        return session != null ? wnet.backendName() : backendName;
    }

    /** Writes the fake's logon back if a cancel changed it or {@code --profile} switched it; nothing without --state. */
    void saveIf(boolean changed) {
        if (session != null && (changed || state.profile != null)) {
            session.save();
        }
    }

    /** Releases the state file's lock, if one is held. */
    @Override
    public void close() {
        if (session != null) {
            session.close();
        }
    }
}
