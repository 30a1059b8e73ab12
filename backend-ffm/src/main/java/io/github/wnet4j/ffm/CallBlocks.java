package io.github.wnet4j.ffm;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

import static io.github.wnet4j.nativeaccess.MprLibrary.ERROR_TEXT_UNITS;
import static io.github.wnet4j.nativeaccess.MprLibrary.PROVIDER_NAME_UNITS;

/**
 * The native memory a cancel passes (its name), a connect passes (its NETRESOURCEW, names and password)
 * or WNetGetLastErrorW fills (its three out-parameters):
 * a few blocks, each lent to one call at a time and given back when it returns, so that the common
 * call opens no arena. Opening, allocating and closing a confined arena per call measured about
 * 40 ns, and on the extended-error path it also zeroed 10 KiB; a block is taken and given back with
 * one compare-and-set each.
 *
 * <p>Bounded, and never per thread: a backend makes at most {@value #BLOCKS} blocks of
 * {@value #BLOCK_BYTES} bytes (192 KiB), each the first time that many of its calls are in flight at
 * once, and none before.
 * A call that finds none free, or whose name does not fit, gets {@code null} and opens a confined
 * arena as before, so any number of (virtual) threads is served with bounded memory. A block is in
 * use only for the length of one downcall, which pins a virtual thread to its carrier, so more
 * blocks than carriers and platform threads calling at once are seldom wanted.
 *
 * <p>A block is lent zeroed up to wherever a function wrote, and its borrower clears what it wrote
 * or read before giving it back (see {@link FfmBackend}), so one call never reads another's text.
 */
final class CallBlocks {
    /** How many blocks there can be: a power of two, so a start slot is a mask of the thread's id. */
    static final int BLOCKS = 16;
    /** Room for WNetGetLastErrorW's code, text and provider name, or for a name of up to 6,143 units and its NUL. */
    static final int BLOCK_BYTES = 12 * 1024;
    /** The longest name a block holds (its NUL needs one more unit). */
    static final int NAME_UNITS = BLOCK_BYTES / 2 - 1;

    static {
        // The three out-parameters must fit: 4 bytes of code, then both texts.
        assert 4 + 2L * (ERROR_TEXT_UNITS + PROVIDER_NAME_UNITS) <= BLOCK_BYTES;
    }

    /** Made blocks that are free; {@code null} where a block is lent out or not made yet. */
    private final AtomicReferenceArray<MemorySegment> free = new AtomicReferenceArray<>(BLOCKS);
    private final AtomicInteger made = new AtomicInteger();
    /** Shared (any thread may borrow a block) and freed when the backend is no longer reachable. */
    private final Arena arena = Arena.ofAuto();

    /** A free block (or a new one while fewer than {@value #BLOCKS} exist), or {@code null} if there is none. */
    MemorySegment take() {
        int start = startSlot();
        for (int i = 0; i < BLOCKS; i++) {
            int slot = (start + i) & (BLOCKS - 1);
            MemorySegment block = free.get(slot);
            if (block != null && free.compareAndSet(slot, block, null)) {
                return block;
            }
        }
        for (int count = made.get(); count < BLOCKS; count = made.get()) {
            if (made.compareAndSet(count, count + 1)) {
                return arena.allocate(BLOCK_BYTES, 8); // zeroed
            }
        }
        return null;
    }

    /** Gives back a block that {@link #take()} lent, cleared by its borrower. */
    void give(MemorySegment block) {
        int start = startSlot();
        for (int i = 0; i < BLOCKS; i++) {
            int slot = (start + i) & (BLOCKS - 1);
            if (free.get(slot) == null && free.compareAndSet(slot, null, block)) {
                return;
            }
        }
        // Unreachable while at most BLOCKS blocks exist and each is given back once; dropping one is safe
        // (the arena frees it), keeping it would not be.
    }

    /** Where a thread starts looking: threads spread over the slots, so two seldom race for one. */
    private static int startSlot() {
        return (int) Thread.currentThread().threadId() & (BLOCKS - 1);
    }
}
