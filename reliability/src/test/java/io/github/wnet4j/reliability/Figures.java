package io.github.wnet4j.reliability;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures each reliability test measured, one JSON file per test class under
 * {@code target/reliability/}, printed as one table when the test run ends ({@link FiguresReport}).
 */
final class Figures {

    /** Where the figures go: the module's build folder (Surefire runs tests in the module's folder). */
    static final Path DIRECTORY = Path.of("target", "reliability");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One line of the table. */
    record Row(String area, String what, String figure) {
    }

    private final String file;
    private final List<Row> rows = new ArrayList<>();

    private Figures(String file) {
        this.file = file;
    }

    /** Figures for one test class, written to {@code target/reliability/<file>.json} by {@link #write()}. */
    static Figures of(String file) {
        return new Figures(file);
    }

    /** Adds a line. */
    Figures add(String area, String what, Object figure) {
        rows.add(new Row(area, what, String.valueOf(figure)));
        return this;
    }

    /** Writes the file, replacing what an earlier run of the same class wrote. */
    void write() {
        try {
            Files.createDirectories(DIRECTORY);
            Files.write(DIRECTORY.resolve(file + ".json"), JSON.writeValueAsBytes(rows));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the figures to " + DIRECTORY.resolve(file + ".json"), e);
        }
    }

    /** Every row written so far, file by file in name order. */
    static List<Row> readAll() {
        List<Row> all = new ArrayList<>();
        if (!Files.isDirectory(DIRECTORY)) {
            return all;
        }
        try (var files = Files.list(DIRECTORY)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                all.addAll(List.of(JSON.readValue(p.toFile(), Row[].class)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the figures in " + DIRECTORY, e);
        }
        return all;
    }

    /** Removes the figures of an earlier run, so the table shows only this run's. */
    static void clear() {
        if (!Files.isDirectory(DIRECTORY)) {
            return;
        }
        try (var files = Files.list(DIRECTORY)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the figures in " + DIRECTORY, e);
        }
    }
}
