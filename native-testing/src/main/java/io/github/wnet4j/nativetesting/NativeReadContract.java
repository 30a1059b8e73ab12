package io.github.wnet4j.nativetesting;

import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.ConnectionAnswer;
import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.UniversalNameAnswer;
import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.nativeaccess.MprLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static io.github.wnet4j.spi.NetResource.RESOURCE_CONNECTED;
import static io.github.wnet4j.spi.NetResource.RESOURCE_REMEMBERED;
import static io.github.wnet4j.spi.NetResource.RESOURCETYPE_ANY;
import static io.github.wnet4j.spi.NetResource.RESOURCETYPE_DISK;
import static io.github.wnet4j.spi.NetResource.RESOURCETYPE_PRINT;
import static io.github.wnet4j.spi.UniversalNameAnswer.REMOTE_NAME_INFO_LEVEL;
import static io.github.wnet4j.spi.UniversalNameAnswer.UNIVERSAL_NAME_INFO_LEVEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The read side across the native boundary, for any native backend: WNetGetConnectionW,
 * the WNetOpenEnumW / WNetEnumResourceW / WNetCloseEnum enumeration and WNetGetUniversalNameW
 * through the backend into the C double, whose model answers what each test sets. Checked: answers
 * longer than the first buffer come back whole (a backend that does not retry on ERROR_MORE_DATA,
 * or retries with a size other than the one written back, fails), entries with NULL strings,
 * non-ASCII and supplementary names unit for unit, codes passed through, the handle closed after
 * every enumeration also when reading fails, no stale or unknown handle used, no ABI violation.
 *
 * <p>Subclass it in the backend's tests with {@code newBackend()}; where the double is unavailable
 * every test skips with {@link MprDouble#whyUnavailable()}. It serves through the one process-wide
 * double, so it must not run concurrently with other tests that use it.
 */
public abstract class NativeReadContract {
    private static final String PROVIDER = "Microsoft Windows Network";
    /** A remote name a few units longer than the first WNetGetConnectionW buffer, non-ASCII and supplementary. */
    static final String LONGER_THAN_THE_FIRST_BUFFER =
            "\\\\sërver\\共有\\😀" + "ü".repeat(MprLibrary.CONNECTION_UNITS - 9) + "\uD834\uDD1E";

    private MprDouble mpr;
    private WNetBackend backend;
    private int violationsBefore;
    private int staleBefore;
    private int unknownBefore;
    private int openBefore;

    /** A backend under test, made as discovery would (by its provider); called once per test. */
    protected abstract WNetBackend newBackend();

    @BeforeEach
    final void loadTheDouble() {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        mpr = MprDouble.load();
        backend = newBackend();
        violationsBefore = mpr.abiViolations();
        staleBefore = mpr.staleHandleUses();
        unknownBefore = mpr.unknownHandleUses();
        openBefore = mpr.openEnumerations(); // process-wide: another test's leak must not fail this one
        mpr.clearBufferCalls();
    }

    @AfterEach
    final void everyHandleClosedAndNoCallBrokeTheAbi() {
        if (mpr != null) {
            mpr.stopServing();
            assertEquals(violationsBefore, mpr.abiViolations(), mpr::lastViolation);
            assertEquals(List.of(), mpr.modelFailures(), "exceptions the model threw behind the double");
            assertEquals(openBefore, mpr.openEnumerations(), "enumeration handles left open");
            assertEquals(staleBefore, mpr.staleHandleUses(), "calls with a handle already closed");
            assertEquals(unknownBefore, mpr.unknownHandleUses(), "calls with a handle never issued");
        }
    }

    private static NetResource drive(int scope, String device, String remote) {
        return new NetResource(scope, RESOURCETYPE_DISK, NetResource.RESOURCEDISPLAYTYPE_SHARE,
                NetResource.RESOURCEUSAGE_CONNECTABLE, device, remote, null, PROVIDER);
    }

    private static NetResource deviceless(String remote) {
        return drive(RESOURCE_CONNECTED, null, remote);
    }

    /** Serves an enumeration answer, whatever the scope. */
    private void serveEnumeration(EnumerationAnswer answer) {
        mpr.serve(new ReadModel() {
            @Override
            public EnumerationAnswer enumerate(int scope, int type, int usage) {
                return answer;
            }
        });
    }

    // ---- WNetGetConnectionW ----

    @Test
    void aRemoteNameLongerThanTheFirstBufferComesBackWholeAfterOneRetry() {
        mpr.serve(new ReadModel() {
            @Override
            public ConnectionAnswer getConnection(String localName) {
                return new ConnectionAnswer(0, LONGER_THAN_THE_FIRST_BUFFER);
            }
        });
        assertEquals(new ConnectionAnswer(0, LONGER_THAN_THE_FIRST_BUFFER), backend.getConnection("Z:"));
        long needed = LONGER_THAN_THE_FIRST_BUFFER.length() + 1;
        assertEquals(List.of(new BufferCall("WNetGetConnectionW", MprLibrary.CONNECTION_UNITS, 234, needed),
                new BufferCall("WNetGetConnectionW", needed, 0, 0)), mpr.bufferCalls());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Z:", "lpt1:", "\\\\srv\\share", "ZZ:", "Z:\\dir\\😀\\ü"})
    void theLocalNameArrivesAsItsExactUnits(String localName) {
        mpr.serve(new ReadModel() {
            @Override
            public ConnectionAnswer getConnection(String name) {
                return new ConnectionAnswer(1200, null);
            }
        });
        assertEquals(new ConnectionAnswer(1200, null), backend.getConnection(localName));
        assertEquals(List.of(new ReceivedRead("WNetGetConnectionW", localName, List.of())), mpr.receivedReads());
    }

    /** Codes with and without a name: connected, remembered with its name (R2), and failures without one. */
    static Stream<ConnectionAnswer> connectionAnswers() {
        return Stream.of(new ConnectionAnswer(0, "\\\\srv\\share"), new ConnectionAnswer(0, "\\\\SÉRVER\\Share"),
                new ConnectionAnswer(1201, "\\\\srv\\😀"), new ConnectionAnswer(1201, null),
                new ConnectionAnswer(2250, null), new ConnectionAnswer(1200, null), new ConnectionAnswer(1222, null),
                new ConnectionAnswer(0xFFFFFFFF, null));
    }

    @ParameterizedTest
    @MethodSource("connectionAnswers")
    void getConnectionAnswersWhatTheModelAnswered(ConnectionAnswer answer) {
        mpr.serve(new ReadModel() {
            @Override
            public ConnectionAnswer getConnection(String localName) {
                return answer;
            }
        });
        assertEquals(answer, backend.getConnection("Z:"));
    }

    @Test
    void afterAFailedReadTheExtendedErrorIsReadOnTheSameThread() throws Exception {
        mpr.serve(new ReadModel(() -> new ExtendedError(5, Thread.currentThread().getName(), "Provider")) {
            @Override
            public ConnectionAnswer getConnection(String localName) {
                return new ConnectionAnswer(1208, null);
            }

            @Override
            public EnumerationAnswer enumerate(int scope, int type, int usage) {
                return new EnumerationAnswer(1208, "WNetEnumResource", List.of());
            }
        });
        String here = Thread.currentThread().getName();
        assertEquals(1208, backend.getConnection("Z:").code());
        assertEquals(here, backend.lastExtendedError().text());
        assertEquals(new EnumerationAnswer(1208, "WNetEnumResource", List.of()),
                backend.enumerate(RESOURCE_CONNECTED, RESOURCETYPE_ANY, 0));
        assertEquals(here, backend.lastExtendedError().text(), "closing the handle must not lose the error");
        String[] there = new String[2];
        CompletableFuture.runAsync(() -> {
            there[0] = Thread.currentThread().getName();
            backend.getConnection("Z:");
            there[1] = backend.lastExtendedError().text();
        }).get();
        assertNotEquals(here, there[0]);
        assertEquals(there[0], there[1]);
    }

    @Test
    void theLongestNamesCrossWholeBothWays() {
        String longest = "\\\\" + "共".repeat(32_767 - 2); // the most units the api accepts
        mpr.serve(new ReadModel() {
            @Override
            public ConnectionAnswer getConnection(String localName) {
                return new ConnectionAnswer(0, localName); // echo: the name went in whole
            }

            @Override
            public UniversalNameAnswer getUniversalName(String localPath, int infoLevel) {
                return new UniversalNameAnswer(0, localPath, null, null);
            }
        });
        assertEquals(new ConnectionAnswer(0, longest), backend.getConnection(longest));
        assertEquals(new UniversalNameAnswer(0, longest, null, null),
                backend.getUniversalName(longest, UNIVERSAL_NAME_INFO_LEVEL));
    }

    @Test
    void readsFromManyThreadsAtOnceEachGetTheirOwnAnswer() throws Exception {
        List<NetResource> entries = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            entries.add(deviceless("\\\\srv\\share-" + i + "-" + "ü".repeat(200)));
        }
        mpr.serve(new ReadModel() {
            @Override
            public ConnectionAnswer getConnection(String localName) {
                return new ConnectionAnswer(0, "\\\\srv\\" + localName.charAt(0) + "ß".repeat(300));
            }

            @Override
            public EnumerationAnswer enumerate(int scope, int type, int usage) {
                return new EnumerationAnswer(0, null, entries);
            }
        });
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Boolean>> threads = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String device = (char) ('A' + t) + ":";
                String expected = "\\\\srv\\" + device.charAt(0) + "ß".repeat(300);
                threads.add(CompletableFuture.supplyAsync(() -> {
                    boolean all = true;
                    for (int i = 0; i < 25; i++) {
                        all &= backend.getConnection(device).remoteName().equals(expected);
                        all &= backend.enumerate(RESOURCE_CONNECTED, RESOURCETYPE_ANY, 0).resources().equals(entries);
                    }
                    return all;
                }, pool));
            }
            for (CompletableFuture<Boolean> thread : threads) {
                assertTrue(thread.get(), "a thread got another's answer or a wrong one");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- the enumeration ----

    @Test
    void devicesAndDevicelessConnectionsComeBackWithEveryField() {
        List<NetResource> entries = List.of(drive(RESOURCE_CONNECTED, "Z:", "\\\\srv\\share"),
                deviceless("\\\\srv\\IPC$"), deviceless("\\\\sërver\\共有\\😀"),
                new NetResource(RESOURCE_CONNECTED, RESOURCETYPE_PRINT, NetResource.RESOURCEDISPLAYTYPE_SHARE,
                        NetResource.RESOURCEUSAGE_CONNECTABLE, "LPT1:", "\\\\srv\\printer", "a comment", null));
        serveEnumeration(new EnumerationAnswer(0, null, entries));
        assertEquals(new EnumerationAnswer(0, null, entries), backend.enumerate(RESOURCE_CONNECTED, RESOURCETYPE_ANY, 0));
        assertEquals(List.of(new ReceivedRead("WNetOpenEnumW", null, List.of(RESOURCE_CONNECTED, RESOURCETYPE_ANY, 0))),
                mpr.receivedReads());
    }

    @Test
    void twentySixDrivesAndTwentySixDevicelessConnectionsLargerThanTheFirstBufferAreAllRead() {
        List<NetResource> entries = new ArrayList<>();
        for (char d = 'A'; d <= 'Z'; d++) {
            String share = "\\\\server-" + d + "\\" + "ß".repeat(150) + "😀";
            entries.add(drive(RESOURCE_REMEMBERED, d + ":", share));
            entries.add(drive(RESOURCE_REMEMBERED, null, share + "\\deviceless"));
        }
        serveEnumeration(new EnumerationAnswer(0, null, entries));
        assertEquals(entries, backend.enumerate(RESOURCE_REMEMBERED, RESOURCETYPE_DISK, 0).resources());
        List<BufferCall> calls = mpr.bufferCalls();
        assertTrue(calls.size() > 2, () -> "the entries need more than one buffer: " + calls);
        assertEquals(259, calls.get(calls.size() - 1).code(), "read to the end");
    }

    @Test
    void anEntryLargerThanTheFirstBufferMakesTheBackendRetryWithTheSizeWrittenBack() {
        NetResource huge = drive(RESOURCE_CONNECTED, "Y:", "\\\\srv\\" + "共".repeat(MprLibrary.ENUMERATION_BYTES / 2));
        List<NetResource> entries = List.of(drive(RESOURCE_CONNECTED, "X:", "\\\\srv\\small"), huge,
                deviceless("\\\\srv\\after"));
        serveEnumeration(new EnumerationAnswer(0, null, entries));
        assertEquals(new EnumerationAnswer(0, null, entries), backend.enumerate(RESOURCE_CONNECTED, RESOURCETYPE_ANY, 0));
        List<BufferCall> calls = mpr.bufferCalls();
        BufferCall tooSmall = calls.stream().filter(c -> c.code() == 234).findFirst().orElseThrow();
        assertEquals(MprLibrary.ENUMERATION_BYTES, tooSmall.declared());
        assertEquals(tooSmall.sizeWrittenBack(), calls.get(calls.indexOf(tooSmall) + 1).declared(),
                () -> "the retry must declare the size written back: " + calls);
    }

    @Test
    void anEmptyEnumerationIsAnEmptyList() {
        serveEnumeration(new EnumerationAnswer(0, null, List.of()));
        assertEquals(new EnumerationAnswer(0, null, List.of()), backend.enumerate(RESOURCE_REMEMBERED, RESOURCETYPE_ANY, 0));
    }

    /** A failure at each of the three calls; the handle is closed whenever the open succeeded. */
    static Stream<EnumerationAnswer> failedEnumerations() {
        return Stream.of(new EnumerationAnswer(87, "WNetOpenEnum", List.of()),
                new EnumerationAnswer(1222, "WNetOpenEnum", List.of()),
                new EnumerationAnswer(1222, "WNetEnumResource", List.of()),
                new EnumerationAnswer(1208, "WNetEnumResource", List.of()),
                new EnumerationAnswer(6, "WNetCloseEnum", List.of()));
    }

    @ParameterizedTest
    @MethodSource("failedEnumerations")
    void aFailureIsReportedWithItsCallAndTheHandleIsClosed(EnumerationAnswer answer) {
        serveEnumeration(answer);
        assertEquals(answer, backend.enumerate(RESOURCE_CONNECTED, RESOURCETYPE_ANY, 0));
        assertEquals(openBefore, mpr.openEnumerations(), "the handle must be closed");
    }

    @Test
    void entriesBeforeAReadFailureAreNotReported() {
        // The model may answer entries and then fail the reading: the backend reports the failure alone.
        serveEnumeration(new EnumerationAnswer(1222, "WNetEnumResource",
                List.of(drive(RESOURCE_CONNECTED, "Z:", "\\\\srv\\share"))));
        assertEquals(new EnumerationAnswer(1222, "WNetEnumResource", List.of()),
                backend.enumerate(RESOURCE_CONNECTED, RESOURCETYPE_ANY, 0));
    }

    @Test
    void withNothingServedEveryReadAnswersNoNetwork() {
        mpr.stopServing();
        assertEquals(new ConnectionAnswer(1222, null), backend.getConnection("Z:"));
        assertEquals(new EnumerationAnswer(1222, "WNetOpenEnum", List.of()),
                backend.enumerate(RESOURCE_CONNECTED, RESOURCETYPE_ANY, 0));
        assertEquals(new UniversalNameAnswer(1222, null, null, null),
                backend.getUniversalName("Z:\\f", UNIVERSAL_NAME_INFO_LEVEL));
    }

    // ---- WNetGetUniversalNameW ----

    /** Answers of both levels, short and longer than the first buffer, with NULL parts. */
    static Stream<UniversalNameAnswer> universalNameAnswers() {
        String longPath = "\\" + "ördner\\".repeat(100) + "😀.txt";
        return Stream.of(new UniversalNameAnswer(0, "\\\\srv\\share\\dir\\f.txt", null, null),
                new UniversalNameAnswer(0, "\\\\srv\\share\\dir\\f.txt", "\\\\srv\\share", "\\dir\\f.txt"),
                new UniversalNameAnswer(0, "\\\\srv\\share" + longPath, null, null),
                new UniversalNameAnswer(0, "\\\\sërver\\共有" + longPath, "\\\\sërver\\共有", longPath),
                new UniversalNameAnswer(0, "\\\\srv\\share\\", "\\\\srv\\share", "\\"),
                new UniversalNameAnswer(1201, null, null, null), new UniversalNameAnswer(2250, null, null, null),
                new UniversalNameAnswer(50, null, null, null));
    }

    @ParameterizedTest
    @MethodSource("universalNameAnswers")
    void getUniversalNameAnswersWhatTheModelAnsweredAtItsLevel(UniversalNameAnswer answer) {
        int level = answer.connectionName() == null ? UNIVERSAL_NAME_INFO_LEVEL : REMOTE_NAME_INFO_LEVEL;
        mpr.serve(new ReadModel() {
            @Override
            public UniversalNameAnswer getUniversalName(String localPath, int infoLevel) {
                return answer;
            }
        });
        assertEquals(answer, backend.getUniversalName("Z:\\dir\\f.txt", level));
        List<BufferCall> calls = mpr.bufferCalls();
        // Each call, the retry too, asks the model.
        assertEquals(java.util.Collections.nCopies(calls.size(),
                new ReceivedRead("WNetGetUniversalNameW", "Z:\\dir\\f.txt", List.of(level))), mpr.receivedReads());
        BufferCall last = calls.get(calls.size() - 1);
        assertEquals(answer.code(), last.code());
        if (calls.size() > 1) {
            assertEquals(calls.get(0).sizeWrittenBack(), last.declared(), "the retry declares the size written back");
        }
    }

    @Test
    void aLongUniversalNameNeedsTheRetry() {
        String universal = "\\\\srv\\share\\" + "x".repeat(MprLibrary.UNIVERSAL_NAME_BYTES);
        mpr.serve(new ReadModel() {
            @Override
            public UniversalNameAnswer getUniversalName(String localPath, int infoLevel) {
                return new UniversalNameAnswer(0, universal, null, null);
            }
        });
        assertEquals(universal, backend.getUniversalName("Z:\\x", UNIVERSAL_NAME_INFO_LEVEL).universalName());
        assertEquals(2, mpr.bufferCalls().size(), () -> "one ERROR_MORE_DATA, one retry: " + mpr.bufferCalls());
    }

    // ---- names the api rejects ----

    /** Names that would reach Windows as another name, or as an encoder's guess. */
    static Stream<String> namesTheApiRejects() {
        return Stream.of("Z:\u0000\\other", "\\\\srv\\s\uD800", "");
    }

    @ParameterizedTest
    @MethodSource("namesTheApiRejects")
    void theRawReadsRejectWhatTheApiRejectsBeforeAnyNativeCall(String name) {
        mpr.serve(new ReadModel());
        assertThrows(IllegalArgumentException.class, () -> backend.getConnection(name));
        assertThrows(IllegalArgumentException.class, () -> backend.getUniversalName(name, UNIVERSAL_NAME_INFO_LEVEL));
        assertEquals(List.of(), mpr.receivedReads(), "no call may reach native code");
        assertEquals(List.of(), mpr.bufferCalls());
    }
}
