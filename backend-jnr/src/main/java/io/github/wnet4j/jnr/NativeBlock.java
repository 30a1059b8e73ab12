package io.github.wnet4j.jnr;

import com.kenai.jffi.MemoryIO;
import io.github.wnet4j.nativeaccess.NativeBuffer;
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
        this(size, false);
    }

    /** A block whose every byte is zero: a buffer the function leaves unwritten reads as empty text. */
    static NativeBlock zeroed(long size) {
        return new NativeBlock(size, true);
    }

    private NativeBlock(long size, boolean clear) {
        this.address = IO.allocateMemory(size, clear);
        if (address == 0) {
            throw new OutOfMemoryError("malloc of " + size + " bytes for a call's buffer failed");
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

    /** Copies bytes into the block. */
    void putBytes(long offset, byte[] bytes) {
        IO.putByteArray(address + offset, bytes, 0, bytes.length);
    }

    /** Sets every byte of the block to zero. */
    void zero() {
        IO.setMemory(address, size, (byte) 0);
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
    public void units(long offset, short[] into, int index, int count) {
        IO.getShortArray(address + offset, into, index, count);
    }

    /**
     * The UTF-16 units from {@code offset} up to and including the first NUL, or {@code capacity}
     * units if there is none: only what the text needs is copied to the heap.
     */
    short[] unitsToNul(long offset, int capacity) {
        int n = 0;
        while (n < capacity && IO.getShort(address + offset + 2L * n) != 0) {
            n++;
        }
        int copied = Math.min(n + 1, capacity);
        short[] units = new short[copied];
        IO.getShortArray(address + offset, units, 0, copied);
        return units;
    }

    @Override
    public void close() {
        IO.freeMemory(address);
    }
}
