package io.github.wnet4j.examples;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.fake.FakeLogonExtension;
import io.github.wnet4j.fake.FakeWNetModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's testing examples, run as tests; and a check that the README shows every example verbatim. */
class ReadmeExamplesTest {

    // README-JUNIT-BEGIN
    @RegisterExtension
    static final FakeLogonExtension fake = FakeLogonExtension.seeded(logon -> logon
                    .connectDevice("Z:", "\\\\fileserver\\deploy", c -> c.persistent().openFiles(2)))
            .failOnUnexpectedFailures()
            .expectFailure(ErrorCode.ERROR_OPEN_FILES);   // the code under test handles this one

    @Test
    void unmapsAndForgetsTheDeploymentDrive(FakeLogon logon, ConnectionCanceller canceller) {
        assertTrue(DriveCleanup.unmap(canceller, "Z:").isSuccess());
        assertFalse(logon.isConnected("Z:"));
        assertFalse(logon.isRemembered("Z:"));   // gone for good: not restored at the next logon
    }
    // README-JUNIT-END

    @Test
    void guiceSwapsTheFakeInOverProductionWiring() {
        // README-GUICE-BEGIN
        FakeLogon logon = FakeLogon.create().connectDevice("Z:", "\\\\fileserver\\deploy");
        Injector injector = Guice.createInjector(Modules.override(new AgentModule()).with(new FakeWNetModule(logon)));
        injector.getInstance(DeploymentAgent.class).cleanUp();
        assertFalse(logon.isConnected("Z:"));
        // README-GUICE-END
    }

    @Test
    void theReadmeShowsEveryExampleVerbatim() throws IOException {
        // The elevated installer's two examples are on the page the README links for several sessions, and
        // the look-then-cancel ones on docs/api.md.
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8)
                + Files.readString(Path.of("../docs/logon-sessions.md"), StandardCharsets.UTF_8)
                + Files.readString(Path.of("../docs/api.md"), StandardCharsets.UTF_8);
        Pattern block = Pattern.compile("// README-([A-Z]+)-BEGIN\\n(.*?)\\n\\s*// README-\\1-END", Pattern.DOTALL);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = block.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    found.add(m.group(1));
                    for (String line : m.group(2).lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
                        assertTrue(readme.contains(line), "README.md lacks this line of the " + m.group(1)
                                + " example in " + file + ": " + line);
                    }
                }
            }
        }
        assertTrue(found.containsAll(List.of("EXAMPLE", "JUNIT", "GUICE", "LOOK", "LOOKTEST", "ELEVATED", "ELEVATEDSTEP",
                        "CONNECT")),
                "examples found: " + found);
    }
}
