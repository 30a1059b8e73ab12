package io.github.wnet4j.jna;

import com.sun.jna.Memory;
import com.sun.jna.platform.win32.WinError;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.spi.nativeaccess.Utf16;

import java.util.Objects;

import static io.github.wnet4j.spi.nativeaccess.MprLibrary.ERROR_TEXT_UNITS;
import static io.github.wnet4j.spi.nativeaccess.MprLibrary.PROVIDER_NAME_UNITS;

/**
 * The three calls through JNA. Thread-safe and holding no native memory between calls: a name is
 * copied into its own native buffer per call, and {@code WNetGetLastErrorW}'s buffers (about 10 KiB)
 * are allocated per extended error, the rare path, and freed right after, so native memory stays
 * bounded whatever the number of threads.
 *
 * <p>Native memory is written and read with {@code Memory.write(short[])} and {@code read(short[])},
 * never through {@code getByteBuffer} views: JNA records every view in a global weak map, which
 * cost more than the call itself (measured in the benchmarks module).
 */
final class JnaBackend implements WNetBackend {

    private final MprFunctions mpr;

    JnaBackend(MprFunctions mpr) {
        this.mpr = Objects.requireNonNull(mpr, "mpr");
    }

    @Override
    public int cancelConnection2(String name, int flags, boolean force) {
        try (Memory lpName = utf16z(name)) {
            return mpr.WNetCancelConnection2W(lpName, flags, bool(force));
        }
    }

    @Override
    public int cancelConnection(String name, boolean force) {
        try (Memory lpName = utf16z(name)) {
            return mpr.WNetCancelConnectionW(lpName, bool(force));
        }
    }

    @Override
    public ExtendedError lastExtendedError() {
        try (Memory code = new Memory(4);
             Memory text = new Memory(2L * ERROR_TEXT_UNITS);
             Memory provider = new Memory(2L * PROVIDER_NAME_UNITS)) {
            // A buffer the function leaves unwritten then reads as empty text, not as old memory.
            code.setInt(0, 0);
            text.setShort(0, (short) 0);
            provider.setShort(0, (short) 0);
            int result = mpr.WNetGetLastErrorW(code, text, ERROR_TEXT_UNITS, provider, PROVIDER_NAME_UNITS);
            if (result != WinError.NO_ERROR) {
                return new ExtendedError(0, "WNetGetLastErrorW failed with code " + Integer.toUnsignedString(result), "");
            }
            return new ExtendedError(code.getInt(0), Utf16.text(units(text, ERROR_TEXT_UNITS)),
                    Utf16.text(units(provider, PROVIDER_NAME_UNITS)));
        }
    }

    /** BOOL: exactly 0 or 1. */
    private static int bool(boolean value) {
        return value ? 1 : 0;
    }

    /** The name's UTF-16 code units in native memory, checked and copied by {@link Utf16#nulTerminated}. */
    static Memory utf16z(String name) {
        short[] units = Utf16.nulTerminated(name);
        Memory memory = new Memory(2L * units.length);
        memory.write(0, units, 0, units.length);
        return memory;
    }

    /** A buffer's units, in one copy. */
    private static short[] units(Memory buffer, int capacity) {
        short[] units = new short[capacity];
        buffer.read(0, units, 0, capacity);
        return units;
    }
}
