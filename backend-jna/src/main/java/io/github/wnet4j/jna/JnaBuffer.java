package io.github.wnet4j.jna;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import io.github.wnet4j.nativeaccess.NativeBuffer;

/**
 * A read function's buffer in JNA memory, as the shared decoding reads it: only inside the block.
 * Pointers are read at the platform's size; strings are copied with {@code Memory.read(short[])},
 * never through JNA's wchar_t paths.
 *
 * @param memory the block the function filled
 * @param size the bytes declared to the function (the block may be larger)
 */
record JnaBuffer(Memory memory, long size) implements NativeBuffer {
    @Override
    public long address() {
        return Pointer.nativeValue(memory);
    }

    @Override
    public int int32(long offset) {
        return memory.getInt(offset);
    }

    @Override
    public long pointer(long offset) {
        return Native.POINTER_SIZE == 8 ? memory.getLong(offset) : Integer.toUnsignedLong(memory.getInt(offset));
    }

    @Override
    public void units(long offset, short[] into, int index, int count) {
        memory.read(offset, into, index, count); // bounds-checked by Memory as well
    }
}
