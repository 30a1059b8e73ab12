package io.github.wnet4j.nativetesting;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.WNetFunction;

import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The C test double of {@code mpr.dll} ({@code libmprdouble.so}, built by this module on Linux),
 * seen from Java: it exports {@code WNetCancelConnection2W}, {@code WNetCancelConnectionW} and
 * {@code WNetGetLastErrorW} with the Windows ABI, and answers them by calling a {@link WNetBackend}
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
    public static final String LIBRARY_PROPERTY = io.github.wnet4j.spi.nativeaccess.MprLibrary.PROPERTY;

    /** ERROR_GEN_FAILURE: what the double answers when the model itself throws. */
    static final int MODEL_FAILED = 31;

    /** What the model's callback answers for {@link #UNWRITTEN}; the double turns it into NO_ERROR. */
    private static final int ANSWER_UNWRITTEN = 0xFFFFFFFE;

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
    private final List<Throwable> modelFailures = new ArrayList<>();
    // Strong references to the callbacks the double holds: JNA frees a callback's native stub once
    // its Java object is collected, and the double would then jump into freed memory. The previous
    // set is kept too, for a call that was already inside it when serve() or stopServing() switched.
    private Callbacks callbacks;
    private Callbacks previousCallbacks;

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
                        + ". Rebuild it with: mvn -B -q install -pl native-testing", e);
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
                    + " native-testing/target/native/libmprdouble.so (built by mvn -B -q install -pl native-testing)");
        }
        if (!Files.isRegularFile(Path.of(path))) {
            return Optional.of("the mpr.dll test double " + path + " (system property " + LIBRARY_PROPERTY
                    + ") does not exist: build it with mvn -B -q install -pl native-testing");
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
        Callbacks next = new Callbacks(model);
        library.wnet4j_double_serve(next.cancel2, next.cancel, next.lastError);
        previousCallbacks = callbacks;
        callbacks = next;
        received.clear();
        modelFailures.clear();
    }

    /** The double stops serving: every cancel then answers ERROR_NO_NETWORK (1222). */
    public synchronized void stopServing() {
        library.wnet4j_double_serve(null, null, null);
        if (callbacks != null) {
            previousCallbacks = callbacks;
            callbacks = null;
        }
    }

    /**
     * How many calls the double rejected because they broke the ABI (a BOOL that was not 0 or 1,
     * or a NULL name), since the library was loaded. It answers those with
     * ERROR_INVALID_PARAMETER (87) without calling the model.
     */
    public int abiViolations() {
        return library.wnet4j_double_abi_violations();
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

    /** Forgets the received calls. */
    public synchronized void clearReceivedCalls() {
        received.clear();
    }

    /**
     * What the model threw since {@link #serve(WNetBackend)}, oldest first. The double answers such
     * a call with ERROR_GEN_FAILURE (31) rather than let the exception unwind through C.
     */
    public synchronized List<Throwable> modelFailures() {
        return List.copyOf(modelFailures);
    }

    private synchronized void record(ReceivedCall call) {
        if (received.size() == RECEIVED_CALLS_KEPT) {
            received.removeFirst();
        }
        received.addLast(call);
    }

    private synchronized void recordFailure(Throwable failure) {
        modelFailures.add(failure);
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

    /** The three callbacks for one served model. */
    private final class Callbacks {
        final Cancel2Callback cancel2;
        final CancelCallback cancel;
        final LastErrorCallback lastError;

        Callbacks(WNetBackend model) {
            cancel2 = (name, length, flags, force) -> {
                String decoded = decode(name, length);
                record(new ReceivedCall(WNetFunction.CANCEL_CONNECTION2, decoded, OptionalInt.of(flags), force != 0));
                try {
                    return model.cancelConnection2(decoded, flags, force != 0);
                } catch (RuntimeException | Error e) {
                    recordFailure(e);
                    return MODEL_FAILED;
                }
            };
            cancel = (name, length, force) -> {
                String decoded = decode(name, length);
                record(new ReceivedCall(WNetFunction.CANCEL_CONNECTION, decoded, OptionalInt.empty(), force != 0));
                try {
                    return model.cancelConnection(decoded, force != 0);
                } catch (RuntimeException | Error e) {
                    recordFailure(e);
                    return MODEL_FAILED;
                }
            };
            lastError = (providerCode, text, textCapacity, provider, providerCapacity) -> {
                try {
                    ExtendedError error = model.lastExtendedError();
                    if (error == UNWRITTEN) {
                        return ANSWER_UNWRITTEN;
                    }
                    providerCode.setInt(0, error.providerCode());
                    encode(error.text(), text, textCapacity);
                    encode(error.providerName(), provider, providerCapacity);
                    return 0;
                } catch (RuntimeException | Error e) {
                    recordFailure(e);
                    return MODEL_FAILED;
                }
            };
        }
    }

    /** The string made of exactly {@code length} UTF-16 units at {@code units}. */
    static String decode(Pointer units, int length) {
        // Through a char view of the bytes: JNA's char[] copies, getChar, String and WString all
        // use wchar_t, which is 4 bytes on Linux, so they would misread UTF-16.
        return length == 0 ? "" : utf16(units, length).toString();
    }

    /** Writes {@code s} as UTF-16 units plus a NUL unit, truncated to {@code capacity} units in all. */
    static void encode(String s, Pointer buffer, int capacity) {
        if (capacity <= 0) {
            return;
        }
        int n = Math.min(s.length(), capacity - 1);
        utf16(buffer, n + 1).put(s, 0, n).put('\0');
    }

    /** {@code units} UTF-16 units of native memory at {@code p}, as chars in the platform's byte order. */
    static CharBuffer utf16(Pointer p, int units) {
        return p.getByteBuffer(0, 2L * units).order(ByteOrder.nativeOrder()).asCharBuffer();
    }

    // ---- the double's exports, as JNA sees them ----

    /** {@code DWORD (*)(const WCHAR *name, DWORD length_units, DWORD flags, BOOL force)}. */
    interface Cancel2Callback extends Callback {
        int invoke(Pointer name, int lengthUnits, int flags, int force);
    }

    /** {@code DWORD (*)(const WCHAR *name, DWORD length_units, BOOL force)}. */
    interface CancelCallback extends Callback {
        int invoke(Pointer name, int lengthUnits, int force);
    }

    /** {@code DWORD (*)(DWORD *code, WCHAR *text, DWORD text_capacity, WCHAR *provider, DWORD provider_capacity)}. */
    interface LastErrorCallback extends Callback {
        int invoke(Pointer providerCode, Pointer text, int textCapacity, Pointer provider, int providerCapacity);
    }

    /** The double's test-only exports. */
    interface DoubleLibrary extends Library {
        void wnet4j_double_serve(Cancel2Callback cancel2, CancelCallback cancel, LastErrorCallback lastError);

        int wnet4j_double_abi_violations();
    }
}
