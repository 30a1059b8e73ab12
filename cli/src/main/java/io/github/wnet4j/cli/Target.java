package io.github.wnet4j.cli;

import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.ConnectionCancellers;
import io.github.wnet4j.ConnectionCleanup;
import io.github.wnet4j.ConnectionReader;
import io.github.wnet4j.ConnectionReaders;
import io.github.wnet4j.fake.FakeLogon;

/**
 * What a command reads and cancels through: with {@code --state}, the fake's logon in the file,
 * locked from before the first look to after the save, so a look and the cancel it decides are one
 * step for every other {@code wnet} process; otherwise the backend {@link Backends} chooses, one
 * backend for the reader and the canceller, so a look and a cancel see the same connections.
 */
final class Target implements AutoCloseable {
    private final StateOption state;
    private final StateOption.Session session;
    private final String backendName;
    // Made on first use: a command that only cancels needs no reader (and discovery runs once per use).
    private ConnectionReader reader;
    private ConnectionCanceller canceller;

    private Target(StateOption state, StateOption.Session session, String backendName, ConnectionReader reader,
                   ConnectionCanceller canceller) {
        this.state = state;
        this.session = session;
        this.backendName = backendName;
        this.reader = reader;
        this.canceller = canceller;
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
            return new Target(state, session, "fake", logon.reader(), logon.canceller());
        }
        return new Target(state, null, Backends.chooseName(backend), null, null);
    }

    ConnectionReader reader() {
        if (reader == null) {
            reader = ConnectionReaders.named(backendName);
        }
        return reader;
    }

    ConnectionCanceller canceller() {
        if (canceller == null) {
            canceller = ConnectionCancellers.named(backendName);
        }
        return canceller;
    }

    ConnectionCleanup cleanup() {
        return ConnectionCleanup.over(reader(), canceller());
    }

    String backendName() {
        return session != null ? reader.backendName() : backendName;
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
