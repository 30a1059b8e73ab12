package io.github.wnet4j.ffm;

import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.spi.nativeaccess.Utf16;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Objects;

import static io.github.wnet4j.spi.nativeaccess.MprLibrary.ERROR_TEXT_UNITS;
import static io.github.wnet4j.spi.nativeaccess.MprLibrary.PROVIDER_NAME_UNITS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * The three calls through {@code java.lang.foreign}. Thread-safe and holding no native memory between
 * calls: every call opens a confined arena for what it passes (the name's units; on the extended-error
 * path the three out-parameters, about 10 KiB) and closes it on return, so native memory stays
 * bounded whatever the number of threads, and nothing is kept per thread.
 *
 * <p>Names go in as their own UTF-16 units ({@link Utf16#nulTerminated}, which checks them first),
 * never through a charset encoder: an encoder would turn an unpaired surrogate into {@code ?}, a
 * different name. {@code JAVA_SHORT} is in native byte order, which is what {@code LPCWSTR} means.
 */
final class FfmBackend implements WNetBackend {
    private final MprDowncalls mpr;

    FfmBackend(MprDowncalls mpr) {
        this.mpr = Objects.requireNonNull(mpr, "mpr");
    }

    @Override
    public int cancelConnection2(String name, int flags, boolean force) {
        short[] units = Utf16.nulTerminated(name);
        try (Arena arena = Arena.ofConfined()) {
            return mpr.cancelConnection2(arena.allocateFrom(JAVA_SHORT, units), flags, bool(force));
        }
    }

    @Override
    public int cancelConnection(String name, boolean force) {
        short[] units = Utf16.nulTerminated(name);
        try (Arena arena = Arena.ofConfined()) {
            return mpr.cancelConnection(arena.allocateFrom(JAVA_SHORT, units), bool(force));
        }
    }

    @Override
    public ExtendedError lastExtendedError() {
        try (Arena arena = Arena.ofConfined()) {
            // One block for the three out-parameters. allocate() zeroes it, so a buffer the function
            // leaves unwritten reads as empty text, not as old memory.
            MemorySegment block = arena.allocate(4 + 2L * (ERROR_TEXT_UNITS + PROVIDER_NAME_UNITS), 4);
            MemorySegment text = block.asSlice(4, 2L * ERROR_TEXT_UNITS);
            MemorySegment provider = block.asSlice(4 + 2L * ERROR_TEXT_UNITS, 2L * PROVIDER_NAME_UNITS);
            int result = mpr.getLastError(block, text, ERROR_TEXT_UNITS, provider, PROVIDER_NAME_UNITS);
            if (result != 0) {
                return new ExtendedError(0, "WNetGetLastErrorW failed with code " + Integer.toUnsignedString(result), "");
            }
            return new ExtendedError(block.get(JAVA_INT, 0), Utf16.text(unitsToNul(text), ERROR_TEXT_UNITS),
                    Utf16.text(unitsToNul(provider), PROVIDER_NAME_UNITS));
        }
    }

    /** BOOL: exactly 0 or 1. */
    private static int bool(boolean value) {
        return value ? 1 : 0;
    }

    /** A buffer's units up to and including its first NUL, or all of them if it has none. */
    private static short[] unitsToNul(MemorySegment buffer) {
        long units = buffer.byteSize() / 2;
        for (long i = 0; i < units; i++) {
            if (buffer.getAtIndex(JAVA_SHORT, i) == 0) {
                return buffer.asSlice(0, 2 * (i + 1)).toArray(JAVA_SHORT);
            }
        }
        return buffer.toArray(JAVA_SHORT);
    }
}
