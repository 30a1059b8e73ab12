package io.github.wnet4j.jnr;

import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.WNetBackend;

import java.util.Objects;

/**
 * The raw calls into mpr.dll through jnr-ffi. Thread-safe: a name's units are copied per call, and
 * WNetGetLastErrorW's buffers belong to the calling thread (allocated on its first extended error).
 */
final class JnrBackend implements WNetBackend {
    /** Units for WNetGetLastErrorW's description buffer; providers' texts are far shorter. */
    static final int ERROR_TEXT_CAPACITY = 4096;
    /** Units for WNetGetLastErrorW's provider-name buffer. */
    static final int PROVIDER_NAME_CAPACITY = 1024;

    /** WNetGetLastErrorW's out-parameters, one set per thread (the extended error is per thread anyway). */
    private static final class ErrorBuffers {
        final int[] providerCode = new int[1];
        final short[] text = new short[ERROR_TEXT_CAPACITY];
        final short[] provider = new short[PROVIDER_NAME_CAPACITY];
    }

    /** Reused: allocating and zeroing 10 KiB on every extended error was most of that path's cost. */
    private final ThreadLocal<ErrorBuffers> errorBuffers = ThreadLocal.withInitial(ErrorBuffers::new);

    private final MprLibrary.Functions mpr;

    JnrBackend(MprLibrary.Functions mpr) {
        this.mpr = Objects.requireNonNull(mpr, "mpr");
    }

    @Override
    public int cancelConnection2(String name, int flags, boolean force) {
        return mpr.WNetCancelConnection2W(nulTerminatedUnits(name), flags, bool(force));
    }

    @Override
    public int cancelConnection(String name, boolean force) {
        return mpr.WNetCancelConnectionW(nulTerminatedUnits(name), bool(force));
    }

    @Override
    public ExtendedError lastExtendedError() {
        ErrorBuffers b = errorBuffers.get();
        b.providerCode[0] = 0;
        b.text[0] = 0;
        b.provider[0] = 0;
        int code = mpr.WNetGetLastErrorW(b.providerCode, b.text, b.text.length, b.provider, b.provider.length);
        if (code != 0) {
            return new ExtendedError(0, "WNetGetLastErrorW failed with code " + Integer.toUnsignedString(code), "");
        }
        return new ExtendedError(b.providerCode[0], fromUnits(b.text), fromUnits(b.provider));
    }

    /**
     * The name's UTF-16 code units, copied one for one from its chars, then a NUL unit. No charset
     * encoder is involved, so nothing is ever replaced (the api already rejected U+0000 and
     * unpaired surrogates).
     */
    static short[] nulTerminatedUnits(String name) {
        short[] units = new short[name.length() + 1];
        for (int i = 0; i < name.length(); i++) {
            units[i] = (short) name.charAt(i);
        }
        return units; // the last unit stays 0: the terminating NUL
    }

    /** The units up to the first NUL (or all of them if a buffer came back unterminated). */
    static String fromUnits(short[] units) {
        int length = 0;
        while (length < units.length && units[length] != 0) {
            length++;
        }
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) units[i];
        }
        return new String(chars);
    }

    private static int bool(boolean value) {
        return value ? 1 : 0;
    }
}
