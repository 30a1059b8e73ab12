package io.github.wnet4j.jnr;

import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.nativetesting.NativeBoundaryContract;
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
        super("jnr", JnrBackend.ERROR_TEXT_CAPACITY, JnrBackend.PROVIDER_NAME_CAPACITY);
    }

    @Override
    protected WNetBackend newBackend() {
        return new JnrBackendProvider().create();
    }

    @Test
    void unitsAreCopiedOneForOneWithoutAnEncoder() {
        // A lone surrogate never reaches a backend through the api, but the backend itself must not
        // depend on an encoder: it copies code units, so even this survives.
        String name = "\\\\srv\\\uD800x";
        assertArrayEquals(new short[] {'\\', '\\', 's', 'r', 'v', '\\', (short) 0xD800, 'x', 0},
                JnrBackend.nulTerminatedUnits(name));
        assertEquals(name, JnrBackend.fromUnits(JnrBackend.nulTerminatedUnits(name)));
        assertEquals("abc", JnrBackend.fromUnits(new short[] {'a', 'b', 'c'}), "an unterminated buffer is read whole");
    }
}
