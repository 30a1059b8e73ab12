package io.github.wnet4j.benchmarks;

import io.github.wnet4j.ConnectRequest;
import io.github.wnet4j.WNet;
import io.github.wnet4j.nativetesting.MprDouble;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Issue 21's FFM connect row: {@link NativeConnectBenchmark}'s connect + cancel through the library over
 * the FFM backend and through bare downcall handles ({@link BareFfmConnect}) making the same two calls
 * from the same Java values (per call a confined arena, the strings and NETRESOURCEW written, the
 * password's copy zeroed), the double answering in C. Target: at most 1.10x the bare downcalls. A third
 * row, context only, makes the bare downcalls with everything written once up front
 * ({@link #bareFfmWrittenOnce()}): the downcalls alone, a floor no binding taking Java values reaches; a
 * fourth, context too, makes the library's request in each call ({@link #ffmRequestPerCall()}). Built
 * only on JDK 22+ (benchmarks' ffm profile); the forked JVMs get native access, as the wnet jar's
 * manifest grants it.
 *
 * <p>Needs {@code -Dwnet4j.mpr.library=.../libmprdouble.so} in the forked JVM (run.sh passes it).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@State(Scope.Benchmark)
public class FfmConnectBenchmark {

    private MprDouble mpr;
    private WNet ffm;
    private ConnectRequest request;
    private BareFfmConnect bareFfm;

    /** Loads the double, has it answer NO_ERROR in C, and binds both ways in. */
    @Setup(Level.Trial)
    public void setUp() {
        MprDouble.whyUnavailable().ifPresent(why -> {
            throw new IllegalStateException(why);
        });
        mpr = MprDouble.load();
        mpr.serveInC(0, MprDouble.UNWRITTEN);
        ffm = WNet.named("ffm");
        request = NativeConnectBenchmark.request();
        bareFfm = new BareFfmConnect(System.getProperty(MprDouble.LIBRARY_PROPERTY), NativeConnectBenchmark.DEVICE,
                NativeConnectBenchmark.REMOTE_NAME, NativeConnectBenchmark.USER, NativeConnectBenchmark.PASSWORD);
        NativeConnectBenchmark.check("ffm", NativeConnectBenchmark.connectAndCancel(ffm, request));
        NativeConnectBenchmark.check("ffm, request per call", ffmRequestPerCall());
        NativeConnectBenchmark.check("bare FFM", bareFfm());
        NativeConnectBenchmark.check("bare FFM, written once", bareFfm.connectAndCancelWrittenOnce());
    }

    /** Stops serving, so a later trial in the same JVM starts clean. */
    @TearDown(Level.Trial)
    public void tearDown() {
        mpr.stopServing();
    }

    /** The library over FFM. */
    @Benchmark
    public long ffm() {
        return NativeConnectBenchmark.connectAndCancel(ffm, request);
    }

    /** The library over FFM, the request made in each call: context. */
    @Benchmark
    public long ffmRequestPerCall() {
        return NativeConnectBenchmark.connectAndCancelFromValues(ffm);
    }

    /** Bare downcall handles, from the same Java values per call: the row's baseline. */
    @Benchmark
    public long bareFfm() {
        int connected = bareFfm.connect(NativeConnectBenchmark.DEVICE, NativeConnectBenchmark.REMOTE_NAME,
                NativeConnectBenchmark.USER, NativeConnectBenchmark.PASSWORD);
        int cancelled = bareFfm.cancel(NativeConnectBenchmark.DEVICE);
        return ((long) connected << 32) | cancelled;
    }

    /** The same handles with their arguments written to native memory once, in setup: context, not a baseline. */
    @Benchmark
    public long bareFfmWrittenOnce() {
        return bareFfm.connectAndCancelWrittenOnce();
    }
}
