package io.github.wnet4j.benchmarks;

import io.github.wnet4j.fake.FakeLogon;
import org.openjdk.jol.info.GraphLayout;

/**
 * Prints the bytes a fresh fake with three devices occupies, measured with JOL: every object
 * reachable from the logon ({@code total}), and those not also reachable from a second, independent
 * logon ({@code own}: without JVM-wide constants such as the behaviour profile, which every logon
 * shares). run.sh reads the two {@code key=value} lines.
 */
public final class RetainedSize {

    private RetainedSize() {
    }

    /** Prints {@code retained.total=N} and {@code retained.own=N}, then what the graph holds. */
    public static void main(String[] args) {
        FakeLogon logon = FreshFakeBenchmark.seeded();
        FakeLogon other = FreshFakeBenchmark.seeded();
        GraphLayout all = GraphLayout.parseInstance(logon);
        GraphLayout own = all.subtract(GraphLayout.parseInstance(other));
        System.out.println("retained.total=" + all.totalSize());
        System.out.println("retained.own=" + own.totalSize());
        if (args.length > 0 && args[0].equals("--verbose")) {
            System.out.println(all.toFootprint());
            System.out.println(own.toFootprint());
        }
    }
}
