package io.github.wnet4j.benchmarks;

/** The cold-start floor: a JVM that prints one line and exits. */
public final class PrintAndExit {

    private PrintAndExit() {
    }

    /** Prints one line. */
    public static void main(String[] args) {
        System.out.println("started");
    }
}
