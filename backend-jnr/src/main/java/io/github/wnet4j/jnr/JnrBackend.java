package io.github.wnet4j.jnr;

import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.WNetBackend;

import java.util.Objects;

/**
 * The raw calls into mpr.dll through jnr-ffi. Stateless apart from the bound functions, so
 * thread-safe; every buffer is allocated per call.
 */
final class JnrBackend implements WNetBackend {
    /** Units for WNetGetLastErrorW's description buffer; providers' texts are far shorter. */
    static final int ERROR_TEXT_CAPACITY = 4096;
    /** Units for WNetGetLastErrorW's provider-name buffer. */
    static final int PROVIDER_NAME_CAPACITY = 1024;

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
        int[] providerCode = new int[1];
        short[] text = new short[ERROR_TEXT_CAPACITY];
        short[] provider = new short[PROVIDER_NAME_CAPACITY];
        int code = mpr.WNetGetLastErrorW(providerCode, text, text.length, provider, provider.length);
        if (code != 0) {
            return new ExtendedError(0, "WNetGetLastErrorW failed with code " + Integer.toUnsignedString(code), "");
        }
        return new ExtendedError(providerCode[0], fromUnits(text), fromUnits(provider));
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
