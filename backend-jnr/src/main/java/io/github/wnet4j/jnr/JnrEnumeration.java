package io.github.wnet4j.jnr;

import io.github.wnet4j.jnr.functions.MprFunctions;
import io.github.wnet4j.nativeaccess.EnumerationReader;
import io.github.wnet4j.nativeaccess.NativeBuffer;
import io.github.wnet4j.nativeaccess.Structs;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;

/**
 * One enumeration's calls through jnr-ffi, for {@link EnumerationReader#enumerate}: the handle
 * (pointer-sized, received in a pointer-sized slot), one entry buffer reused until a retry asks for a
 * larger one, and the count and size DWORDs. {@link #close()} frees all of it; the reader calls
 * WNetCloseEnum ({@link #closeHandle()}).
 */
final class JnrEnumeration implements EnumerationReader.EnumerationCalls, AutoCloseable {
    private static final int ALL_THAT_FIT = -1; // 0xFFFFFFFF

    private final MprFunctions mpr;
    private final Runtime runtime;
    private final Structs structs;
    private final int scope;
    private final int type;
    private final int usage;
    /** lpcCount at 0, lpBufferSize at 4, the handle's slot at 8. */
    private final NativeBlock words;
    private Pointer handle;
    private NativeBlock entries;

    JnrEnumeration(MprFunctions mpr, Runtime runtime, Structs structs, int scope, int type, int usage) {
        this.mpr = mpr;
        this.runtime = runtime;
        this.structs = structs;
        this.scope = scope;
        this.type = type;
        this.usage = usage;
        this.words = new NativeBlock(8L + structs.pointerSize());
    }

    @Override
    public int open() {
        for (int i = 0; i < structs.pointerSize(); i += 4) {
            words.putInt(8 + i, 0); // a NULL handle unless the open writes one
        }
        int code = mpr.WNetOpenEnumW(scope, type, usage, null, words.pointer(runtime, 8));
        if (code == 0) {
            handle = Pointer.wrap(runtime, words.pointer(8));
        }
        return code;
    }

    @Override
    public int read(int bytes) {
        if (entries == null || entries.size() != bytes) {
            if (entries != null) {
                entries.close();
                entries = null;
            }
            entries = new NativeBlock(bytes); // its own block: the double checks the size against it
        }
        words.putInt(0, ALL_THAT_FIT);
        words.putInt(4, bytes);
        return mpr.WNetEnumResourceW(handle, words.pointer(runtime), entries.pointer(runtime),
                words.pointer(runtime, 4));
    }

    @Override
    public long count() {
        return Integer.toUnsignedLong(words.int32(0));
    }

    @Override
    public NativeBuffer entries() {
        return entries;
    }

    @Override
    public long sizeNeeded() {
        return Integer.toUnsignedLong(words.int32(4));
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
