package io.github.wnet4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The state file on disk. Each command holds one exclusive lock for its whole read, decision and
 * write, so any number of {@code wnet} processes give what some serial order of their commands
 * gives. The lock is an OS file lock ({@link FileChannel#lock}) on a lock file beside the state
 * file ({@code .NAME.wnet-lock}, left in place: deleting a lock file races with its next user),
 * plus a lock per file inside this JVM, since the OS lock is per process.
 *
 * <p>Only a regular file of at most {@link #MAX_BYTES} is read; a FIFO or device is never opened.
 * A save writes a temporary file ({@code .NAME.wnet-PID-N.tmp}) in the target's folder, gives it
 * the old file's owner, group and mode, forces it to disk and renames it over the target, so a
 * crash leaves the old file or the new one, never a torn one; a symlink stays a link and its
 * target is what is replaced. Temporary files a killed process left are removed at the next save.
 */
final class StateStore {
    /** The largest state file read or written: far above any logon typed by hand, far below a memory problem. */
    static final long MAX_BYTES = 4L << 20;

    /** How long a command waits for another process's command on the same file. */
    static final long LOCK_TIMEOUT_MILLIS = 30_000;

    private static final int MAX_LINKS = 40; // as Linux's ELOOP limit

    /** One lock per lock file in this JVM (entries are few: one per state file used). */
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    /** What a command does with the file. */
    enum Access {
        /** Reads it; it must exist. */
        READ,
        /** Reads and may rewrite it; it must exist and be writable. */
        UPDATE,
        /** Reads it if it exists, and writes it. */
        CREATE
    }

    private StateStore() {
    }

    /**
     * Locks the state file named {@code given} for one command, after checking that it can be used
     * for {@code access}; close the result to unlock.
     */
    static Locked open(Path given, Access access, long timeoutMillis) throws StateFileException {
        Path target = resolveLinks(given);
        check(given, target, access);
        Path lockFile = target.resolveSibling("." + target.getFileName() + ".wnet-lock");
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(lockFile, k -> new ReentrantLock());
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        try {
            if (!inProcess.tryLock(timeoutMillis, TimeUnit.MILLISECONDS)) {
                throw busy(given, lockFile, timeoutMillis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StateFileException("interrupted while waiting for the lock on state file " + given, e);
        }
        FileChannel channel = null;
        try {
            channel = openLockFile(given, target, lockFile, access);
            if (channel != null) {
                osLock(channel, given, lockFile, deadline, timeoutMillis); // released when the channel closes
            }
            check(given, target, access); // again: another process may have created or replaced it meanwhile
            return new Locked(given, target, inProcess, channel);
        } catch (StateFileException | RuntimeException | Error e) {
            closeQuietly(channel);
            inProcess.unlock();
            throw e;
        }
    }

    private static FileChannel openLockFile(Path given, Path target, Path lockFile, Access access) throws StateFileException {
        try {
            BasicFileAttributes a = attributes(lockFile);
            if (a != null && !a.isRegularFile()) { // opening a FIFO to write would block
                throw new StateFileException("the lock file " + lockFile + " of state file " + given
                        + " is not a regular file; remove it", null);
            }
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
            if (a == null) {
                AtomicSave.shareLike(target, lockFile);
            }
            return channel;
        } catch (IOException e) {
            String why = reason(e);
            if (access == Access.READ && (e instanceof AccessDeniedException || why.equals("read-only file system")
                    || why.equals("operation not permitted"))) {
                // A reader may go unlocked: a save replaces the file by a rename, so it sees the old file or the new one, whole.
                return null;
            }
            throw new StateFileException("cannot lock state file " + given + ": " + why + " (opening "
                    + lockFile + "; wnet needs to write it, in the state file's folder)", e);
        }
    }

    private static void osLock(FileChannel channel, Path given, Path lockFile, long deadline, long timeoutMillis)
            throws StateFileException {
        long pause = 1;
        try {
            while (true) {
                if (channel.tryLock() != null) {
                    return;
                }
                if (System.nanoTime() - deadline > 0) {
                    throw busy(given, lockFile, timeoutMillis);
                }
                Thread.sleep(pause);
                pause = Math.min(pause * 2, 20);
            }
        } catch (IOException e) {
            throw new StateFileException("cannot lock state file " + given + ": " + reason(e) + " (" + lockFile + ")", e);
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("this thread already holds the lock of state file " + given, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StateFileException("interrupted while waiting for the lock on state file " + given, e);
        }
    }

    private static StateFileException busy(Path given, Path lockFile, long timeoutMillis) {
        return new StateFileException("state file " + given + " stayed locked by another wnet command for "
                + timeoutMillis / 1000.0 + " s (lock file " + lockFile + "); wait for it to finish, or stop the process holding it", null);
    }

    /** The file a chain of symlinks ends at, in a folder named by its real path. */
    static Path resolveLinks(Path given) throws StateFileException {
        Path p = given.toAbsolutePath();
        if (p.getParent() == null) {
            throw new StateFileException("state file " + given + " is not a regular file but a directory; give --state a regular file", null);
        }
        for (int hops = 0; ; hops++) {
            Path dir = p.getParent();
            try {
                dir = dir.toRealPath();
            } catch (NoSuchFileException e) {
                throw new StateFileException("cannot use state file " + given + ": no such directory " + dir, e);
            } catch (IOException e) {
                throw new StateFileException("cannot use state file " + given + ": " + reason(e) + " (" + dir + ")", e);
            }
            p = dir.resolve(p.getFileName());
            if (!Files.isSymbolicLink(p)) {
                return p;
            }
            if (hops == MAX_LINKS) {
                throw new StateFileException("cannot use state file " + given + ": too many levels of symbolic links", null);
            }
            try {
                p = dir.resolve(Files.readSymbolicLink(p));
            } catch (IOException e) {
                throw new StateFileException("cannot follow state file link " + p + ": " + reason(e), e);
            }
        }
    }

    /** Refuses what {@code access} cannot use, before anything is opened. */
    private static void check(Path given, Path target, Access access) throws StateFileException {
        BasicFileAttributes a;
        try {
            a = attributes(target);
        } catch (IOException e) {
            throw new StateFileException("cannot read state file " + given + ": " + reason(e), e);
        }
        if (a == null) {
            if (access != Access.CREATE) {
                throw new StateFileException("state file " + given + " does not exist; only 'wnet sim' creates one"
                        + " (check the name, or create it with 'wnet sim connect DEVICE REMOTE --state " + given + "')", null);
            }
            return;
        }
        if (!a.isRegularFile()) {
            throw new StateFileException("state file " + given + " is not a regular file but " + kind(a)
                    + "; give --state a regular file", null);
        }
        if (a.size() > MAX_BYTES) {
            throw new StateFileException("state file " + given + " is " + a.size() + " bytes, over the limit of "
                    + MAX_BYTES + " bytes (4 MiB) for a wnet state file; it was left unchanged: give another file", null);
        }
        if (access != Access.READ && !AtomicSave.writable(target)) {
            throw new StateFileException("state file " + given + " is read-only; make it writable (chmod u+w) or use a copy", null);
        }
    }

    static BasicFileAttributes attributes(Path p) throws IOException {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static String kind(BasicFileAttributes a) {
        if (a.isDirectory()) {
            return "a directory";
        }
        if (a.isSymbolicLink()) {
            return "a symbolic link";
        }
        return "a FIFO, socket or device";
    }

    /** What went wrong, in the words of {@code strerror}: "permission denied", "no such file or directory". */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof java.nio.file.FileSystemLoopException) {
            return "too many levels of symbolic links";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            String r = f.getReason();
            return r.isEmpty() ? r : Character.toLowerCase(r.charAt(0)) + r.substring(1);
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close(); // releases the OS lock
            } catch (IOException ignored) {
                // Closing a lock file cannot lose data.
            }
        }
    }

    /** The state file, locked for one command. */
    static final class Locked implements AutoCloseable {
        private final Path given;
        private final Path target;
        private final ReentrantLock inProcess;
        private final FileChannel channel;
        private boolean open = true;

        Locked(Path given, Path target, ReentrantLock inProcess, FileChannel channel) {
            this.given = given;
            this.target = target;
            this.inProcess = inProcess;
            this.channel = channel;
        }

        /** The file's bytes, or null if it does not exist (only possible for {@link Access#CREATE}). */
        byte[] read() throws StateFileException {
            // Opened only after the type check, without following a link; read at most one byte past the limit.
            try (InputStream in = Channels.newInputStream(FileChannel.open(target, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
                byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new StateFileException("state file " + given + " grew over the limit of " + MAX_BYTES
                            + " bytes (4 MiB) for a wnet state file; it was left unchanged: give another file", null);
                }
                return bytes;
            } catch (NoSuchFileException e) {
                return null;
            } catch (IOException e) {
                throw new StateFileException("cannot read state file " + given + ": " + reason(e), e);
            }
        }

        /** Replaces the file's content with {@code bytes}, atomically. */
        void write(byte[] bytes) throws StateFileException {
            if (bytes.length > MAX_BYTES) {
                throw new StateFileException("the new state would be " + bytes.length + " bytes, over the limit of "
                        + MAX_BYTES + " bytes (4 MiB); state file " + given + " was left unchanged: cancel some connections", null);
            }
            AtomicSave.save(given, target, bytes);
        }

        @Override
        public void close() {
            if (open) {
                open = false;
                closeQuietly(channel);
                inProcess.unlock();
            }
        }
    }
}
