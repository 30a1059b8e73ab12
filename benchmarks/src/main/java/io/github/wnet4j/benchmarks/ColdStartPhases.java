package io.github.wnet4j.benchmarks;

import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.WNet;

import java.util.Comparator;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * Where a cold start's time goes: in a fresh JVM, times each step of {@link DiscoverAndCancel}
 * separately and prints {@code phase=milliseconds} lines. Two JDK facilities that discovery's
 * first use initialises are triggered first, on their own, so their cost shows apart: the
 * platform logger ({@code System.getLogger}, which starts java.util.logging) and the lambda
 * machinery (the first lambda and method reference spin classes at run time).
 */
public final class ColdStartPhases {

    private ColdStartPhases() {
    }

    /** Prints one line per phase. */
    public static void main(String[] args) {
        long t0 = System.nanoTime();
        // Discovery's own logger name (the class is package-private).
        System.Logger logger = System.getLogger("io.github.wnet4j.Discovery");
        long t1 = System.nanoTime();
        IntSupplier lambda = () -> 1;
        Comparator<String> reference = Comparator.comparingInt(String::length);
        long t2 = System.nanoTime();
        ConnectionCanceller canceller = WNet.get();
        long t4 = System.nanoTime();
        CancelOutcome outcome = canceller.cancelConnection2("Z:", Set.of(), false);
        long t5 = System.nanoTime();
        print("jdk.logging", t0, t1);
        print("jdk.lambda", t1, t2);
        // Finding the providers and choosing one are one public step now (Discovery is internal).
        print("discovery", t2, t4);
        print("first.cancel", t4, t5);
        // Use what was made, so nothing above is dead code.
        System.out.println("code=" + outcome.code() + (logger.getName().isEmpty() ? "" : "")
                + (lambda.getAsInt() + reference.compare("a", "b") == 1 ? "" : ""));
    }

    private static void print(String phase, long from, long to) {
        System.out.println(phase + "=" + (to - from) / 1e6);
    }
}
