package io.github.wnet4j.benchmarks;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * What a user would write by hand with JNA alone to connect a drive with a user name and password
 * and cancel it again: {@code WNetAddConnection2W} and {@code WNetCancelConnection2W} from the same
 * library, a {@code NETRESOURCEW} and the strings written to native memory once up front (x64
 * layout: specification, "Reading connection state"). The baseline of the connect + cancel rows.
 */
final class BareJnaConnect {

    /** The double's exports, declared as a hand-written binding would. */
    interface Mpr extends Library {
        int WNetAddConnection2W(Pointer lpNetResource, Pointer lpPassword, Pointer lpUserName, int dwFlags);

        int WNetCancelConnection2W(Pointer lpName, int dwFlags, int fForce);
    }

    /** x64 NETRESOURCEW: four DWORDs, then four pointers. */
    static final int NETRESOURCE_BYTES = 48;
    static final int RESOURCETYPE_DISK = 1;

    private final Mpr mpr;
    private final Memory resource = new Memory(NETRESOURCE_BYTES);
    private final Memory device;
    private final Memory remote;
    private final Memory password;
    private final Memory user;

    BareJnaConnect(String libraryPath, String deviceName, String remoteName, String userName, char[] passwordChars) {
        this.mpr = Native.load(libraryPath, Mpr.class);
        device = utf16(deviceName.toCharArray());
        remote = utf16(remoteName.toCharArray());
        user = utf16(userName.toCharArray());
        password = utf16(passwordChars);
        resource.clear();
        resource.setInt(4, RESOURCETYPE_DISK);
        resource.setPointer(16, device);
        resource.setPointer(24, remote);
    }

    /** NUL-terminated UTF-16 (short units: JNA's char arrays would be written as wchar_t, 4 bytes on Linux). */
    private static Memory utf16(char[] chars) {
        short[] units = new short[chars.length + 1]; // the last unit stays 0: the NUL
        for (int i = 0; i < chars.length; i++) {
            units[i] = (short) chars[i];
        }
        Memory m = new Memory(2L * units.length);
        m.write(0, units, 0, units.length);
        return m;
    }

    /** WNetAddConnection2W with no flags, then WNetCancelConnection2W of the device with no flags, no force; both codes. */
    long connectAndCancel() {
        int connected = mpr.WNetAddConnection2W(resource, password, user, 0);
        int cancelled = mpr.WNetCancelConnection2W(device, 0, 0);
        return ((long) connected << 32) | cancelled;
    }
}
