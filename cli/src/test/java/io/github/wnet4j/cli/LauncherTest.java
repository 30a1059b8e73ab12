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
 * older than a source it is made of. Run on a copy of the script in a skeleton checkout, with
 * {@code mvn} and {@code java} replaced by commands that record how they were called.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the launcher is a POSIX shell script")
class LauncherTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
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
        script(bin.resolve("mvn"), "echo \"mvn $* (in $PWD)\" >> \"$CALLS\"\n"
                + "[ -n \"${MVN_FAILS:-}\" ] && { echo 'BUILD FAILURE' >&2; exit 1; }\n"
                + "mkdir -p cli/target && : > cli/target/wnet.jar\n");
        script(bin.resolve("java"), "echo \"java $*\" >> \"$CALLS\"\n");
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Runs {@code ./wnet --version}; returns its exit status, stderr, and the calls it made since the last run. */
    private Result launch(String... env) throws Exception {
        Files.deleteIfExists(log);
        ProcessBuilder pb = new ProcessBuilder("sh", repo.resolve("wnet").toString(), "--version");
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
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
            return calls.stream().filter(c -> c.startsWith("mvn ")).toList();
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
        assertTrue(words.contains("package") && !words.contains("install") && !words.contains("deploy"), build);
        assertTrue(build.contains("-pl cli -am"), build);
        assertTrue(words.contains("-Dexec.skip=true"), "the C double (built by exec-maven-plugin) is skipped: " + build);
        assertTrue(build.endsWith("(in " + repo.toRealPath() + ")"), build);
        assertEquals("java -jar " + repo.toRealPath().resolve("cli/target/wnet.jar") + " --version", r.calls().get(1));
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
        assertTrue(ours.get(1).contains("failed") && ours.get(1).contains("package -pl cli -am"), ours.get(1));
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
