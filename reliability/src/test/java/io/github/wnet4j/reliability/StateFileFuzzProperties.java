package io.github.wnet4j.reliability;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static io.github.wnet4j.reliability.PropertyCheck.pick;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes the {@code wnet} command's state loader ({@code --state FILE}) through {@code Wnet.run}: a
 * valid state file (Z: always connected, so that {@code cancel Z:} would succeed and rewrite it) is
 * broken in one way (truncated, a byte flipped, a value of the wrong type, a huge number, deep
 * nesting, invalid UTF-8, a duplicate key, a null) and given to {@code list} or to
 * {@code cancel Z: --force --update-profile}. A malformed file gets exit status 2, one message on stderr
 * naming the file, no stack trace, and keeps its bytes. A flipped byte may leave the file valid: then
 * the command may succeed, but never with a stack trace, and whatever it wrote loads again.
 */
class StateFileFuzzProperties {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Path DIRECTORY = Path.of("target", "state-file-fuzz");
    static final int TRIES = 1000;
    private static final Map<Kind, AtomicLong> TRIED = new TreeMap<>();

    /** How a valid file is broken. */
    enum Kind { TRUNCATED, BYTE_FLIPPED, WRONG_TYPE, HUGE_NUMBER, DEEP_NESTING, INVALID_UTF8, DUPLICATE_KEY, NULL_VALUE }

    /** One way of breaking a file: the kind, and the random choices it needs. */
    record Mutation(Kind kind, double where, int choice, int size) {
        byte[] apply(String valid) {
            return switch (kind) {
                case TRUNCATED -> utf8(valid.substring(0, (int) (where * valid.lastIndexOf('}'))));
                case BYTE_FLIPPED -> flip(utf8(valid));
                case WRONG_TYPE -> utf8(wrongType(valid));
                case HUGE_NUMBER -> utf8(replaceValue(valid, pick(List.of("version", "openFiles")), pick(HUGE_NUMBERS)));
                case DEEP_NESTING -> utf8(replaceValue(valid, pick(FIELDS), nesting()));
                case INVALID_UTF8 -> invalidUtf8(valid);
                case DUPLICATE_KEY -> utf8(duplicateKey(valid));
                case NULL_VALUE -> utf8(choice % 9 == 0 ? "null"
                        : choice % 9 == 1 ? valid.replaceFirst("\"devices\" : \\[", "\"devices\" : [ null,")
                        : replaceValue(valid, pick(REQUIRED), "null"));
            };
        }

        private <T> T pick(List<T> from) {
            return from.get(Math.floorMod(choice, from.size()));
        }

        private byte[] flip(byte[] bytes) {
            int i = Math.min(bytes.length - 1, (int) (where * bytes.length));
            byte flipped = (byte) (bytes[i] ^ (1 + Math.floorMod(choice, 255)));
            bytes[i] = flipped;
            return bytes;
        }

        private String wrongType(String valid) {
            String field = pick(FIELDS);
            List<String> wrong = WRONG_TYPES.get(field);
            return replaceValue(valid, field, wrong.get(Math.floorMod(size, wrong.size())));
        }

        private String nesting() {
            int depth = 501 + size;
            boolean arrays = choice % 2 == 0;
            return (arrays ? "[" : "{\"a\":").repeat(depth) + "1" + (arrays ? "]" : "}").repeat(depth);
        }

        private byte[] invalidUtf8(String valid) {
            byte[] bad = pick(BAD_UTF8);
            int quote = valid.indexOf("\\\\\\\\srv"); // inside the first remote name
            byte[] before = utf8(valid.substring(0, quote));
            byte[] after = utf8(valid.substring(quote));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(before);
            out.writeBytes(bad);
            out.writeBytes(after);
            return out.toByteArray();
        }

        private String duplicateKey(String valid) {
            String field = pick(List.of("version", "users", "name", "sessions", "devices", "device", "openFiles", "inUse",
                    "remoteName"));
            int at = valid.indexOf("\"" + field + "\" : ");
            int end = valueEnd(valid, at + field.length() + 5);
            String member = valid.substring(at, end);
            return valid.substring(0, end) + ", " + member + valid.substring(end);
        }

        private static byte[] utf8(String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return kind + "(where " + where + ", choice " + choice + ", size " + size + ")";
        }
    }

    static final List<String> FIELDS = List.of("version", "users", "name", "profile", "remembered", "sessions", "devices",
            "deviceless", "device", "remoteName", "openFiles", "inUse");
    static final List<String> REQUIRED = List.of("version", "name", "device", "remoteName", "openFiles", "inUse");
    /**
     * Values of the wrong type for each member. Some could be coerced by a lenient reader (a string
     * "true" for a boolean, 0 for a boolean, a fraction or a numeric string for a count); they are wrong
     * all the same, and a file holding them is not the file the command would write.
     */
    static final Map<String, List<String>> WRONG_TYPES = Map.ofEntries(
            Map.entry("version", List.of("\"one\"", "[]", "{}", "true", "\"3\"", "3.0")),
            Map.entry("users", List.of("{}", "\"default\"", "7", "true")),
            Map.entry("name", List.of("[]", "{}", "7", "true")),
            Map.entry("sessions", List.of("{}", "\"desktop\"", "7")),
            Map.entry("profile", List.of("[]", "{}", "[\"documented\"]")),
            Map.entry("devices", List.of("\"Z:\"", "{}", "7", "true")),
            Map.entry("deviceless", List.of("\"\\\\\\\\srv\\\\share\"", "{}", "7")),
            Map.entry("remembered", List.of("{}", "\"V:\"", "false")),
            Map.entry("device", List.of("[]", "{}", "[\"Z:\"]")),
            Map.entry("remoteName", List.of("[]", "{}")),
            Map.entry("openFiles", List.of("\"many\"", "[]", "{}", "\"1\"", "1.5", "true")),
            Map.entry("inUse", List.of("\"no\"", "[]", "{}", "\"false\"", "0")));
    static final List<String> HUGE_NUMBERS = List.of("99999999999999999999999", "1e400", "-1e400", "2147483648", "-2147483649",
            "4294967297", "1" + "0".repeat(5000), "-1", "-2147483648", "1e10", "0.000001");
    static final List<byte[]> BAD_UTF8 = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3, 0x28},
            new byte[] {(byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82});

    /** Replaces the value of the first member named {@code field} (pretty-printed as {@code "field" : value}). */
    static String replaceValue(String json, String field, String replacement) {
        int at = json.indexOf("\"" + field + "\" : ");
        if (at < 0) {
            throw new IllegalStateException("no member " + field + " in " + json);
        }
        int start = at + field.length() + 5;
        return json.substring(0, start) + replacement + json.substring(valueEnd(json, start));
    }

    /** Where the JSON value starting at {@code start} ends. */
    static int valueEnd(String json, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                    if (depth == 0) {
                        return i + 1;
                    }
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            } else if (depth == 0 && (c == ',' || c == '\n')) {
                return i;
            }
        }
        return json.length();
    }

    /**
     * A valid state file (version 3, one user's desktop session): Z: connected and remembered with a file
     * open, a few more connections (a persistent one remembered too), one remembered entry alone.
     */
    record ValidState(String profile, List<Map<String, Object>> devices, List<Map<String, Object>> deviceless, String remembered) {
        String json() {
            List<Map<String, Object>> all = new ArrayList<>();
            List<Map<String, Object>> rememberedEntries = new ArrayList<>();
            all.add(entry("device", "Z:", "remoteName", "\\\\srv\\share", "openFiles", 1, "inUse", false));
            rememberedEntries.add(entry("device", "Z:", "remoteName", "\\\\srv\\share"));
            for (Map<String, Object> d : devices) {
                Map<String, Object> device = new LinkedHashMap<>(d);
                if (Boolean.TRUE.equals(device.remove("persistent"))) {
                    rememberedEntries.add(entry("device", device.get("device"), "remoteName", device.get("remoteName")));
                }
                all.add(device);
            }
            rememberedEntries.add(entry("device", "V:", "remoteName", remembered));
            Map<String, Object> desktop = entry("name", "desktop", "devices", all, "deviceless", deviceless);
            Map<String, Object> user = entry("name", "default", "profile", profile, "remembered", rememberedEntries,
                    "sessions", List.of(desktop));
            return JSON.writeValueAsString(entry("version", 3, "users", List.of(user)));
        }

        /** The same file with one optional connection fewer. */
        List<ValidState> simpler() {
            List<ValidState> out = new ArrayList<>();
            for (int i = 0; i < devices.size(); i++) {
                List<Map<String, Object>> fewer = new ArrayList<>(devices);
                fewer.remove(i);
                out.add(new ValidState(profile, fewer, deviceless, remembered));
            }
            for (int i = 0; i < deviceless.size(); i++) {
                List<Map<String, Object>> fewer = new ArrayList<>(deviceless);
                fewer.remove(i);
                out.add(new ValidState(profile, devices, fewer, remembered));
            }
            return out;
        }
    }

    /** One case: a valid file, how it is broken, and which command reads it. */
    record Case(ValidState valid, Mutation mutation, boolean cancel) {
        @Override
        public String toString() {
            return mutation + (cancel ? " then cancel Z:" : " then list") + " on " + valid.json();
        }
    }

    static final List<String> REMOTES = List.of("\\\\srv\\share", "\\\\srv\\data", "\\\\sërver\\共有", "\\\\host\\print");

    static ValidState validState(SplittableRandom r) {
        List<Map<String, Object>> devices = new ArrayList<>();
        List<String> free = new ArrayList<>(List.of("Y:", "X:", "LPT1:", "W:"));
        for (int i = r.nextInt(4); i > 0; i--) {
            String device = free.remove(r.nextInt(free.size()));
            devices.add(entry("device", device, "remoteName", pick(r, REMOTES), "persistent", r.nextBoolean(),
                    "openFiles", r.nextInt(4), "inUse", r.nextBoolean()));
        }
        List<Map<String, Object>> deviceless = new ArrayList<>();
        List<String> remotes = new ArrayList<>(REMOTES);
        for (int i = r.nextInt(3); i > 0; i--) {
            deviceless.add(entry("remoteName", remotes.remove(r.nextInt(remotes.size())), "openFiles", r.nextInt(3),
                    "inUse", r.nextBoolean()));
        }
        return new ValidState(pick(r, List.of("documented", "legacy-documentation", "force-overrides-in-use")), devices,
                deviceless, pick(r, REMOTES));
    }

    static Mutation mutation(SplittableRandom r) {
        return new Mutation(pick(r, List.of(Kind.values())), r.nextInt(1000) / 1000.0, r.nextInt(1001), r.nextInt(20_001));
    }

    @Test
    void aMalformedStateFileIsRefusedInOneLineAndNeverOverwritten() {
        PropertyCheck.of("broken state files", r -> new Case(validState(r), mutation(r), r.nextBoolean()),
                        c -> c.valid().simpler().stream().map(v -> new Case(v, c.mutation(), c.cancel())).toList())
                .run(TRIES, c -> {
                    try {
                        check(c.valid().json(), c.mutation(), c.cancel());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static void check(String valid, Mutation mutation, boolean cancel) throws IOException {
        Files.createDirectories(DIRECTORY);
        Path file = Files.createTempFile(DIRECTORY, "state", ".json");
        try {
            Path validFile = file.resolveSibling(file.getFileName() + ".valid");
            Files.writeString(validFile, valid);
            assertEquals(0, Cli.wnet("list", "--state", validFile.toString()).status(), "the unbroken file is valid: " + valid);
            Files.delete(validFile);

            byte[] bytes = mutation.apply(valid);
            Files.write(file, bytes);
            Cli.Run run = cancel ? Cli.wnet("cancel", "Z:", "--force", "--update-profile", "--state", file.toString())
                    : Cli.wnet("list", "--state", file.toString());
            byte[] after = Files.readAllBytes(file);
            String what = mutation + (cancel ? " then cancel Z:" : " then list") + " on\n" + new String(bytes, StandardCharsets.UTF_8);
            if (mutation.kind() == Kind.BYTE_FLIPPED && run.status() != 2) {
                // The flip left a valid file: fine, as long as nothing broke and what was written loads again.
                assertTrue(Set.of(0, 1, 3, 4, 5).contains(run.status()), what + ": exit " + run.status() + " " + run.err());
                assertEquals("", run.err(), what + ": stderr");
                assertEquals(0, Cli.wnet("list", "--state", file.toString()).status(), what + ": the file loads again");
            } else {
                assertArrayEquals(bytes, after, what + ": the malformed file was rewritten (exit " + run.status() + ")");
                Cli.assertRejected(run, file, what);
            }
            synchronized (TRIED) {
                TRIED.computeIfAbsent(mutation.kind(), k -> new AtomicLong()).incrementAndGet();
            }
        } finally {
            try (Stream<Path> left = Files.list(DIRECTORY)) {
                for (Path p : left.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static Map<String, Object> entry(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    @AfterAll
    static void writeFigures() {
        StringBuilder counts = new StringBuilder();
        long total = 0;
        synchronized (TRIED) {
            for (Kind k : Kind.values()) {
                long n = TRIED.containsKey(k) ? TRIED.get(k).get() : 0;
                counts.append(counts.length() == 0 ? "" : " / ").append(n);
                total += n;
            }
        }
        Figures.of("6-state-file-fuzz")
                .add("state file fuzz", "broken state files through wnet list / cancel", total)
                .add("state file fuzz", "by kind: truncated/flipped/wrong type/huge/deep/bad UTF-8/dup key/null", counts)
                .write();
    }
}
