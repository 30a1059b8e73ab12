package io.github.wnet4j.conformance;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JSON report of one profile's run, {@code <dir>/<backend>-<profile>.json}:
 * {@code {"backend", "profile", "clauses": [{"id", "title", "status", "reason"}]}}, clauses in suite
 * order. It is rewritten after every clause (to a temporary file, then moved over the report), so a
 * crashed run still leaves a valid report of the clauses that finished.
 */
final class ConformanceReport {
    /** A clause's result as the report spells it. */
    enum Status {
        PASSED, FAILED, SKIPPED;

        String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private record Entry(String id, String title, Status status, String reason) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path dir;
    private final String profile;
    private final List<Entry> entries = new ArrayList<>();
    private String backend;

    ConformanceReport(Path dir, String profile) {
        this.dir = dir;
        this.profile = profile;
    }

    /** The report's directory: the system property if set, otherwise {@code target/conformance}. */
    static Path directory() {
        return Path.of(System.getProperty(ConformanceKit.REPORT_DIR_PROPERTY, "target/conformance"));
    }

    /**
     * Names the backend, once: the first fixture's name, or the kit's fallback when no fixture could
     * be made. Later calls keep the first name, so one run writes one file.
     */
    synchronized void nameBackend(String name) {
        if (backend == null) {
            backend = name;
        }
    }

    synchronized void record(Clause clause, Status status, String reason) {
        entries.add(new Entry(clause.id(), clause.title(), status, reason));
        write();
    }

    /** Where this report is written; known once the backend is named. */
    synchronized Path file() {
        return dir.resolve(backend + "-" + profile + ".json");
    }

    private void write() {
        ObjectNode root = JSON.createObjectNode();
        root.put("backend", backend);
        root.put("profile", profile);
        ArrayNode clauses = root.putArray("clauses");
        for (Entry e : entries) {
            clauses.addObject()
                    .put("id", e.id())
                    .put("title", e.title())
                    .put("status", e.status().json())
                    .put("reason", e.reason());
        }
        Path target = file();
        try {
            Files.createDirectories(dir);
            // One writer per report (this object's lock), so a fixed temporary name is safe.
            Path temporary = dir.resolve(target.getFileName() + ".tmp");
            Files.writeString(temporary, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the conformance report " + target.toAbsolutePath()
                    + "; set -D" + ConformanceKit.REPORT_DIR_PROPERTY + " to a writable directory", e);
        }
    }
}
