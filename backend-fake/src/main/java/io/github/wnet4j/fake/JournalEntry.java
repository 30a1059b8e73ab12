package io.github.wnet4j.fake;

import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.WNetFunction;

import java.util.Objects;

/**
 * One call a {@link FakeLogon} answered, in the order the logon's lock serialised the calls.
 *
 * @param sequence this logon's call number, from 1, never reused (not even after {@link FakeLogon#clearJournal()})
 * @param function the function called
 * @param name the name as passed: the cancel's name, the device looked up or the path; for an
 *     enumeration ({@link WNetFunction#OPEN_ENUM}, which stands for the whole open-read-close) its
 *     scope, {@code "RESOURCE_CONNECTED"} or {@code "RESOURCE_REMEMBERED"}
 * @param flags {@code dwFlags} as passed to {@code WNetCancelConnection2}; for the legacy function,
 *     which takes none, the flags it acted with under the logon's profile; {@code dwType} for an
 *     enumeration, {@code dwInfoLevel} for {@code WNetGetUniversalName}, 0 for {@code WNetGetConnection}
 * @param force {@code fForce} as passed; false for a read
 * @param code the Win32 code returned
 * @param extendedError the provider error the call raised, or null unless {@code code} is
 *     {@code ERROR_EXTENDED_ERROR}
 * @param threadName the name of the thread that called
 */
public record JournalEntry(long sequence, WNetFunction function, String name, int flags, boolean force, int code,
                           ExtendedError extendedError, String threadName) {

    /**
     * Checks that names are present and that an extended error comes only with 1208.
     *
     * @param code the Win32 code returned
     * @param extendedError the provider error, or null
     * @param flags the flags the call acted with
     * @param force {@code fForce} as passed
     * @param function the function called
     * @param name the name as passed
     * @param sequence the call number
     * @param threadName the name of the calling thread
     */
    public JournalEntry {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(threadName, "threadName");
        if ((extendedError != null) != (code == ErrorCode.ERROR_EXTENDED_ERROR.value())) {
            throw new IllegalArgumentException("an extended error comes with ERROR_EXTENDED_ERROR and only with it (code " + code + ")");
        }
    }

    /**
     * {@return whether the call returned {@code expected}}
     *
     * @param expected the code to compare with
     */
    public boolean is(ErrorCode expected) {
        return code == expected.value();
    }

    /** For example {@code #3 WNetCancelConnection2("Z:", flags=0x1, force=false) -> ERROR_OPEN_FILES (2401) [main]}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("#").append(sequence).append(' ').append(function.win32Name())
                .append("(\"").append(name).append("\", flags=0x").append(Integer.toHexString(flags))
                .append(", force=").append(force).append(") -> ")
                .append(ErrorCode.forValue(code).map(ErrorCode::name).orElse("code")).append(" (")
                .append(Integer.toUnsignedString(code)).append(')');
        if (extendedError != null) {
            s.append(' ').append(extendedError.describe());
        }
        return s.append(" [").append(threadName).append(']').toString();
    }
}
