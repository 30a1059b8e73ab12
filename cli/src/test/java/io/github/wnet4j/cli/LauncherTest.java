package io.github.wnet4j.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code ./wnet} launcher's decisions: it builds the jar with the reactor's {@code package} of the
 * modules wnet needs (no C double, nothing installed into ~/.m2), only when the jar is missing or
 * older than a source it is made of, through the checkout's Maven Wrapper ({@code ./mvnw}), never a
 * {@code mvn} on PATH (the build needs Maven 3.9+, which the wrapper brings). Run on a copy of the script
 * in a skeleton checkout, with {@code ./mvnw} and {@code java} replaced by commands that record how they
 * were called, and a {@code mvn} on PATH that records and fails.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the launcher is a POSIX shell script")
class LauncherTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** The launcher's start-up flags for a short-lived JVM, before any archive flag and WNET_JAVA_OPTS. */
    private static final String TUNE = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData";
    private static final Instant LONG_AGO = Instant.now().minusSeconds(3600);

    @TempDir
    Path tmp;
    private Path repo;
    private Path bin;
    private Path log;

    /** The script's module list: {@code modules="..."}. */
    static Set<String> scriptModules() throws IOException {
        Matcher m = Pattern.compile("(?m)^modules=\"([^\"]*)\"").matcher(Files.readString(ROOT.resolve("wnet")));
        assertTrue(m.find(), "the launcher lists its modules in one line: modules=\"...\"");
        return new TreeSet<>(Arrays.asList(m.group(1).trim().split("\\s+")));
    }

    @BeforeEach
    void skeleton() throws IOException {
        repo = Files.createDirectories(tmp.resolve("repo"));
        Files.copy(ROOT.resolve("wnet"), repo.resolve("wnet"));
        Files.writeString(repo.resolve("pom.xml"), "<project/>");
        Set<String> modules = new TreeSet<>(scriptModules());
        modules.add("benchmarks");
        for (String module : modules) {
            Path src = Files.createDirectories(repo.resolve(module).resolve("src/main/java"));
            Files.writeString(repo.resolve(module).resolve("pom.xml"), "<project/>");
            Files.writeString(src.resolve("A.java"), "class A {}");
        }
        try (var files = Files.walk(repo)) {
            for (Path p : files.toList()) {
                Files.setLastModifiedTime(p, FileTime.from(LONG_AGO));
            }
        }
        bin = Files.createDirectories(tmp.resolve("bin"));
        log = tmp.resolve("calls.log");
        // The checkout's wrapper: records JAVA_HOME, and writes the build's JDK beside the jar as cli's pom
        // does: JAVA_HOME's (a fake JDK's folder is jdk-VERSION), else BUILT_ON, else 17.
        script(repo.resolve("mvnw"), "echo \"mvnw $* (in $PWD)\" >> \"$CALLS\"\n"
                + "echo \"JAVA_HOME=${JAVA_HOME:-}\" >> \"$CALLS\"\n"
                + "[ -n \"${MVN_FAILS:-}\" ] && { echo 'BUILD FAILURE' >&2; exit 1; }\n"
                + "mkdir -p cli/target && : > cli/target/wnet.jar\n"
                + "v=${BUILT_ON:-17}; [ -n \"${JAVA_HOME:-}\" ] && v=${JAVA_HOME##*/jdk-}\n"
                + "echo \"java.specification.version=${v%%.*}\" > cli/target/wnet-build.properties\n");
        // A Maven on PATH, as Debian's 3.8.7 is: the launcher must not use it.
        script(bin.resolve("mvn"), "echo \"mvn $* (in $PWD)\" >> \"$CALLS\"\nexit 1\n");
        script(bin.resolve("java"), "echo \"java $*\" >> \"$CALLS\"\n");
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Runs {@code ./wnet --version}; returns its exit status, stderr, and the calls it made since the last run. */
    private Result launch(String... env) throws Exception {
        return launchWith(bin, env);
    }

    /** Runs {@code ./wnet --version} with {@code path} first on PATH (where its {@code java} is). */
    private Result launchWith(Path path, String... env) throws Exception {
        Files.deleteIfExists(log);
        ProcessBuilder pb = new ProcessBuilder("sh", repo.resolve("wnet").toString(), "--version");
        pb.environment().put("PATH", path + ":" + bin + ":" + System.getenv("PATH"));
        pb.environment().put("CALLS", log.toString());
        for (int i = 0; i < env.length; i += 2) {
            pb.environment().put(env[i], env[i + 1]);
        }
        Process p = pb.start();
        p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        List<String> calls = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return new Result(p.exitValue(), err, calls);
    }

    record Result(int status, String err, List<String> calls) {
        List<String> builds() {
            return calls.stream().filter(c -> c.startsWith("mvnw ")).toList();
        }

        /** Calls of a {@code mvn} found on PATH. */
        List<String> pathMavens() {
            return calls.stream().filter(c -> c.startsWith("mvn ")).toList();
        }

        List<String> javas() {
            return calls.stream().filter(c -> c.startsWith("java ")).toList();
        }

        /** The last java call: the one that runs the user's command. */
        String run() {
            List<String> javas = javas();
            return javas.isEmpty() ? "" : javas.get(javas.size() - 1);
        }
    }

    private void touch(String relative) throws IOException {
        Files.setLastModifiedTime(repo.resolve(relative), FileTime.from(Instant.now().plusSeconds(60)));
    }

    @Test
    void buildsOnFirstUseWithTheReactorOnlyWhatWnetNeedsInstallingNothing() throws Exception {
        Result r = launch();
        assertEquals(0, r.status(), r.err());
        assertEquals(1, r.builds().size(), r.calls().toString());
        String build = r.builds().get(0);
        List<String> words = List.of(build.split(" "));
        assertEquals(List.of(), r.pathMavens(), "the checkout's ./mvnw builds, not a mvn on PATH");
        assertTrue(words.contains("package") && !words.contains("install") && !words.contains("deploy"), build);
        assertTrue(build.contains("-pl cli -am"), build);
        assertTrue(words.contains("-Dexec.skip=true"), "the C double (built by exec-maven-plugin) is skipped: " + build);
        assertTrue(build.endsWith("(in " + repo.toRealPath() + ")"), build);
        assertEquals("java " + TUNE + " -jar " + repo.toRealPath().resolve("cli/target/wnet.jar") + " --version", r.run());
    }

    @Test
    void rebuildsExactlyWhenASourceTheJarIsMadeOfIsNewer() throws Exception {
        assertEquals(1, launch().builds().size());
        Path jar = repo.resolve("cli/target/wnet.jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now()));
        assertEquals(List.of(), launch().builds(), "up to date");
        touch("benchmarks/src/main/java/A.java");
        assertEquals(List.of(), launch().builds(), "benchmarks is not part of wnet");
        for (String source : new String[] {"api/src/main/java/A.java", "backend-jnr/pom.xml", "pom.xml", "cli/src/main/java/A.java"}) {
            Files.setLastModifiedTime(jar, FileTime.from(Instant.now()));
            touch(source);
            assertEquals(1, launch().builds().size(), source + " is newer than the jar");
        }
    }

    @Test
    void aFailedBuildIsOneLineAndStatusTwoAndRunsNothing() throws Exception {
        Result r = launch("MVN_FAILS", "1");
        assertEquals(2, r.status());
        assertFalse(r.calls().stream().anyMatch(c -> c.startsWith("java ")), r.calls().toString());
        List<String> ours = r.err().lines().filter(l -> l.startsWith("wnet: ")).toList();
        assertEquals(2, ours.size(), r.err()); // "building ..." then "building ... failed; run ... to see why"
        assertTrue(ours.get(1).contains("failed") && ours.get(1).contains("'./mvnw -B -q ")
                && ours.get(1).contains("package -pl cli -am"), ours.get(1));
    }

    /**
     * A fake JDK of this feature version: {@code release} as a JDK has it, and a {@code java} that records
     * its calls, writes the archive a training run asks for (unless {@code TRAINING_FAILS} is set), and
     * makes the state file of a training {@code sim connect}.
     */
    private Path fakeJdk(String version) throws IOException {
        return fakeJdk(version, true);
    }

    /** {@link #fakeJdk(String)}, with a {@code javac} or without one (a JRE). */
    private Path fakeJdk(String version, boolean javac) throws IOException {
        Path home = Files.createDirectories(tmp.resolve((javac ? "jdk-" : "jre-") + version));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\nJAVA_RUNTIME_VERSION=\""
                + version + "+7-test\"\n");
        Path jdkBin = Files.createDirectories(home.resolve("bin"));
        script(jdkBin.resolve("java"), "printf '%s\\n' \"java $*\" >> \"$CALLS\"\n"
                + "dump=; for a in \"$@\"; do [ \"$a\" = -Xshare:dump ] && dump=1; done\n"
                + "for a in \"$@\"; do case \"$a\" in\n"
                + "  -XX:AOTCacheOutput=*|-XX:SharedArchiveFile=*)\n"
                + "    case \"$a\" in -XX:SharedArchiveFile=*) [ -n \"$dump\" ] || continue ;; esac\n"
                + "    [ -n \"${TRAINING_FAILS:-}\" ] && exit 1\n"
                + "    echo archive > \"${a#*=}\" ;;\n"
                + "esac; done\n");
        if (javac) {
            script(jdkBin.resolve("javac"), "exit 0\n");
        }
        return jdkBin;
    }

    private List<Path> archives() throws IOException {
        try (var files = Files.list(repo.resolve("cli/target"))) {
            return files.filter(f -> !f.getFileName().toString().equals("wnet.jar")
                    && !f.getFileName().toString().equals("wnet-build.properties")).sorted().toList();
        }
    }

    @Test
    void makesAnAppCdsArchiveBesideTheJarOnFirstUseAndUsesItAfter() throws Exception {
        Path jdk = fakeJdk("17.0.15");
        Result first = launchWith(jdk);
        assertEquals(0, first.status(), first.err());
        List<Path> made = archives();
        assertEquals(1, made.size(), "one archive, no temporary left: " + made);
        String name = made.get(0).getFileName().toString();
        assertEquals("wnet-17.0.15+7-test.jsa", name, "named by the JDK build (the release file's JAVA_RUNTIME_VERSION)");
        List<String> javas = first.javas();
        assertEquals(4, javas.size(), "a training connect, its list's class list, the dump, the command: " + javas);
        assertTrue(javas.get(0).contains(" sim connect Z: \\\\train\\share --state "), javas.get(0));
        assertTrue(javas.get(1).startsWith("java " + TUNE + " -XX:DumpLoadedClassList=") && javas.get(1).contains(" list --state "),
                javas.get(1));
        assertTrue(javas.get(2).startsWith("java " + TUNE + " -Xshare:dump -XX:SharedClassListFile=")
                && javas.get(2).endsWith(" -cp " + repo.toRealPath().resolve("cli/target/wnet.jar")), javas.get(2));
        String use = "java " + TUNE + " -XX:SharedArchiveFile=" + made.get(0).toRealPath() + " -Xshare:auto ";
        assertTrue(first.run().startsWith(use) && first.run().endsWith(" --version"), first.run());

        Result second = launchWith(jdk);
        assertEquals(List.of(second.run()), second.javas(), "no training once the archive is there");
        assertTrue(second.run().startsWith(use), second.run());
    }

    @Test
    void onJdk25AndLaterMakesAndUsesAnAotCache() throws Exception {
        Result r = launchWith(fakeJdk("25.0.3"));
        assertEquals(0, r.status(), r.err());
        List<Path> made = archives();
        assertEquals(1, made.size(), made.toString());
        assertEquals("wnet-25.0.3+7-test.aot", made.get(0).getFileName().toString());
        assertTrue(r.javas().get(1).startsWith("java " + TUNE + " -XX:AOTCacheOutput="), r.javas().toString());
        assertTrue(r.run().startsWith("java " + TUNE + " -XX:AOTCache=" + made.get(0).toRealPath() + " -Xlog:aot=off"), r.run());
    }

    @Test
    void rebuildsTheArchiveWhenTheJarIsNewerAndKeepsOnePerJdk() throws Exception {
        Path jdk17 = fakeJdk("17.0.15");
        launchWith(jdk17);
        Path archive = archives().get(0);
        Files.setLastModifiedTime(archive, FileTime.from(LONG_AGO));
        Files.setLastModifiedTime(repo.resolve("cli/target/wnet.jar"), FileTime.from(Instant.now()));
        Result rebuilt = launchWith(jdk17);
        assertEquals(4, rebuilt.javas().size(), "the jar changed: train again " + rebuilt.javas());
        assertTrue(Files.getLastModifiedTime(archive).toInstant().isAfter(LONG_AGO.plusSeconds(60)), "replaced");

        launchWith(fakeJdk("21.0.2"));
        assertEquals(2, archives().size(), "another JDK has its own archive: " + archives());
    }

    @Test
    void aFailedTrainingOrWnetCdsOffRunsWithoutAnArchive() throws Exception {
        Path jdk = fakeJdk("17.0.15");
        Result failed = launchWith(jdk, "TRAINING_FAILS", "1");
        assertEquals(0, failed.status(), failed.err());
        assertEquals(List.of(), archives(), "nothing half-made is left");
        assertEquals("java " + TUNE + " -jar " + repo.toRealPath().resolve("cli/target/wnet.jar") + " --version", failed.run());
        assertEquals(List.of(), failed.err().lines().filter(l -> !l.startsWith("wnet: building ")).toList(),
                "a failed training is not the user's problem");

        Result off = launchWith(jdk, "WNET_CDS", "off");
        assertEquals(List.of(off.run()), off.javas(), "no training");
        assertEquals("java " + TUNE + " -jar " + repo.toRealPath().resolve("cli/target/wnet.jar") + " --version", off.run());
        assertEquals(List.of(), archives());
    }

    /** Issue 23: a jar built on JDK 17 has no ffm backend; a JDK 22+ that runs ./wnet rebuilds it, with itself. */
    @Test
    void aJarBuiltOnJdk17IsRebuiltWithTheJdk22PlusThatRunsIt() throws Exception {
        Path jdk17 = fakeJdk("17.0.15");
        Result first = launchWith(jdk17);
        assertEquals(1, first.builds().size(), first.calls().toString());
        assertTrue(first.calls().contains("JAVA_HOME=" + jdk17.getParent().toRealPath()), "built with the JDK that runs it: " + first.calls());
        assertEquals(List.of(), launchWith(jdk17).builds(), "up to date for JDK 17");

        Path jdk25 = fakeJdk("25.0.3");
        Result moved = launchWith(jdk25);
        assertEquals(0, moved.status(), moved.err());
        assertEquals(1, moved.builds().size(), "JDK 25 could run ffm, which the JDK 17 build left out: " + moved.calls());
        assertTrue(moved.calls().contains("JAVA_HOME=" + jdk25.getParent().toRealPath()), moved.calls().toString());
        assertTrue(moved.err().contains("built on JDK 17, without the ffm backend; rebuilding it with JDK 25"), moved.err());
        assertEquals(List.of(), launchWith(jdk25).builds(), "built on 25 now");
        assertEquals(List.of(), launchWith(jdk17).builds(), "a JDK 25 build runs on 17 as it is (ffm unavailable there)");
    }

    @Test
    void aJreThatCouldRunFfmSaysWhatToDoAndRunsTheJarItHas() throws Exception {
        Path jdk17 = fakeJdk("17.0.15");
        launchWith(jdk17);
        Result jre = launchWith(fakeJdk("25.0.3", false), "WNET_CDS", "off");
        assertEquals(0, jre.status(), jre.err());
        assertEquals(List.of(), jre.builds(), "a JRE cannot build");
        List<String> said = jre.err().lines().toList();
        assertEquals(2, said.size(), jre.err());
        assertTrue(said.get(0).startsWith("wnet: ") && said.get(0).contains("built on JDK 17: it has no ffm backend"), jre.err());
        assertTrue(said.get(1).startsWith("  to add it, run ./wnet once with a JDK 22 or later"), jre.err());
        assertTrue(jre.run().endsWith(" --version"), "and runs the command: " + jre.calls());
    }

    /**
     * With this JVM (a real one): the archive is made and the command runs through it; an archive the JVM
     * cannot use (here: garbage, newer than the jar, so the launcher keeps it) is ignored without a word.
     */
    @Test
    void aRealJvmMakesTheArchiveAndIgnoresOneItCannotUse() throws Exception {
        Path jar = repo.resolve("cli/target/wnet.jar");
        tinyJar(jar);
        Path javaBin = Path.of(System.getProperty("java.home"), "bin");
        Result made = launchWith(javaBin);
        assertEquals(0, made.status(), made.err());
        List<Path> archives = archives();
        assertEquals(1, archives.size(), archives.toString());
        assertTrue(Files.size(archives.get(0)) > 0);

        Path archive = archives.get(0);
        archive.toFile().setWritable(true);
        Files.write(archive, new byte[] {'n', 'o', 't', ' ', 'a', 'n', ' ', 'a', 'r', 'c', 'h', 'i', 'v', 'e'});
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().plusSeconds(60)));
        ProcessBuilder pb = new ProcessBuilder("sh", repo.resolve("wnet").toString(), "--version");
        pb.environment().put("PATH", javaBin + ":" + bin + ":" + System.getenv("PATH"));
        pb.environment().put("CALLS", log.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        assertEquals("ran --version", out.strip());
        assertEquals("", err.strip(), "a mismatched archive is not worth a warning");
    }

    /** A runnable jar whose main prints "ran" and its arguments, standing in for wnet.jar. */
    private void tinyJar(Path jar) throws IOException {
        Path src = Files.createDirectories(tmp.resolve("tiny"));
        Files.writeString(src.resolve("Tiny.java"),
                "public class Tiny { public static void main(String[] a) { System.out.println(\"ran \" + String.join(\" \", a)); } }");
        Process javac = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "-d", src.toString(), src.resolve("Tiny.java").toString()).inheritIO().start();
        try {
            assertTrue(javac.waitFor(120, TimeUnit.SECONDS) && javac.exitValue() == 0, "compiling the stand-in main");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MAIN_CLASS, "Tiny");
        Files.createDirectories(jar.getParent());
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new java.util.jar.JarEntry("Tiny.class"));
            out.write(Files.readAllBytes(src.resolve("Tiny.class")));
            out.closeEntry();
        }
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now()));
    }

    /** The script's list is cli and its compile and runtime dependencies among this project's modules. */
    @Test
    void theModuleListIsWhatTheJarIsMadeOf() throws Exception {
        Map<String, String> moduleOf = new HashMap<>();
        for (Element m : children(parse(ROOT.resolve("pom.xml")).getDocumentElement(), "modules", "module")) {
            Document pom = parse(ROOT.resolve(m.getTextContent().trim()).resolve("pom.xml"));
            moduleOf.put(text(pom.getDocumentElement(), "artifactId"), m.getTextContent().trim());
        }
        Set<String> needed = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of("cli"));
        boolean direct = true;
        while (!todo.isEmpty()) {
            String module = todo.pop();
            if (!needed.add(module)) {
                continue;
            }
            for (Element d : children(parse(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement(), "dependencies", "dependency")) {
                String scope = text(d, "scope");
                boolean shipped = scope == null || scope.equals("compile") || scope.equals("runtime");
                boolean optional = "true".equals(text(d, "optional"));
                String dependency = moduleOf.get(text(d, "artifactId"));
                if (dependency != null && shipped && text(d, "type") == null && (direct || !optional)) {
                    todo.push(dependency);
                }
            }
            direct = false;
        }
        assertEquals(needed, scriptModules(), "update modules=\"...\" in ./wnet");
    }

    private static Document parse(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    }

    private static List<Element> children(Element root, String list, String item) {
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(list)) {
                NodeList items = e.getElementsByTagName(item);
                return java.util.stream.IntStream.range(0, items.getLength()).mapToObj(i -> (Element) items.item(i)).toList();
            }
        }
        return List.of();
    }

    private static String text(Element e, String child) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(child)) {
                return c.getTextContent().trim();
            }
        }
        return null;
    }
}
