package io.github.wnet4j.reliability;

import io.github.wnet4j.cli.Wnet;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * A {@code wnet} process that runs many commands on one state file, for {@link StateFileProcessesTest}.
 * Each command goes through {@link Wnet#run}, so it takes the state file's lock as a separate
 * {@code wnet} invocation would; one JVM runs many, because JVM starts, not commands, would
 * otherwise be what the test measures.
 *
 * <ul>
 *   <li>{@code mix STATE P OWN SHARED}: connects {@code \\srv\pP-i} for i below OWN, and cancels every
 *       {@code \\srv\shared-j} for j below SHARED (starting at a different j in each process), interleaved;
 *       prints {@code connect|cancel NAME STATUS} per command.</li>
 *   <li>{@code churn STATE C}: connects and cancels {@code \\srv\churn-C-n} for ever, until it is killed.</li>
 * </ul>
 */
public final class StateFileDriver {
    private StateFileDriver() {
    }

    /** Runs one mode; see the class comment. */
    public static void main(String[] args) {
        String state = args[1];
        if (args[0].equals("mix")) {
            int p = Integer.parseInt(args[2]);
            int own = Integer.parseInt(args[3]);
            int shared = Integer.parseInt(args[4]);
            for (int i = 0; i < Math.max(own, shared); i++) {
                if (i < own) {
                    String name = "\\\\srv\\p" + p + "-" + i;
                    System.out.println("connect " + name + " " + wnet("sim", "connect", name, "--state", state));
                }
                if (i < shared) {
                    String name = "\\\\srv\\shared-" + (i + 5 * p) % shared;
                    System.out.println("cancel " + name + " " + wnet("cancel", name, "--state", state));
                }
            }
        } else {
            for (long n = 0; ; n++) {
                String name = "\\\\srv\\churn-" + args[2] + "-" + n;
                wnet("sim", "connect", name, "--state", state);
                wnet("cancel", name, "--state", state);
            }
        }
        System.out.flush();
    }

    private static int wnet(String... args) {
        StringWriter sink = new StringWriter();
        int status = Wnet.run(args, new PrintWriter(sink), new PrintWriter(sink));
        if (status > 1) {
            System.err.println(String.join(" ", args) + " -> " + status + ": " + sink);
        }
        return status;
    }
}
