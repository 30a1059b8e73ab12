package io.github.wnet4j.nativeaccess;

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
 * <p>The documented contract is that the strings a structure points to live in the same
 * caller-supplied buffer. The decoding holds the function to it: every structure it reads lies
 * inside the buffer, every string pointer is checked against the buffer's bounds before anything
 * is read through it, and a string is read only up to the buffer's end. A pointer outside the
 * buffer, or a string with no NUL before the buffer's end, is a {@link ProviderContractException}:
 * never a read of memory the caller does not own, never a truncated name.
 *
 * @param pointerSize the platform's pointer size in bytes: 8 (x64, arm64) or 4 (x86)
 */
public record Structs(int pointerSize) {
    /** Units read at a time while looking for a string's NUL, never past the buffer's end. */
    private static final int CHUNK_UNITS = 64; // most names are shorter: one native read each

    /** The names of NETRESOURCEW's string fields, for messages. */
    private static final String[] NET_RESOURCE_FIELDS = {"lpLocalName", "lpRemoteName", "lpComment", "lpProvider"};
    /** The names of REMOTE_NAME_INFOW's fields (UNIVERSAL_NAME_INFOW has the first), for messages. */
    private static final String[] UNIVERSAL_NAME_FIELDS = {"lpUniversalName", "lpConnectionName", "lpRemainingPath"};

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
     * @param index which entry, from 0; the caller has checked the entry lies inside the buffer
     * @return the entry, its strings copied (NULL pointers give {@code null})
     * @throws ProviderContractException if a string pointer is outside the buffer or a string has no
     *     NUL before the buffer's end
     */
    public NetResource netResource(NativeBuffer buffer, int index) {
        long at = (long) index * netResourceSize();
        String[] names = new String[4];
        for (int i = 0; i < 4; i++) {
            names[i] = string(buffer, at + netResourceStringOffset(i), "WNetEnumResourceW",
                    "entry " + index + "'s " + NET_RESOURCE_FIELDS[i]);
        }
        return new NetResource(buffer.int32(at), buffer.int32(at + 4), buffer.int32(at + 8), buffer.int32(at + 12),
                names[0], names[1], names[2], names[3]);
    }

    /**
     * The names of a {@code UNIVERSAL_NAME_INFOW} or {@code REMOTE_NAME_INFOW} at the buffer's start.
     *
     * @param buffer the buffer {@code WNetGetUniversalNameW} filled
     * @param infoLevel 1 or 2
     * @return one name (universal) or three (universal, connection, remaining path); NULL gives {@code null}
     * @throws ProviderContractException if the structure does not fit the buffer, a pointer is
     *     outside it, or a string has no NUL before its end
     */
    public String[] universalNames(NativeBuffer buffer, int infoLevel) {
        String[] names = new String[strings(infoLevel)];
        if (universalNameInfoSize(infoLevel) > buffer.size()) {
            throw new ProviderContractException("WNetGetUniversalNameW", "it answered NO_ERROR into a "
                    + buffer.size() + "-byte buffer, too small for the " + universalNameInfoSize(infoLevel)
                    + "-byte structure of level " + infoLevel);
        }
        for (int i = 0; i < names.length; i++) {
            names[i] = string(buffer, (long) i * pointerSize, "WNetGetUniversalNameW", UNIVERSAL_NAME_FIELDS[i]);
        }
        return names;
    }

    /**
     * The NUL-terminated string a pointer in the buffer points at, unit for unit.
     *
     * @param buffer the buffer
     * @param pointerOffset where in the buffer the pointer is
     * @param function the function that wrote the buffer, for the message
     * @param field which pointer it is, for the message
     * @return the string, or {@code null} for a NULL pointer
     * @throws ProviderContractException if the pointer is outside the buffer or the string has no NUL
     *     before the buffer's end
     */
    static String string(NativeBuffer buffer, long pointerOffset, String function, String field) {
        long address = buffer.pointer(pointerOffset);
        if (address == 0) {
            return null;
        }
        long offset = address - buffer.address();
        if (Long.compareUnsigned(address, buffer.address()) < 0 || Long.compareUnsigned(offset, buffer.size()) >= 0) {
            throw new ProviderContractException(function, field + " points to 0x" + Long.toHexString(address)
                    + ", outside the caller's " + buffer.size() + "-byte buffer at 0x" + Long.toHexString(buffer.address()));
        }
        return stringAt(buffer, offset, function, field);
    }

    /**
     * The NUL-terminated string at an offset in the buffer, unit for unit, read no further than the
     * buffer's end.
     *
     * @param buffer the buffer the string belongs to
     * @param offset where the string starts, in bytes from the buffer's start (inside it)
     * @param function the function that wrote the buffer, for the message
     * @param field which string it is, for the message
     * @return the string
     * @throws ProviderContractException if the string has no NUL before the buffer's end
     */
    public static String stringAt(NativeBuffer buffer, long offset, String function, String field) {
        long limit = (buffer.size() - offset) / 2;
        short[] units = new short[(int) Math.min(CHUNK_UNITS, limit)];
        int read = 0;
        while (read < limit) {
            int n = (int) Math.min(CHUNK_UNITS, limit - read);
            if (read + n > units.length) {
                units = Arrays.copyOf(units, (int) Math.min(limit, Math.max(2L * units.length, read + n)));
            }
            buffer.units(offset + 2L * read, units, read, n);
            for (int i = read; i < read + n; i++) {
                if (units[i] == 0) {
                    return Utf16.exact(units, i);
                }
            }
            read += n;
        }
        throw new ProviderContractException(function, field + " has no terminating NUL before the end of the caller's "
                + buffer.size() + "-byte buffer (" + read + " units from byte " + offset + ")");
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
