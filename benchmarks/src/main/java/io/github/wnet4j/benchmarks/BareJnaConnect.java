package io.github.wnet4j.benchmarks;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

import java.util.Arrays;

/**
 * What a user would write by hand with JNA alone to connect a drive with a user name and password and
 * cancel it again: {@code WNetAddConnection2W} and {@code WNetCancelConnection2W} from the same library
 * (x64 layout: specification, "Reading connection state"). Two ways:
 *
 * <ul>
 *   <li>{@link #connect} and {@link #cancel}, the baseline of the connect + cancel row: each call takes
 *       Java values (the strings, the password's char array) and does what a hand-written binding must
 *       to pass them: a {@link Memory} per string and one for the {@code NETRESOURCEW}, each string
 *       written as NUL-terminated UTF-16, the password's native copy (and its heap copy in UTF-16
 *       units) zeroed after the call, every block freed on return. No name checks: a bare binding
 *       passes what it is given.</li>
 *   <li>{@link #connectAndCancelWrittenOnce()}, a context row only: the structure and strings written
 *       to native memory once up front, so a call is the two downcalls alone. No library taking Java
 *       values per call can match it; it shows what the downcalls themselves cost.</li>
 * </ul>
 *
 * <p>The units go through {@code short[]}: JNA writes a {@code char[]}, a {@code String} or a
 * {@code WString} as {@code wchar_t}, 4 bytes on Linux, where the double runs; on Windows a binding
 * could pass them as they are.
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
    private final Memory password;
    private final Memory user;

    BareJnaConnect(String libraryPath, String deviceName, String remoteName, String userName, char[] passwordChars) {
        this.mpr = Native.load(libraryPath, Mpr.class);
        device = utf16(deviceName);
        Memory remote = utf16(remoteName);
        user = utf16(userName);
        password = utf16(passwordChars);
        resource.clear();
        resource.setInt(4, RESOURCETYPE_DISK);
        resource.setPointer(16, device);
        resource.setPointer(24, remote);
    }

    /** NUL-terminated UTF-16 in a block of its own; the heap copy of the units is zeroed (it may be a password). */
    private static Memory utf16(char[] chars) {
        short[] units = new short[chars.length + 1]; // the last unit stays 0: the NUL
        for (int i = 0; i < chars.length; i++) {
            units[i] = (short) chars[i];
        }
        Memory m = new Memory(2L * units.length);
        m.write(0, units, 0, units.length);
        Arrays.fill(units, (short) 0);
        return m;
    }

    /** NUL-terminated UTF-16 of a name that is no secret, in a block of its own. */
    private static Memory utf16(String s) {
        short[] units = new short[s.length() + 1];
        for (int i = 0; i < s.length(); i++) {
            units[i] = (short) s.charAt(i);
        }
        Memory m = new Memory(2L * units.length);
        m.write(0, units, 0, units.length);
        return m;
    }

    /** WNetAddConnection2W of a drive, no flags, from Java values; every block freed, the password's zeroed first. */
    int connect(String deviceName, String remoteName, String userName, char[] passwordChars) {
        try (Memory lpNetResource = new Memory(NETRESOURCE_BYTES); Memory lpLocalName = utf16(deviceName);
             Memory lpRemoteName = utf16(remoteName); Memory lpUserName = utf16(userName);
             Memory lpPassword = utf16(passwordChars)) {
            lpNetResource.clear();
            lpNetResource.setInt(4, RESOURCETYPE_DISK);
            lpNetResource.setPointer(16, lpLocalName);
            lpNetResource.setPointer(24, lpRemoteName);
            try {
                return mpr.WNetAddConnection2W(lpNetResource, lpPassword, lpUserName, 0);
            } finally {
                lpPassword.clear();
            }
        }
    }

    /** WNetCancelConnection2W of a device, no flags, no force, from a Java string. */
    int cancel(String deviceName) {
        try (Memory lpName = utf16(deviceName)) {
            return mpr.WNetCancelConnection2W(lpName, 0, 0);
        }
    }

    /** The context row: WNetAddConnection2W and WNetCancelConnection2W with the blocks written up front; both codes. */
    long connectAndCancelWrittenOnce() {
        int connected = mpr.WNetAddConnection2W(resource, password, user, 0);
        int cancelled = mpr.WNetCancelConnection2W(device, 0, 0);
        return ((long) connected << 32) | cancelled;
    }
}
