package io.github.wnet4j.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Replaces a state file atomically, keeping its owner, group and mode; called with the file's lock
 * held (see {@link StateStore}), which is also why every temporary file of ours found beside it is
 * a leftover of a killed process.
 */
final class AtomicSave {
    private static final AtomicLong SAVES = new AtomicLong();
    private static final Set<PosixFilePermission> ANY_WRITE = Set.of(PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
    private static final FileAttribute<?> OWNER_ONLY = PosixFilePermissions.asFileAttribute(
            Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));

    private AtomicSave() {
    }

    /** The name of this process's next temporary file for {@code target}: {@code .NAME.wnet-PID-N.tmp}. */
    static Path temporaryFile(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".wnet-" + ProcessHandle.current().pid() + "-"
                + SAVES.incrementAndGet() + ".tmp");
    }

    /**
     * Whether our temporary files for {@code target} are named so: ours, and the {@code .NAME.DIGITS.tmp}
     * of wnet versions before 0.1.0 (nothing else: an editor's or another tool's files are left alone).
     */
    static Pattern leftovers(Path target) {
        String name = Pattern.quote(target.getFileName().toString());
        return Pattern.compile("\\." + name + "\\.(wnet-\\d+-\\d+|\\d+)\\.tmp");
    }

    /**
     * Whether wnet may rewrite {@code target}: the OS allows it and, where there are POSIX modes,
     * some write bit is set (root may write anything, but a 0444 file says "leave me").
     */
    static boolean writable(Path target) {
        if (!Files.isWritable(target)) {
            return false;
        }
        try {
            PosixFileAttributes a = Files.readAttributes(target, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.permissions().stream().anyMatch(ANY_WRITE::contains);
        } catch (UnsupportedOperationException | IOException e) {
            return true; // no POSIX modes here: the OS's answer is the whole answer
        }
    }

    static void save(Path given, Path target, byte[] bytes) throws StateFileException {
        Path dir = target.getParent();
        removeLeftovers(target);
        PosixFileAttributes old = posixAttributes(target);
        Path tmp = temporaryFile(target);
        try {
            FileAttribute<?>[] initial = old == null ? new FileAttribute<?>[0] : new FileAttribute<?>[] {OWNER_ONLY};
            try (FileChannel ch = FileChannel.open(tmp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS), initial)) {
                if (old != null) {
                    keepOwnerAndMode(given, tmp, old);
                }
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
            forceDirectory(dir);
        } catch (AtomicMoveNotSupportedException e) {
            throw new StateFileException("cannot write state file " + given + ": the file system cannot replace "
                    + target + " atomically; keep the state file on a local file system", e);
        } catch (IOException e) {
            throw new StateFileException("cannot write state file " + given + ": " + StateStore.reason(e)
                    + where(e, tmp, target) + "; it was left unchanged", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // Only litter, and the next save removes it; the state file itself is intact.
                }
            }
        }
    }

    private static String where(IOException e, Path tmp, Path target) {
        String file = e instanceof FileSystemException f ? f.getFile() : null;
        if (file != null && tmp != null && file.equals(tmp.toString())) {
            return " (writing a new file in " + tmp.getParent() + ")";
        }
        return " (replacing " + target + ")";
    }

    private static PosixFileAttributes posixAttributes(Path target) throws StateFileException {
        try {
            return Files.readAttributes(target, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException | UnsupportedOperationException e) {
            return null;
        } catch (IOException e) {
            throw new StateFileException("cannot read the owner and mode of state file " + target + ": " + StateStore.reason(e), e);
        }
    }

    /** The owner first: changing it may clear mode bits. */
    private static void keepOwnerAndMode(Path given, Path tmp, PosixFileAttributes old) throws IOException, StateFileException {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributes now = view.readAttributes();
        try {
            if (!now.owner().equals(old.owner())) {
                view.setOwner(old.owner());
            }
            if (!now.group().equals(old.group())) {
                view.setGroup(old.group());
            }
        } catch (FileSystemException e) {
            throw new StateFileException("cannot write state file " + given + ": " + StateStore.reason(e)
                    + " (giving the new file the owner " + old.owner().getName() + " and group " + old.group().getName()
                    + " the old one has); it was left unchanged: run wnet as its owner, or use a copy", e);
        }
        view.setPermissions(old.permissions());
    }

    /**
     * Gives a new lock file the state file's group and mode, so that whoever may write the state file
     * may also lock it (an exclusive lock needs a lock file open for writing).
     */
    static void shareLike(Path target, Path lockFile) {
        try {
            PosixFileAttributes state = Files.readAttributes(target, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            PosixFileAttributeView lock = Files.getFileAttributeView(lockFile, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            if (!lock.readAttributes().group().equals(state.group())) {
                lock.setGroup(state.group());
            }
            lock.setPermissions(state.permissions());
        } catch (UnsupportedOperationException | IOException e) {
            // No state file yet, no POSIX modes, or not ours to change: the lock file keeps the default mode.
        }
    }

    private static void removeLeftovers(Path target) {
        Pattern ours = leftovers(target);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target.getParent(),
                p -> ours.matcher(p.getFileName().toString()).matches())) {
            for (Path p : entries) {
                BasicFileAttributes a = StateStore.attributes(p);
                if (a != null && a.isRegularFile()) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException ignored) {
            // Litter that cannot be removed now is removed by a later save; the save itself goes on.
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true); // the rename itself is durable only once the folder is
        } catch (IOException ignored) {
            // Not every system can open a folder; the rename has happened, atomically, either way.
        }
    }
}
