package io.github.wnet4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes what the distribution archive carries besides the jar, from wnet's own command model, so
 * they never drift from it: the bash completion script picocli's {@code AutoComplete} generates
 * (zsh runs it through its bash completion layer), and one AsciiDoc man page per command from
 * picocli-codegen's {@code ManPageGenerator}, which the build turns into troff. Run by the build
 * (cli's pom, exec-maven-plugin at prepare-package, on the class path), not by the tests, and not
 * part of wnet's jar. Both are called by reflection: compiled into wnet's module, whose package
 * {@code picocli} holds only {@code CommandLine}, this class cannot name the picocli jar's others.
 */
final class DistributionFiles {
    private DistributionFiles() {
    }

    /**
     * Writes {@code completion/wnet.bash} under {@code args[0]} and the AsciiDoc man pages into {@code args[1]}.
     *
     * @param args the completion folder's parent and the man pages' folder
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        CommandLine wnet = new CommandLine(new Wnet());
        Wnet.addSubcommands(wnet, new String[0]);
        Path completion = Files.createDirectories(Path.of(args[0], "completion"));
        String bash = (String) call("picocli.AutoComplete", "bash", new Class<?>[] {String.class, CommandLine.class}, "wnet", wnet);
        Files.writeString(completion.resolve("wnet.bash"), bash, StandardCharsets.UTF_8);
        Files.writeString(completion.resolve("wnet.zsh"), "# zsh completion for wnet: the bash script picocli generates,"
                + " run through zsh's bash completion layer.\n"
                + "autoload -U +X compinit && compinit\n"
                + "autoload -U +X bashcompinit && bashcompinit\n"
                + "source \"${0:A:h}/wnet.bash\"\n", StandardCharsets.UTF_8);
        File pages = Files.createDirectories(Path.of(args[1])).toFile();
        Object status = call("picocli.codegen.docgen.manpage.ManPageGenerator", "generateManPage",
                new Class<?>[] {File.class, File.class, boolean[].class, boolean.class, CommandSpec[].class},
                pages, null, new boolean[0], true, new CommandSpec[] {wnet.getCommandSpec()});
        if (!Integer.valueOf(0).equals(status)) {
            throw new IOException("ManPageGenerator failed with status " + status);
        }
    }

    private static Object call(String className, String method, Class<?>[] types, Object... args) throws IOException {
        try {
            return Class.forName(className).getMethod(method, types).invoke(null, args);
        } catch (InvocationTargetException e) {
            throw new IOException(className + "." + method + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IOException(className + "." + method + " is not on the class path: " + e, e);
        }
    }
}
