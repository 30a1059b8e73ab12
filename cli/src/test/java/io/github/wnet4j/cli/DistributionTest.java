package io.github.wnet4j.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The distribution archive's launchers, checked by reading (the Windows one cannot run here): each
 * runs the jar the archive puts beside it, by the name the build gives it, passing every argument on.
 */
class DistributionTest {
    private static final Path DIST = Path.of("src", "dist");

    /** The runnable jar's file name in the archive: the shaded jar's name, placed beside the launchers. */
    private static String jarName() throws IOException {
        Matcher name = Pattern.compile("<runnable\\.jar\\.name>([^<]+)</runnable\\.jar\\.name>").matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(name.find(), "cli's pom names its runnable jar");
        String descriptor = Files.readString(Path.of("src", "assembly", "dist.xml"));
        String jar = name.group(1) + ".jar";
        assertTrue(descriptor.contains("<source>${project.build.directory}/" + jar + "</source>\n      <outputDirectory>.</outputDirectory>"),
                "the archive holds " + jar + " at its top, beside the launchers:\n" + descriptor);
        for (String file : List.of("src/dist/wnet</source>", "src/dist/wnet.cmd</source>", "../LICENSE</source>",
                "dist/completion</directory>", "dist/man</directory>")) {
            assertTrue(descriptor.contains(file), file);
        }
        return jar;
    }

    @Test
    void wnetCmdRunsTheJarBesideItWithEveryArgumentAndNoPosixPath() throws IOException {
        String cmd = Files.readString(DIST.resolve("wnet.cmd"));
        List<String> lines = List.of(cmd.split("\r\n", -1));
        assertEquals("", lines.get(lines.size() - 1), "every line ends in CRLF, as cmd.exe reads a batch file");
        assertFalse(cmd.replace("\r\n", "").contains("\n"), "no bare LF");
        assertEquals("@echo off", lines.get(0));
        List<String> runs = lines.stream().filter(l -> l.startsWith("java ")).toList();
        assertEquals(1, runs.size(), "one java command: " + cmd);
        String run = runs.get(0);
        assertTrue(run.contains(" -jar \"%~dp0" + jarName() + "\" "), "the jar beside the script, quoted (a folder may hold spaces): " + run);
        assertTrue(run.endsWith(" %*"), "every argument passed on as given: " + run);
        assertTrue(run.indexOf("%WNET_JAVA_OPTS%") < run.indexOf(" -jar "), "options for the JVM, not for wnet: " + run);
        assertFalse(cmd.contains("./") || cmd.replace("exit /b", "").contains("/") || cmd.contains("$"),
                "no POSIX path or variable (the only slash is cmd's switch /b): " + cmd);
        assertTrue(cmd.contains("exit /b %ERRORLEVEL%"), "wnet's exit status is the script's");
    }

    @Test
    @org.junit.jupiter.api.condition.DisabledOnOs(value = org.junit.jupiter.api.condition.OS.WINDOWS,
            disabledReason = "the launcher is a POSIX shell script")
    void thePosixLauncherRunsTheJarBesideItWithEveryArgument(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        String sh = Files.readString(DIST.resolve("wnet"));
        assertTrue(sh.startsWith("#!/usr/bin/env sh\n"), sh);
        assertFalse(sh.contains("mvn"), "the archive's launcher builds nothing");
        // Run from another folder, with a java that prints its arguments one a line.
        Path unpacked = Files.createDirectories(tmp.resolve("wnet4j cli"));
        Files.copy(DIST.resolve("wnet"), unpacked.resolve("wnet"));
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Files.writeString(bin.resolve("java"), "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        bin.resolve("java").toFile().setExecutable(true);
        ProcessBuilder pb = new ProcessBuilder("sh", unpacked.resolve("wnet").toString(), "cancel", "\\\\srv\\a b", "--force");
        pb.environment().put("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"));
        pb.directory(tmp.toFile());
        Process p = pb.start();
        List<String> args = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, p.waitFor());
        int jar = args.indexOf("-jar");
        assertTrue(jar > 0, args.toString());
        assertEquals(unpacked.resolve(jarName()).toString(), args.get(jar + 1), "the jar beside the script");
        assertEquals(List.of("cancel", "\\\\srv\\a b", "--force"), args.subList(jar + 2, args.size()), "every argument, as given");
    }
}
