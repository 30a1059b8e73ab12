package io.github.wnet4j.ffm;

import org.junit.jupiter.api.Test;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallBlocksTest {

    @Test
    void atMostSixteenBlocksAreMadeAndThenTakeAnswersNull() {
        CallBlocks blocks = new CallBlocks();
        Set<MemorySegment> lent = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < CallBlocks.BLOCKS; i++) {
            MemorySegment block = blocks.take();
            assertEquals(CallBlocks.BLOCK_BYTES, block.byteSize());
            assertTrue(lent.add(block), "a block lent twice");
        }
        assertNull(blocks.take(), "a seventeenth block while sixteen are lent");
        MemorySegment back = lent.iterator().next();
        blocks.give(back);
        assertSame(back, blocks.take(), "the block given back is lent again, no new one is made");
        assertNull(blocks.take());
    }

    @Test
    void aNewBlockIsZeroed() {
        MemorySegment block = new CallBlocks().take();
        for (long at = 0; at < block.byteSize(); at += 8) {
            assertEquals(0, block.get(JAVA_LONG, at), "byte " + at);
        }
    }

    /** Four threads take and give back 20,000 times each; no block is ever held by two at once. */
    @Test
    void noBlockIsLentToTwoCallsAtOnce() throws InterruptedException {
        CallBlocks blocks = new CallBlocks();
        Set<MemorySegment> held = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
        AtomicReference<String> failure = new AtomicReference<>();
        AtomicInteger lentCalls = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            long mark = t + 1;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < 20_000; i++) {
                    MemorySegment block = blocks.take();
                    if (block == null) {
                        continue; // all sixteen lent: the backend would open an arena
                    }
                    lentCalls.incrementAndGet();
                    if (!held.add(block)) {
                        failure.compareAndSet(null, "a block was lent while another call held it");
                    }
                    block.set(JAVA_LONG, 0, mark);
                    Thread.onSpinWait();
                    if (block.get(JAVA_LONG, 0) != mark) {
                        failure.compareAndSet(null, "another call wrote into a lent block");
                    }
                    block.set(JAVA_LONG, 0, 0);
                    held.remove(block);
                    blocks.give(block);
                }
            }));
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        assertNull(failure.get());
        assertTrue(lentCalls.get() > 0);
        Set<MemorySegment> all = Collections.newSetFromMap(new IdentityHashMap<>());
        for (MemorySegment block = blocks.take(); block != null; block = blocks.take()) {
            all.add(block);
        }
        assertEquals(CallBlocks.BLOCKS, all.size(), "every block came back, and none was made beyond the bound");
    }
}
