package io.github.wnet4j.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Issue 21's rows of the one table, each beside its baseline from the same run: a connect + cancel
 * through JNA and (JDK 22+ builds) FFM against bare bindings making the same calls from the same Java
 * values per call (and, as context, against the bare bindings with their arguments written once up
 * front: the downcalls alone), the double answering in C ({@code connect.json}, {@code ffm-connect.json}); the fake's connect + cancel on one thread against
 * a ConcurrentHashMap put + remove, and a logon per thread on two threads against one
 * ({@code fake-connect-1.json}, {@code fake-connect-2.json}). Beside the fake's row, as context, the
 * least any fake that journals its calls does for the same pair ({@code FakeConnectBenchmark.JournaledMap}):
 * what the 2x target leaves for the rows C1-C21 themselves; and the same on two threads, a map each, which
 * shows whether this run's JVM placed two threads' small written objects close together (then plain
 * JDK collections scale no better than the fake; docs/performance.md).
 */
final class ConnectRows {

    private ConnectRows() {
    }

    /**
     * A binding's row against the bare binding passing the same Java values per call (the target); as
     * context, the bare binding with its arguments written once up front (the downcalls alone), and the
     * library with its request made in each call rather than once.
     */
    private static void nativeRows(Report report, String file, String benchmark, String binding, String libraryMethod,
                                   String bareMethodName, String bare) {
        String method = benchmark + "." + libraryMethod;
        String bareMethod = benchmark + "." + bareMethodName;
        double library = report.medianOf(file, method);
        String row = "connect + cancel through " + binding + ", the double answering in C (ns/pair)";
        report.ratioRow(row, library, bare + ", same Java values per call", report.medianOf(file, bareMethod), 1.10);
        report.infoRow(row, library, bare + ", arguments written once up front",
                report.medianOf(file, bareMethod + "WrittenOnce"));
        report.infoRow("connect + cancel through " + binding + ", the request and Credentials made in each call (ns/pair)",
                report.medianOf(file, method + "RequestPerCall"), bare + ", same Java values per call",
                report.medianOf(file, bareMethod));
    }

    static void add(Report report, Path dir) {
        nativeRows(report, "connect.json", "NativeConnectBenchmark", "JNA", "jna", "bareJna", "bare JNA binding");
        if (Files.exists(dir.resolve("ffm-connect.json"))) {
            nativeRows(report, "ffm-connect.json", "FfmConnectBenchmark", "FFM", "ffm", "bareFfm", "bare FFM downcalls");
        }
        double map = 1000 / report.medianOf("fake-connect-1.json", "FakeConnectBenchmark.concurrentHashMapPutRemove");
        for (String method : new String[] {"ownLogonConnectCancel", "ownLogonConnectCancelWithCredentials"}) {
            boolean plain = method.equals("ownLogonConnectCancel");
            String what = plain ? "the logon's own credentials" : "a user name and password";
            double one = report.medianOf("fake-connect-1.json", "FakeConnectBenchmark." + method);
            double two = report.medianOf("fake-connect-2.json", "FakeConnectBenchmark." + method);
            if (plain) {
                report.ratioRow("fake: connect + cancel, " + what + ", 1 thread (ns/pair)", 1000 / one,
                        "ConcurrentHashMap put + remove", map, 2);
                report.infoRow("journaled map: connect + cancel with no row decided (ns/pair)",
                        1000 / report.medianOf("fake-connect-1.json", "FakeConnectBenchmark.journaledMapConnectCancel"),
                        "ConcurrentHashMap put + remove", map);
                report.minimumRow("fake: connect + cancel, 2 threads, a logon each (ops/us)", two, "same, 1 thread", one, 1.8);
                report.infoRow("journaled map: connect + cancel, 2 threads, a map each (ops/us)",
                        report.medianOf("fake-connect-2.json", "FakeConnectBenchmark.journaledMapConnectCancel"), "same, 1 thread",
                        report.medianOf("fake-connect-1.json", "FakeConnectBenchmark.journaledMapConnectCancel"));
            } else {
                report.infoRow("fake: connect + cancel, " + what + ", 1 thread (ns/pair)", 1000 / one,
                        "ConcurrentHashMap put + remove", map);
            }
        }
    }
}
