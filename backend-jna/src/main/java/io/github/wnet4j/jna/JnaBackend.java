package io.github.wnet4j.jna;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinError;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.WNetBackend;

import java.util.Objects;

/**
 * The three calls through JNA. Thread-safe: a name is encoded into its own native buffer per call,
 * and {@code WNetGetLastErrorW}'s buffers belong to the calling thread (allocated on its first
 * extended error, about 10 KiB, reused after).
 *
 * <p>Native memory is written and read with {@code Memory.write(short[])} and {@code getShort},
 * never through {@code getByteBuffer} views: JNA records every view in a global weak map, which
 * cost more than the call itself (measured in the benchmarks module).
 */
final class JnaBackend implements WNetBackend {

    /** Units for WNetGetLastErrorW's description buffer; providers' texts are far shorter. */
    static final int ERROR_TEXT_UNITS = 4096;

    /** Units for WNetGetLastErrorW's provider-name buffer. */
    static final int PROVIDER_NAME_UNITS = 1024;

    /** WNetGetLastErrorW's out-parameters, one set per thread: the extended error is per thread anyway. */
    private static final class ErrorBuffers {
        final Memory code = new Memory(4);
        final Memory text = new Memory(2L * ERROR_TEXT_UNITS);
        final Memory provider = new Memory(2L * PROVIDER_NAME_UNITS);
    }

    private final ThreadLocal<ErrorBuffers> errorBuffers = ThreadLocal.withInitial(ErrorBuffers::new);

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
        ErrorBuffers b = errorBuffers.get();
        b.code.setInt(0, 0);
        b.text.setShort(0, (short) 0);
        b.provider.setShort(0, (short) 0);
        int result = mpr.WNetGetLastErrorW(b.code, b.text, ERROR_TEXT_UNITS, b.provider, PROVIDER_NAME_UNITS);
        if (result != WinError.NO_ERROR) {
            return new ExtendedError(0, "WNetGetLastErrorW failed with code " + Integer.toUnsignedString(result), "");
        }
        return new ExtendedError(b.code.getInt(0), readUtf16z(b.text, ERROR_TEXT_UNITS),
                readUtf16z(b.provider, PROVIDER_NAME_UNITS));
    }

    /** BOOL: exactly 0 or 1. */
    private static int bool(boolean value) {
        return value ? 1 : 0;
    }

    /** The name's UTF-16 code units, copied unchanged (no encoder), plus a NUL unit. */
    static Memory utf16z(String name) {
        Objects.requireNonNull(name, "name");
        short[] units = new short[name.length() + 1];
        for (int i = 0; i < name.length(); i++) {
            units[i] = (short) name.charAt(i);
        }
        Memory memory = new Memory(2L * units.length);
        memory.write(0, units, 0, units.length); // the last unit stays 0: the terminating NUL
        return memory;
    }

    /** The units before the first NUL in a buffer of {@code capacity} units (all of them if there is none). */
    static String readUtf16z(Pointer buffer, int capacity) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < capacity; i++) {
            char unit = (char) buffer.getShort(2L * i);
            if (unit == '\0') {
                break;
            }
            s.append(unit);
        }
        return s.toString();
    }
}
