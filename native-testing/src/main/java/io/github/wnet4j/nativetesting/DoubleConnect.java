package io.github.wnet4j.nativetesting;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import io.github.wnet4j.nativetesting.ConnectExports.ConnectCallback;
import io.github.wnet4j.nativetesting.ConnectExports.ConnectLibrary;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.UseConnectionAnswer;
import io.github.wnet4j.spi.WNetBackend;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static io.github.wnet4j.nativetesting.DoubleExports.NO_STRING;
import static io.github.wnet4j.nativetesting.DoubleExports.decode;
import static io.github.wnet4j.nativetesting.DoubleExports.encode;
import static io.github.wnet4j.nativetesting.DoubleExports.utf16;

/**
 * The connect side of the C double ({@code WNetAddConnection2W}, {@code WNetAddConnection3W},
 * {@code WNetUseConnectionW}, {@code WNetAddConnectionW}; {@code mpr_double_connect.c}): whatever model
 * {@link MprDouble} serves also answers these, through one callback per model that decodes what the
 * double received, records it ({@link #receivedConnects()}), asks the model on the calling thread and
 * writes its answer back. The password reaches the model as a char array read straight from the
 * caller's native memory (never a String), cleared as soon as the model has answered; only its
 * length and a salted digest are recorded ({@link ReceivedPassword}).
 *
 * <p>Thread-safe; one per loaded double ({@link #of(MprDouble)}).
 */
public final class DoubleConnect {
    private static DoubleConnect instance;

    private final MprDouble mpr;
    private final ConnectLibrary library;
    private final Deque<ReceivedConnect> received = new ArrayDeque<>();
    // Strong references to the callbacks the double holds (JNA frees a collected callback's stub); the
    // previous set is kept for a call still inside one when the models were forgotten.
    private final Map<WNetBackend, ConnectCallback> byModel = new IdentityHashMap<>();
    private List<ConnectCallback> previous = List.of();

    private DoubleConnect(MprDouble mpr) {
        this.mpr = mpr;
        this.library = Native.load(mpr.libraryPath(), ConnectLibrary.class);
    }

    /**
     * The connect side of the loaded double.
     *
     * @param mpr the double, from {@link MprDouble#load()}
     * @return its connect side
     */
    public static synchronized DoubleConnect of(MprDouble mpr) {
        if (instance == null) {
            instance = new DoubleConnect(mpr);
        }
        return instance;
    }

    /** Hands the double {@code model}'s connect callback: called by MprDouble right after it serves the model. */
    synchronized void install(WNetBackend model) {
        library.wnet4j_double_serve_connect(byModel.computeIfAbsent(model, this::callback));
    }

    /** Forgets the received calls and the models' callbacks (kept one more round): a new serve(). */
    synchronized void forget() {
        received.clear();
        previous = new ArrayList<>(byModel.values());
        byModel.clear();
    }

    /**
     * From now on every connect answers {@code code} in C, with no call into Java (for measuring a
     * binding's own cost, as {@link MprDouble#serveInC}); a {@code WNetUseConnectionW} that succeeds
     * gets the device, or else the remote name. Lasts until the double serves another model.
     *
     * @param code what every connect answers
     */
    public synchronized void serveInC(int code) {
        forget();
        library.wnet4j_double_serve_connect_fixed(code);
    }

    /**
     * Announces the user name the next connect calls pass, so that the double counts an ABI violation
     * when the argument in the user-name position is anything else: a backend that swaps the password
     * and the user name (both LPCWSTR) is caught, as long as the test's password differs from the
     * user name. Until this is called the order is not checked.
     *
     * @param userName the user name expected, or {@code null} for NULL
     */
    public void expectUserName(String userName) {
        short[] units = null;
        if (userName != null) {
            units = new short[userName.length() + 1]; // the last unit stays 0: the NUL
            for (int i = 0; i < userName.length(); i++) {
                units[i] = (short) userName.charAt(i);
            }
        }
        library.wnet4j_double_expect_user(1, units);
    }

    /** Stops checking the user name ({@link #expectUserName(String)}). */
    public void stopCheckingUserName() {
        library.wnet4j_double_expect_user(0, null);
    }

    /** {@return the connect calls the model received since it was served, oldest first (at most the last 1024)} */
    public synchronized List<ReceivedConnect> receivedConnects() {
        return List.copyOf(received);
    }

    private synchronized void record(ReceivedConnect call) {
        if (received.size() == MprDouble.RECEIVED_CALLS_KEPT) {
            received.removeFirst();
        }
        received.addLast(call);
    }

    private ConnectCallback callback(WNetBackend model) {
        return (function, fields, strings, lengths, flags, access, capacity, accessLength, result) -> {
            int[] f = fields.getIntArray(0, 4);
            int[] n = lengths.getIntArray(0, 6);
            String[] s = new String[5];
            for (int i = 0; i < 4; i++) {
                s[i] = string(strings, i, n[i]);
            }
            s[4] = string(strings, 5, n[5]);
            char[] password = n[4] == NO_STRING ? null : new char[n[4]];
            try {
                if (password != null) {
                    utf16(strings.getPointer(4L * Native.POINTER_SIZE), password.length).get(password);
                }
                NetResource resource = new NetResource(f[0], f[1], f[2], f[3], s[0], s[1], s[2], s[3]);
                record(new ReceivedConnect(ConnectExports.FUNCTIONS[function], resource, ReceivedPassword.of(password),
                        s[4], flags));
                return switch (function) {
                    case 1 -> model.addConnection2(resource, password, s[4], flags);
                    case 2 -> model.addConnection3(resource, password, s[4], flags);
                    case ConnectExports.USE -> {
                        UseConnectionAnswer answer = model.useConnection(resource, password, s[4], flags);
                        if (answer.code() == 0 && answer.accessName() != null) {
                            if (answer.accessName().length() >= capacity) {
                                throw new IllegalStateException("the model answered an access name of "
                                        + answer.accessName().length() + " units; the double carries at most " + (capacity - 1));
                            }
                            accessLength.setInt(0, encode(answer.accessName(), access, capacity));
                        }
                        result.setInt(0, answer.result());
                        yield answer.code();
                    }
                    case ConnectExports.LEGACY -> model.addConnection(s[1], password, s[0]);
                    default -> throw new IllegalStateException("the double asked about connect function " + function);
                };
            } catch (RuntimeException | Error e) {
                return mpr.failed(e);
            } finally {
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
        };
    }

    /** String {@code index} of the call, decoded from exactly its units; {@code null} for NULL. */
    private static String string(Pointer strings, int index, int length) {
        return length == NO_STRING ? null : decode(strings.getPointer((long) index * Native.POINTER_SIZE), length);
    }
}
