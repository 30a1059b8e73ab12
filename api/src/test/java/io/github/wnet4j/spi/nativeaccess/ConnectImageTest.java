package io.github.wnet4j.spi.nativeaccess;

import io.github.wnet4j.spi.NetResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The connect block's layout, read back with the read side's decoding, and the zeroing of its heap image. */
class ConnectImageTest {
    private static final String SECRET = "pä😀ss";
    private static final NetResource RESOURCE = new NetResource(0x11, 1, 0x33, 0x44, null, "\\\\sërver\\共有😀", null,
            "Microsoft Windows Network");

    /** A made-up address that fits the pointer size. */
    private static long base(int pointerSize) {
        return pointerSize == 8 ? 0x7F00_0000_1000L : 0x1000_1000L;
    }

    /** The image as the native block would hold it, readable by the shared decoding. */
    private static NativeBuffer copied(byte[] image, long base, int pointerSize) {
        ByteBuffer bytes = ByteBuffer.wrap(image.clone()).order(ByteOrder.nativeOrder());
        return new NativeBuffer() {
            @Override
            public long address() {
                return base;
            }

            @Override
            public long size() {
                return bytes.capacity();
            }

            @Override
            public int int32(long offset) {
                return bytes.getInt((int) offset);
            }

            @Override
            public long pointer(long offset) {
                return pointerSize == 8 ? bytes.getLong((int) offset) : Integer.toUnsignedLong(bytes.getInt((int) offset));
            }

            @Override
            public void units(long address, short[] into, int offset, int count) {
                for (int i = 0; i < count; i++) {
                    into[offset + i] = bytes.getShort((int) (address - base) + 2 * i);
                }
            }
        };
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 8})
    void theResourceAndTheStringsReadBackAsSent(int pointerSize) {
        Structs structs = new Structs(pointerSize);
        char[] password = SECRET.toCharArray();
        ConnectImage image = ConnectImage.of(structs, RESOURCE, password, "CORP\\svc");
        NativeBuffer[] written = new NativeBuffer[1];
        image.writeTo(base(pointerSize), bytes -> written[0] = copied(bytes, base(pointerSize), pointerSize));
        assertEquals(0, image.resourceOffset());
        assertEquals(RESOURCE, structs.netResource(written[0], 0));
        assertEquals(-1, image.localNameOffset());
        assertEquals("CORP\\svc", Structs.stringAt(written[0], base(pointerSize) + image.userNameOffset()));
        assertEquals(SECRET, Structs.stringAt(written[0], base(pointerSize) + image.passwordOffset()));
        assertArrayEquals(SECRET.toCharArray(), password, "the caller's array is read, not changed");
    }

    @Test
    void theLegacyFunctionHasNoStructureAndNullsStayNull() {
        ConnectImage image = ConnectImage.legacy("\\\\srv\\share", null, "Z:");
        assertEquals(-1, image.resourceOffset());
        assertEquals(-1, image.passwordOffset());
        assertEquals(-1, image.userNameOffset());
        NativeBuffer[] written = new NativeBuffer[1];
        image.writeTo(base(8), bytes -> written[0] = copied(bytes, base(8), 8));
        assertEquals("Z:", Structs.stringAt(written[0], base(8) + image.localNameOffset()));
        assertEquals("\\\\srv\\share", Structs.stringAt(written[0], base(8) + image.remoteNameOffset()));
        ConnectImage empty = ConnectImage.of(new Structs(8), RESOURCE, new char[0], null);
        empty.writeTo(base(8), bytes -> written[0] = copied(bytes, base(8), 8));
        assertEquals("", Structs.stringAt(written[0], base(8) + empty.passwordOffset()), "an empty password is not NULL");
        assertNull(Structs.string(written[0], new Structs(8).netResourceStringOffset(0)));
    }

    @Test
    void theHeapImageIsZeroedOnceCopiedAndWhenTheCopyThrows() {
        ConnectImage image = ConnectImage.of(new Structs(8), RESOURCE, SECRET.toCharArray(), null);
        byte[][] seen = new byte[1][];
        image.writeTo(base(8), bytes -> seen[0] = bytes);
        assertArrayEquals(new byte[seen[0].length], seen[0]);
        IllegalStateException thrown = new IllegalStateException("copy failed");
        assertSame(thrown, assertThrows(IllegalStateException.class, () -> image.writeTo(base(8), bytes -> {
            seen[0] = bytes;
            throw thrown;
        })));
        assertArrayEquals(new byte[seen[0].length], seen[0]);
    }

    @Test
    void aPasswordHoldingNulAndBadNamesAreRefusedWithoutNamingThePassword() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ConnectImage.of(new Structs(8), RESOURCE, (SECRET + "\0").toCharArray(), null));
        assertFalse(refused.getMessage().contains(SECRET), refused.getMessage().length() + " characters naming the password");
        assertThrows(IllegalArgumentException.class, () -> ConnectImage.legacy("\\\\srv\\a\0b", null, "Z:"));
        assertThrows(IllegalArgumentException.class, () -> ConnectImage.legacy("\\\\srv\\share", null, "\uDC00"));
        assertThrows(IllegalArgumentException.class, () -> ConnectImage.of(new Structs(8), RESOURCE, null, ""));
        assertThrows(IllegalArgumentException.class,
                () -> ConnectImage.of(new Structs(8), RESOURCE, new char[32_768], null));
    }
}
