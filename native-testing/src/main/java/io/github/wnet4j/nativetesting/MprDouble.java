package io.github.wnet4j.nativetesting;

import com.sun.jna.Native;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.WNetFunction;
import io.github.wnet4j.nativetesting.DoubleExports.DoubleLibrary;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The C test double of {@code mpr.dll} ({@code libmprdouble.so}, built by this module on Linux),
 * seen from Java: it exports {@code WNetCancelConnection2W}, {@code WNetCancelConnectionW},
 * {@code WNetGetLastErrorW} and the read side ({@code WNetGetConnectionW}, {@code WNetOpenEnumW},
 * {@code WNetEnumResourceW}, {@code WNetCloseEnum}, {@code WNetGetUniversalNameW}, with Windows'
 * buffer rules) and the connect side ({@link DoubleConnect}) with the Windows ABI, and answers them by calling a {@link WNetBackend}
 * model installed with {@link #serve(WNetBackend)}, on the calling thread. A native backend loaded
 * from the same file ({@value #LIBRARY_PROPERTY}) thus acts on the model, so its conformance can be
 * checked against a {@code FakeLogon}, and {@link #receivedCalls()} shows exactly what crossed the
 * boundary.
 *
 * <pre>{@code
 * MprDouble mpr = MprDouble.load();       // -Dwnet4j.mpr.library=.../libmprdouble.so
 * mpr.serve(FakeLogon.create().connectDevice("Z:", "\\\\srv\\share").backend());
 * // ... call a native backend loaded from the same library ...
 * mpr.stopServing();
 * }</pre>
 *
 * <p>The double serves one model at a time, for the whole process: tests that serve through it
 * must not run concurrently with each other in one JVM (Maven Surefire runs test classes
 * sequentially by default; keep it so). The methods of this class are thread-safe.
 */
public final class MprDouble {

    /** The system property naming the double's shared library (a path): {@value}. */
    public static final String LIBRARY_PROPERTY = io.github.wnet4j.nativeaccess.MprLibrary.PROPERTY;

    /** ERROR_GEN_FAILURE: what the double answers when the model itself throws. */
    static final int MODEL_FAILED = 31;

    /** What the model's callback answers for {@link #UNWRITTEN}; the double turns it into NO_ERROR. */
    static final int ANSWER_UNWRITTEN = 0xFFFFFFFE;

    /**
     * A model whose {@code lastExtendedError()} returns this very instance makes WNetGetLastErrorW
     * answer NO_ERROR without writing the code or either buffer, as a provider may: the backend must
     * then report zero and empty texts, not whatever its buffers held.
     */
    public static final ExtendedError UNWRITTEN = new ExtendedError(0, "", "");

    /** How many received calls are kept, most recent last; older ones are dropped. */
    static final int RECEIVED_CALLS_KEPT = 1024;

    private static MprDouble loaded;

    private final String libraryPath;
    private final DoubleLibrary library;
    private final Deque<ReceivedCall> received = new ArrayDeque<>();
    private final Deque<ReceivedRead> receivedReads = new ArrayDeque<>();
    private final List<Throwable> modelFailures = new ArrayList<>();
    // Strong references to the callbacks the double holds: JNA frees a callback's native stub once
    // its Java object is collected, and the double would then jump into freed memory. The previous
    // set is kept too, for a call that was already inside it when serve() or stopServing() switched.
    private DoubleCallbacks callbacks;
    private DoubleCallbacks previousCallbacks;
    /** The model {@link #callbacks} serve, or null. */
    private WNetBackend servedModel;
    /** The callbacks of every model served since the last serve(), serveInC() or stopServing(), kept for the same reason. */
    private final Map<WNetBackend, DoubleCallbacks> callbacksByModel = new IdentityHashMap<>();

    private MprDouble(String libraryPath, DoubleLibrary library) {
        this.libraryPath = libraryPath;
        this.library = library;
    }

    /**
     * The double, loaded once per JVM from the path in {@value #LIBRARY_PROPERTY}.
     *
     * @throws IllegalStateException saying why the double cannot be used here and what to do (see
     *     {@link #whyUnavailable()})
     */
    public static synchronized MprDouble load() {
        if (loaded == null) {
            Optional<String> problem = whyUnavailable();
            if (problem.isPresent()) {
                throw new IllegalStateException(problem.get());
            }
            String path = System.getProperty(LIBRARY_PROPERTY);
            try {
                loaded = new MprDouble(path, Native.load(path, DoubleLibrary.class));
            } catch (UnsatisfiedLinkError e) {
                throw new IllegalStateException("The mpr.dll test double at " + path + " (system property "
                        + LIBRARY_PROPERTY + ") could not be loaded: " + e.getMessage()
                        + ". Rebuild it with: ./mvnw -B -q install -pl native-testing", e);
            }
        }
        return loaded;
    }

    /**
     * Why {@link #load()} would fail here, or empty if the double can be used: it exists only on
     * Linux, {@value #LIBRARY_PROPERTY} must name it, and the file must exist. Tests that need the
     * double skip with this reason.
     */
    public static Optional<String> whyUnavailable() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
            return Optional.of("the mpr.dll test double is built only on Linux (this is "
                    + System.getProperty("os.name") + ")");
        }
        String path = System.getProperty(LIBRARY_PROPERTY);
        if (path == null || path.isBlank()) {
            return Optional.of("system property " + LIBRARY_PROPERTY + " is not set: set it to the test double,"
                    + " native-testing/target/native/libmprdouble.so (built by ./mvnw -B -q install -pl native-testing)");
        }
        if (!Files.isRegularFile(Path.of(path))) {
            return Optional.of("the mpr.dll test double " + path + " (system property " + LIBRARY_PROPERTY
                    + ") does not exist: build it with ./mvnw -B -q install -pl native-testing");
        }
        return Optional.empty();
    }

    /** The path the double was loaded from. */
    public String libraryPath() {
        return libraryPath;
    }

    /**
     * From now on the double answers every call by calling {@code model} on the calling thread,
     * with the name decoded from exactly the UTF-16 units received. Replaces any model served
     * before, and forgets the received calls and model failures recorded so far.
     */
    public synchronized void serve(WNetBackend model) {
        Objects.requireNonNull(model, "model");
        callbacksByModel.clear();
        DoubleConnect.of(this).forget();
        install(model);
        received.clear();
        receivedReads.clear();
        modelFailures.clear();
    }

    /**
     * The native backend {@code backend} as called from the logon session whose model is
     * {@code model}: before each call the double is switched to serving {@code model}, if it serves
     * another, keeping what was recorded ({@link #receivedCalls()}, {@link #modelFailures()}). On
     * Windows the calling process's logon session decides which device map a call acts on; here the
     * double stands in for that, so that one test can call from several sessions of a
     * {@code FakeLogon} through the same native backend. Calls from different sessions must not
     * overlap in time (one model is served at a time); the conformance clauses make them one after
     * another.
     *
     * @param model the session's model, as for {@link #serve(WNetBackend)}
     * @param backend the native backend under test
     * @return a backend whose every call reaches {@code model} through {@code backend}
     */
    public WNetBackend calledFrom(WNetBackend model, WNetBackend backend) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(backend, "backend");
        return new SessionCalls(this, model, backend);
    }

    /** Serves {@code model} unless it is served already, keeping what was recorded. */
    synchronized void switchTo(WNetBackend model) {
        if (servedModel != model) {
            install(model);
        }
    }

    /** Hands the double {@code model}'s callbacks, made on its first use since serve(), serveInC() or stopServing(). */
    private void install(WNetBackend model) {
        DoubleCallbacks next = callbacksByModel.computeIfAbsent(model, m -> new DoubleCallbacks(m, this, library));
        library.wnet4j_double_serve(next.cancel2, next.cancel, next.lastError, next.getConnection, next.openEnum,
                next.universalName);
        DoubleConnect.of(this).install(model); // the connect side answers from the same model
        previousCallbacks = callbacks;
        callbacks = next;
        servedModel = model;
    }

    /** The double now serves no model: the set it served is kept in previousCallbacks, for a call still inside it. */
    private void servingNoModel() {
        previousCallbacks = callbacks;
        callbacks = null;
        servedModel = null;
        callbacksByModel.clear();
    }

    /**
     * From now on the double answers in C, with no call into Java: every cancel returns {@code code},
     * WNetGetLastErrorW reports {@code lastError} (truncated to the caller's buffers as Windows does),
     * the read side answers ERROR_NOT_SUPPORTED (50), and every connect answers {@code code}
     * ({@link DoubleConnect#serveInC}). This is for measuring a binding's own cost:
     * a model served with {@link #serve(WNetBackend)} costs every call a callback into Java, about
     * 1.2 µs through JNA, which a call into mpr.dll does not pay. Calls are not recorded
     * ({@link #receivedCalls()} stays empty). Replaces any model served before.
     *
     * @param code what every cancel returns
     * @param lastError what WNetGetLastErrorW reports on every thread
     */
    public synchronized void serveInC(int code, ExtendedError lastError) {
        Objects.requireNonNull(lastError, "lastError");
        library.wnet4j_double_serve_fixed(code, lastError.providerCode(), nulTerminated(lastError.text()),
                nulTerminated(lastError.providerName()));
        DoubleConnect.of(this).serveInC(code);
        if (callbacks != null) {
            servingNoModel();
        }
        received.clear();
        receivedReads.clear();
        modelFailures.clear();
    }

    private static short[] nulTerminated(String text) {
        short[] units = new short[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            units[i] = (short) text.charAt(i);
        }
        return units;
    }

    /**
     * The double stops serving: every cancel and read then answers ERROR_NO_NETWORK (1222), except
     * WNetCloseEnum, which still closes the handles open.
     */
    public synchronized void stopServing() {
        library.wnet4j_double_serve(null, null, null, null, null, null);
        if (callbacks != null) {
            servingNoModel();
        }
    }

    /**
     * How many calls the double rejected because they broke the ABI, since the library was loaded: a
     * BOOL that was not 0 or 1, a NULL name (answered ERROR_INVALID_PARAMETER, 87), a NULL where a
     * read function requires a pointer or a buffer declared larger than the caller's block
     * (ERROR_INVALID_ADDRESS, 487), a non-NULL lpNetResource (87). The model is not called.
     */
    public int abiViolations() {
        return library.wnet4j_double_abi_violations();
    }

    /** What the last ABI violation was, in words (empty if there was none). */
    public String lastViolation() {
        byte[] text = new byte[256];
        int n = library.wnet4j_double_last_violation(text, text.length);
        return new String(text, 0, n, StandardCharsets.US_ASCII);
    }

    /** Makes the read functions break their buffer contract in this way ({@link HostileMode}), or keep it: {@code null}. */
    public void answerHostile(HostileMode mode) {
        library.wnet4j_double_hostile(mode == null ? 0 : mode.ordinal() + 1);
    }

    /**
     * Whether the double checks each read buffer's declared size against the caller's block
     * ({@code malloc_usable_size}); on by default. A backend whose buffers are not the start of a
     * malloc block (an arena, an offset into a larger block) must turn it off, and loses the check.
     */
    public void checkBufferSizesAgainstAllocations(boolean on) {
        library.wnet4j_double_check_allocations(on ? 1 : 0);
    }

    /** How many enumeration handles are open now: zero after every call of a backend that closes them. */
    public int openEnumerations() {
        return library.wnet4j_double_open_enumerations();
    }

    /**
     * How many WNetEnumResourceW or WNetCloseEnum calls got a handle the double had closed (stale),
     * since the library was loaded; each answered ERROR_INVALID_HANDLE (6).
     */
    public int staleHandleUses() {
        int[] counts = new int[2];
        library.wnet4j_double_handle_rejections(counts);
        return counts[0];
    }

    /** As {@link #staleHandleUses()}, for handles the double never issued. */
    public int unknownHandleUses() {
        int[] counts = new int[2];
        library.wnet4j_double_handle_rejections(counts);
        return counts[1];
    }

    /** The structures' layout as the double's compiler made it ({@code offsetof}, {@code sizeof}). */
    public DoubleLayout layout() {
        int[] values = new int[DoubleLayout.VALUES];
        library.wnet4j_double_layout(values, values.length);
        return DoubleLayout.of(values);
    }

    /** The calls with a buffer the double answered (at most the last 256), oldest first, process-wide. */
    public List<BufferCall> bufferCalls() {
        int[] records = new int[4 * 256];
        int n = library.wnet4j_double_buffer_calls(records, 256);
        List<BufferCall> calls = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            calls.add(new BufferCall(BufferCall.function(records[4 * i]), Integer.toUnsignedLong(records[4 * i + 1]),
                    records[4 * i + 2], Integer.toUnsignedLong(records[4 * i + 3])));
        }
        return calls;
    }

    /** Forgets the buffer calls. */
    public void clearBufferCalls() {
        library.wnet4j_double_clear_buffer_calls();
    }

    /**
     * The read calls the model received since {@link #serve(WNetBackend)} or
     * {@link #clearReceivedCalls()}, oldest first (at most the last 1024).
     */
    public synchronized List<ReceivedRead> receivedReads() {
        return List.copyOf(receivedReads);
    }

    /**
     * The cancels the model received since {@link #serve(WNetBackend)} or
     * {@link #clearReceivedCalls()}, oldest first (at most the last 1024).
     */
    public synchronized List<ReceivedCall> receivedCalls() {
        return List.copyOf(received);
    }

    /** The last cancel the model received, if any. */
    public synchronized Optional<ReceivedCall> lastCall() {
        return Optional.ofNullable(received.peekLast());
    }

    /** Forgets the received calls, cancels and reads. */
    public synchronized void clearReceivedCalls() {
        received.clear();
        receivedReads.clear();
    }

    /**
     * What the model threw since {@link #serve(WNetBackend)}, oldest first. The double answers such
     * a call with ERROR_GEN_FAILURE (31) rather than let the exception unwind through C.
     */
    public synchronized List<Throwable> modelFailures() {
        return List.copyOf(modelFailures);
    }

    synchronized void record(ReceivedCall call) {
        if (received.size() == RECEIVED_CALLS_KEPT) {
            received.removeFirst();
        }
        received.addLast(call);
    }

    synchronized void record(ReceivedRead read) {
        if (receivedReads.size() == RECEIVED_CALLS_KEPT) {
            receivedReads.removeFirst();
        }
        receivedReads.addLast(read);
    }

    /** Keeps what the model threw; returns what the double answers for it. */
    synchronized int failed(Throwable failure) {
        modelFailures.add(failure);
        return MODEL_FAILED;
    }

    /**
     * One cancel as the double received it.
     *
     * @param function which function was called
     * @param name the name, decoded from exactly the UTF-16 units received (up to the NUL unit)
     * @param flags {@code dwFlags} as received, or empty for the legacy function, which has none
     * @param force {@code fForce} (the double has already checked it was 0 or 1)
     */
    public record ReceivedCall(WNetFunction function, String name, OptionalInt flags, boolean force) {
        /** Checks the parts are present. */
        public ReceivedCall {
            Objects.requireNonNull(function, "function");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(flags, "flags");
        }

        /** The name's UTF-16 code units as received. */
        public char[] units() {
            return name.toCharArray();
        }
    }
}
