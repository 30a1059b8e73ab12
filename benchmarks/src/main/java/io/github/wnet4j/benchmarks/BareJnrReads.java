package io.github.wnet4j.benchmarks;

import jnr.ffi.LibraryLoader;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;
import jnr.ffi.annotations.In;

import java.util.ArrayList;
import java.util.List;

/**
 * As {@link BareJnaReads}, with jnr-ffi alone: the same signatures and buffer sizes, names encoded
 * and direct buffers allocated once, each answer copied out in one read and decoded in Java. The
 * baseline for the JNR backend's read overhead.
 */
final class BareJnrReads {

    /** The double's read exports, declared as a hand-written binding would (public: jnr-ffi implements it elsewhere). */
    public interface Mpr {
        /** {@code DWORD WNetGetConnectionW(LPCWSTR, LPWSTR, LPDWORD)}. */
        int WNetGetConnectionW(@In short[] lpLocalName, Pointer lpRemoteName, Pointer lpnLength);

        /** {@code DWORD WNetOpenEnumW(DWORD, DWORD, DWORD, LPNETRESOURCEW, LPHANDLE)}. */
        int WNetOpenEnumW(int dwScope, int dwType, int dwUsage, Pointer lpNetResource, Pointer lphEnum);

        /** {@code DWORD WNetEnumResourceW(HANDLE, LPDWORD, LPVOID, LPDWORD)}. */
        int WNetEnumResourceW(Pointer hEnum, Pointer lpcCount, Pointer lpBuffer, Pointer lpBufferSize);

        /** {@code DWORD WNetCloseEnum(HANDLE)}. */
        int WNetCloseEnum(Pointer hEnum);

        /** {@code DWORD WNetGetUniversalNameW(LPCWSTR, DWORD, LPVOID, LPDWORD)}. */
        int WNetGetUniversalNameW(@In short[] lpLocalPath, int dwInfoLevel, Pointer lpBuffer, Pointer lpBufferSize);
    }

    private final Mpr mpr;
    private final int p;
    private final int netResourceSize;
    private final short[] device;
    private final short[] path;
    private final Pointer remote;
    private final Pointer length;
    private final Pointer handle;
    private final Pointer count;
    private final Pointer size;
    private final Pointer entries;
    private final Pointer universal;

    BareJnrReads(String libraryPath, String deviceName, String localPath) {
        this.mpr = LibraryLoader.create(Mpr.class).load(libraryPath);
        Runtime runtime = Runtime.getRuntime(mpr);
        this.p = runtime.addressSize();
        this.netResourceSize = 16 + 4 * p;
        this.device = encode(deviceName);
        this.path = encode(localPath);
        this.remote = Memory.allocateDirect(runtime, 2 * BareJnaReads.CONNECTION_UNITS);
        this.length = Memory.allocateDirect(runtime, 4);
        this.handle = Memory.allocateDirect(runtime, p);
        this.count = Memory.allocateDirect(runtime, 4);
        this.size = Memory.allocateDirect(runtime, 4);
        this.entries = Memory.allocateDirect(runtime, BareJnaReads.ENUMERATION_BYTES);
        this.universal = Memory.allocateDirect(runtime, BareJnaReads.UNIVERSAL_NAME_BYTES);
    }

    /** As {@link BareJnaReads#getConnection()}. */
    Object getConnection() {
        length.putInt(0, BareJnaReads.CONNECTION_UNITS);
        int code = mpr.WNetGetConnectionW(device, remote, length);
        return code != 0 ? code : string(units(remote, 2 * BareJnaReads.CONNECTION_UNITS), 0);
    }

    /** As {@link BareJnaReads#connections()}. */
    List<String[]> connections() {
        handle.putAddress(0, 0L);
        int code = mpr.WNetOpenEnumW(1, 0, 0, null, handle);
        if (code != 0) {
            throw new IllegalStateException("WNetOpenEnumW answered " + code);
        }
        Pointer h = handle.getPointer(0);
        List<String[]> out = new ArrayList<>();
        try {
            while (true) {
                count.putInt(0, -1);
                size.putInt(0, BareJnaReads.ENUMERATION_BYTES);
                code = mpr.WNetEnumResourceW(h, count, entries, size);
                if (code == 259) {
                    return out;
                }
                if (code != 0) {
                    throw new IllegalStateException("WNetEnumResourceW answered " + code);
                }
                char[] buffer = units(entries, BareJnaReads.ENUMERATION_BYTES);
                long base = entries.address();
                for (int i = 0, n = count.getInt(0); i < n; i++) {
                    long at = (long) i * netResourceSize;
                    out.add(new String[] {at(buffer, base, entries.getAddress(at + 16)),
                            at(buffer, base, entries.getAddress(at + 16 + p)), at(buffer, base, entries.getAddress(at + 16 + 3L * p))});
                }
            }
        } finally {
            mpr.WNetCloseEnum(h);
        }
    }

    /** As {@link BareJnaReads#universalName(int)}. */
    Object universalName(int level) {
        size.putInt(0, BareJnaReads.UNIVERSAL_NAME_BYTES);
        int code = mpr.WNetGetUniversalNameW(path, level, universal, size);
        if (code != 0) {
            return code;
        }
        char[] buffer = units(universal, BareJnaReads.UNIVERSAL_NAME_BYTES);
        long base = universal.address();
        String name = at(buffer, base, universal.getAddress(0));
        return level == 1 ? name : new String[] {name, at(buffer, base, universal.getAddress(p)), at(buffer, base, universal.getAddress(2L * p))};
    }

    private static char[] units(Pointer buffer, int bytes) {
        short[] raw = new short[bytes / 2];
        buffer.get(0, raw, 0, raw.length);
        char[] chars = new char[raw.length];
        for (int i = 0; i < raw.length; i++) {
            chars[i] = (char) raw[i];
        }
        return chars;
    }

    private static String at(char[] buffer, long base, long address) {
        return address == 0 ? null : string(buffer, (int) ((address - base) / 2));
    }

    private static String string(char[] units, int from) {
        int end = from;
        while (units[end] != 0) {
            end++;
        }
        return new String(units, from, end - from);
    }

    private static short[] encode(String s) {
        short[] units = new short[s.length() + 1];
        for (int i = 0; i < s.length(); i++) {
            units[i] = (short) s.charAt(i);
        }
        return units;
    }
}
