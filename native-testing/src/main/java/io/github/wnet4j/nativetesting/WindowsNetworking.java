package io.github.wnet4j.nativetesting;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.Kernel32Util;
import com.sun.jna.platform.win32.LMAccess;
import com.sun.jna.platform.win32.LMErr;
import com.sun.jna.platform.win32.LMShare;
import com.sun.jna.platform.win32.Mpr;
import com.sun.jna.platform.win32.Netapi32;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.platform.win32.WinReg;
import com.sun.jna.platform.win32.Winnetwk;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.win32.StdCallLibrary;
import com.sun.jna.win32.W32APIOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Windows calls the real-Windows fixture seeds and observes with, through JNA and jna-platform:
 * shares (Netapi32), connections (mpr), the remembered entries under {@code HKCU\Network}. Used only
 * on Windows: nothing here is loaded before the first call, and the fixture checks the OS first.
 * These are the fixture's own calls, never the backend under test.
 */
final class WindowsNetworking {
    /** The profile key under which Windows remembers persistent connections, one subkey per drive letter. */
    static final String REMEMBERED_KEY = "Network";

    private WindowsNetworking() {
    }

    /**
     * The functions jna-platform does not declare. UNICODE_OPTIONS: Strings as UTF-16 (wchar_t is
     * 2 bytes on Windows, the only place this runs), W functions.
     */
    interface MoreMpr extends StdCallLibrary {
        /** Loaded on first use, which only the fixture's Windows-only paths reach. */
        final class Holder {
            static final MoreMpr INSTANCE = Native.load("mpr", MoreMpr.class, W32APIOptions.UNICODE_OPTIONS);

            private Holder() {
            }
        }

        int WNetAddConnection2W(Winnetwk.NETRESOURCE lpNetResource, String lpPassword, String lpUserName, int dwFlags);

        int WNetGetConnectionW(String lpLocalName, char[] lpRemoteName, IntByReference lpnLength);
    }

    /** The NetBIOS name of this computer, which names its own shares ({@code \\NAME\share}). */
    static String computerName() {
        return Kernel32Util.getComputerName();
    }

    /** Shares {@code folder} as {@code shareName} on this computer, for everyone. */
    static void addShare(String shareName, File folder) {
        LMShare.SHARE_INFO_2 info = new LMShare.SHARE_INFO_2();
        info.shi2_netname = shareName;
        info.shi2_type = LMShare.STYPE_DISKTREE;
        info.shi2_remark = "wnet4j conformance fixture (deleted when the test ends)";
        info.shi2_permissions = LMAccess.ACCESS_ALL;
        info.shi2_max_uses = -1;
        info.shi2_current_uses = 0;
        info.shi2_path = folder.getAbsolutePath();
        info.shi2_passwd = null;
        info.write();
        IntByReference badParameter = new IntByReference(0);
        int code = Netapi32.INSTANCE.NetShareAdd(null, 2, info.getPointer(), badParameter);
        if (code != LMErr.NERR_Success) {
            throw new IllegalStateException("NetShareAdd could not share " + folder + " as " + shareName + ": "
                    + describe(code) + (code == WinError.ERROR_ACCESS_DENIED
                    ? " Run the Windows conformance tests as an administrator (sharing a folder needs it)." : ""));
        }
    }

    /** Stops sharing {@code shareName}; a share that is already gone is fine. */
    static void deleteShare(String shareName) {
        int code = Netapi32.INSTANCE.NetShareDel(null, shareName, 0);
        if (code != LMErr.NERR_Success && code != LMErr.NERR_NetNameNotFound) {
            throw new IllegalStateException("NetShareDel could not remove the share " + shareName + ": " + describe(code));
        }
    }

    /**
     * {@code WNetAddConnection2W}: redirects {@code device} (or nothing, if null) to {@code remoteName};
     * {@code persistent} passes CONNECT_UPDATE_PROFILE, so Windows also remembers it.
     */
    static void connect(String device, String remoteName, boolean persistent) {
        Winnetwk.NETRESOURCE resource = new Winnetwk.NETRESOURCE();
        resource.dwType = Winnetwk.RESOURCETYPE.RESOURCETYPE_DISK;
        resource.lpLocalName = device;
        resource.lpRemoteName = remoteName;
        int flags = persistent ? Winnetwk.ConnectFlag.CONNECT_UPDATE_PROFILE : 0;
        int code = MoreMpr.Holder.INSTANCE.WNetAddConnection2W(resource, null, null, flags);
        if (code != WinError.NO_ERROR) {
            throw new IllegalStateException("WNetAddConnection2W could not connect " + (device == null ? "(no device)" : device)
                    + " to " + remoteName + (persistent ? " persistently" : "") + ": " + describe(code));
        }
    }

    /** The fixture's own cancel (not the backend under test), returning the code. */
    static int cancel(String name, boolean updateProfile, boolean force) {
        return Mpr.INSTANCE.WNetCancelConnection2(name, updateProfile ? Winnetwk.ConnectFlag.CONNECT_UPDATE_PROFILE : 0, force);
    }

    /**
     * {@code WNetGetConnectionW}: the remote name {@code device} is redirected to now. Empty when it is
     * not redirected, when it is only remembered (ERROR_CONNECTION_UNAVAIL), or when it is not a
     * device name at all.
     */
    static Optional<String> connectionOf(String device) {
        char[] buffer = new char[1024];
        IntByReference length = new IntByReference(buffer.length);
        int code = MoreMpr.Holder.INSTANCE.WNetGetConnectionW(device, buffer, length);
        if (code == WinError.NO_ERROR) {
            return Optional.of(Native.toString(buffer));
        }
        if (code == WinError.ERROR_NOT_CONNECTED || code == WinError.ERROR_CONNECTION_UNAVAIL
                || code == WinError.ERROR_BAD_DEVICE) {
            return Optional.empty();
        }
        throw new IllegalStateException("WNetGetConnectionW could not tell what " + device + " is connected to: " + describe(code));
    }

    /** The remote names of every live connection without a local device (WNetOpenEnum, RESOURCE_CONNECTED). */
    static List<String> devicelessConnections() {
        WinNT.HANDLEByReference handle = new WinNT.HANDLEByReference();
        int code = Mpr.INSTANCE.WNetOpenEnum(Winnetwk.RESOURCESCOPE.RESOURCE_CONNECTED,
                Winnetwk.RESOURCETYPE.RESOURCETYPE_ANY, Winnetwk.RESOURCEUSAGE.RESOURCEUSAGE_ALL, null, handle);
        if (code != WinError.NO_ERROR) {
            throw new IllegalStateException("WNetOpenEnum could not list the connections: " + describe(code));
        }
        List<String> remoteNames = new ArrayList<>();
        try {
            int bufferSize = 16 * 1024;
            while (true) {
                Memory buffer = new Memory(bufferSize);
                IntByReference size = new IntByReference(bufferSize);
                IntByReference count = new IntByReference(1);
                code = Mpr.INSTANCE.WNetEnumResource(handle.getValue(), count, buffer, size);
                if (code == WinError.ERROR_NO_MORE_ITEMS) {
                    return remoteNames;
                }
                if (code == WinError.ERROR_MORE_DATA) {
                    bufferSize *= 2;
                    continue;
                }
                if (code != WinError.NO_ERROR) {
                    throw new IllegalStateException("WNetEnumResource could not list the connections: " + describe(code));
                }
                Winnetwk.NETRESOURCE resource = new Winnetwk.NETRESOURCE(buffer);
                if ((resource.lpLocalName == null || resource.lpLocalName.isEmpty()) && resource.lpRemoteName != null) {
                    remoteNames.add(resource.lpRemoteName);
                }
            }
        } finally {
            Mpr.INSTANCE.WNetCloseEnum(handle.getValue());
        }
    }

    /** Whether {@code HKCU\Network\<letter>} exists: the profile remembers the drive. */
    static boolean isRemembered(String device) {
        return driveLetter(device)
                .map(letter -> Advapi32Util.registryKeyExists(WinReg.HKEY_CURRENT_USER, REMEMBERED_KEY + "\\" + letter))
                .orElse(false);
    }

    /** Deletes {@code HKCU\Network\<letter>} if it exists. */
    static void forget(String device) {
        driveLetter(device).ifPresent(letter -> {
            if (Advapi32Util.registryKeyExists(WinReg.HKEY_CURRENT_USER, REMEMBERED_KEY + "\\" + letter)) {
                Advapi32Util.registryDeleteKey(WinReg.HKEY_CURRENT_USER, REMEMBERED_KEY, letter);
            }
        });
    }

    /** Whether the drive letter is free: no drive, no redirection, nothing remembered for it. */
    static boolean isFree(char letter) {
        String device = letter + ":";
        for (File root : File.listRoots()) {
            if (root.getPath().toUpperCase(Locale.ROOT).startsWith(device)) {
                return false;
            }
        }
        return connectionOf(device).isEmpty() && !isRemembered(device);
    }

    /** The upper-case letter of a drive name {@code "Z:"}, or empty for anything else. */
    static Optional<String> driveLetter(String device) {
        if (device.length() == 2 && device.charAt(1) == ':' && Character.isLetter(device.charAt(0))
                && device.charAt(0) < 0x80) {
            return Optional.of(device.substring(0, 1).toUpperCase(Locale.ROOT));
        }
        return Optional.empty();
    }

    /** A Win32 code with its system message. */
    static String describe(int code) {
        String message;
        try {
            message = Kernel32Util.formatMessage(code).trim();
        } catch (RuntimeException e) {
            message = "no system message";
        }
        return "error " + Integer.toUnsignedString(code) + " (" + message + ")";
    }

    // Drive letters held by open fixtures in this JVM, so two fixtures never pick the same one.
    private static final Set<Character> LETTERS_IN_USE = new HashSet<>();

    /** Claims a free drive letter for a fixture: {@code wanted} if it is free, else the highest free one from Z: down to D:. */
    static char claimFreeLetter(char wanted) {
        synchronized (LETTERS_IN_USE) {
            List<Character> candidates = new ArrayList<>();
            candidates.add(wanted);
            for (char c = 'Z'; c >= 'D'; c--) {
                candidates.add(c);
            }
            for (char c : candidates) {
                if (!LETTERS_IN_USE.contains(c) && WindowsNetworking.isFree(c)) {
                    LETTERS_IN_USE.add(c);
                    return c;
                }
            }
        }
        throw new IllegalStateException("No free drive letter from D: to Z: (none unused, unredirected and not remembered):"
                + " free one to run the Windows conformance suite");
    }

    /** Gives back a letter {@link #claimFreeLetter} handed out. */
    static void releaseLetter(char letter) {
        synchronized (LETTERS_IN_USE) {
            LETTERS_IN_USE.remove(letter);
        }
    }

    /** Deletes a folder the fixture shared, and everything in it. */
    static void deleteFolder(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the shared folder " + folder, e);
        }
    }
}
