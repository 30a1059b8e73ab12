package io.github.wnet4j.jna;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import io.github.wnet4j.nativeaccess.EnumerationReader;
import io.github.wnet4j.nativeaccess.NativeBuffer;

/**
 * One enumeration's calls through JNA, for {@link EnumerationReader#enumerate}: the handle (pointer-sized,
 * received in a pointer-sized slot), one entry buffer reused until a retry asks for a larger one, and
 * the count and size DWORDs. {@link #close()} frees all of it; the reader calls WNetCloseEnum ({@link #closeHandle()}).
 */
final class JnaEnumeration implements EnumerationReader.EnumerationCalls, AutoCloseable {
    private static final int ALL_THAT_FIT = -1; // 0xFFFFFFFF

    private final MprFunctions mpr;
    private final int scope;
    private final int type;
    private final int usage;
    /** lpcCount at 0, lpBufferSize at 4, the handle's slot at 8. */
    private final Memory words = new Memory(8L + Native.POINTER_SIZE);
    private Pointer handle;
    private Memory entries;

    JnaEnumeration(MprFunctions mpr, int scope, int type, int usage) {
        this.mpr = mpr;
        this.scope = scope;
        this.type = type;
        this.usage = usage;
    }

    @Override
    public int open() {
        words.setPointer(8, null);
        int code = mpr.WNetOpenEnumW(scope, type, usage, null, words.share(8, Native.POINTER_SIZE));
        if (code == 0) {
            handle = words.getPointer(8);
        }
        return code;
    }

    @Override
    public int read(int bytes) {
        if (entries == null || entries.size() != bytes) {
            if (entries != null) {
                entries.close();
            }
            entries = new Memory(bytes); // its own block: the double checks the size against it
        }
        words.setInt(0, ALL_THAT_FIT);
        words.setInt(4, bytes);
        return mpr.WNetEnumResourceW(handle, words, entries, words.share(4, 4));
    }

    @Override
    public long count() {
        return Integer.toUnsignedLong(words.getInt(0));
    }

    @Override
    public NativeBuffer entries() {
        return new JnaBuffer(entries, entries.size());
    }

    @Override
    public long sizeNeeded() {
        return Integer.toUnsignedLong(words.getInt(4));
    }

    @Override
    public int closeHandle() {
        return mpr.WNetCloseEnum(handle);
    }

    /** Frees the native memory (not the handle: the reader closes that). */
    @Override
    public void close() {
        if (entries != null) {
            entries.close();
        }
        words.close();
    }
}
