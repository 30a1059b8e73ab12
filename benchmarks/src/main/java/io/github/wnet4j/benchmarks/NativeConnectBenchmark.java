package io.github.wnet4j.benchmarks;

import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.ConnectRequest;
import io.github.wnet4j.Credentials;
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

import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Issue 21's native connect row: {@code connect(Z: to \\srv\share as svc with a password)} then
 * {@code cancelConnection2("Z:", no flags, no force)} into the mpr.dll double answering in C
 * ({@code MprDouble.serveInC}: NO_ERROR, no call back into Java, so a row is the binding's own cost),
 * through the library over JNA (validation, the password copied for the call and cleared, the
 * NETRESOURCEW laid out, zeroed and freed, the outcomes) and through a bare hand-written JNA binding
 * ({@link BareJnaConnect}) making the same two calls from the same Java values: per call, native
 * memory for the NETRESOURCEW and each string, written, the password's copy zeroed, freed. Target: at
 * most 1.10x that binding. A third row, context only, is the bare binding with everything written to
 * native memory once up front ({@link #bareJnaWrittenOnce()}): the two downcalls alone, a floor no
 * binding taking Java values per call reaches. A fourth, context too, makes the library's request (and
 * its credentials) in each call ({@link #jnaRequestPerCall()}), where the library row makes it once in setup.
 *
 * <p>Needs {@code -Dwnet4j.mpr.library=.../libmprdouble.so} in the forked JVM (run.sh passes it).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Benchmark)
public class NativeConnectBenchmark {

    static final String DEVICE = "Z:";
    static final String REMOTE_NAME = "\\\\srv\\share";
    static final String USER = "svc-deploy";
    /** A benchmark's password: not a secret, but kept in a char array as the api asks of every password. */
    static final char[] PASSWORD = {'b', 'e', 'n', 'c', 'h', '-', 'p', 'w'};
    static final Set<CancelFlag> NO_FLAGS = Set.of();

    private MprDouble mpr;
    private WNet jna;
    private ConnectRequest request;
    private BareJnaConnect bareJna;

    /** Loads the double, has it answer NO_ERROR in C, and binds both ways in. */
    @Setup(Level.Trial)
    public void setUp() {
        MprDouble.whyUnavailable().ifPresent(why -> {
            throw new IllegalStateException(why);
        });
        mpr = MprDouble.load();
        mpr.serveInC(0, MprDouble.UNWRITTEN);
        jna = WNet.named("jna");
        request = request();
        bareJna = new BareJnaConnect(System.getProperty(MprDouble.LIBRARY_PROPERTY), DEVICE, REMOTE_NAME, USER, PASSWORD);
        check("jna", connectAndCancel(jna, request));
        check("jna, request per call", jnaRequestPerCall());
        check("bare JNA", bareJna());
        check("bare JNA, written once", bareJna.connectAndCancelWrittenOnce());
    }

    /** The request every row makes: a drive, explicit credentials, not remembered. */
    static ConnectRequest request() {
        return ConnectRequest.device(DEVICE, REMOTE_NAME).with(Credentials.of(USER, PASSWORD));
    }

    /** Connects and cancels through the library; both codes in one value. */
    static long connectAndCancel(WNet door, ConnectRequest request) {
        int connected = door.connect(request).code();
        int cancelled = door.cancelConnection2(DEVICE, NO_FLAGS, false).code();
        return ((long) connected << 32) | cancelled;
    }

    /**
     * As {@link #connectAndCancel}, with the request and its {@link Credentials} made from the Java values
     * in the call (their checks and the password's copy included) and the credentials closed after it.
     */
    static long connectAndCancelFromValues(WNet door) {
        try (Credentials credentials = Credentials.of(USER, PASSWORD)) {
            return connectAndCancel(door, ConnectRequest.device(DEVICE, REMOTE_NAME).with(credentials));
        }
    }

    /** Measures only what works: both calls must come back NO_ERROR. */
    static void check(String way, long codes) {
        if (codes != 0) {
            throw new IllegalStateException(way + ": connect answered " + (codes >>> 32) + " and cancel " + (int) codes
                    + "; both should answer 0 (NO_ERROR)");
        }
    }

    /** Stops serving, so a later trial in the same JVM starts clean. */
    @TearDown(Level.Trial)
    public void tearDown() {
        mpr.stopServing();
    }

    /** The library over JNA. */
    @Benchmark
    public long jna() {
        return connectAndCancel(jna, request);
    }

    /** The library over JNA, the request made in each call: context. */
    @Benchmark
    public long jnaRequestPerCall() {
        return connectAndCancelFromValues(jna);
    }

    /** A hand-written JNA binding, from the same Java values per call: the row's baseline. */
    @Benchmark
    public long bareJna() {
        int connected = bareJna.connect(DEVICE, REMOTE_NAME, USER, PASSWORD);
        int cancelled = bareJna.cancel(DEVICE);
        return ((long) connected << 32) | cancelled;
    }

    /** The same binding with its arguments written to native memory once, in setup: context, not a baseline. */
    @Benchmark
    public long bareJnaWrittenOnce() {
        return bareJna.connectAndCancelWrittenOnce();
    }
}
