package io.github.wnet4j.benchmarks;

/**
 * A cold start through a hand-written java.lang.foreign binding: look up the library
 * {@code -Dwnet4j.mpr.library} names, make the same cancel as {@link DiscoverAndCancel}, print the code.
 */
public final class BareFfmCancel {

    private BareFfmCancel() {
    }

    /** Looks up, cancels, prints the code. */
    public static void main(String[] args) {
        System.out.println(new BareFfm(System.getProperty("wnet4j.mpr.library"), "Z:").cancel());
    }
}
