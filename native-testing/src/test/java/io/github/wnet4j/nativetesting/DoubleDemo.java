package io.github.wnet4j.nativetesting;

import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.WNet;
import io.github.wnet4j.NoBackendException;
import io.github.wnet4j.fake.FakeLogon;

import java.io.PrintStream;
import java.util.Set;

/**
 * Shows a native backend acting on a simulated logon through the C test double of mpr.dll: seeds a
 * {@link FakeLogon} with a persistent {@code Z:} redirected to {@code \\srv\share}, serves it through
 * the double, resolves {@link WNet#get()}, cancels {@code Z:} with
 * {@code CONNECT_UPDATE_PROFILE}, and prints the state before, the outcome and the state after.
 *
 * <p>Run it with a native backend on the class path and
 * {@code -Dwnet4j.backend=jna} (or {@code jnr}) {@code -Dwnet4j.mpr.library=<path to libmprdouble.so>};
 * native-testing/README.md has the exact command. Exit status 0 on success, 1 if no backend or
 * double could be had, 2 if the canceller resolved is a simulator that bypasses the double.
 */
public final class DoubleDemo {

    private DoubleDemo() {
    }

    /**
     * Runs the demo.
     *
     * @param args none
     */
    public static void main(String[] args) {
        System.exit(run(System.out, System.err));
    }

    /** The demo, printing to {@code out} and {@code err}; returns the exit status. */
    static int run(PrintStream out, PrintStream err) {
        MprDouble mpr;
        try {
            mpr = MprDouble.load();
        } catch (IllegalStateException e) {
            err.println("DoubleDemo: " + e.getMessage());
            return 1;
        }
        FakeLogon logon = FakeLogon.create().connectDevice("Z:", "\\\\srv\\share", options -> options.persistent());
        mpr.serve(logon.backend());
        try {
            ConnectionCanceller canceller;
            try {
                canceller = WNet.get();
            } catch (NoBackendException e) {
                err.println("DoubleDemo: " + e.getMessage());
                return 1;
            }
            if (canceller.backendName().equals("fake")) {
                // The fake provider serves its own shared logon, not the one behind the double.
                err.println("DoubleDemo: discovery chose the simulator 'fake', which does not go through the"
                        + " double. Put wnet4j-backend-jna or wnet4j-backend-jnr on the class path and pass"
                        + " -Dwnet4j.backend=jna (or jnr).");
                return 2;
            }
            out.println("library:  " + mpr.libraryPath());
            out.println("backend:  " + canceller.backendName());
            out.println("before:   " + logon.snapshot());
            CancelOutcome outcome = canceller.cancelConnection2("Z:", Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), false);
            out.println("outcome:  " + outcome.describe());
            out.println("received: " + mpr.receivedCalls());
            out.println("after:    " + logon.snapshot());
            return outcome.isSuccess() ? 0 : 1;
        } finally {
            mpr.stopServing();
        }
    }
}
