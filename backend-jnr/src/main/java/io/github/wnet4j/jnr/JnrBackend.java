package io.github.wnet4j.jnr;

import io.github.wnet4j.jnr.functions.MprFunctions;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.spi.nativeaccess.Utf16;

import java.util.Objects;

import static io.github.wnet4j.spi.nativeaccess.MprLibrary.ERROR_TEXT_UNITS;
import static io.github.wnet4j.spi.nativeaccess.MprLibrary.PROVIDER_NAME_UNITS;

/**
 * The raw calls into mpr.dll through jnr-ffi. Thread-safe: a name's units are copied per call, and
 * WNetGetLastErrorW's buffers are Java arrays made per extended error (jnr-ffi copies them to and
 * from native memory for the call), so no native memory outlives a call.
 */
final class JnrBackend implements WNetBackend {
    private final MprFunctions mpr;

    JnrBackend(MprFunctions mpr) {
        this.mpr = Objects.requireNonNull(mpr, "mpr");
    }

    @Override
    public int cancelConnection2(String name, int flags, boolean force) {
        return mpr.WNetCancelConnection2W(Utf16.nulTerminated(name), flags, bool(force));
    }

    @Override
    public int cancelConnection(String name, boolean force) {
        return mpr.WNetCancelConnectionW(Utf16.nulTerminated(name), bool(force));
    }

    @Override
    public ExtendedError lastExtendedError() {
        int[] providerCode = new int[1];
        short[] text = new short[ERROR_TEXT_UNITS]; // zeroed: unwritten reads as empty text
        short[] provider = new short[PROVIDER_NAME_UNITS];
        int code = mpr.WNetGetLastErrorW(providerCode, text, text.length, provider, provider.length);
        if (code != 0) {
            return new ExtendedError(0, "WNetGetLastErrorW failed with code " + Integer.toUnsignedString(code), "");
        }
        return new ExtendedError(providerCode[0], Utf16.text(text), Utf16.text(provider));
    }

    private static int bool(boolean value) {
        return value ? 1 : 0;
    }
}
