package io.github.wnet4j.nativetesting;

import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.WNetBackend;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Whether a backend's native copy of the password is zeroed before its memory is freed, seen in
 * the backend's own native memory: a backend test subclasses the backend's connect calls (the
 * shared {@code ConnectCalls}; package-private, so in the backend's test package) so that its
 * {@code zero} and {@code free} first hand this check the block's bytes, and runs {@link #run} with a
 * backend over them. Freed memory cannot be read
 * afterwards (it may be reused at once), so this is where the zeroing is observable.
 */
public final class PasswordMemoryCheck {
    private static final char[] PASSWORD = "Pä😀ss🔑wörd".toCharArray();

    private int heldBeforeZeroing;
    private int heldWhenFreed;
    private int freed;

    /**
     * A block's bytes just before the backend zeroes it.
     *
     * @param bytes the block's bytes
     */
    public synchronized void beforeZeroing(byte[] bytes) {
        if (holdsPassword(bytes)) {
            heldBeforeZeroing++;
        }
    }

    /**
     * A block's bytes just before the backend frees it.
     *
     * @param bytes the block's bytes
     */
    public synchronized void beforeFreeing(byte[] bytes) {
        freed++;
        if (holdsPassword(bytes)) {
            heldWhenFreed++;
        }
    }

    /** Whether the password's UTF-16 units, in native order, occur in the bytes. */
    private static boolean holdsPassword(byte[] bytes) {
        byte[] units = new byte[2 * PASSWORD.length];
        ByteBuffer.wrap(units).order(ByteOrder.nativeOrder()).asCharBuffer().put(PASSWORD);
        for (int at = 0; at + units.length <= bytes.length; at++) {
            if (Arrays.equals(bytes, at, at + units.length, units, 0, units.length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Makes the four connect calls with a password through {@code calls} into the double, then checks
     * that every one put the password into native memory and that no block still held it when freed.
     *
     * @param calls a backend whose connect calls report to this check
     */
    public void run(WNetBackend calls) {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        MprDouble mpr = MprDouble.load();
        mpr.serve(new ConnectModel(0));
        NetResource drive = new NetResource(0, NetResource.RESOURCETYPE_DISK, 0, 0, "Z:", "\\\\srv\\share", null, null);
        try {
            calls.addConnection2(drive, PASSWORD.clone(), "CORP\\svc", 0);
            calls.addConnection3(drive, PASSWORD.clone(), "CORP\\svc", 0);
            calls.useConnection(drive, PASSWORD.clone(), "CORP\\svc", 0);
            calls.addConnection("\\\\srv\\share", PASSWORD.clone(), "Z:");
            assertEquals(4, DoubleConnect.of(mpr).receivedConnects().stream()
                    .filter(c -> c.password().matches(PASSWORD)).count(), "calls that carried the password");
        } finally {
            mpr.stopServing();
        }
        synchronized (this) {
            assertEquals(4, heldBeforeZeroing, "blocks that held the password before zeroing (one per call)");
            assertEquals(0, heldWhenFreed, "blocks freed still holding the password");
            assertTrue(freed >= 5, "blocks freed: the four calls' inputs and the access name's: " + freed);
        }
    }
}
