package io.github.wnet4j.nativeaccess;

import io.github.wnet4j.spi.NetResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

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

    /** The image as the native block would hold it, readable by the shared decoding. */
    private static HeapBuffer written(ConnectImage image, int pointerSize) {
        HeapBuffer buffer = new HeapBuffer((int) image.size(), pointerSize);
        image.writeTo(buffer.address(), bytes -> buffer.put(0, bytes));
        return buffer;
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 8})
    void theResourceAndTheStringsReadBackAsSent(int pointerSize) {
        Structs structs = new Structs(pointerSize);
        char[] password = SECRET.toCharArray();
        ConnectImage image = ConnectImage.of(structs, RESOURCE, password, "CORP\\svc");
        HeapBuffer block = written(image, pointerSize);
        assertEquals(0, image.resourceOffset());
        assertEquals(RESOURCE, structs.netResource(block, 0));
        assertEquals(-1, image.localNameOffset());
        assertEquals("CORP\\svc", Structs.stringAt(block, image.userNameOffset(), "test", "string"));
        assertEquals(SECRET, Structs.stringAt(block, image.passwordOffset(), "test", "string"));
        assertArrayEquals(SECRET.toCharArray(), password, "the caller's array is read, not changed");
    }

    @Test
    void theLegacyFunctionHasNoStructureAndNullsStayNull() {
        ConnectImage image = ConnectImage.legacy("\\\\srv\\share", null, "Z:");
        assertEquals(-1, image.resourceOffset());
        assertEquals(-1, image.passwordOffset());
        assertEquals(-1, image.userNameOffset());
        HeapBuffer block = written(image, 8);
        assertEquals("Z:", Structs.stringAt(block, image.localNameOffset(), "test", "string"));
        assertEquals("\\\\srv\\share", Structs.stringAt(block, image.remoteNameOffset(), "test", "string"));
        ConnectImage empty = ConnectImage.of(new Structs(8), RESOURCE, new char[0], null);
        block = written(empty, 8);
        assertEquals("", Structs.stringAt(block, empty.passwordOffset(), "test", "string"), "an empty password is not NULL");
        assertNull(Structs.string(block, new Structs(8).netResourceStringOffset(0), "test", "lpLocalName"));
    }

    @Test
    void theLegacyFunctionWithoutADeviceSendsNullForIt() {
        ConnectImage image = ConnectImage.legacy("\\\\srv\\share", null, null);
        assertEquals(-1, image.localNameOffset(), "no device: lpLocalName NULL (C18, \"The legacy WNetAddConnection\")");
        HeapBuffer block = written(image, 8);
        assertEquals("\\\\srv\\share", Structs.stringAt(block, image.remoteNameOffset(), "test", "string"));
    }

    @Test
    void theHeapImageIsZeroedOnceCopiedAndWhenTheCopyThrows() {
        ConnectImage image = ConnectImage.of(new Structs(8), RESOURCE, SECRET.toCharArray(), null);
        byte[][] seen = new byte[1][];
        image.writeTo(0x1000, bytes -> seen[0] = bytes);
        assertArrayEquals(new byte[seen[0].length], seen[0]);
        IllegalStateException thrown = new IllegalStateException("copy failed");
        assertSame(thrown, assertThrows(IllegalStateException.class, () -> image.writeTo(0x1000, bytes -> {
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
