package io.github.wnet4j.spi.nativeaccess;

import io.github.wnet4j.spi.NetResource;

import java.util.Arrays;

/**
 * The read side's structures as Windows lays them out for one pointer size (specification,
 * "Reading connection state"), and their decoding from a filled buffer. The same for every native
 * backend: only the pointer size and the {@link NativeBuffer} reads come from the binding.
 *
 * <pre>
 * NETRESOURCEW          x64   x86        UNIVERSAL_NAME_INFOW { LPWSTR lpUniversalName; }
 *   DWORD dwScope         0     0        REMOTE_NAME_INFOW    { LPWSTR lpUniversalName;
 *   DWORD dwType          4     4                               LPWSTR lpConnectionName;
 *   DWORD dwDisplayType   8     8                               LPWSTR lpRemainingPath; }
 *   DWORD dwUsage        12    12
 *   LPWSTR lpLocalName   16    16        (pointer-sized fields follow the four DWORDs: on x64 they
 *   LPWSTR lpRemoteName  24    20         start at 16, aligned to 8; on x86 at 16, aligned to 4)
 *   LPWSTR lpComment     32    24
 *   LPWSTR lpProvider    40    28
 *   size                 48    32
 * </pre>
 *
 * @param pointerSize the platform's pointer size in bytes: 8 (x64, arm64) or 4 (x86)
 */
public record Structs(int pointerSize) {
    /** Units read at a time while looking for a string's NUL. */
    private static final int CHUNK_UNITS = 64; // most names are shorter: one native read each
    /** The most units read for a string outside the buffer (Windows never places one there). */
    private static final int MAX_STRING_UNITS = 32_768;

    /**
     * Checks the pointer size.
     *
     * @param pointerSize 4 or 8
     * @throws IllegalArgumentException for any other size
     */
    public Structs {
        if (pointerSize != 4 && pointerSize != 8) {
            throw new IllegalArgumentException("Windows has 4-byte (x86) or 8-byte (x64, arm64) pointers, not "
                    + pointerSize);
        }
    }

    /**
     * The size of one {@code NETRESOURCEW}.
     *
     * @return 48 on x64, 32 on x86
     */
    public int netResourceSize() {
        return 16 + 4 * pointerSize;
    }

    /**
     * The offset of one of {@code NETRESOURCEW}'s pointer fields.
     *
     * @param index 0 {@code lpLocalName}, 1 {@code lpRemoteName}, 2 {@code lpComment}, 3 {@code lpProvider}
     * @return its offset: 16 plus {@code index} pointers
     */
    public int netResourceStringOffset(int index) {
        return 16 + Math.multiplyExact(pointerSize, java.util.Objects.checkIndex(index, 4));
    }

    /**
     * The size of a {@code UNIVERSAL_NAME_INFOW} (level 1) or {@code REMOTE_NAME_INFOW} (level 2).
     *
     * @param infoLevel 1 or 2
     * @return one or three pointers
     * @throws IllegalArgumentException for another level
     */
    public int universalNameInfoSize(int infoLevel) {
        return pointerSize * strings(infoLevel);
    }

    /**
     * Entry {@code index} of the {@code NETRESOURCEW} array at the buffer's start.
     *
     * @param buffer the buffer {@code WNetEnumResourceW} filled
     * @param index which entry, from 0
     * @return the entry, its strings copied (NULL pointers give {@code null})
     */
    public NetResource netResource(NativeBuffer buffer, int index) {
        long at = (long) index * netResourceSize();
        return new NetResource(buffer.int32(at), buffer.int32(at + 4), buffer.int32(at + 8), buffer.int32(at + 12),
                string(buffer, at + netResourceStringOffset(0)), string(buffer, at + netResourceStringOffset(1)),
                string(buffer, at + netResourceStringOffset(2)), string(buffer, at + netResourceStringOffset(3)));
    }

    /**
     * The names of a {@code UNIVERSAL_NAME_INFOW} or {@code REMOTE_NAME_INFOW} at the buffer's start.
     *
     * @param buffer the buffer {@code WNetGetUniversalNameW} filled
     * @param infoLevel 1 or 2
     * @return one name (universal) or three (universal, connection, remaining path); NULL gives {@code null}
     */
    public String[] universalNames(NativeBuffer buffer, int infoLevel) {
        String[] names = new String[strings(infoLevel)];
        for (int i = 0; i < names.length; i++) {
            names[i] = string(buffer, (long) i * pointerSize);
        }
        return names;
    }

    /**
     * The NUL-terminated string a pointer in the buffer points at, unit for unit.
     *
     * @param buffer the buffer
     * @param pointerOffset where in the buffer the pointer is
     * @return the string, or {@code null} for a NULL pointer
     */
    public static String string(NativeBuffer buffer, long pointerOffset) {
        long address = buffer.pointer(pointerOffset);
        return address == 0 ? null : stringAt(buffer, address);
    }

    /**
     * The NUL-terminated string at an address, unit for unit. Inside the buffer it is read no further
     * than the buffer's end, and an unterminated one ends there; elsewhere at most 32,768 units.
     *
     * @param buffer the buffer the string belongs to
     * @param address where the string starts
     * @return the string
     */
    public static String stringAt(NativeBuffer buffer, long address) {
        long end = buffer.address() + buffer.size();
        long limit = address >= buffer.address() && address < end ? (end - address) / 2 : MAX_STRING_UNITS;
        short[] units = new short[(int) Math.min(CHUNK_UNITS, limit)];
        int read = 0;
        while (read < limit) {
            int n = (int) Math.min(CHUNK_UNITS, limit - read);
            if (read + n > units.length) {
                units = Arrays.copyOf(units, (int) Math.min(limit, Math.max(2L * units.length, read + n)));
            }
            buffer.units(address + 2L * read, units, read, n);
            for (int i = read; i < read + n; i++) {
                if (units[i] == 0) {
                    return Utf16.exact(units, i);
                }
            }
            read += n;
        }
        return Utf16.exact(units, read);
    }

    private static int strings(int infoLevel) {
        if (infoLevel == 1) {
            return 1;
        }
        if (infoLevel == 2) {
            return 3;
        }
        throw new IllegalArgumentException("info level " + infoLevel
                + " has no layout: use UNIVERSAL_NAME_INFO_LEVEL (1) or REMOTE_NAME_INFO_LEVEL (2)");
    }
}
