package io.github.wnet4j.nativeaccess;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A {@link NativeBuffer} over a Java byte array at a made-up address, laid out by hand the way
 * Windows fills a caller's buffer, so the shared decoding can be tested for both pointer sizes
 * without native code.
 */
final class HeapBuffer implements NativeBuffer {

    private final ByteBuffer bytes;
    private final int pointerSize;
    /** A made-up address that fits the pointer size. */
    private final long base;

    HeapBuffer(int size, int pointerSize) {
        this.bytes = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        this.pointerSize = pointerSize;
        this.base = pointerSize == 8 ? 0x7F00_0000_1000L : 0x1000_1000L;
    }

    /** Writes a DWORD. */
    HeapBuffer putInt(int offset, int value) {
        bytes.putInt(offset, value);
        return this;
    }

    /** Writes a pointer to {@code target} bytes into the buffer (or NULL for -1). */
    HeapBuffer putPointer(int offset, int target) {
        long address = target < 0 ? 0 : base + target;
        if (pointerSize == 8) {
            bytes.putLong(offset, address);
        } else {
            bytes.putInt(offset, (int) address);
        }
        return this;
    }

    /** Writes a pointer holding any address, inside the buffer or not. */
    HeapBuffer putAddress(int offset, long address) {
        if (pointerSize == 8) {
            bytes.putLong(offset, address);
        } else {
            bytes.putInt(offset, (int) address);
        }
        return this;
    }

    /** Writes a string's units (and a NUL unless {@code terminated} is false). */
    HeapBuffer putString(int offset, String s, boolean terminated) {
        for (int i = 0; i < s.length(); i++) {
            bytes.putShort(offset + 2 * i, (short) s.charAt(i));
        }
        if (terminated) {
            bytes.putShort(offset + 2 * s.length(), (short) 0);
        }
        return this;
    }

    /** Copies bytes in, as a backend copies an image into its block (the image is in the platform's order). */
    HeapBuffer put(int offset, byte[] image) {
        bytes.put(offset, image);
        return this;
    }

    /** Reads a byte. */
    byte byteAt(int offset) {
        return bytes.get(offset);
    }

    @Override
    public long address() {
        return base;
    }

    @Override
    public long size() {
        return bytes.capacity();
    }

    @Override
    public int int32(long offset) {
        return bytes.getInt((int) offset);
    }

    @Override
    public long pointer(long offset) {
        return pointerSize == 8 ? bytes.getLong((int) offset) : Integer.toUnsignedLong(bytes.getInt((int) offset));
    }

    @Override
    public void units(long offset, short[] into, int index, int count) {
        if (offset < 0 || offset + 2L * count > bytes.capacity()) {
            throw new AssertionError("read outside the buffer: " + offset + " + " + count + " units");
        }
        for (int i = 0; i < count; i++) {
            into[index + i] = bytes.getShort((int) offset + 2 * i);
        }
    }
}
