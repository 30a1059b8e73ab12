package io.github.wnet4j.jna;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.WinError;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.WNetBackend;

import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.util.Objects;

/**
 * The three calls through JNA. Stateless apart from the bound functions, so thread-safe; each call
 * allocates its own native buffers and frees them before returning.
 */
final class JnaBackend implements WNetBackend {

    /** Units for WNetGetLastErrorW's description buffer; providers' texts are far shorter. */
    static final int ERROR_TEXT_UNITS = 4096;

    /** Units for WNetGetLastErrorW's provider-name buffer. */
    static final int PROVIDER_NAME_UNITS = 1024;

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
            code.setInt(0, 0);
            text.setShort(0, (short) 0);
            provider.setShort(0, (short) 0);
            int result = mpr.WNetGetLastErrorW(code, text, ERROR_TEXT_UNITS, provider, PROVIDER_NAME_UNITS);
            if (result != WinError.NO_ERROR) {
                return new ExtendedError(0, "WNetGetLastErrorW failed with code " + Integer.toUnsignedString(result), "");
            }
            return new ExtendedError(code.getInt(0), readUtf16z(text, ERROR_TEXT_UNITS),
                    readUtf16z(provider, PROVIDER_NAME_UNITS));
        }
    }

    /** BOOL: exactly 0 or 1. */
    private static int bool(boolean value) {
        return value ? 1 : 0;
    }

    /** The name's UTF-16 code units, copied unchanged, plus a NUL unit. */
    static Memory utf16z(String name) {
        Objects.requireNonNull(name, "name");
        Memory memory = new Memory(2L * (name.length() + 1));
        utf16(memory, name.length() + 1).put(name).put('\0');
        return memory;
    }

    /** The units before the first NUL in a buffer of {@code capacity} units (all of them if there is none). */
    static String readUtf16z(Pointer buffer, int capacity) {
        CharBuffer units = utf16(buffer, capacity);
        int length = 0;
        while (length < capacity && units.get(length) != '\0') {
            length++;
        }
        return units.limit(length).toString();
    }

    /**
     * A char view of native memory in the platform's byte order: UTF-16 units exactly. JNA's own
     * char[] copies and WString use wchar_t, which is 4 bytes on Linux.
     */
    private static CharBuffer utf16(Pointer p, int units) {
        return p.getByteBuffer(0, 2L * units).order(ByteOrder.nativeOrder()).asCharBuffer();
    }
}
