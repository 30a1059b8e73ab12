package io.github.wnet4j.benchmarks;

import jnr.ffi.LibraryLoader;
import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;

/**
 * What a user would write by hand with jnr-ffi alone, without wnet4j: the same signatures, loaded
 * from the same library, called with a name encoded once up front and buffers allocated once. The
 * baseline for the JNR backend's overhead.
 */
final class BareJnr {

    /** The double's exports, declared as a hand-written binding would (public: jnr-ffi implements it elsewhere). */
    public interface Mpr {
        /** {@code DWORD WNetCancelConnection2W(LPCWSTR, DWORD, BOOL)}. */
        int WNetCancelConnection2W(@In short[] lpName, int dwFlags, int fForce);

        /** {@code DWORD WNetGetLastErrorW(LPDWORD, LPWSTR, DWORD, LPWSTR, DWORD)}. */
        int WNetGetLastErrorW(@Out int[] lpError, @Out short[] lpErrorBuf, int nErrorBufSize,
                              @Out short[] lpNameBuf, int nNameBufSize);
    }

    private final Mpr mpr;
    private final short[] name;
    private final int[] code = new int[1];
    private final short[] text = new short[BareJna.TEXT_UNITS];
    private final short[] provider = new short[BareJna.PROVIDER_UNITS];

    BareJnr(String libraryPath, String deviceName) {
        this.mpr = LibraryLoader.create(Mpr.class).load(libraryPath);
        this.name = new short[deviceName.length() + 1];
        for (int i = 0; i < deviceName.length(); i++) {
            name[i] = (short) deviceName.charAt(i);
        }
    }

    /** The code WNetCancelConnection2W returns for the pre-encoded name, no flags, no force. */
    int cancel() {
        return mpr.WNetCancelConnection2W(name, 0, 0);
    }

    /** As {@link BareJna#cancelAndReadExtendedError()}. */
    Object cancelAndReadExtendedError() {
        int result = cancel();
        if (result != 1208) {
            return result;
        }
        mpr.WNetGetLastErrorW(code, text, text.length, provider, provider.length);
        return new Object[] {code[0], string(text), string(provider)};
    }

    private static String string(short[] units) {
        int n = 0;
        while (n < units.length && units[n] != 0) {
            n++;
        }
        char[] chars = new char[n];
        for (int i = 0; i < n; i++) {
            chars[i] = (char) units[i];
        }
        return new String(chars);
    }
}
