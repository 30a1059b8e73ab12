package io.github.wnet4j.nativetesting;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Pointer;

import java.nio.ByteOrder;
import java.nio.CharBuffer;

/**
 * The double's test-only exports and the model's callbacks, as JNA sees them, and the UTF-16
 * moving between the double's memory and Java. Strings go through a char view of the bytes: JNA's
 * char[] copies, getChar, String and WString all use wchar_t, which is 4 bytes on Linux.
 */
final class DoubleExports {
    /** A string length meaning "no string" (NULL pointer) in the double's callbacks. */
    static final int NO_STRING = 0xFFFFFFFF;

    private DoubleExports() {
    }

    /** {@code DWORD (*)(const WCHAR *name, DWORD length_units, DWORD flags, BOOL force)}. */
    interface Cancel2Callback extends Callback {
        int invoke(Pointer name, int lengthUnits, int flags, int force);
    }

    /** {@code DWORD (*)(const WCHAR *name, DWORD length_units, BOOL force)}. */
    interface CancelCallback extends Callback {
        int invoke(Pointer name, int lengthUnits, int force);
    }

    /** {@code DWORD (*)(DWORD *code, WCHAR *text, DWORD text_capacity, WCHAR *provider, DWORD provider_capacity)}. */
    interface LastErrorCallback extends Callback {
        int invoke(Pointer providerCode, Pointer text, int textCapacity, Pointer provider, int providerCapacity);
    }

    /** {@code DWORD (*)(const WCHAR *name, DWORD length_units, WCHAR *remote, DWORD capacity, DWORD *remote_length)}. */
    interface GetConnectionCallback extends Callback {
        int invoke(Pointer name, int lengthUnits, Pointer remote, int capacity, Pointer remoteLength);
    }

    /** {@code DWORD (*)(DWORD scope, DWORD type, DWORD usage, struct snapshot *sink, DWORD *failed_call)}. */
    interface OpenEnumCallback extends Callback {
        int invoke(int scope, int type, int usage, Pointer sink, Pointer failedCall);
    }

    /** {@code DWORD (*)(const WCHAR *path, DWORD length_units, DWORD level, WCHAR *names, DWORD capacity, DWORD lengths[3])}. */
    interface UniversalNameCallback extends Callback {
        int invoke(Pointer path, int lengthUnits, int level, Pointer names, int capacity, Pointer lengths);
    }

    /** The double's test-only exports. */
    interface DoubleLibrary extends Library {
        void wnet4j_double_serve(Cancel2Callback cancel2, CancelCallback cancel, LastErrorCallback lastError,
                                 GetConnectionCallback getConnection, OpenEnumCallback openEnum,
                                 UniversalNameCallback universalName);

        void wnet4j_double_serve_fixed(int code, int providerCode, short[] text, short[] provider);

        int wnet4j_double_abi_violations();

        int wnet4j_double_last_violation(byte[] out, int capacity);

        int wnet4j_double_snapshot_add(Pointer sink, int scope, int type, int displayType, int usage,
                                       Pointer local, Pointer remote, Pointer comment, Pointer provider);

        int wnet4j_double_layout(int[] out, int capacity);

        int wnet4j_double_open_enumerations();

        void wnet4j_double_handle_rejections(int[] out);

        void wnet4j_double_check_allocations(int on);

        int wnet4j_double_buffer_calls(int[] out, int maxRecords);

        void wnet4j_double_clear_buffer_calls();

        void wnet4j_double_hostile(int mode);
    }

    /** The string made of exactly {@code length} UTF-16 units at {@code units}. */
    static String decode(Pointer units, int length) {
        return length == 0 ? "" : utf16(units, length).toString();
    }

    /**
     * Writes {@code s} as UTF-16 units plus a NUL unit, truncated to {@code capacity} units in all.
     *
     * @return the units written before the NUL
     */
    static int encode(String s, Pointer buffer, int capacity) {
        if (capacity <= 0) {
            return 0;
        }
        int n = Math.min(s.length(), capacity - 1);
        utf16(buffer, n + 1).put(s, 0, n).put('\0');
        return n;
    }

    /** {@code units} UTF-16 units of native memory at {@code p}, as chars in the platform's byte order. */
    static CharBuffer utf16(Pointer p, int units) {
        return p.getByteBuffer(0, 2L * units).order(ByteOrder.nativeOrder()).asCharBuffer();
    }
}
