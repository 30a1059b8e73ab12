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
 * @param session the logon session that made the call: {@value #DESKTOP} for the user's desktop
 *     session (every call of a logon made by {@link FakeLogon#create()}), {@value #ELEVATED} for its
 *     elevated twin, or a further session's name ({@link FakeLogon#newSession(String)})
 */
public record JournalEntry(long sequence, WNetFunction function, String name, int flags, boolean force, int code,
                           ExtendedError extendedError, String threadName, String session) {

    /** The name of a user's desktop session: {@value}. */
    public static final String DESKTOP = "desktop";
    /** The name of a desktop session's elevated twin, linked or not: {@value}. */
    public static final String ELEVATED = "elevated";

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
     * @param session the logon session that made the call
     */
    public JournalEntry {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(threadName, "threadName");
        if ((extendedError != null) != (code == ErrorCode.ERROR_EXTENDED_ERROR.value())) {
            throw new IllegalArgumentException("an extended error comes with ERROR_EXTENDED_ERROR and only with it (code " + code + ")");
        }
    }

    /**
     * An entry of a call made in the user's desktop session ({@value #DESKTOP}).
     *
     * @param sequence the call number
     * @param function the function called
     * @param name the name as passed
     * @param flags the flags the call acted with
     * @param force {@code fForce} as passed
     * @param code the Win32 code returned
     * @param extendedError the provider error, or null
     * @param threadName the name of the calling thread
     */
    public JournalEntry(long sequence, WNetFunction function, String name, int flags, boolean force, int code,
                        ExtendedError extendedError, String threadName) {
        this(sequence, function, name, flags, force, code, extendedError, threadName, DESKTOP);
    }

    /**
     * {@return whether the call returned {@code expected}}
     *
     * @param expected the code to compare with
     */
    public boolean is(ErrorCode expected) {
        return code == expected.value();
    }

    /**
     * For example {@code #3 WNetCancelConnection2("Z:", flags=0x1, force=false) -> ERROR_OPEN_FILES (2401) [main]};
     * a call from a session other than the desktop one ends {@code [main, session elevated]}.
     */
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
        s.append(" [").append(threadName);
        if (!DESKTOP.equals(session)) {
            s.append(", session ").append(session);
        }
        return s.append(']').toString();
    }
}
