package io.github.wnet4j.cli;

import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.ConnectionCancellers;
import io.github.wnet4j.ConnectionCleanup;
import io.github.wnet4j.ConnectionReader;
import io.github.wnet4j.ConnectionReaders;
import io.github.wnet4j.fake.FakeLogon;

/**
 * The backend a command reads and cancels through: with {@code --state}, the fake's logon in the file,
 * locked from before the first look to after the save, so a look and the cancel it decides are one
 * step for every other {@code wnet} process; otherwise the backend {@link Backends} chooses, one
 * backend for the reader and the canceller, so a look and a cancel see the same connections.
 */
final class CommandBackend implements AutoCloseable {
    private final GlobalOptions options;
    private final GlobalOptions.Session session;
    private final String backendName;
    // Made on first use: a command that only cancels needs no reader (and discovery runs once per use).
    private ConnectionReader reader;
    private ConnectionCanceller canceller;

    private CommandBackend(GlobalOptions options, GlobalOptions.Session session, String backendName, ConnectionReader reader,
                   ConnectionCanceller canceller) {
        this.options = options;
        this.session = session;
        this.backendName = backendName;
        this.reader = reader;
        this.canceller = canceller;
    }

    /**
     * The fake in {@code --state FILE}, locked for this command, or the chosen backend. Call it after
     * checking the command's own arguments, so bad input touches no file.
     */
    static CommandBackend open(String command, GlobalOptions options, StateStore.Access access) {
        if (options.present()) {
            GlobalOptions.Session session = options.open(command, access);
            FakeLogon logon = session.logon();
            return new CommandBackend(options, session, "fake", logon.reader(), logon.canceller());
        }
        return new CommandBackend(options, null, Backends.chooseName(options.backend), null, null);
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
        if (session != null && (changed || options.profile != null)) {
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
