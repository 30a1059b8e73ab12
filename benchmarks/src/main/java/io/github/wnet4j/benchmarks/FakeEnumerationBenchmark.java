package io.github.wnet4j.benchmarks;

import io.github.wnet4j.ConnectionReader;
import io.github.wnet4j.ListingOutcome;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.fake.LogonState;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The enumeration of the current connections (R7) through the fake's {@link ConnectionReader}, on a
 * logon with 26 drives and 26 deviceless connections: one snapshot under all locks, 52 entries made
 * into the outcome, one journal entry. Beside it, for context, the fake's {@link FakeLogon#snapshot()}
 * of the same logon (the same locks and the same connections, without the read's outcome and journal).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class FakeEnumerationBenchmark {

    /** A read is journaled; the journal is cleared every this many reads, as in the cancel benchmark. */
    private static final int JOURNAL_CLEARED_EVERY = 65_536;

    private FakeLogon logon;
    private ConnectionReader reader;
    private int reads;

    /** Seeds the 52 connections and checks the enumeration lists them all. */
    @Setup(Level.Trial)
    public void setUp() {
        logon = FakeLogon.create();
        for (char d = 'A'; d <= 'Z'; d++) {
            logon.connectDevice(d + ":", "\\\\fileserver\\share-" + d);
            logon.connectDeviceless("\\\\fileserver\\deviceless-" + Character.toLowerCase(d));
        }
        reader = logon.reader();
        int listed = reader.connections().orThrow().connections().size();
        if (listed != 52) {
            throw new IllegalStateException("the enumeration listed " + listed + " connections instead of 52");
        }
        logon.clearJournal();
    }

    /** {@code connections()}: RESOURCE_CONNECTED through the fake. */
    @Benchmark
    public ListingOutcome enumerate52() {
        if (++reads == JOURNAL_CLEARED_EVERY) {
            reads = 0;
            logon.clearJournal();
        }
        return reader.connections();
    }

    /** {@code snapshot()} of the same logon, for context. */
    @Benchmark
    public LogonState snapshot52() {
        return logon.snapshot();
    }
}
