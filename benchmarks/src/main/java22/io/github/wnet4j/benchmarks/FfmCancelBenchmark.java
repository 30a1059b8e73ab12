package io.github.wnet4j.benchmarks;

import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.WNet;
import io.github.wnet4j.nativetesting.FixedAnswer;
import io.github.wnet4j.nativetesting.MprDouble;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One {@code cancelConnection2("Z:", no flags, no force)} into the mpr.dll double through the library
 * over the FFM backend, through a bare hand-written FFM binding with pre-encoded arguments
 * ({@link BareFfm}), and through the library over JNA in the same JVM, for the ratio on one JDK. The
 * paths are {@link NativeCancelBenchmark}'s, answered by its Java model or in C ({@link #answeredBy}). Built only on JDK 22+ (benchmarks' ffm
 * profile); the forked JVMs get native access, as the wnet jar's manifest grants it.
 *
 * <p>Needs {@code -Dwnet4j.mpr.library=.../libmprdouble.so} in the forked JVM (run.sh passes it).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Benchmark)
public class FfmCancelBenchmark {

    private static final String DEVICE = "Z:";
    private static final Set<CancelFlag> NO_FLAGS = Set.of();

    /** {@code success}: the model answers NO_ERROR; {@code extendedError}: 1208 and a provider error. */
    @Param({"success", "extendedError"})
    public String path;

    /**
     * Who answers behind the double: {@code javaModel}, the path's {@link io.github.wnet4j.nativetesting.FixedAnswer}
     * called back through JNA (about 1.2 µs of every call, as in {@link NativeCancelBenchmark}); or
     * {@code c}, the same answer served in C by the double itself ({@code MprDouble.serveInC}), so that
     * a row is the binding's own cost, as a call into mpr.dll, which calls no Java, would show it.
     */
    @Param({"javaModel", "c"})
    public String answeredBy;

    private MprDouble mpr;
    private ConnectionCanceller ffm;
    private ConnectionCanceller jna;
    private BareFfm bareFfm;

    /** Loads the double, serves the path's model, and binds the three ways in. */
    @Setup(Level.Trial)
    public void setUp() {
        MprDouble.whyUnavailable().ifPresent(why -> {
            throw new IllegalStateException(why);
        });
        mpr = MprDouble.load();
        FixedAnswer answer = NativeCancelBenchmark.model(path);
        switch (answeredBy) {
            case "javaModel" -> mpr.serve(answer);
            case "c" -> mpr.serveInC(answer.code(), answer.lastExtendedError());
            default -> throw new IllegalArgumentException("unknown answeredBy '" + answeredBy + "': use javaModel or c");
        }
        ffm = WNet.named("ffm");
        jna = WNet.named("jna");
        bareFfm = new BareFfm(System.getProperty(MprDouble.LIBRARY_PROPERTY), DEVICE);
        int expected = NativeCancelBenchmark.model(path).code();
        NativeCancelBenchmark.check("ffm", ffm.cancelConnection2(DEVICE, NO_FLAGS, false).code(), expected);
        NativeCancelBenchmark.check("jna", jna.cancelConnection2(DEVICE, NO_FLAGS, false).code(), expected);
        NativeCancelBenchmark.check("bare FFM", bareFfm.cancel(), expected);
        if (path.equals("extendedError")) {
            CancelOutcome outcome = ffm.cancelConnection2(DEVICE, NO_FLAGS, false);
            if (!outcome.extendedError().orElseThrow().equals(NativeCancelBenchmark.PROVIDER_ERROR)) {
                throw new IllegalStateException("the FFM backend read back " + outcome.extendedError());
            }
        }
    }

    /** Stops serving, so a later trial in the same JVM starts clean. */
    @TearDown(Level.Trial)
    public void tearDown() {
        mpr.stopServing();
    }

    /** The library over FFM. */
    @Benchmark
    public CancelOutcome ffm() {
        return ffm.cancelConnection2(DEVICE, NO_FLAGS, false);
    }

    /** The library over JNA, in the same JVM. */
    @Benchmark
    public CancelOutcome jna() {
        return jna.cancelConnection2(DEVICE, NO_FLAGS, false);
    }

    /** A hand-written FFM binding. */
    @Benchmark
    public Object bareFfm() {
        return bareFfm.cancelAndReadExtendedError();
    }
}
