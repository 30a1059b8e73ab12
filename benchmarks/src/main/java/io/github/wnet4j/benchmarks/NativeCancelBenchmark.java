package io.github.wnet4j.benchmarks;

import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.WNet;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ExtendedError;
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
 * One {@code cancelConnection2("Z:", no flags, no force)} into the mpr.dll double, through the
 * library (a {@link ConnectionCanceller} over the JNA or the JNR backend: validation, encoding, the
 * call, the outcome, and on ERROR_EXTENDED_ERROR the WNetGetLastErrorW read) and through a bare
 * hand-written binding doing the same with pre-encoded arguments. The double serves a
 * a {@link FixedAnswer} for both, so both pay the same callback; the ratio is the library's overhead.
 *
 * <p>Needs {@code -Dwnet4j.mpr.library=.../libmprdouble.so} in the forked JVM (run.sh passes it).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// JNA's call path settles late: with 3 x 1 s of warm-up one fork in two still ran partly
// unoptimised (1.77x the bare binding, error +-450 ns); 5 x 2 s gives 1.11x +- 18 ns.
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Benchmark)
public class NativeCancelBenchmark {

    private static final String DEVICE = "Z:";
    private static final Set<CancelFlag> NO_FLAGS = Set.of();

    /** {@code success}: the model answers NO_ERROR; {@code extendedError}: 1208 and a provider error. */
    @Param({"success", "extendedError"})
    public String path;

    private MprDouble mpr;
    private ConnectionCanceller jna;
    private ConnectionCanceller jnr;
    private BareJna bareJna;
    private BareJnr bareJnr;

    /** Loads the double, serves the path's model, and binds all four ways in. */
    @Setup(Level.Trial)
    public void setUp() {
        String library = System.getProperty(MprDouble.LIBRARY_PROPERTY);
        MprDouble.whyUnavailable().ifPresent(why -> {
            throw new IllegalStateException(why);
        });
        mpr = MprDouble.load();
        mpr.serve(model(path));
        jna = WNet.named("jna");
        jnr = WNet.named("jnr");
        bareJna = new BareJna(library, DEVICE);
        bareJnr = new BareJnr(library, DEVICE);
        int expected = model(path).code();
        // Measure only what works: each way in must reach the model and come back with its code.
        check("jna", jna.cancelConnection2(DEVICE, NO_FLAGS, false).code(), expected);
        check("jnr", jnr.cancelConnection2(DEVICE, NO_FLAGS, false).code(), expected);
        check("bare JNA", bareJna.cancel(), expected);
        check("bare JNR", bareJnr.cancel(), expected);
        if (path.equals("extendedError")) {
            CancelOutcome outcome = jnr.cancelConnection2(DEVICE, NO_FLAGS, false);
            if (!outcome.extendedError().orElseThrow().equals(PROVIDER_ERROR)) {
                throw new IllegalStateException("the JNR backend read back " + outcome.extendedError());
            }
        }
    }

    /** The extended error the model reports on the ERROR_EXTENDED_ERROR path; short, like a real provider's. */
    static final ExtendedError PROVIDER_ERROR = new ExtendedError(53, "The network path was not found.",
            "Microsoft Windows Network");

    /**
     * The model the double serves: it answers every cancel with one fixed code and holds no state, so
     * the library's path and the bare binding's path cost the double exactly the same.
     */
    static FixedAnswer model(String path) {
        return switch (path) {
            case "success" -> new FixedAnswer(ErrorCode.NO_ERROR.value());
            case "extendedError" -> new FixedAnswer(ErrorCode.ERROR_EXTENDED_ERROR.value(), PROVIDER_ERROR);
            default -> throw new IllegalArgumentException("unknown path '" + path + "': use success or extendedError");
        };
    }

    /** Stops serving, so a later trial in the same JVM starts clean. */
    @TearDown(Level.Trial)
    public void tearDown() {
        mpr.stopServing();
    }

    /** Refuses to measure a way in that does not reach the double as served (shared with the FFM benchmark). */
    static void check(String way, int code, int expected) {
        if (code != expected) {
            throw new IllegalStateException(way + " answered " + code + " instead of " + expected
                    + ": is the double served and the library path right?");
        }
    }

    /** The library over JNA. */
    @Benchmark
    public CancelOutcome jna() {
        return jna.cancelConnection2(DEVICE, NO_FLAGS, false);
    }

    /** The library over JNR. */
    @Benchmark
    public CancelOutcome jnr() {
        return jnr.cancelConnection2(DEVICE, NO_FLAGS, false);
    }

    /** A hand-written JNA binding. */
    @Benchmark
    public Object bareJna() {
        return bareJna.cancelAndReadExtendedError();
    }

    /** A hand-written JNA binding encoding the name per call through a ByteBuffer view, as backend-jna does. */
    @Benchmark
    public Object bareJnaEncodingThroughView() {
        return bareJna.cancelEncodingPerCall(DEVICE, true);
    }

    /** A hand-written JNA binding encoding the name per call with Memory.write, no view. */
    @Benchmark
    public Object bareJnaEncodingWithWrite() {
        return bareJna.cancelEncodingPerCall(DEVICE, false);
    }

    /** A hand-written jnr-ffi binding. */
    @Benchmark
    public Object bareJnr() {
        return bareJnr.cancelAndReadExtendedError();
    }
}
