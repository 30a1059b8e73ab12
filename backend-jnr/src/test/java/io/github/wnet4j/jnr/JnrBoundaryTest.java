package io.github.wnet4j.jnr;

import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.nativetesting.NativeBoundaryContract;
import io.github.wnet4j.spi.nativeaccess.MprLibrary;
import io.github.wnet4j.spi.nativeaccess.Utf16;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What crosses the native boundary through jnr-ffi, checked on the double's side: the shared
 * {@link NativeBoundaryContract}, with the JNR backend's WNetGetLastErrorW buffers, plus how the
 * backend copies a name's units into the short[] it passes.
 */
class JnrBoundaryTest extends NativeBoundaryContract {

    JnrBoundaryTest() {
        super("jnr", MprLibrary.ERROR_TEXT_UNITS, MprLibrary.PROVIDER_NAME_UNITS);
    }

    @Override
    protected WNetBackend newBackend() {
        return new JnrBackendProvider().create();
    }

    @Test
    void unitsAreCopiedOneForOneWithoutAnEncoder() {
        String name = "\\\\srv\\\uD83D\uDE00x";
        assertArrayEquals(new short[] {'\\', '\\', 's', 'r', 'v', '\\', (short) 0xD83D, (short) 0xDE00, 'x', 0},
                Utf16.nulTerminated(name));
        assertEquals(name, Utf16.text(Utf16.nulTerminated(name)));
        assertEquals("abc", Utf16.text(new short[] {'a', 'b', 'c'}), "an unterminated buffer is read whole");
    }
}
