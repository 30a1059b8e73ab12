package io.github.wnet4j.cli;

import io.github.wnet4j.Credentials;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Where a command's password comes from: standard input ({@code --password-stdin}) or an environment
 * variable the user names ({@code --password-env VAR}); never the command line, where other users and
 * the shell's history can read it. The password is read into a {@code char[]}, never a
 * {@link String} that {@code wnet} makes, and the caller clears it after the call.
 */
final class PasswordInput {
    /** A POSIX environment variable's name; anything else given to --password-env may be the password itself. */
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @Option(names = "--password-stdin",
            description = "Read the password from standard input: its first line, without the line break"
                    + " (an empty line is an empty password).")
    boolean stdin;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "Take the password from environment variable VAR (the JVM holds its own copy as a"
                    + " string; prefer --password-stdin).")
    String variable;

    /** {@return whether a password is to be read} */
    boolean given() {
        return stdin || variable != null;
    }

    /**
     * The password, or null when none is to be read; the caller clears the array.
     *
     * @throws Wnet.UserError if both sources are named, the variable is not set, or standard input ends
     *     before any line
     */
    char[] read(CommandSpec spec) {
        if (stdin && variable != null) {
            throw new Wnet.UserError("give the password one way: --password-stdin or --password-env " + variableName()
                    + ", not both");
        }
        if (variable != null) {
            String value = Wnet.environment(spec, variable);
            if (value == null) {
                throw new Wnet.UserError(VARIABLE_NAME.matcher(variable).matches()
                        ? "environment variable " + variable + " is not set: set it to the password, or use --password-stdin"
                        : "--password-env takes the name of an environment variable that holds the password (such as"
                        + " WNET_PASSWORD), not the password: set one and name it, or use --password-stdin");
            }
            return value.toCharArray();
        }
        return stdin ? firstLine(Wnet.stdin(spec)) : null;
    }

    /**
     * {@return the variable's name as a message may show it: only a well-formed name, since a user may
     * have given the password itself by mistake}
     */
    private String variableName() {
        return VARIABLE_NAME.matcher(variable).matches() ? variable : "VAR";
    }

    /**
     * {@return the credentials for an optional user and an optional password (each null for the
     * logon's own), or null when both are the logon's own}
     */
    static Credentials credentials(String user, char[] password) {
        if (user == null) {
            return password == null ? null : Credentials.password(password);
        }
        return password == null ? Credentials.user(user) : Credentials.of(user, password);
    }

    /** The first line of {@code in} as characters, without its line break; the partial buffers are cleared. */
    static char[] firstLine(InputStream in) {
        char[] buffer = new char[64];
        int length = 0;
        boolean ended = true;
        try {
            Reader reader = new InputStreamReader(in, charset()); // not closed: it would close standard input
            int c;
            while ((c = reader.read()) >= 0) {
                ended = false;
                if (c == '\n') {
                    break;
                }
                if (length == Credentials.MAX_LENGTH) {
                    throw new Wnet.UserError("the password on standard input is longer than " + Credentials.MAX_LENGTH
                            + " characters; Windows takes no longer one");
                }
                if (length == buffer.length) {
                    char[] larger = Arrays.copyOf(buffer, Math.min(buffer.length * 2, Credentials.MAX_LENGTH));
                    Arrays.fill(buffer, '\0');
                    buffer = larger;
                }
                buffer[length++] = (char) c;
            }
            if (ended) {
                throw new Wnet.UserError("--password-stdin found standard input empty: pipe the password in, for example"
                        + " with printf '%s\\n' \"$PASSWORD\" | wnet connect ...");
            }
            if (length > 0 && buffer[length - 1] == '\r') {
                length--;
            }
            return Arrays.copyOf(buffer, length);
        } catch (IOException e) {
            throw new Wnet.UserError("--password-stdin could not read standard input (" + e.getMessage() + ")");
        } finally {
            Arrays.fill(buffer, '\0');
        }
    }

    /** The charset of standard input: {@code stdin.encoding} (JDK 25), else the platform's native one. */
    private static Charset charset() {
        String name = System.getProperty("stdin.encoding", System.getProperty("native.encoding"));
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
