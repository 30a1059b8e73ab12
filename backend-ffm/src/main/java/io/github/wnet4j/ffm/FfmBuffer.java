package io.github.wnet4j.ffm;

import io.github.wnet4j.spi.nativeaccess.NativeBuffer;

import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * A read function's buffer, a segment of a confined arena, as the shared decoding reads it. Pointers
 * are read at the platform's size; strings are copied as UTF-16 units, bounds-checked by the segment
 * when they lie inside it (where Windows places them).
 *
 * @param segment the block the function filled
 * @param size the bytes declared to the function (the block may be larger)
 */
record FfmBuffer(MemorySegment segment, long size) implements NativeBuffer {
    @Override
    public long address() {
        return segment.address();
    }

    @Override
    public int int32(long offset) {
        return segment.get(JAVA_INT, offset);
    }

    @Override
    public long pointer(long offset) {
        return ADDRESS.byteSize() == 8 ? segment.get(JAVA_LONG, offset) : Integer.toUnsignedLong(segment.get(JAVA_INT, offset));
    }

    @Override
    public void units(long address, short[] into, int offset, int count) {
        long start = address - address();
        if (start >= 0 && start + 2L * count <= segment.byteSize()) {
            MemorySegment.copy(segment, JAVA_SHORT, start, into, offset, count);
        } else {
            // A string outside the buffer (Windows never places one there): a segment of just its units.
            MemorySegment.copy(MemorySegment.ofAddress(address).reinterpret(2L * count), JAVA_SHORT, 0, into, offset, count);
        }
    }
}
