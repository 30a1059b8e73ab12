package io.github.wnet4j.nativetesting;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Pointer;

/** The double's connect side as JNA sees it: the model's callback and the test-only exports. */
final class ConnectExports {
    /** {@code CONNECT_ADD2} and the others: which function a callback answers, as the double numbers them. */
    static final String[] FUNCTIONS = {null, "WNetAddConnection2W", "WNetAddConnection3W", "WNetUseConnectionW",
        "WNetAddConnectionW"};
    /** {@code CONNECT_USE}. */
    static final int USE = 3;
    /** {@code CONNECT_LEGACY}. */
    static final int LEGACY = 4;

    private ConnectExports() {
    }

    /**
     * {@code DWORD (*)(DWORD function, const DWORD *fields, const WCHAR *const *strings, const DWORD *lengths,
     * DWORD flags, WCHAR *access, DWORD access_capacity, DWORD *access_length, DWORD *result)}.
     */
    interface ConnectCallback extends Callback {
        int invoke(int function, Pointer fields, Pointer strings, Pointer lengths, int flags, Pointer access,
                   int accessCapacity, Pointer accessLength, Pointer result);
    }

    /** The connect side's test-only exports. */
    interface ConnectLibrary extends Library {
        void wnet4j_double_serve_connect(ConnectCallback connect);

        void wnet4j_double_serve_connect_fixed(int code);

        void wnet4j_double_expect_user(int check, short[] user);
    }
}
