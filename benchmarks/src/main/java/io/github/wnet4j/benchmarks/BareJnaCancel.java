package io.github.wnet4j.benchmarks;

/**
 * A cold start through a hand-written JNA binding: load the library {@code -Dwnet4j.mpr.library}
 * names, make the same cancel as {@link DiscoverAndCancel}, print the code.
 */
public final class BareJnaCancel {

    private BareJnaCancel() {
    }

    /** Loads, cancels, prints the code. */
    public static void main(String[] args) {
        System.out.println(new BareJna(System.getProperty("wnet4j.mpr.library"), "Z:").cancel());
    }
}
