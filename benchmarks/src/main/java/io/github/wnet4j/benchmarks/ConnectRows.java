package io.github.wnet4j.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Issue 21's rows of the one table, each beside its baseline from the same run: a connect + cancel
 * through JNA and (JDK 22+ builds) FFM against bare bindings making the same calls, the double answering
 * in C ({@code connect.json}, {@code ffm-connect.json}); the fake's connect + cancel on one thread against
 * a ConcurrentHashMap put + remove, and a logon per thread on two threads against one
 * ({@code fake-connect-1.json}, {@code fake-connect-2.json}).
 */
final class ConnectRows {

    private ConnectRows() {
    }

    static void add(Report report, Path dir) {
        report.ratioRow("connect + cancel through JNA, the double answering in C (ns/pair)",
                report.medianOf("connect.json", "NativeConnectBenchmark.jna"), "bare JNA binding, same arguments",
                report.medianOf("connect.json", "NativeConnectBenchmark.bareJna"), 1.10);
        if (Files.exists(dir.resolve("ffm-connect.json"))) {
            report.ratioRow("connect + cancel through FFM, the double answering in C (ns/pair)",
                    report.medianOf("ffm-connect.json", "FfmConnectBenchmark.ffm"), "bare FFM downcalls, same arguments",
                    report.medianOf("ffm-connect.json", "FfmConnectBenchmark.bareFfm"), 1.10);
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
                report.minimumRow("fake: connect + cancel, 2 threads, a logon each (ops/us)", two, "same, 1 thread", one, 1.8);
            } else {
                report.infoRow("fake: connect + cancel, " + what + ", 1 thread (ns/pair)", 1000 / one,
                        "ConcurrentHashMap put + remove", map);
            }
        }
    }
}
