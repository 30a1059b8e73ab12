package io.github.wnet4j.benchmarks;

import io.github.wnet4j.fake.FakeLogon;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/** Creating a fake and seeding three devices, as a test's set-up does. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class FreshFakeBenchmark {

    /** A fresh logon with three devices: plain, persistent, and one with open files. */
    @Benchmark
    public FakeLogon createAndSeedThreeDevices() {
        return seeded();
    }

    /** The logon both this benchmark and {@link RetainedSize} measure. */
    static FakeLogon seeded() {
        return FakeLogon.create()
                .connectDevice("X:", "\\\\srv\\share")
                .connectDevice("Y:", "\\\\srv\\home", o -> o.persistent())
                .connectDevice("Z:", "\\\\srv\\data", o -> o.openFiles(2));
    }
}
