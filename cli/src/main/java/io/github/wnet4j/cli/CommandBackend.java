package io.github.wnet4j.cli;

import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.ConnectionReader;
import io.github.wnet4j.WNet;
import io.github.wnet4j.fake.FakeLogon;

/**
 * The backend a command reads, connects and cancels through: with {@code --state}, the fake's logon in the file,
 * locked from before the first look to after the save, so a look and the cancel it decides are one
 * step for every other {@code wnet} process; otherwise the backend {@link Backends} chooses, one
 * backend for the reader and the canceller, so a look and a cancel see the same connections.
 */
final class CommandBackend implements AutoCloseable {
    private final GlobalOptions options;
    private final GlobalOptions.Session session;
    private final String backendName;
    // Made on first use: a command that only cancels needs no reader (and discovery runs once per use).
    private WNet wnet;

    private CommandBackend(GlobalOptions options, GlobalOptions.Session session, String backendName, WNet wnet) {
        this.options = options;
        this.session = session;
        this.backendName = backendName;
        this.wnet = wnet;
    }

    /**
     * The fake in {@code --state FILE}, locked for this command, or the chosen backend. Call it after
     * checking the command's own arguments, so bad input touches no file.
     */
    static CommandBackend open(String command, GlobalOptions options, StateStore.Access access) {
        if (options.present()) {
            GlobalOptions.Session session = options.open(command, access);
            FakeLogon logon = session.logon();
            return new CommandBackend(options, session, "fake", logon.wnet());
        }
        return new CommandBackend(options, null, Backends.chooseName(options.backend), null);
    }

    /** {@return the one door over this command's backend, made on first use} */
    WNet wnet() {
        if (wnet == null) {
            wnet = WNet.named(backendName);
        }
        return wnet;
    }

    /** {@return the state file's hold and the user and session acted as, with --state; null otherwise} */
    GlobalOptions.Session session() {
        return session;
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

    /** Writes the fake's logon back if a connect or cancel changed it or {@code --profile} switched it; nothing without --state. */
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
