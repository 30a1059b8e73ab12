package io.github.wnet4j.reliability;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Prints the reliability figures as one table when the test run ends, with the count of tests run
 * and failed. Registered through {@code META-INF/services} both as a {@link LauncherSessionListener}
 * (clears old figures when the run starts, prints at its end) and as a {@link TestExecutionListener}
 * (counts results); the two instances share the counts.
 */
public final class FiguresReport implements LauncherSessionListener, TestExecutionListener {

    private static final AtomicLong TESTS = new AtomicLong();
    private static final AtomicLong FAILED = new AtomicLong();
    private static final AtomicLong SKIPPED = new AtomicLong();

    /** For ServiceLoader. */
    public FiguresReport() {
    }

    /** Clears the figures of an earlier run. */
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Figures.clear();
    }

    /** Counts a finished test (containers are not counted; a failed container counts as a failure). */
    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.isTest()) {
            TESTS.incrementAndGet();
        }
        if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL && (test.isTest() || result.getThrowable().isPresent())) {
            if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
                SKIPPED.incrementAndGet();
            } else {
                FAILED.incrementAndGet();
            }
        }
    }

    /** Counts a skipped test. */
    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        SKIPPED.incrementAndGet();
    }

    /** Prints the table. */
    @Override
    public void launcherSessionClosed(LauncherSession session) {
        List<Figures.Row> rows = new ArrayList<>(Figures.readAll());
        if (rows.isEmpty() && TESTS.get() == 0) {
            return; // a session that ran nothing (IDE discovery): no table
        }
        rows.add(new Figures.Row("all", "tests run / failed / skipped or aborted",
                TESTS.get() + " / " + FAILED.get() + " / " + SKIPPED.get()));
        System.out.println(table(rows));
        System.out.flush();
    }

    static String table(List<Figures.Row> rows) {
        int a = "area".length();
        int w = "what".length();
        int f = "figure".length();
        for (Figures.Row r : rows) {
            a = Math.max(a, r.area().length());
            w = Math.max(w, r.what().length());
            f = Math.max(f, r.figure().length());
        }
        String format = "| %-" + a + "s | %-" + w + "s | %" + f + "s |%n";
        StringBuilder s = new StringBuilder("\nwnet4j reliability figures\n");
        s.append(String.format(format, "area", "what", "figure"));
        s.append("|-").append("-".repeat(a)).append("-|-").append("-".repeat(w)).append("-|-")
                .append("-".repeat(f)).append(":|").append(System.lineSeparator());
        for (Figures.Row r : rows) {
            s.append(String.format(format, r.area(), r.what(), r.figure()));
        }
        return s.toString();
    }
}
