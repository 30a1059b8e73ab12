package io.github.wnet4j.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import static io.github.wnet4j.cli.WnetTest.wnet;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The state file never loses data and never hangs: issue 10's state-file points, one test each. */
class StateFileSafetyTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("s.json");
    }

    private WnetTest.Run run(String... args) {
        return WnetTest.wnetOn(file(), args);
    }

    private static void assertOneLineStatusTwo(WnetTest.Run run, String... mentions) {
        assertEquals(ExitCodes.USAGE, run.status(), run.err() + run.out());
        WnetTest.assertOneMessage(run.err());
        run.assertNoStackTrace();
        for (String m : mentions) {
            assertTrue(run.message().contains(m), "should mention '" + m + "': " + run.err());
        }
    }

    /** The state file's content, once 'list' has shown it loads. */
    private JsonNode json() throws IOException {
        WnetTest.Run listed = run("list");
        assertEquals(0, listed.status(), listed.err());
        return JsonMapper.builder().build().readTree(Files.readString(file()));
    }

    // ------------------------------------------------------------ a remembered entry is never dropped (row 16)

    @Test
    void aDeviceRememberedAsAnotherRemoteNameIsNotConnectedOverIt() throws IOException {
        assertEquals(0, run("sim", "connect", "Z:", "\\\\srv\\old", "--remembered-only").status());
        byte[] before = Files.readAllBytes(file());
        for (String[] connect : new String[][] {{"sim", "connect", "Z:", "\\\\srv\\new"}, {"sim", "connect", "z:", "\\\\srv\\new", "--persistent"}}) {
            assertOneLineStatusTwo(run(connect), "ERROR_DEVICE_ALREADY_REMEMBERED (1202)", "\\\\srv\\old");
            assertArrayEquals(before, Files.readAllBytes(file()));
        }
        WnetTest.Run logon = run("sim", "logon");
        assertTrue(logon.out().lines().anyMatch(l -> l.startsWith("Z:") && l.contains("\\\\srv\\old") && l.contains("connected")),
                logon.out());
    }

    @Test
    void aRememberedEntrySpelledOtherwiseIsKeptAsItWas() throws IOException {
        run("sim", "connect", "Z:", "\\\\srv\\OLD", "--remembered-only");
        assertEquals(0, run("sim", "connect", "Z:", "\\\\srv\\old").status(), "the same remote name (row 13)");
        JsonNode s = json();
        assertEquals("\\\\srv\\old", s.get("users").get(0).get("sessions").get(0).get("devices").get(0).get("remoteName").asString());
        assertEquals("\\\\srv\\OLD", s.get("users").get(0).get("remembered").get(0).get("remoteName").asString());
        WnetTest.Run logon = run("sim", "logon");
        assertTrue(logon.out().lines().anyMatch(l -> l.startsWith("Z:") && l.contains("\\\\srv\\OLD")), logon.out());
    }

    @Test
    void aSavedFileHoldingTheUnreachableStateIsRefused() throws IOException {
        String unreachable = "{\"version\":3,\"users\":[{\"name\":\"default\",\"profile\":\"documented\","
                + "\"remembered\":[{\"device\":\"Z:\",\"remoteName\":\"\\\\\\\\srv\\\\old\"}],"
                + "\"sessions\":[{\"name\":\"desktop\",\"devices\":[{\"device\":\"Z:\","
                + "\"remoteName\":\"\\\\\\\\srv\\\\new\",\"openFiles\":0,\"inUse\":false}],\"deviceless\":[]}]}]}";
        Files.writeString(file(), unreachable);
        assertOneLineStatusTwo(run("list"), "impossible", "1202");
        assertEquals(unreachable, Files.readString(file()));
    }

    // ------------------------------------------------------------ links, modes, owners, read-only files

    @Test
    void aSymlinkStaysALinkAndItsTargetIsUpdated() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real")).resolve("target.json");
        assertEquals(0, wnet("sim", "connect", "Z:", "\\\\srv\\a", "--state", real.toString()).status());
        Path link = Files.createSymbolicLink(file(), Path.of("real", "target.json"));
        assertEquals(0, run("sim", "connect", "Y:", "\\\\srv\\b").status());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(Path.of("real", "target.json"), Files.readSymbolicLink(link));
        assertTrue(Files.readString(real).contains("Y:"), "the target got the update");
        assertFalse(Files.exists(dir.resolve(".s.json.wnet-lock")), "the lock is the target's, beside it");
        assertTrue(Files.exists(real.resolveSibling(".target.json.wnet-lock")));
    }

    @Test
    void theModeIsKept() throws IOException {
        assumePosix();
        run("sim", "connect", "Z:", "\\\\srv\\a");
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r-----"));
        assertEquals(0, run("sim", "connect", "Y:", "\\\\srv\\b").status());
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file())));
    }

    @Test
    void whoeverMayWriteTheStateFileMayLockIt() throws IOException {
        assumePosix();
        run("sim", "connect", "Z:", "\\\\srv\\a");
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-rw-rw-"));
        Files.delete(dir.resolve(".s.json.wnet-lock"));
        assertEquals(0, run("list").status());
        assertEquals("rw-rw-rw-", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(".s.json.wnet-lock"))),
                "an exclusive lock needs the lock file open for writing");
    }

    @Test
    void theOwnerAndGroupAreKept() throws IOException {
        assumePosix();
        assumeTrue("root".equals(System.getProperty("user.name")),
                "only root can give a file another owner, so only root can set this test up");
        run("sim", "connect", "Z:", "\\\\srv\\a");
        UserPrincipalLookupService users = file().getFileSystem().getUserPrincipalLookupService();
        UserPrincipal nobody = users.lookupPrincipalByName("nobody");
        GroupPrincipal group = users.lookupPrincipalByGroupName(groupOf("nobody"));
        PosixFileAttributeView view = Files.getFileAttributeView(file(), PosixFileAttributeView.class);
        view.setOwner(nobody);
        view.setGroup(group);
        assertEquals(0, run("sim", "connect", "Y:", "\\\\srv\\b").status());
        assertEquals(nobody, Files.getOwner(file()));
        assertEquals(group, view.readAttributes().group());
    }

    private static String groupOf(String user) throws IOException {
        Process id = new ProcessBuilder("id", "-gn", user).start();
        return new String(id.getInputStream().readAllBytes()).strip();
    }

    @Test
    void aReadOnlyFileIsRefusedInOneLineAndLeftAsItWas() throws IOException {
        assumePosix();
        run("sim", "connect", "Z:", "\\\\srv\\a", "--open-files", "1");
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(file());
        for (String[] args : new String[][] {{"sim", "connect", "Y:", "\\\\srv\\b"}, {"cancel", "Z:", "--force"}, {"sim", "logon"}}) {
            assertOneLineStatusTwo(run(args), "read-only");
            assertArrayEquals(before, Files.readAllBytes(file()));
        }
        assertEquals(0, run("list").status(), "reading needs no write permission");
    }

    @Test
    void aMissingFolderIsNamedAsTheReason() {
        WnetTest.Run run = wnet("sim", "connect", "Z:", "\\\\srv\\a", "--state", dir.resolve("no-such-dir").resolve("s.json").toString());
        assertOneLineStatusTwo(run, "no such directory");
    }

    @Test
    void aFolderThatTakesNoNewFileIsNamedAsTheReason() throws IOException {
        assumePosix();
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root may write into any folder, so nothing is refused");
        run("sim", "connect", "Z:", "\\\\srv\\a");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertOneLineStatusTwo(run("sim", "connect", "Y:", "\\\\srv\\b"), "permission denied");
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void reasonsAreSaidInWords() {
        assertEquals("permission denied", StateStore.reason(new AccessDeniedException("/x/.s.json.wnet-1-1.tmp")));
        assertEquals("no such file or directory", StateStore.reason(new NoSuchFileException("/x")));
        assertEquals("no space left on device", StateStore.reason(new FileSystemException("/x", null, "No space left on device")));
    }

    @Test
    void temporaryFilesLeftByAKilledSaveAreRemovedAtTheNextSaveAndOnlyThose() throws IOException {
        run("sim", "connect", "Z:", "\\\\srv\\a");
        List<String> ours = List.of(".s.json.wnet-4242-7.tmp", ".s.json.123456789.tmp");
        List<String> notOurs = List.of("s.json.tmp", ".s.json.wnet-x.tmp", ".t.json.wnet-1-1.tmp", ".s.json.swp");
        for (String name : ours) {
            Files.writeString(dir.resolve(name), "{\"version\": 1, \"devi");
        }
        for (String name : notOurs) {
            Files.writeString(dir.resolve(name), "someone else's");
        }
        assertEquals(0, run("sim", "connect", "Y:", "\\\\srv\\b").status());
        for (String name : ours) {
            assertFalse(Files.exists(dir.resolve(name)), name);
        }
        for (String name : notOurs) {
            assertTrue(Files.exists(dir.resolve(name)), name);
        }
    }

    @Test
    void aCommandWaitsForTheLockAndGivesUpSayingWhy() throws Exception {
        run("sim", "connect", "Z:", "\\\\srv\\a");
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            try (StateStore.Locked l = StateStore.open(file(), StateStore.Access.UPDATE, 10_000)) {
                held.countDown();
                done.await();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        holder.start();
        held.await();
        try {
            StateFileException e = assertThrows(StateFileException.class,
                    () -> StateStore.open(file(), StateStore.Access.READ, 200).close());
            assertTrue(e.getMessage().contains("locked by another wnet command"), e.getMessage());
        } finally {
            done.countDown();
            holder.join();
        }
        StateStore.open(file(), StateStore.Access.READ, 200).close(); // free again
    }

    // ------------------------------------------------------------ huge or endless input

    @Test
    void aHugeSparseFileIsRefusedWithoutReadingIt() throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file().toFile(), "rw")) {
            f.setLength(3L << 30);
        }
        assertOneLineStatusTwo(run("list"), "4 MiB");
        assertOneLineStatusTwo(run("cancel", "Z:"), "4 MiB");
        assertEquals(3L << 30, Files.size(file()));
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // reading a FIFO would block forever
    void aFifoIsRefusedWithoutOpeningIt() throws Exception {
        assumePosix();
        Process mkfifo = new ProcessBuilder("mkfifo", file().toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is needed to make a FIFO");
        for (String[] args : new String[][] {{"list"}, {"cancel", "Z:"}, {"sim", "connect", "Z:", "\\\\srv\\a"}, {"sim", "logon"}}) {
            assertOneLineStatusTwo(run(args), "not a regular file");
        }
    }

    @Test
    void aDeviceOrFolderIsRefused() throws IOException {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "a character device is needed");
        assertOneLineStatusTwo(wnet("list", "--state", zero.toString()), "not a regular file");
        Files.createSymbolicLink(file(), zero);
        assertOneLineStatusTwo(run("cancel", "Z:"), "not a regular file");
        assertOneLineStatusTwo(wnet("list", "--state", dir.toString()), "not a regular file");
        assertOneLineStatusTwo(wnet("list", "--state", dir.getRoot().toString()), "not a regular file");
    }

    @Test
    void anErrorIsOneLineAndNeverStatusOne() {
        Writer failing = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) {
                throw new OutOfMemoryError("Java heap space (thrown by the test)");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        StringWriter err = new StringWriter();
        int status = Wnet.run(new String[] {"--help"}, new PrintWriter(failing, true), new PrintWriter(err, true));
        assertEquals(ExitCodes.USAGE, status);
        WnetTest.assertOneMessage(err.toString());
        assertTrue(WnetTest.unwrapped(err.toString()).contains("OutOfMemoryError"), err.toString());
    }

    // ------------------------------------------------------------ only connect creates a state file

    @Test
    void onlyConnectCreatesAStateFile() throws IOException {
        for (String[] args : new String[][] {{"cancel", "Z:"}, {"list"}, {"sim", "logon"}}) {
            assertOneLineStatusTwo(run(args), "does not exist");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "nothing created, not even a lock file");
        }
        assertEquals(0, run("sim", "connect", "Z:", "\\\\srv\\a").status());
        assertTrue(Files.isRegularFile(file()));
    }

    // ------------------------------------------------------------ arguments

    @Test
    void anArgumentTheLocaleCouldNotDecodeIsRefusedNamingTheLocale() {
        WnetTest.Run run = run("sim", "connect", "\\\\srv\\\uFFFD\uFFFD");
        assertOneLineStatusTwo(run, "U+FFFD", "sun.jnu.encoding=", "native.encoding=", "UTF-8");
        assertFalse(Files.exists(file()));
    }

    @Test
    void anAtFileIsANameAndNeverMoreOptions() throws IOException {
        run("sim", "connect", "Z:", "\\\\srv\\a", "--persistent", "--open-files", "2");
        Path args = Files.writeString(dir.resolve("args"), "Z: --force --update-profile\n");
        WnetTest.Run run = run("cancel", "@" + args);
        assertNotEquals(ExitCodes.OK, run.status(), run.out());
        JsonNode s = json();
        assertEquals("Z:", s.get("users").get(0).get("sessions").get(0).get("devices").get(0).get("device").asString(), "still connected");
        assertEquals("Z:", s.get("users").get(0).get("remembered").get(0).get("device").asString(), "still remembered");
    }

    // ------------------------------------------------------------ backends

    @Test
    void withoutStateOrANamedBackendCancelNeedsANativeOne() {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "on Windows a native backend may be usable");
        assumeTrue(System.getProperty("wnet4j.backend") == null, "-Dwnet4j.backend names a backend explicitly");
        WnetTest.Run run = wnet("cancel", "Z:");
        assertEquals(ExitCodes.NO_BACKEND, run.status(), run.out() + run.err());
        WnetTest.assertOneMessage(run.err());
        assertTrue(run.message().contains("no native backend is usable here") && run.message().contains("--state"), run.err());
        assertEquals(ExitCodes.NOT_CONNECTED, wnet("cancel", "Z:", "--backend", "fake").status(), "named, the fake is used");
    }

    @Test
    void anUnknownBackendIsOneLineAndStatusTwo() {
        WnetTest.Run run = wnet("cancel", "Z:", "--backend=nosuch");
        assertOneLineStatusTwo(run, "no backend is named 'nosuch'", "fake");
    }

    @Test
    void versionIsTheProjectsVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String parent = pom.substring(pom.indexOf("<parent>"), pom.indexOf("</parent>"));
        String version = parent.replaceAll("(?s).*<version>([^<]+)</version>.*", "$1");
        WnetTest.Run run = wnet("--version");
        assertEquals(0, run.status());
        assertEquals("wnet " + version + " (wnet4j)", run.out().strip());
    }

    private static void assumePosix() {
        assumeTrue(Path.of("").getFileSystem().supportedFileAttributeViews().contains("posix"), "needs POSIX file modes");
    }
}
