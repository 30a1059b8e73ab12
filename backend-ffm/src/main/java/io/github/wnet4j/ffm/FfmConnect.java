package io.github.wnet4j.ffm;

import io.github.wnet4j.nativeaccess.ConnectCalls;
import io.github.wnet4j.nativeaccess.ConnectImage;
import io.github.wnet4j.nativeaccess.NativeBuffer;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_CHAR;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The connect functions through {@code java.lang.foreign}: the shared {@link ConnectCalls} over blocks
 * lent by {@link CallBlocks} (as a cancel's name is), or, when none is free or the inputs do not fit,
 * each in a confined arena of its own; the inputs stored straight into the block, so the password has
 * no heap copy; the block zeroed by {@link ConnectCalls}, then given back or freed by closing its arena; and the four
 * downcalls with {@code hwndOwner} NULL.
 */
class FfmConnect extends ConnectCalls<FfmConnect.Block, MemorySegment> {
    private final MprDowncalls mpr;
    private final CallBlocks blocks;

    /** Connect calls over {@code mpr}, borrowing from the backend's {@code blocks}, which its cancels and extended errors share. */
    FfmConnect(MprDowncalls mpr, CallBlocks blocks) {
        super(FfmBackend.STRUCTS);
        this.mpr = mpr;
        this.blocks = blocks;
    }

    /**
     * A block of one call, its first {@code size} bytes in use: a block lent by {@link CallBlocks}
     * ({@code arena} null; given back) or one allocated in {@code arena} (closed). The lent block is not
     * sliced to {@code size}: each slice is an object per call, and the block is zero beyond what a call writes.
     */
    record Block(Arena arena, MemorySegment segment, long size) implements ConnectImage.Fields {
        @Override
        public void putInt(long offset, int value) {
            segment.set(JAVA_INT, offset, value);
        }

        @Override
        public void putPointer(long offset, int pointerSize, long address) {
            if (pointerSize == 8) {
                segment.set(JAVA_LONG, offset, address);
            } else {
                segment.set(JAVA_INT, offset, (int) address);
            }
        }

        @Override
        public void putChar(long offset, char unit) {
            segment.set(JAVA_CHAR, offset, unit);
        }

        void zero() {
            segment.asSlice(0, size).fill((byte) 0);
        }
    }

    @Override
    protected Block allocate(long bytes) {
        MemorySegment lent = bytes <= CallBlocks.BLOCK_BYTES ? blocks.take() : null; // zeroed where it is lent
        if (lent != null) {
            return new Block(null, lent, bytes);
        }
        Arena arena = Arena.ofConfined();
        return new Block(arena, arena.allocate(bytes, 8), bytes);
    }

    @Override
    protected NativeBuffer buffer(Block block, long declared) {
        return new FfmBuffer(block.segment(), declared);
    }

    /** Gives a lent block back (zeroed already, by {@link ConnectCalls}), or closes the block's arena. */
    @Override
    protected void free(Block block) {
        if (block.arena() == null) {
            blocks.give(block.segment());
        } else {
            block.arena().close();
        }
    }

    @Override
    protected void write(Block block, byte[] bytes) {
        MemorySegment.copy(bytes, 0, block.segment(), JAVA_BYTE, 0, bytes.length);
    }

    /** The fields stored straight into the (zeroed) block: no heap image of the password. */
    @Override
    protected void write(Block block, ConnectImage image) {
        image.writeTo(block.segment().address(), block);
    }

    @Override
    protected void zero(Block block) {
        block.zero();
    }

    @Override
    protected void putInt(Block block, long offset, int value) {
        block.segment().set(JAVA_INT, offset, value);
    }

    @Override
    protected MemorySegment pointer(Block block, long offset) {
        if (offset <= 0) { // the NETRESOURCEW, at the start, needs no slice of its own
            return offset < 0 ? MemorySegment.NULL : block.segment();
        }
        return block.segment().asSlice(offset);
    }

    @Override
    protected int callAddConnection2(MemorySegment resource, MemorySegment password, MemorySegment userName, int flags) {
        return mpr.addConnection2(resource, password, userName, flags);
    }

    @Override
    protected int callAddConnection3(MemorySegment resource, MemorySegment password, MemorySegment userName, int flags) {
        return mpr.addConnection3(MemorySegment.NULL, resource, password, userName, flags);
    }

    @Override
    protected int callUseConnection(MemorySegment resource, MemorySegment password, MemorySegment userName, int flags,
                                    MemorySegment accessName, MemorySegment bufferSize, MemorySegment result) {
        return mpr.useConnection(MemorySegment.NULL, resource, password, userName, flags, accessName, bufferSize, result);
    }

    @Override
    protected int callAddConnection(MemorySegment remoteName, MemorySegment password, MemorySegment localName) {
        return mpr.addConnection(remoteName, password, localName);
    }
}
