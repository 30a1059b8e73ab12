package io.github.wnet4j.nativeaccess;

import io.github.wnet4j.spi.NetResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The read side's structures for both pointer sizes, and their decoding from a filled buffer. */
class StructsTest {

    @Test
    void x64AndX86OffsetsAreTheSpecifications() {
        Structs x64 = new Structs(8);
        assertEquals(48, x64.netResourceSize());
        assertArrayEquals(new int[] {16, 24, 32, 40}, offsets(x64));
        assertEquals(8, x64.universalNameInfoSize(1));
        assertEquals(24, x64.universalNameInfoSize(2));
        Structs x86 = new Structs(4);
        assertEquals(32, x86.netResourceSize());
        assertArrayEquals(new int[] {16, 20, 24, 28}, offsets(x86));
        assertEquals(4, x86.universalNameInfoSize(1));
        assertEquals(12, x86.universalNameInfoSize(2));
    }

    private static int[] offsets(Structs structs) {
        int[] offsets = new int[4];
        for (int i = 0; i < 4; i++) {
            offsets[i] = structs.netResourceStringOffset(i);
        }
        return offsets;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 16, -8})
    void onlyWindowsPointerSizesHaveALayout(int size) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Structs(size));
        assertEquals("Windows has 4-byte (x86) or 8-byte (x64, arm64) pointers, not " + size, e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Structs(8).universalNameInfoSize(3));
    }

    /** Two entries, strings packed at the buffer's end as Windows does, the second deviceless. */
    @ParameterizedTest
    @ValueSource(ints = {4, 8})
    void entriesDecodeWithTheirStringsAndNullPointers(int pointerSize) {
        Structs structs = new Structs(pointerSize);
        int n = structs.netResourceSize();
        HeapBuffer buffer = new HeapBuffer(400, pointerSize)
                .putInt(0, 1).putInt(4, 1).putInt(8, 3).putInt(12, 1)
                .putPointer(structs.netResourceStringOffset(0), 300).putString(300, "Z:", true)
                .putPointer(structs.netResourceStringOffset(1), 320).putString(320, "\\\\sërver\\共有😀", true)
                .putPointer(structs.netResourceStringOffset(2), -1)
                .putPointer(structs.netResourceStringOffset(3), 360).putString(360, "Network", true)
                .putInt(n, 3).putInt(n + 4, 2).putInt(n + 8, 3).putInt(n + 12, 1)
                .putPointer(n + structs.netResourceStringOffset(0), -1)
                .putPointer(n + structs.netResourceStringOffset(1), 200).putString(200, "\\\\srv\\IPC$", true)
                .putPointer(n + structs.netResourceStringOffset(2), 230).putString(230, "", true)
                .putPointer(n + structs.netResourceStringOffset(3), -1);
        assertEquals(new NetResource(1, 1, 3, 1, "Z:", "\\\\sërver\\共有😀", null, "Network"),
                structs.netResource(buffer, 0));
        assertEquals(new NetResource(3, 2, 3, 1, null, "\\\\srv\\IPC$", "", null), structs.netResource(buffer, 1));
    }

    @Test
    void aStringEndingAtTheBuffersLastUnitIsReadAndLoneSurrogatesStay() {
        HeapBuffer buffer = new HeapBuffer(42, 8).putPointer(0, 30).putString(30, "ab\uD800cd", true);
        assertEquals("ab\uD800cd", Structs.string(buffer, 0, "F", "f"), "unit for unit, its NUL the last unit");
        assertNull(Structs.string(new HeapBuffer(16, 8).putPointer(0, -1), 0, "F", "f"));
    }

    @Test
    void aStringRunningToTheBuffersEndWithoutNulIsAViolationNotATruncatedName() {
        HeapBuffer buffer = new HeapBuffer(40, 8).putPointer(0, 30).putString(30, "ab\uD800cd", false);
        ProviderContractException e = assertThrows(ProviderContractException.class,
                () -> new Structs(8).universalNames(buffer, 1));
        assertTrue(e.getMessage().startsWith("WNetGetUniversalNameW broke its buffer contract: lpUniversalName has no"
                + " terminating NUL before the end of the caller's 40-byte buffer (5 units from byte 30)."), e.getMessage());
    }

    /** Pointers a provider might write: below the buffer, at or past its end, dangling, near NULL, the top half. */
    @ParameterizedTest
    @ValueSource(longs = {0x7F00_0000_0FFEL, 0x7F00_0000_1000L + 400, 0x7F00_0000_1000L + 4000, 0x41414141000L, 0x10L,
            0xFFFF_FFFF_FFFF_FFF0L})
    void aPointerOutsideTheBufferIsAViolationAndNothingIsReadThroughIt(long address) {
        Structs structs = new Structs(8);
        HeapBuffer buffer = new HeapBuffer(400, 8).putInt(0, 1).putPointer(structs.netResourceStringOffset(0), 300)
                .putString(300, "Z:", true).putAddress(structs.netResourceStringOffset(1), address);
        ProviderContractException e = assertThrows(ProviderContractException.class, () -> structs.netResource(buffer, 0));
        assertEquals("WNetEnumResourceW", e.function());
        assertTrue(e.getMessage().startsWith("WNetEnumResourceW broke its buffer contract: entry 0's lpRemoteName points to 0x"
                + Long.toHexString(address) + ", outside the caller's 400-byte buffer at 0x7f0000001000."), e.getMessage());
        assertTrue(e.getMessage().contains("NetworkProvider\\Order"), "says what to do: " + e.getMessage());
    }

    @Test
    void aStructureLargerThanTheBufferIsAViolation() {
        ProviderContractException e = assertThrows(ProviderContractException.class,
                () -> new Structs(8).universalNames(new HeapBuffer(16, 8), 2));
        assertTrue(e.getMessage().contains("too small for the 24-byte structure of level 2"), e.getMessage());
    }

    @Test
    void aStringLongerThanOneChunkIsReadWhole() {
        String universal = "\\\\srv\\share\\" + "ö".repeat(1000) + "😀";
        HeapBuffer buffer = new HeapBuffer(24 + 2 * (universal.length() + 1), 8)
                .putPointer(0, 24).putString(24, universal, true);
        assertEquals(universal, new Structs(8).universalNames(buffer, 1)[0]);
    }

    @Test
    void theRemoteNameLevelHasThreeNames() {
        HeapBuffer buffer = new HeapBuffer(200, 4).putPointer(0, 100).putPointer(4, 140).putPointer(8, 180)
                .putString(100, "\\\\srv\\s\\d\\f", true).putString(140, "\\\\srv\\s", true).putString(180, "\\d\\f", true);
        assertArrayEquals(new String[] {"\\\\srv\\s\\d\\f", "\\\\srv\\s", "\\d\\f"}, new Structs(4).universalNames(buffer, 2));
    }
}
