package io.github.wnet4j.jnr;

import io.github.wnet4j.nativetesting.MprDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Both native backends on a real module path, in a fresh JVM, calling the double: the api's
 * qualified export of its native-access package reaches them, neither exports its provider's
 * package, and jnr-ffi's generated classes (defined in an unnamed module) still see the function
 * interface. Tests otherwise run on the class path, where none of that is checked.
 */
class ModulePathTest {
    private static final String PROBE = """
            import io.github.wnet4j.WNet;
            import java.util.Set;
            public class Probe {
                public static void main(String[] args) {
                    WNet.diagnostics().forEach(System.out::println);
                    for (String name : new String[] {"jna", "jnr"}) {
                        System.out.println(name + ": " + WNet.named(name)
                                .cancelConnection2("Z:", Set.of(), false).code());
                    }
                    for (String m : new String[] {"io.github.wnet4j.jna", "io.github.wnet4j.jnr"}) {
                        System.out.println(m + " exports " + ModuleLayer.boot().findModule(m).orElseThrow()
                                .getDescriptor().exports());
                    }
                }
            }
            """;

    /** The class-path entries that are modules this test needs: wnet4j's api and backends and their libraries. */
    private static String modulePath() {
        List<String> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String n = Path.of(e).getFileName().toString();
            boolean wnet4j = e.contains("/api/target/") || e.contains("/native-common/target/") || e.contains("/backend-jna/target/") || e.contains("/backend-jnr/target/")
                    || n.startsWith("wnet4j-api") || n.startsWith("wnet4j-native-common") || n.startsWith("wnet4j-backend-jn");
            boolean library = n.startsWith("jna-") || n.startsWith("jnr-") || n.startsWith("jffi-") || n.startsWith("asm-");
            if ((wnet4j && !e.contains("test-classes")) || library) {
                entries.add(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    @Test
    void bothBackendsWorkOnTheModulePathAndExportNoProviderPackage(@TempDir Path dir) throws IOException, InterruptedException {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        Path probe = Files.writeString(dir.resolve("Probe.java"), PROBE);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-p", modulePath(),
                "--add-modules", "io.github.wnet4j,io.github.wnet4j.jna,io.github.wnet4j.jnr",
                "-D" + MprDouble.LIBRARY_PROPERTY + "=" + System.getProperty(MprDouble.LIBRARY_PROPERTY),
                probe.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the probe JVM did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("jna (priority 200): available"), out);
        assertTrue(out.contains("jnr (priority 100): available"), out);
        // Nothing is served by the double in that JVM: each call reached it and came back with 1222.
        assertTrue(out.contains("jna: 1222") && out.contains("jnr: 1222"), out);
        assertTrue(out.contains("io.github.wnet4j.jna exports []"), out);
        assertTrue(out.contains("io.github.wnet4j.jnr exports [io.github.wnet4j.jnr.functions]"), out);
    }
}
