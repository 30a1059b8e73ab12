package io.github.wnet4j.benchmarks;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Turns what run.sh measured into the one table issue 5 asks for: each figure (a median), its
 * baseline from the same run, the ratio, the target, and whether it is met. Reads, from the
 * directory given as the only argument, JMH's JSON results ({@code native.json}, {@code fake-1.json},
 * {@code fake-2.json}, {@code fresh.json}, and the connect rows' files, {@link ConnectRows}) and {@code figures.properties} (C floor, retained size,
 * cold-start times, machine); prints the table and writes it to {@code performance.md} there.
 */
public final class Report {

    private static final String PKG = "io.github.wnet4j.benchmarks.";

    private final Path dir;
    private final Properties figures = new Properties();
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<String> rows = new ArrayList<>();
    private int missed;

    private Report(Path dir) throws IOException {
        this.dir = dir;
        try (Reader in = Files.newBufferedReader(dir.resolve("figures.properties"))) {
            figures.load(in);
        }
    }

    /** Prints the table and writes {@code performance.md}; exits 0 whether targets are met or not. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Report <directory with run.sh's results>");
            System.exit(2);
        }
        Report report = new Report(Path.of(args[0]));
        String table = report.table();
        System.out.print(table);
        Files.writeString(report.dir.resolve("performance.md"), table);
    }

    private String table() {
        for (String backend : List.of("jna", "jnr")) {
            String bare = backend.equals("jna") ? "bareJna" : "bareJnr";
            String binding = backend.equals("jna") ? "bare JNA binding" : "bare JNR binding";
            for (String path : List.of("success", "extendedError")) {
                String label = path.equals("success") ? "success" : "ERROR_EXTENDED_ERROR";
                double lib = nativeNs(backend, path);
                double base = nativeNs(bare, path);
                ratioRow("cancel through " + backend.toUpperCase(Locale.ROOT) + ", " + label + " (ns/call)", lib,
                        binding, base, 1.25);
            }
        }
        for (String bare : List.of("bareJna", "bareJnr")) {
            for (String path : List.of("success", "extendedError")) {
                double floor = number("floor." + path);
                double base = nativeNs(bare, path);
                infoRow((bare.equals("bareJna") ? "bare JNA binding" : "bare JNR binding") + ", "
                                + (path.equals("success") ? "success" : "ERROR_EXTENDED_ERROR") + " (ns/call)",
                        base, "the double called from C (floor)", floor);
            }
        }
        for (String path : List.of("success", "extendedError")) {
            double lib = nativeNs("jna", path);
            String label = path.equals("success") ? "success" : "ERROR_EXTENDED_ERROR";
            infoRow("bare JNA, name encoded per call through a Memory view, as backend-jna does, " + label + " (ns/call)",
                    nativeNs("bareJnaEncodingThroughView", path), "cancel through JNA", lib);
            infoRow("bare JNA, name encoded per call with Memory.write, no view, " + label + " (ns/call)",
                    nativeNs("bareJnaEncodingWithWrite", path), "cancel through JNA", lib);
        }
        boolean ffm = Files.exists(dir.resolve("ffm.json"));
        if (ffm) {
            // Each issue-14 target is judged over the double that lets its question be answered; the
            // other double's figure is beside it as context. Against the bare downcall: with the Java
            // model answering, as every other native row here. Against JNA: with the double answering
            // in C, because the Java model's callback (about 1.2 us through JNA) is most of every
            // call otherwise, and even a bare FFM downcall is then no cheaper than 0.6x JNA.
            for (String path : List.of("success", "extendedError")) {
                String label = path.equals("success") ? "success" : "ERROR_EXTENDED_ERROR";
                ratioRow("cancel through FFM, " + label + ", the double's Java model answering (ns/call)",
                        ffmNs("ffm", path, "javaModel"), "bare FFM binding, same double", ffmNs("bareFfm", path, "javaModel"), 1.05);
                ratioRow("cancel through FFM, " + label + ", the double answering in C, against JNA (ns/call)",
                        ffmNs("ffm", path, "c"), "cancel through JNA, same JVM and double", ffmNs("jna", path, "c"), 0.6);
                infoRow("cancel through FFM, " + label + ", the double answering in C (ns/call)", ffmNs("ffm", path, "c"),
                        "bare FFM binding, same double", ffmNs("bareFfm", path, "c"));
                infoRow("cancel through FFM, " + label + ", the double's Java model answering, against JNA (ns/call)",
                        ffmNs("ffm", path, "javaModel"), "cancel through JNA, same JVM and double", ffmNs("jna", path, "javaModel"));
            }
        }
        virtualThreadMemoryRows();
        ConnectRows.add(this, dir);
        for (String read : List.of("getConnection", "connections", "universalName", "remoteNameInfo")) {
            for (String backend : List.of("jna", "jnr")) {
                String bare = backend.equals("jna") ? "bareJna" : "bareJnr";
                ratioRow("read through " + backend.toUpperCase(Locale.ROOT) + ", " + read
                                + (read.equals("connections") ? " of 26 drives + 26 deviceless" : "") + " (ns/call)",
                        readNs(backend, read), (backend.equals("jna") ? "bare JNA" : "bare JNR") + " binding, same arguments",
                        readNs(bare, read), 1.25);
            }
        }
        infoRow("fake: connections() of 26 drives + 26 deviceless (ns/call)",
                median("fake-read.json", "FakeEnumerationBenchmark.enumerate52", null), "snapshot() of the same logon",
                median("fake-read.json", "FakeEnumerationBenchmark.snapshot52", null));
        double map1 = 1000 / median("fake-1.json", "FakeCancelBenchmark.concurrentHashMapPutRemove", null);
        for (String path : List.of("Success", "Failure")) {
            String method = "FakeCancelBenchmark.cancel" + path;
            double one = median("fake-1.json", method, null);
            double two = median("fake-2.json", method, null);
            String what = path.equals("Success") ? "seed + cancel, NO_ERROR" : "cancel, ERROR_OPEN_FILES";
            ratioRow("fake: " + what + ", 1 thread (ns/op)", 1000 / one, "ConcurrentHashMap put + remove", map1, 4);
            double ownOne = median("fake-1.json", "FakeCancelBenchmark.ownLogonCancel" + path, null);
            double ownTwo = median("fake-2.json", "FakeCancelBenchmark.ownLogonCancel" + path, null);
            minimumRow("fake: " + what + ", 2 threads, a logon each (ops/us)", ownTwo, "same, 1 thread", ownOne, 1.8);
            // Context only: a logon's state is under one lock, so two threads on one logon take turns.
            infoRow("fake: " + what + ", 2 threads, one shared logon, own devices (ops/us)", two, "same, 1 thread", one);
        }
        for (String control : List.of("controlNoSharing", "sharedCounterIncrement", "concurrentHashMapPutRemove")) {
            String method = "FakeCancelBenchmark." + control;
            double one = median("fake-1.json", method, null);
            double two = median("fake-2.json", method, null);
            rows.add("| " + switch (control) {
                case "controlNoSharing" -> "control: CPU work sharing nothing, 2 threads (ops/us)";
                case "sharedCounterIncrement" -> "one shared counter increment (a journal number), 2 threads (ops/us)";
                default -> "ConcurrentHashMap put + remove, 2 threads, own keys (ops/us)";
            }
                    + " | " + fmt(two) + " | same, 1 thread: " + fmt(one) + " | " + fmt(two / one)
                    + "x | (context: what 2 threads could gain here) | - |");
        }
        double fresh = median("fresh.json", "FreshFakeBenchmark.createAndSeedThreeDevices", null);
        addRow("fresh fake: create + seed 3 devices (ns)", fmt(fresh), "-", "-", "< 2000 ns", fresh < 2000);
        double retained = number("retained.total");
        addRow("fresh fake with 3 devices: retained (bytes, JOL)", fmt(retained),
                "own (not shared with another logon): " + fmt(number("retained.own")), "-", "< 4096 B", retained < 4096);
        double print = coldMs("print");
        diffRow("cold start: discover + cancel, fake (ms)", coldMs("fake"), "JVM that prints and exits", print, 40);
        diffRow("cold start: discover + cancel, jna (ms)", coldMs("jna"), "bare JNA binding, same call", coldMs("bareJna"), 15);
        diffRow("cold start: discover + cancel, jnr (ms)", coldMs("jnr"), "bare JNR binding, same call", coldMs("bareJnr"), 15);
        infoRow("cold start: bare JNA binding (ms)", coldMs("bareJna"), "JVM that prints and exits", print);
        infoRow("cold start: bare JNR binding (ms)", coldMs("bareJnr"), "JVM that prints and exits", print);
        if (ffm) {
            ratioRow("cold start: discover + cancel, ffm (ms)", coldMs("ffm"), "discover + cancel, jna", coldMs("jna"), 1.0);
            infoRow("cold start: bare FFM binding (ms)", coldMs("bareFfm"), "JVM that prints and exits", print);
        }
        wnetRows("", print);
        if (figures.containsKey("cold.print25")) { // run.sh leaves JDK 25 out where it is absent
            wnetRows("25", coldMs("print25"));
        }
        if (figures.containsKey("cold.print17")) { // only when this run's JDK is not 17
            wnetRows("17", coldMs("print17"));
        }

        StringBuilder out = new StringBuilder();
        out.append("| figure | median | baseline (median) | ratio | target | met? |\n");
        out.append("|---|---:|---|---:|---|---|\n");
        rows.forEach(r -> out.append(r).append('\n'));
        out.append('\n').append(nativeAllocation());
        out.append('\n').append(phases());
        out.append('\n').append("Machine: ").append(figures.getProperty("machine", "?")).append('\n');
        out.append("Load average before / after: ").append(figures.getProperty("load.before", "?")).append(" / ")
                .append(figures.getProperty("load.after", "?")).append('\n');
        out.append("Load average at the fake's 1-thread run, its 2-thread run, and after: ")
                .append(figures.getProperty("load.fake-1", "?")).append(" / ").append(figures.getProperty("load.fake-2", "?"))
                .append(" / ").append(figures.getProperty("load.fake-end", "?")).append('\n');
        out.append(missed == 0 ? "Every target met.\n" : missed + " target(s) missed.\n");
        return out.toString();
    }

    /** What each native way in allocates per call, and the GC time over the whole run (JMH's gc profiler). */
    private String nativeAllocation() {
        StringBuilder t = new StringBuilder("Native calls: heap allocated per call and GC time over each benchmark's"
                + " measured iterations (JMH -prof gc)\n\n| way in | path | bytes/call | GC ms |\n|---|---|---:|---:|\n");
        List<JsonNode> results = new ArrayList<>();
        json.readTree(dir.resolve("native.json").toFile()).values().forEach(results::add);
        if (Files.exists(dir.resolve("ffm.json"))) {
            // The FFM run's own JNA row measures what native.json's does; only its FFM ways are added.
            json.readTree(dir.resolve("ffm.json").toFile()).values().forEach(r -> {
                if (!r.path("benchmark").asString().endsWith(".jna")) {
                    results.add(r);
                }
            });
        }
        for (JsonNode result : results) {
            String way = result.path("benchmark").asString().replace(PKG + "NativeCancelBenchmark.", "")
                    .replace(PKG + "FfmCancelBenchmark.", "");
            JsonNode gc = result.path("secondaryMetrics");
            JsonNode params = result.path("params");
            t.append("| ").append(way).append(" | ").append(params.path("path").asString())
                    .append(params.has("answeredBy") ? ", answered by " + params.path("answeredBy").asString() : "")
                    .append(" | ").append(fmt(gc.path("gc.alloc.rate.norm").path("score").asDouble()))
                    .append(" | ").append(fmt(gc.has("gc.time") ? gc.path("gc.time").path("score").asDouble() : 0)) // absent: no GC
                    .append(" |\n");
        }
        return t.toString();
    }

    /** The second table: each step of a cold start through the library, timed inside the fresh JVM. */
    private String phases() {
        List<String> phases = List.of("jdk.logging", "jdk.lambda", "discovery", "first.cancel");
        StringBuilder t = new StringBuilder("Where a cold start's time goes (ms, medians; steps timed inside the JVM,"
                + " after it reached main): System.getLogger's first use, the first lambda, then discovery (finding the providers and choosing one, one public step),"
                + " then the first cancel\n\n");
        t.append("| backend | ").append(String.join(" | ", phases)).append(" | sum |\n");
        t.append("|---|").append("---:|".repeat(phases.size() + 1)).append('\n');
        for (String backend : List.of("fake", "jna", "jnr", "ffm")) {
            if (figures.getProperty("phase." + backend + ".discovery") == null) {
                continue; // ffm where the JDK has no FFM
            }
            t.append("| ").append(backend);
            double sum = 0;
            for (String phase : phases) {
                String raw = figures.getProperty("phase." + backend + "." + phase);
                double ms = raw == null ? Double.NaN
                        : median(Arrays.stream(raw.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray());
                sum += ms;
                t.append(" | ").append(fmt(ms));
            }
            t.append(" | ").append(fmt(sum)).append(" |\n");
        }
        return t.toString();
    }

    // ---------------------------------------------------------------- rows

    /** The wnet command through ./wnet (start-up goal: <= 4x a print-and-exit JVM of the same JDK). */
    private void wnetRows(String jdk, double print) {
        String on = jdk.isEmpty() ? "this run's JDK" : "JDK " + jdk;
        String baseline = "JVM that prints and exits, " + on;
        ratioRow("cold start: wnet list --state F, " + on + " (ms)", coldMs("wnetList" + jdk), baseline, print, 4);
        ratioRow("cold start: wnet --version, " + on + " (ms)", coldMs("wnetVersion" + jdk), baseline, print, 4);
        if (jdk.isEmpty()) {
            infoRow("cold start: wnet list --state F, WNET_CDS=off (no archive), " + on + " (ms)",
                    coldMs("wnetListNoCds"), baseline, print);
        }
    }

    /**
     * reliability's VirtualThreadNativeMemoryTest as run.sh runs it: malloc's bytes above a baseline
     * taken in the same JVM, while and after the virtual threads each take one extended error.
     */
    private void virtualThreadMemoryRows() {
        if (!figures.containsKey("vtmem.threads")) {
            rows.add("| native memory, virtual threads | (not measured: the test was skipped, see vtmem.log) | - | - | <= 16 MiB | - |");
            return;
        }
        double bound = number("vtmem.bound");
        for (String backend : List.of("jna", "jnr", "ffm")) {
            String key = "vtmem." + backend + ".";
            if (!figures.containsKey(key + "peak")) {
                continue; // ffm on a JDK older than 22
            }
            double peak = number(key + "peak");
            double alive = number(key + "alive");
            double after = number(key + "after");
            addRow("native memory: " + String.format(Locale.ROOT, "%,.0f", number("vtmem.threads"))
                            + " virtual threads, one extended error each, " + backend.toUpperCase(Locale.ROOT)
                            + " (MiB of malloc above baseline: peak / all alive / after)",
                    fmt(mib(peak)) + " / " + fmt(mib(alive)) + " / " + fmt(mib(after)),
                    "malloc in use at the baseline: " + fmt(mib(number(key + "baseline"))) + " MiB; platform threads added: "
                            + fmt(number(key + "platformThreadsAdded")), "-", "<= " + fmt(mib(bound)) + " MiB",
                    Math.max(peak, Math.max(alive, after)) <= bound);
        }
    }

    private static double mib(double bytes) {
        return bytes / (1024 * 1024);
    }

    void ratioRow(String figure, double value, String baseline, double base, double maxRatio) {
        double ratio = value / base;
        addRow(figure, fmt(value), baseline + ": " + fmt(base), fmt(ratio) + "x", "<= " + fmt(maxRatio) + "x",
                ratio <= maxRatio);
    }

    /** A row whose target is a least ratio, such as two threads' scaling over one. */
    void minimumRow(String figure, double value, String baseline, double base, double minRatio) {
        double ratio = value / base;
        addRow(figure, fmt(value), baseline + ": " + fmt(base), fmt(ratio) + "x", ">= " + fmt(minRatio) + "x", ratio >= minRatio);
    }

    private void diffRow(String figure, double value, String baseline, double base, double maxMs) {
        double diff = value - base;
        addRow(figure, fmt(value), baseline + ": " + fmt(base), fmt(value / base) + "x (" + signed(diff) + " ms)",
                "<= +" + fmt(maxMs) + " ms", diff <= maxMs);
    }

    void infoRow(String figure, double value, String baseline, double base) {
        rows.add("| " + figure + " | " + fmt(value) + " | " + baseline + ": " + fmt(base) + " | " + fmt(value / base)
                + "x | (context, no target) | - |");
    }

    private void addRow(String figure, String value, String baseline, String ratio, String target, boolean met) {
        if (!met) {
            missed++;
        }
        rows.add("| " + figure + " | " + value + " | " + baseline + " | " + ratio + " | " + target + " | "
                + (met ? "yes" : "**no**") + " |");
    }

    // ---------------------------------------------------------------- reading results

    private double ffmNs(String method, String path, String answeredBy) {
        return medianOf("ffm.json", "FfmCancelBenchmark." + method, "path", path, "answeredBy", answeredBy);
    }

    private double readNs(String method, String read) {
        return medianOf("native-read.json", "NativeReadBenchmark." + method, "read", read);
    }

    private double nativeNs(String method, String path) {
        return median("native.json", "NativeCancelBenchmark." + method, path);
    }

    /** The median of every measured iteration, over all forks, of one benchmark (and {@code path} parameter). */
    private double median(String file, String benchmark, String path) {
        return medianOf(file, benchmark, "path", path);
    }

    /**
     * As {@link #median(String, String, String)}, for the result whose parameters have these values
     * ({@code params}: name, value, name, value, ...; a null value matches any).
     */
    double medianOf(String file, String benchmark, String... params) {
        JsonNode results = json.readTree(dir.resolve(file).toFile());
        for (JsonNode result : results.values()) {
            if (!result.path("benchmark").asString().equals(PKG + benchmark) || !hasParams(result, params)) {
                continue;
            }
            List<Double> scores = new ArrayList<>();
            for (JsonNode fork : result.path("primaryMetric").path("rawData").values()) {
                fork.values().forEach(score -> scores.add(score.asDouble()));
            }
            return median(scores.stream().mapToDouble(Double::doubleValue).toArray());
        }
        throw new IllegalStateException("no result for " + benchmark + " " + Arrays.toString(params) + " in "
                + dir.resolve(file) + ": did that JMH run fail? See its log in the same directory.");
    }

    private static boolean hasParams(JsonNode result, String... params) {
        for (int i = 0; i + 1 < params.length; i += 2) {
            if (params[i + 1] != null && !result.path("params").path(params[i]).asString().equals(params[i + 1])) {
                return false;
            }
        }
        return true;
    }

    private double coldMs(String scenario) {
        String raw = figures.getProperty("cold." + scenario);
        if (raw == null || raw.isBlank()) {
            throw new IllegalStateException("no cold-start times for " + scenario + " in figures.properties");
        }
        return median(Arrays.stream(raw.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray());
    }

    private double number(String key) {
        String raw = figures.getProperty(key);
        if (raw == null || raw.isBlank()) {
            throw new IllegalStateException("no value for " + key + " in figures.properties");
        }
        return Double.parseDouble(raw.trim());
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String fmt(double v) {
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }

    private static String signed(double v) {
        return (v >= 0 ? "+" : "") + fmt(v);
    }
}
