package io.github.wnet4j.benchmarks;

import io.github.wnet4j.ConnectionReader;
import io.github.wnet4j.WNet;
import io.github.wnet4j.WNetOutcome;
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

import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Each read call into the mpr.dll double, through the library (a {@link ConnectionReader} over the
 * JNA or the JNR backend: validation, encoding, the buffer retry, decoding, the outcome) and through
 * a bare hand-written binding with the same arguments and buffer sizes ({@link BareJnaReads},
 * {@link BareJnrReads}). The double serves {@link FixedReads} for all four, so all pay the same
 * callback; the ratio is the library's overhead. The enumeration lists 26 drives and 26 deviceless
 * connections.
 *
 * <p>Needs {@code -Dwnet4j.mpr.library=.../libmprdouble.so} in the forked JVM (run.sh passes it).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Benchmark)
public class NativeReadBenchmark {

    private static final String DEVICE = "Z:";

    /** Which read: {@code getConnection}, {@code connections}, {@code universalName} or {@code remoteNameInfo}. */
    @Param({"getConnection", "connections", "universalName", "remoteNameInfo"})
    public String read;

    /** {@link #read} as an index into the param list, so the measured methods switch on an int, not a string. */
    private int which;
    private MprDouble mpr;
    private ConnectionReader jna;
    private ConnectionReader jnr;
    private BareJnaReads bareJna;
    private BareJnrReads bareJnr;

    /** Loads the double, serves the fixed answers, binds all four ways in and checks they agree. */
    @Setup(Level.Trial)
    public void setUp() {
        String library = System.getProperty(MprDouble.LIBRARY_PROPERTY);
        MprDouble.whyUnavailable().ifPresent(why -> {
            throw new IllegalStateException(why);
        });
        which = List.of("getConnection", "connections", "universalName", "remoteNameInfo").indexOf(read);
        mpr = MprDouble.load();
        mpr.serve(new FixedReads());
        jna = WNet.named("jna");
        jnr = WNet.named("jnr");
        bareJna = new BareJnaReads(library, DEVICE, FixedReads.PATH);
        bareJnr = new BareJnrReads(library, DEVICE, FixedReads.PATH);
        // Measure only what works: every way in must come back with the same answer.
        Object expected = switch (read) {
            case "getConnection" -> FixedReads.REMOTE_NAME;
            case "connections" -> FixedReads.drivesAndDeviceless().size();
            case "universalName", "remoteNameInfo" -> FixedReads.REMOTE_NAME + FixedReads.REMAINING;
            default -> throw new IllegalArgumentException("unknown read '" + read + "'");
        };
        check("jna", answer(library(jna)), expected);
        check("jnr", answer(library(jnr)), expected);
        check("bare JNA", answer(bare(bareJna, null)), expected);
        check("bare JNR", answer(bare(null, bareJnr)), expected);
    }

    /** Stops serving, so a later trial in the same JVM starts clean. */
    @TearDown(Level.Trial)
    public void tearDown() {
        if (mpr.openEnumerations() != 0) {
            throw new IllegalStateException(mpr.openEnumerations() + " enumeration handles left open");
        }
        mpr.stopServing();
    }

    private WNetOutcome library(ConnectionReader reader) {
        return switch (which) {
            case 0 -> reader.getConnection(DEVICE);
            case 1 -> reader.connections();
            case 2 -> reader.universalName(FixedReads.PATH);
            default -> reader.remoteNameInfo(FixedReads.PATH);
        };
    }

    private Object bare(BareJnaReads viaJna, BareJnrReads viaJnr) {
        return switch (which) {
            case 0 -> viaJna != null ? viaJna.getConnection() : viaJnr.getConnection();
            case 1 -> viaJna != null ? viaJna.connections() : viaJnr.connections();
            case 2 -> viaJna != null ? viaJna.universalName(1) : viaJnr.universalName(1);
            default -> viaJna != null ? viaJna.universalName(2) : viaJnr.universalName(2);
        };
    }

    private static Object answer(Object result) {
        if (result instanceof io.github.wnet4j.LookupOutcome l) {
            return l.orThrow().remoteName().orElseThrow();
        }
        if (result instanceof io.github.wnet4j.ListingOutcome l) {
            return l.orThrow().connections().size();
        }
        if (result instanceof io.github.wnet4j.UniversalNameOutcome u) {
            return u.orThrow().universalName().orElseThrow();
        }
        if (result instanceof List<?> entries) {
            return entries.size();
        }
        return result instanceof String[] names ? names[0] : result;
    }

    private static void check(String way, Object answer, Object expected) {
        if (!Objects.equals(answer, expected)) {
            throw new IllegalStateException(way + " answered " + answer + " instead of " + expected
                    + ": is the double served and the library path right?");
        }
    }

    /** The library over JNA. */
    @Benchmark
    public WNetOutcome jna() {
        return library(jna);
    }

    /** The library over JNR. */
    @Benchmark
    public WNetOutcome jnr() {
        return library(jnr);
    }

    /** A hand-written JNA binding. */
    @Benchmark
    public Object bareJna() {
        return bare(bareJna, null);
    }

    /** A hand-written jnr-ffi binding. */
    @Benchmark
    public Object bareJnr() {
        return bare(null, bareJnr);
    }
}
