package io.github.wnet4j.benchmarks;

/**
 * A cold start through a hand-written jnr-ffi binding: load the library
 * {@code -Dwnet4j.mpr.library} names, make the same cancel as {@link DiscoverAndCancel}, print the code.
 */
public final class BareJnrCancel {

    private BareJnrCancel() {
    }

    /** Loads, cancels, prints the code. */
    public static void main(String[] args) {
        System.out.println(new BareJnr(System.getProperty("wnet4j.mpr.library"), "Z:").cancel());
    }
}
