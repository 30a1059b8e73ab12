package io.github.wnet4j.nativetesting;

import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.BackendProvider;
import io.github.wnet4j.spi.ConnectionAnswer;
import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.UniversalNameAnswer;
import io.github.wnet4j.spi.WNetBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The read-side differential contract every native backend runs: the read functions through each
 * backend named by {@link #backendNames()} over the C double, against the same model, and the model
 * called directly. All must give the same answers, the model must receive the same calls, and the
 * double must see the same buffers declared (the backends share the buffer retry, so a difference
 * is a marshalling bug in one of them). One list of calls serves every backend.
 */
public abstract class NativeReadDifferentialContract {
    private static final String PROVIDER = "Microsoft Windows Network";
    private static final ExtendedError DENIED = new ExtendedError(5, "Zugriff verweigert: \\\\sërver\\共有 😀", PROVIDER);

    private static MprDouble mpr;

    /**
     * The providers to compare, by name (found through ServiceLoader: backend packages are not
     * exported); the first also runs the coverage check.
     *
     * @return at least two provider names, such as {@code List.of("jna", "jnr")}
     */
    protected abstract List<String> backendNames();

    @BeforeAll
    static void loadTheDouble() {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        mpr = MprDouble.load();
    }

    private List<WNetBackend> backends() {
        List<WNetBackend> backends = new ArrayList<>();
        for (String name : backendNames()) {
            backends.add(ServiceLoader.load(BackendProvider.class).stream().map(ServiceLoader.Provider::get)
                    .filter(p -> p.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no provider named " + name)).create());
        }
        return backends;
    }

    @AfterAll
    static void noCallBrokeTheAbi() {
        if (mpr != null) {
            mpr.stopServing();
            assertEquals(0, mpr.abiViolations(), mpr::lastViolation);
            assertEquals(0, mpr.openEnumerations(), "enumeration handles left open");
        }
    }

    private static NetResource entry(int scope, int type, String device, String remote) {
        return new NetResource(scope, type, NetResource.RESOURCEDISPLAYTYPE_SHARE, NetResource.RESOURCEUSAGE_CONNECTABLE,
                device, remote, null, PROVIDER);
    }

    /** A logon's worth of answers: 26 drives and 26 deviceless connections, remembered entries, failures. */
    static final class TableModel extends ReadModel {
        final Map<String, ConnectionAnswer> connections;
        final List<NetResource> connected = new ArrayList<>();
        final List<NetResource> remembered = new ArrayList<>();

        TableModel() {
            super(() -> DENIED);
            connections = Map.of("Z:", new ConnectionAnswer(0, "\\\\srv\\share"),
                    "Y:", new ConnectionAnswer(1201, "\\\\sërver\\共有\\😀"),
                    "X:", new ConnectionAnswer(0, "\\\\srv\\" + "ß".repeat(400) + "\uD834\uDD1E"),
                    "LPT1:", new ConnectionAnswer(0, "\\\\srv\\printer"),
                    "W:", new ConnectionAnswer(1208, null));
            for (char d = 'A'; d <= 'Z'; d++) {
                String share = "\\\\server-" + d + "\\" + "é".repeat(60) + "😀";
                connected.add(entry(NetResource.RESOURCE_CONNECTED, NetResource.RESOURCETYPE_DISK, d + ":", share));
                connected.add(entry(NetResource.RESOURCE_CONNECTED, NetResource.RESOURCETYPE_DISK, null, share + "\\IPC$"));
                if (d % 3 == 0) {
                    remembered.add(entry(NetResource.RESOURCE_REMEMBERED, NetResource.RESOURCETYPE_DISK, d + ":", share));
                }
            }
            connected.add(entry(NetResource.RESOURCE_CONNECTED, NetResource.RESOURCETYPE_PRINT, "LPT1:", "\\\\srv\\printer"));
        }

        @Override
        public ConnectionAnswer getConnection(String localName) {
            return connections.getOrDefault(localName.toUpperCase(java.util.Locale.ROOT), new ConnectionAnswer(2250, null));
        }

        @Override
        public EnumerationAnswer enumerate(int scope, int type, int usage) {
            if (type != NetResource.RESOURCETYPE_ANY && type != NetResource.RESOURCETYPE_DISK
                    && type != NetResource.RESOURCETYPE_PRINT) {
                return new EnumerationAnswer(87, "WNetOpenEnum", List.of());
            }
            if (scope == 5) {
                return new EnumerationAnswer(1208, "WNetEnumResource", List.of());
            }
            List<NetResource> all = scope == NetResource.RESOURCE_REMEMBERED ? remembered : connected;
            return new EnumerationAnswer(0, null, all.stream()
                    .filter(e -> type == NetResource.RESOURCETYPE_ANY || e.type() == type).toList());
        }

        @Override
        public UniversalNameAnswer getUniversalName(String localPath, int infoLevel) {
            if (!localPath.toUpperCase(java.util.Locale.ROOT).startsWith("Z:")) {
                return new UniversalNameAnswer(2250, null, null, null);
            }
            String rest = localPath.length() > 2 ? localPath.substring(2) : "\\";
            String universal = "\\\\srv\\share" + (rest.equals("\\") ? "\\" : rest);
            return infoLevel == 2 ? new UniversalNameAnswer(0, universal, "\\\\srv\\share", rest)
                    : new UniversalNameAnswer(0, universal, null, null);
        }
    }

    /** What one backend answered to every read, and what it made the double see. */
    record Run(List<Object> answers, List<ReceivedRead> received, List<BufferCall> buffers) {
    }

    private static Run run(WNetBackend backend) {
        TableModel model = new TableModel();
        WNetBackend calls = backend == null ? model : backend;
        mpr.serve(model);
        mpr.clearBufferCalls();
        List<Object> answers = new ArrayList<>();
        for (String device : List.of("Z:", "z:", "Y:", "X:", "LPT1:", "W:", "V:", "\\\\srv\\share", "ZZ:")) {
            answers.add(calls.getConnection(device));
            if (answers.get(answers.size() - 1) instanceof ConnectionAnswer a && a.code() == 1208) {
                answers.add(calls.lastExtendedError());
            }
        }
        for (int scope : new int[] {NetResource.RESOURCE_CONNECTED, NetResource.RESOURCE_REMEMBERED, 5}) {
            for (int type : new int[] {0, 1, 2, 3}) {
                answers.add(calls.enumerate(scope, type, 0));
            }
        }
        String longPath = "Z:\\" + "verzeichnis\\".repeat(60) + "😀.txt";
        for (String path : List.of("Z:\\dir\\f.txt", "Z:", "Z:\\", longPath, "Y:\\f", "z:\\ü")) {
            for (int level : new int[] {1, 2}) {
                answers.add(calls.getUniversalName(path, level));
            }
        }
        return new Run(answers, mpr.receivedReads(), mpr.bufferCalls());
    }

    @Test
    void everyBackendAndTheModelGiveTheSameAnswersAndTheDoubleSeesTheSameCalls() {
        Run direct = run(null);
        List<String> names = backendNames();
        List<WNetBackend> backends = backends();
        Run first = run(backends.get(0));
        assertEquals(direct.answers(), first.answers(), names.get(0) + " against the model itself");
        for (int i = 1; i < backends.size(); i++) {
            Run other = run(backends.get(i));
            assertEquals(direct.answers(), other.answers(), names.get(i) + " against the model itself");
            assertEquals(first.received(), other.received(), "calls that reached the model");
            assertEquals(first.buffers(), other.buffers(), "buffers declared and sizes written back");
        }
        assertEquals(List.of(), mpr.modelFailures(), "exceptions the model threw behind the double");
    }

    @Test
    void theCallsCoverTheRetriesEveryFailureAndTheWholeEnumeration() {
        Run run = run(backends().get(0));
        List<Integer> codes = run.buffers().stream().map(BufferCall::code).toList();
        assertTrue(codes.contains(234), "a retry happened");
        assertTrue(run.buffers().stream().filter(b -> b.function().equals("WNetEnumResourceW") && b.code() == 0)
                .count() > 1, "an enumeration needed more than one buffer");
        List<Integer> answerCodes = run.answers().stream().map(a -> a instanceof ConnectionAnswer c ? c.code()
                : a instanceof EnumerationAnswer e ? e.code() : a instanceof UniversalNameAnswer u ? u.code() : -1).toList();
        for (int code : new int[] {0, 87, 1201, 1208, 2250}) {
            assertTrue(answerCodes.contains(code), () -> "code " + code + " among " + answerCodes);
        }
        assertTrue(run.answers().contains(DENIED), "the extended error after a read came back");
        EnumerationAnswer all = (EnumerationAnswer) run.answers().get(10);
        assertEquals(53, all.resources().size(), "26 drives, 26 deviceless, one printer");
    }
}
