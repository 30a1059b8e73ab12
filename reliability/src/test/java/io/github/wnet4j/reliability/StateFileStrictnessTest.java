package io.github.wnet4j.reliability;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * State files that are malformed in ways a lenient JSON reader lets through: duplicate keys, values of
 * the wrong type that could be coerced, trailing content. Each is run through a command that would
 * rewrite the file on success ({@code cancel Z: --force --update-profile}, Z: being connected in the
 * file): it must be refused in one message, exit status 2, and the file left byte for byte as it was.
 */
class StateFileStrictnessTest {

    static final String DEVICE = "{\"device\": \"Z:\", \"remoteName\": \"\\\\\\\\srv\\\\share\", \"openFiles\": 0, \"inUse\": false}";

    static String state(String device, String extra) {
        return "{\"version\": 3, \"users\": [{\"name\": \"default\", \"profile\": \"documented\", \"remembered\": [],"
                + " \"sessions\": [{\"name\": \"desktop\", \"devices\": [" + device + "], \"deviceless\": []}]}]" + extra + "}";
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("duplicate key, same value", state(DEVICE, ", \"version\": 3")),
                Arguments.of("duplicate key, conflicting value", state(DEVICE, ", \"users\": []")),
                Arguments.of("duplicate key inside an entry", state(DEVICE.replace("\"inUse\": false", "\"inUse\": false, \"inUse\": true"), "")),
                Arguments.of("string for a boolean", state(DEVICE.replace("\"inUse\": false", "\"inUse\": \"false\""), "")),
                Arguments.of("number for a boolean", state(DEVICE.replace("\"inUse\": false", "\"inUse\": 0"), "")),
                Arguments.of("fraction for a count", state(DEVICE.replace("\"openFiles\": 0", "\"openFiles\": 0.5"), "")),
                Arguments.of("string for a count", state(DEVICE.replace("\"openFiles\": 0", "\"openFiles\": \"0\""), "")),
                Arguments.of("string for the version", state(DEVICE, "").replace("\"version\": 3", "\"version\": \"3\"")),
                Arguments.of("trailing content", state(DEVICE, "") + " {}"),
                Arguments.of("trailing garbage", state(DEVICE, "") + " garbage"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void isRefusedAndLeftUnchanged(String what, String json, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("state.json");
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        Cli.Run run = Cli.wnet("cancel", "Z:", "--force", "--update-profile", "--state", file.toString());
        byte[] after = Files.readAllBytes(file);
        assertArrayEquals(bytes, after, what + ": the file was rewritten (exit " + run.status() + ", out: " + run.out().strip()
                + ") to:\n" + new String(after, StandardCharsets.UTF_8));
        Cli.assertRejected(run, file, what);
    }
}
