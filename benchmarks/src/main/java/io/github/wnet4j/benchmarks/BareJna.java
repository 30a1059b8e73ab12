package io.github.wnet4j.benchmarks;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

import java.nio.ByteOrder;
import java.nio.CharBuffer;

/**
 * What a user would write by hand with JNA alone, without wnet4j: an interface with the same
 * signatures, loaded from the same library, called with a name encoded once up front and buffers
 * allocated once. The baseline for the JNA backend's overhead.
 */
final class BareJna {

    /** The double's exports, declared as a hand-written binding would. */
    interface Mpr extends Library {
        int WNetCancelConnection2W(Pointer lpName, int dwFlags, int fForce);

        int WNetGetLastErrorW(Pointer lpError, Pointer lpErrorBuf, int nErrorBufSize, Pointer lpNameBuf, int nNameBufSize);
    }

    static final int TEXT_UNITS = 4096;
    static final int PROVIDER_UNITS = 1024;

    private final Mpr mpr;
    private final Memory name;
    private final Memory code = new Memory(4);
    private final Memory text = new Memory(2L * TEXT_UNITS);
    private final Memory provider = new Memory(2L * PROVIDER_UNITS);
    // Views made once, like the buffers: a JNA Memory's getByteBuffer registers each view it makes.
    private final CharBuffer textUnits = units(text, TEXT_UNITS);
    private final CharBuffer providerUnits = units(provider, PROVIDER_UNITS);

    BareJna(String libraryPath, String deviceName) {
        this.mpr = Native.load(libraryPath, Mpr.class);
        this.name = new Memory(2L * (deviceName.length() + 1));
        units(name, deviceName.length() + 1).put(deviceName).put('\0');
    }

    /** The code WNetCancelConnection2W returns for the pre-encoded name, no flags, no force. */
    int cancel() {
        return mpr.WNetCancelConnection2W(name, 0, 0);
    }

    /**
     * The cancel and, for ERROR_EXTENDED_ERROR, the provider's code, text and name read back as a
     * hand-written caller must to report them; returns something derived from all of it.
     */
    Object cancelAndReadExtendedError() {
        return readIfExtended(cancel());
    }

    /**
     * As {@link #cancelAndReadExtendedError()}, but encoding {@code name} into a fresh JNA
     * {@code Memory} for each call, as a thread-safe library must: through a ByteBuffer view of it
     * (as backend-jna does; JNA registers every view a {@code Memory} hands out in a global weak
     * map), or with {@code Memory.write(short[])}, which makes no view.
     */
    Object cancelEncodingPerCall(String deviceName, boolean throughView) {
        try (Memory lpName = new Memory(2L * (deviceName.length() + 1))) {
            if (throughView) {
                units(lpName, deviceName.length() + 1).put(deviceName).put('\0');
            } else {
                short[] units = new short[deviceName.length() + 1];
                for (int i = 0; i < deviceName.length(); i++) {
                    units[i] = (short) deviceName.charAt(i);
                }
                lpName.write(0, units, 0, units.length);
            }
            return readIfExtended(mpr.WNetCancelConnection2W(lpName, 0, 0));
        }
    }

    private Object readIfExtended(int result) {
        if (result != 1208) {
            return result;
        }
        mpr.WNetGetLastErrorW(code, text, TEXT_UNITS, provider, PROVIDER_UNITS);
        return new Object[] {code.getInt(0), string(textUnits), string(providerUnits)};
    }

    private static String string(CharBuffer units) {
        int n = 0;
        while (n < units.capacity() && units.get(n) != '\0') {
            n++;
        }
        return units.duplicate().limit(n).toString();
    }

    private static CharBuffer units(Pointer p, int count) {
        return p.getByteBuffer(0, 2L * count).order(ByteOrder.nativeOrder()).asCharBuffer();
    }
}
