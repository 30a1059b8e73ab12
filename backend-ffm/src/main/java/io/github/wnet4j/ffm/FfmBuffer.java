package io.github.wnet4j.ffm;

import io.github.wnet4j.nativeaccess.NativeBuffer;

import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * A read function's buffer, a segment of a confined arena, as the shared decoding reads it. Pointers
 * are read at the platform's size; strings are copied as UTF-16 units from inside the segment only,
 * which checks the bounds a second time.
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
    public void units(long offset, short[] into, int index, int count) {
        MemorySegment.copy(segment, JAVA_SHORT, offset, into, index, count); // bounds-checked by the segment too
    }
}
