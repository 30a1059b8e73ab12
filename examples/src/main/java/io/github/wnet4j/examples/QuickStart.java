package io.github.wnet4j.examples;

import io.github.wnet4j.WNet;
import io.github.wnet4j.WNetException;
import io.github.wnet4j.fake.FakeLogon;

/**
 * The quick start: seeds the fake with the state a deployment agent meets (a persistent drive with
 * open files, a drive an active process uses), then runs the README's clean-up code against it.
 */
public final class QuickStart {
    private QuickStart() {
    }

    /** Runs the walkthrough; prints what happens. */
    public static void main(String[] args) {
        FakeLogon logon = FakeLogon.shared()
                .connectDevice("Z:", "\\\\fileserver\\deploy", c -> c.persistent().openFiles(2))
                .connectDevice("Y:", "\\\\fileserver\\logs", c -> c.usedByProcess());
        System.out.println("Before: " + logon);

        // Discovery finds no real backend off Windows and says so once, then uses the fake.
        WNet wnet = WNet.get();
        System.out.println("Backend: " + wnet.backendName());

        System.out.println(DriveCleanup.unmap(wnet, "Z:").describe());   // refused (open files), then forced
        System.out.println(DriveCleanup.unmap(wnet, "Z:").describe());   // already gone: counts as done
        try {
            DriveCleanup.unmap(wnet, "Y:");
        } catch (WNetException e) {
            System.out.println("Y: stays: " + e.getMessage());
        }
        System.out.println("Calls made:");
        logon.journal().forEach(call -> System.out.println("  " + call));
        System.out.println("After:  " + logon);
        System.out.println("Z: remembered for the next logon? " + logon.isRemembered("Z:"));
    }
}
