package io.github.wnet4j.nativetesting;

import io.github.wnet4j.spi.BackendProvider;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.nativeaccess.MprLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import static io.github.wnet4j.spi.NetResource.RESOURCETYPE_ANY;
import static io.github.wnet4j.spi.NetResource.RESOURCETYPE_DISK;
import static io.github.wnet4j.spi.NetResource.RESOURCETYPE_PRINT;
import static io.github.wnet4j.spi.UseConnectionAnswer.CONNECT_REDIRECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The connect side's differential contract every native backend runs: the same connect calls
 * (the four functions; devices, deviceless, picked devices, printers; no credentials, an empty
 * password, a user name and a non-BMP password; a remote name needing the access-name retry; success
 * and the failures of rows C3-C12) through each backend named by {@link #backendNames()} over the C
 * double, and straight into the same model. All must give the same answers, the model must receive the
 * same calls (passwords compared by digest), and the double must see the same access-name buffers
 * declared: the backends share the layout and the retry, so a difference is a marshalling bug in one.
 */
public abstract class NativeConnectDifferentialContract {
    private static final String SECRET = "s3cr€t😀";
    private static final String LONG_SHARE = "\\\\nas\\" + "ü".repeat(MprLibrary.CONNECTION_UNITS);
    /** The model's code per remote name: what the rows answer (C3 85, C4 1202, C9 1219, C11 53/67/5, C12 86/1326). */
    private static final Map<String, Integer> CODES = Map.of("\\\\busy\\share", 85, "\\\\remembered\\share", 1202,
            "\\\\conflict\\share", 1219, "\\\\nowhere\\share", 53, "\\\\srv\\missing", 67, "\\\\srv\\denied", 5,
            "\\\\srv\\badpassword", 86, "\\\\srv\\unknownuser", 1326);

    private static MprDouble mpr;
    private static int violationsBefore;

    /**
     * The providers to compare, by name (found through ServiceLoader: backend packages are not exported).
     *
     * @return at least two provider names, such as {@code List.of("jna", "jnr")}
     */
    protected abstract List<String> backendNames();

    @BeforeAll
    static void loadTheDouble() {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        mpr = MprDouble.load();
        violationsBefore = mpr.abiViolations();
    }

    @AfterAll
    static void noCallBrokeTheAbi() {
        if (mpr != null) {
            mpr.stopServing();
            assertEquals(violationsBefore, mpr.abiViolations(), mpr::lastViolation);
        }
    }

    /** A model deciding by remote name, as the fake would for the rows above. */
    private static final class RowModel extends ConnectModel {
        RowModel() {
            super(0);
        }

        @Override
        protected int code(String remoteName) {
            return CODES.getOrDefault(remoteName, 0);
        }
    }

    /** One connect call: which function, and its arguments; the password as test data, made into a new array per call. */
    private record Call(String function, NetResource resource, String password, String userName, int flags) {
        Object on(WNetBackend backend) {
            char[] units = password == null ? null : password.toCharArray();
            return switch (function) {
                case "WNetAddConnection2W" -> backend.addConnection2(resource, units, userName, flags);
                case "WNetAddConnection3W" -> backend.addConnection3(resource, units, userName, flags);
                case "WNetUseConnectionW" -> backend.useConnection(resource, units, userName, flags);
                default -> backend.addConnection(resource.remoteName(), units, resource.localName());
            };
        }
    }

    private static List<Call> calls() {
        List<String> remotes = new ArrayList<>(List.of("\\\\srv\\share", "\\\\SÉRVER\\共有😀", LONG_SHARE));
        remotes.addAll(CODES.keySet().stream().sorted().toList());
        List<Call> calls = new ArrayList<>();
        for (String function : List.of("WNetAddConnection2W", "WNetAddConnection3W", "WNetUseConnectionW",
                "WNetAddConnectionW")) {
            for (String remote : remotes) {
                calls.add(new Call(function, resource(RESOURCETYPE_DISK, "Z:", remote), SECRET, "CORP\\svc", 0x1));
                if (!function.equals("WNetAddConnectionW")) {
                    calls.add(new Call(function, resource(RESOURCETYPE_ANY, null, remote), null, null, 0));
                    calls.add(new Call(function, resource(RESOURCETYPE_DISK, null, remote), "", ".\\user", 0x4));
                    calls.add(new Call(function, resource(RESOURCETYPE_DISK, null, remote), SECRET, null, CONNECT_REDIRECT));
                    calls.add(new Call(function, resource(RESOURCETYPE_PRINT, null, remote), null, "user@corp",
                            CONNECT_REDIRECT));
                }
            }
        }
        return calls;
    }

    private static NetResource resource(int type, String device, String remote) {
        return new NetResource(0, type, 0, 0, device, remote, null, null);
    }

    /** What one backend (or the model itself) made of every call, what the model received, and the buffers declared. */
    private record Run(List<Object> answers, List<ReceivedConnect> received, List<BufferCall> buffers) {
    }

    private static Run run(WNetBackend backend) {
        RowModel model = new RowModel();
        mpr.serve(model);
        mpr.clearBufferCalls();
        List<Object> answers = new ArrayList<>();
        for (Call call : calls()) {
            answers.add(call.on(backend == null ? model : backend));
        }
        return new Run(answers, DoubleConnect.of(mpr).receivedConnects(), mpr.bufferCalls());
    }

    @Test
    void everyBackendAnswersTheSameConnectCallsAlike() {
        Run direct = run(null);
        List<String> names = backendNames();
        Run first = null;
        for (String name : names) {
            WNetBackend backend = ServiceLoader.load(BackendProvider.class).stream().map(ServiceLoader.Provider::get)
                    .filter(p -> p.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no provider named " + name)).create();
            Run through = run(backend);
            assertEquals(direct.answers(), through.answers(), name + " answers differently from the model itself");
            assertEquals(calls().size(), through.received().size(), name + ": calls the model received");
            if (first == null) {
                first = through;
            } else {
                assertEquals(first.received(), through.received(), name + " carries other arguments than " + names.get(0));
                assertEquals(first.buffers(), through.buffers(), name + " declares other buffers than " + names.get(0));
            }
        }
        assertEquals(List.of(), mpr.modelFailures(), "exceptions the model threw behind the double");
    }
}
