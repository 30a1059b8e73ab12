package io.github.wnet4j.ffm;

import io.github.wnet4j.nativeaccess.ConnectCalls;
import io.github.wnet4j.nativeaccess.NativeBuffer;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * The connect functions through {@code java.lang.foreign}: the shared {@link ConnectCalls} over blocks
 * each in a confined arena of its own (zeroed, then freed by closing the arena), and the four
 * downcalls with {@code hwndOwner} NULL. A connect is rare beside a cancel, so it borrows no
 * {@link CallBlocks} block.
 */
class FfmConnect extends ConnectCalls<FfmConnect.Block, MemorySegment> {
    private final MprDowncalls mpr;

    FfmConnect(MprDowncalls mpr) {
        super(FfmBackend.STRUCTS);
        this.mpr = mpr;
    }

    /** A block and the arena that frees it. */
    record Block(Arena arena, MemorySegment segment) {
    }

    @Override
    protected Block allocate(long bytes) {
        Arena arena = Arena.ofConfined();
        return new Block(arena, arena.allocate(bytes, 8));
    }

    @Override
    protected NativeBuffer buffer(Block block, long declared) {
        return new FfmBuffer(block.segment(), declared);
    }

    @Override
    protected void free(Block block) {
        block.arena().close();
    }

    @Override
    protected void write(Block block, byte[] bytes) {
        MemorySegment.copy(bytes, 0, block.segment(), JAVA_BYTE, 0, bytes.length);
    }

    @Override
    protected void zero(Block block) {
        block.segment().fill((byte) 0);
    }

    @Override
    protected void putInt(Block block, long offset, int value) {
        block.segment().set(JAVA_INT, offset, value);
    }

    @Override
    protected MemorySegment pointer(Block block, long offset) {
        return offset < 0 ? MemorySegment.NULL : block.segment().asSlice(offset);
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
