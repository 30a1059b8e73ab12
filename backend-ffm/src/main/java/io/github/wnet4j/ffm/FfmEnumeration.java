package io.github.wnet4j.ffm;

import io.github.wnet4j.nativeaccess.EnumerationReader;
import io.github.wnet4j.nativeaccess.NativeBuffer;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * One enumeration's calls through FFM, for {@link EnumerationReader#enumerate}: the handle (pointer-sized,
 * received in a pointer-sized slot), one entry buffer reused until a retry asks for a larger one, and
 * the count and size DWORDs, each in a confined arena of this enumeration. {@link #close()} frees all
 * of it; the reader calls WNetCloseEnum ({@link #closeHandle()}).
 */
final class FfmEnumeration implements EnumerationReader.EnumerationCalls, AutoCloseable {
    private static final int ALL_THAT_FIT = -1; // 0xFFFFFFFF

    private final MprDowncalls mpr;
    private final int scope;
    private final int type;
    private final int usage;
    private final Arena arena = Arena.ofConfined();
    /** lpcCount at 0, lpBufferSize at 4, the handle's slot at 8. */
    private final MemorySegment words = arena.allocate(8 + ADDRESS.byteSize(), 8);
    private MemorySegment handle = MemorySegment.NULL;
    /** The entry buffer's own arena: a retry frees it and allocates a larger block. */
    private Arena entriesArena;
    private MemorySegment entries;

    FfmEnumeration(MprDowncalls mpr, int scope, int type, int usage) {
        this.mpr = mpr;
        this.scope = scope;
        this.type = type;
        this.usage = usage;
    }

    @Override
    public int open() {
        words.set(ADDRESS, 8, MemorySegment.NULL);
        int code = mpr.openEnum(scope, type, usage, MemorySegment.NULL, words.asSlice(8, ADDRESS.byteSize()));
        if (code == 0) {
            handle = words.get(ADDRESS, 8);
        }
        return code;
    }

    @Override
    public int read(int bytes) {
        if (entries == null || entries.byteSize() != bytes) {
            if (entriesArena != null) {
                entriesArena.close();
            }
            entriesArena = Arena.ofConfined();
            entries = entriesArena.allocate(bytes, 8); // its own block: the double checks the size against it
        }
        words.set(JAVA_INT, 0, ALL_THAT_FIT);
        words.set(JAVA_INT, 4, bytes);
        return mpr.enumResource(handle, words.asSlice(0, 4), entries, words.asSlice(4, 4));
    }

    @Override
    public long count() {
        return Integer.toUnsignedLong(words.get(JAVA_INT, 0));
    }

    @Override
    public NativeBuffer entries() {
        return new FfmBuffer(entries, entries.byteSize());
    }

    @Override
    public long sizeNeeded() {
        return Integer.toUnsignedLong(words.get(JAVA_INT, 4));
    }

    @Override
    public int closeHandle() {
        return mpr.closeEnum(handle);
    }

    /** Frees the native memory (not the handle: the reader closes that). */
    @Override
    public void close() {
        if (entriesArena != null) {
            entriesArena.close();
        }
        arena.close();
    }
}
