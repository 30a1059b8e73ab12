package io.github.wnet4j.nativetesting;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.WString;
import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.LMAccess;
import com.sun.jna.platform.win32.LMErr;
import com.sun.jna.platform.win32.Netapi32;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.win32.StdCallLibrary;
import com.sun.jna.win32.W32APIOptions;

/**
 * The Windows calls the real-Windows fixture makes its local accounts and share permissions with,
 * through JNA: {@code NetUserAdd} / {@code NetUserDel} (Netapi32) and a share's security descriptor
 * ({@code NetShareSetInfo} level 1501, built with Advapi32). Both need an administrator. Used only on
 * Windows: nothing here is loaded before the first call. The password goes to NetUserAdd in native
 * memory of its own, zeroed after the call; it never becomes a String.
 */
final class WindowsAccounts {
    /** SECURITY_DESCRIPTOR_REVISION. */
    private static final int SD_REVISION = 1;
    /** ACL_REVISION. */
    private static final int ACL_REVISION = 2;
    /** The share permission "Full Control" (FILE_ALL_ACCESS), allowed to everyone or denied to one account. */
    private static final int FULL_CONTROL = 0x001F_01FF;
    /** Everyone (the world SID), as a string SID. */
    private static final String EVERYONE = "S-1-1-0";
    /** USER_INFO_1's usri1_flags: UF_SCRIPT (required by NetUserAdd) and UF_DONT_EXPIRE_PASSWD. */
    private static final int USER_FLAGS = 0x0001 | 0x1_0000;
    /** Room for an absolute SECURITY_DESCRIPTOR (SECURITY_DESCRIPTOR_MIN_LENGTH is 20 or 40 bytes). */
    private static final int SD_SIZE = 64;

    private WindowsAccounts() {
    }

    /** The functions jna-platform does not declare, with pointers where it would marshal structures. */
    interface MoreNetapi32 extends StdCallLibrary {
        /** Loaded on first use, which only the fixture's Windows-only paths reach. */
        final class Holder {
            static final MoreNetapi32 INSTANCE = Native.load("netapi32", MoreNetapi32.class, W32APIOptions.UNICODE_OPTIONS);

            private Holder() {
            }
        }

        int NetShareSetInfo(String servername, String netname, int level, Pointer buf, IntByReference parmErr);
    }

    /** Advapi32's security-descriptor functions, on raw memory. */
    interface MoreAdvapi32 extends StdCallLibrary {
        /** Loaded on first use, which only the fixture's Windows-only paths reach. */
        final class Holder {
            static final MoreAdvapi32 INSTANCE = Native.load("advapi32", MoreAdvapi32.class, W32APIOptions.UNICODE_OPTIONS);

            private Holder() {
            }
        }

        boolean InitializeSecurityDescriptor(Pointer securityDescriptor, int revision);

        boolean InitializeAcl(Pointer acl, int aclLength, int revision);

        boolean AddAccessDeniedAce(Pointer acl, int revision, int accessMask, Pointer sid);

        boolean AddAccessAllowedAce(Pointer acl, int revision, int accessMask, Pointer sid);

        boolean SetSecurityDescriptorDacl(Pointer securityDescriptor, boolean daclPresent, Pointer dacl, boolean daclDefaulted);

        boolean MakeSelfRelativeSD(Pointer absolute, Pointer selfRelative, IntByReference bufferLength);
    }

    /** USER_INFO_1 with the password as a pointer to memory the caller zeroes, not a String. */
    @Structure.FieldOrder({"usri1_name", "usri1_password", "usri1_password_age", "usri1_priv", "usri1_home_dir",
            "usri1_comment", "usri1_flags", "usri1_script_path"})
    public static class UserInfo1 extends Structure {
        public WString usri1_name;
        public Pointer usri1_password;
        public int usri1_password_age;
        public int usri1_priv;
        public WString usri1_home_dir;
        public WString usri1_comment;
        public int usri1_flags;
        public WString usri1_script_path;
    }

    /**
     * Makes the local account {@code name} with {@code password} (an ordinary user whose password
     * never expires), which the caller clears after the call.
     */
    static void addUser(String name, char[] password) {
        Memory secret = new Memory((password.length + 1L) * Native.WCHAR_SIZE);
        try {
            secret.clear();
            secret.write(0, password, 0, password.length);
            UserInfo1 info = new UserInfo1();
            info.usri1_name = new WString(name);
            info.usri1_password = secret;
            info.usri1_priv = LMAccess.USER_PRIV_USER;
            info.usri1_comment = new WString("wnet4j conformance fixture (deleted when the test ends)");
            info.usri1_flags = USER_FLAGS;
            IntByReference badParameter = new IntByReference(0);
            int code = Netapi32.INSTANCE.NetUserAdd(null, 1, info, badParameter);
            if (code != LMErr.NERR_Success) {
                throw new IllegalStateException("NetUserAdd could not make the local account " + name + ": "
                        + WindowsNetworking.describe(code) + (code == WinError.ERROR_ACCESS_DENIED
                        ? " Run the Windows conformance tests as an administrator (making an account needs it)."
                        : code == LMErr.NERR_UserExists ? " Delete the account left by an earlier run." : ""));
            }
        } finally {
            secret.clear();
            secret.close();
        }
    }

    /** Deletes the local account {@code name}; one that is already gone is fine. */
    static void deleteUser(String name) {
        int code = Netapi32.INSTANCE.NetUserDel(null, name);
        if (code != LMErr.NERR_Success && code != LMErr.NERR_UserNotFound) {
            throw new IllegalStateException("NetUserDel could not delete the local account " + name + ": "
                    + WindowsNetworking.describe(code));
        }
    }

    /**
     * Sets the permissions of the share {@code shareName}: the account {@code deniedAccount} is denied,
     * everyone else has full control, so the account's tree connect answers ERROR_ACCESS_DENIED.
     */
    static void denyShare(String shareName, String deniedAccount) {
        byte[] denied = Advapi32Util.getAccountByName(null, deniedAccount).sid;
        byte[] everyone = Advapi32Util.convertStringSidToSid(EVERYONE);
        // An ACL header (8 bytes) and per ACE its header and mask (8 bytes) and the SID.
        int aclSize = (8 + 8 + denied.length + 8 + everyone.length + 3) & ~3;
        MoreAdvapi32 advapi = MoreAdvapi32.Holder.INSTANCE;
        try (Memory deniedSid = copy(denied); Memory everyoneSid = copy(everyone); Memory acl = new Memory(aclSize);
             Memory absolute = new Memory(SD_SIZE)) {
            check(advapi.InitializeAcl(acl, aclSize, ACL_REVISION), "InitializeAcl");
            check(advapi.AddAccessDeniedAce(acl, ACL_REVISION, FULL_CONTROL, deniedSid), "AddAccessDeniedAce");
            check(advapi.AddAccessAllowedAce(acl, ACL_REVISION, FULL_CONTROL, everyoneSid), "AddAccessAllowedAce");
            check(advapi.InitializeSecurityDescriptor(absolute, SD_REVISION), "InitializeSecurityDescriptor");
            check(advapi.SetSecurityDescriptorDacl(absolute, true, acl, false), "SetSecurityDescriptorDacl");
            IntByReference length = new IntByReference(0);
            advapi.MakeSelfRelativeSD(absolute, null, length); // fails with ERROR_INSUFFICIENT_BUFFER, saying the size
            try (Memory selfRelative = new Memory(Math.max(1, length.getValue()))) {
                check(advapi.MakeSelfRelativeSD(absolute, selfRelative, length), "MakeSelfRelativeSD");
                // SHARE_INFO_1501: a reserved DWORD, then the descriptor's address at pointer alignment.
                try (Memory info = new Memory(2L * Native.POINTER_SIZE)) {
                    info.clear();
                    info.setPointer(Native.POINTER_SIZE, selfRelative);
                    IntByReference badParameter = new IntByReference(0);
                    int code = MoreNetapi32.Holder.INSTANCE.NetShareSetInfo(null, shareName, 1501, info, badParameter);
                    if (code != LMErr.NERR_Success) {
                        throw new IllegalStateException("NetShareSetInfo could not deny the share " + shareName + " to "
                                + deniedAccount + ": " + WindowsNetworking.describe(code));
                    }
                }
            }
        }
    }

    private static Memory copy(byte[] sid) {
        Memory memory = new Memory(sid.length);
        memory.write(0, sid, 0, sid.length);
        return memory;
    }

    private static void check(boolean succeeded, String function) {
        if (!succeeded) {
            throw new IllegalStateException(function + " failed building a share's permissions: "
                    + WindowsNetworking.describe(Native.getLastError()));
        }
    }
}
