package io.github.wnet4j.jnr;

import com.kenai.jffi.MemoryIO;
import io.github.wnet4j.spi.nativeaccess.NativeBuffer;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;

/**
 * A block of native memory for one call, malloc'd by jffi and freed by {@link #close()} (never left
 * to the garbage collector, so native memory stays bounded by the calls in flight), read the way the
 * shared decoding wants: 32-bit values, pointers at the platform's size, UTF-16 units copied as
 * shorts.
 */
final class NativeBlock implements NativeBuffer, AutoCloseable {
    private static final MemoryIO IO = MemoryIO.getInstance();

    private final long address;
    private final long size;

    /**
     * Allocates.
     *
     * @param size the bytes
     * @throws OutOfMemoryError if malloc fails
     */
    NativeBlock(long size) {
        this.address = IO.allocateMemory(size, false);
        if (address == 0) {
            throw new OutOfMemoryError("malloc of " + size + " bytes for a read function's buffer failed");
        }
        this.size = size;
    }

    /** The block as a jnr-ffi pointer argument; the view owns nothing. */
    Pointer pointer(Runtime runtime) {
        return Pointer.wrap(runtime, address, size);
    }

    /** A pointer to {@code offset} bytes into the block. */
    Pointer pointer(Runtime runtime, long offset) {
        return Pointer.wrap(runtime, address + offset, size - offset);
    }

    void putInt(long offset, int value) {
        IO.putInt(address + offset, value);
    }

    void putShort(long offset, short value) {
        IO.putShort(address + offset, value);
    }

    @Override
    public long address() {
        return address;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public int int32(long offset) {
        return IO.getInt(address + offset);
    }

    @Override
    public long pointer(long offset) {
        return IO.getAddress(address + offset);
    }

    @Override
    public void units(long from, short[] into, int offset, int count) {
        IO.getShortArray(from, into, offset, count);
    }

    @Override
    public void close() {
        IO.freeMemory(address);
    }
}
