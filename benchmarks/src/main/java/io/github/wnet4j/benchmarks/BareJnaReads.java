package io.github.wnet4j.benchmarks;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

import java.util.ArrayList;
import java.util.List;

/**
 * The read functions as a user would call them by hand with JNA alone: the same signatures and the
 * library's buffer sizes (260 units, 16 KiB, 1 KiB), the names encoded and the buffers allocated
 * once. Each answer is copied out of native memory in one read and decoded in Java; the baseline for
 * the JNA backend's read overhead.
 */
final class BareJnaReads {

    /** The double's read exports, declared as a hand-written binding would. */
    interface Mpr extends Library {
        int WNetGetConnectionW(Pointer lpLocalName, Pointer lpRemoteName, Pointer lpnLength);

        int WNetOpenEnumW(int dwScope, int dwType, int dwUsage, Pointer lpNetResource, Pointer lphEnum);

        int WNetEnumResourceW(Pointer hEnum, Pointer lpcCount, Pointer lpBuffer, Pointer lpBufferSize);

        int WNetCloseEnum(Pointer hEnum);

        int WNetGetUniversalNameW(Pointer lpLocalPath, int dwInfoLevel, Pointer lpBuffer, Pointer lpBufferSize);
    }

    static final int CONNECTION_UNITS = 260;
    static final int ENUMERATION_BYTES = 16 * 1024;
    static final int UNIVERSAL_NAME_BYTES = 1024;
    private static final int P = Native.POINTER_SIZE;
    /** NETRESOURCEW: four DWORDs, then four pointers. */
    private static final int NETRESOURCE_SIZE = 16 + 4 * P;

    private final Mpr mpr;
    private final Memory device;
    private final Memory path;
    private final Memory remote = new Memory(2L * CONNECTION_UNITS);
    private final Memory length = new Memory(4);
    private final Memory handle = new Memory(P);
    private final Memory count = new Memory(4);
    private final Memory size = new Memory(4);
    private final Memory entries = new Memory(ENUMERATION_BYTES);
    private final Memory universal = new Memory(UNIVERSAL_NAME_BYTES);

    BareJnaReads(String libraryPath, String deviceName, String localPath) {
        this.mpr = Native.load(libraryPath, Mpr.class);
        this.device = encode(deviceName);
        this.path = encode(localPath);
    }

    /** WNetGetConnectionW: the remote name, or the code. */
    Object getConnection() {
        length.setInt(0, CONNECTION_UNITS);
        int code = mpr.WNetGetConnectionW(device, remote, length);
        return code != 0 ? code : string(units(remote, 2 * CONNECTION_UNITS), 0);
    }

    /** RESOURCE_CONNECTED, every type: open, read until ERROR_NO_MORE_ITEMS, close; (device, remote, provider) per entry. */
    List<String[]> connections() {
        handle.setPointer(0, null);
        int code = mpr.WNetOpenEnumW(1, 0, 0, null, handle);
        if (code != 0) {
            throw new IllegalStateException("WNetOpenEnumW answered " + code);
        }
        Pointer h = handle.getPointer(0);
        List<String[]> out = new ArrayList<>();
        try {
            while (true) {
                count.setInt(0, -1);
                size.setInt(0, ENUMERATION_BYTES);
                code = mpr.WNetEnumResourceW(h, count, entries, size);
                if (code == 259) {
                    return out;
                }
                if (code != 0) {
                    throw new IllegalStateException("WNetEnumResourceW answered " + code);
                }
                char[] buffer = units(entries, ENUMERATION_BYTES);
                long base = Pointer.nativeValue(entries);
                for (int i = 0, n = count.getInt(0); i < n; i++) {
                    long at = (long) i * NETRESOURCE_SIZE;
                    out.add(new String[] {at(buffer, base, entries.getPointer(at + 16)),
                            at(buffer, base, entries.getPointer(at + 16 + P)), at(buffer, base, entries.getPointer(at + 16 + 3L * P))});
                }
            }
        } finally {
            mpr.WNetCloseEnum(h);
        }
    }

    /** WNetGetUniversalNameW at {@code level}: the universal name (and for level 2 the other two), or the code. */
    Object universalName(int level) {
        size.setInt(0, UNIVERSAL_NAME_BYTES);
        int code = mpr.WNetGetUniversalNameW(path, level, universal, size);
        if (code != 0) {
            return code;
        }
        char[] buffer = units(universal, UNIVERSAL_NAME_BYTES);
        long base = Pointer.nativeValue(universal);
        String name = at(buffer, base, universal.getPointer(0));
        return level == 1 ? name : new String[] {name, at(buffer, base, universal.getPointer(P)), at(buffer, base, universal.getPointer(2L * P))};
    }

    /** The whole buffer as UTF-16 units, in one copy. */
    private static char[] units(Memory buffer, int bytes) {
        short[] raw = new short[bytes / 2];
        buffer.read(0, raw, 0, raw.length);
        char[] chars = new char[raw.length];
        for (int i = 0; i < raw.length; i++) {
            chars[i] = (char) raw[i];
        }
        return chars;
    }

    /** The string a pointer into the buffer points at, or null. */
    private static String at(char[] buffer, long base, Pointer p) {
        return p == null ? null : string(buffer, (int) ((Pointer.nativeValue(p) - base) / 2));
    }

    private static String string(char[] units, int from) {
        int end = from;
        while (units[end] != 0) {
            end++;
        }
        return new String(units, from, end - from);
    }

    private static Memory encode(String s) {
        Memory m = new Memory(2L * (s.length() + 1));
        for (int i = 0; i < s.length(); i++) {
            m.setShort(2L * i, (short) s.charAt(i));
        }
        m.setShort(2L * s.length(), (short) 0);
        return m;
    }
}
