package io.github.wnet4j.fake;

import io.github.wnet4j.ErrorCode;

/**
 * A fault in the user profile ({@code HKCU\Network}) that {@link FakeLogon#armProfileFault} makes
 * every call that must update the profile fail with (specification row 10, the profile cannot be
 * opened, or is malformed). Calls that do not touch the
 * profile are not affected.
 */
public enum ProfileFault {
    /** The profile cannot be opened: {@link ErrorCode#ERROR_CANNOT_OPEN_PROFILE} (1205). */
    CANNOT_OPEN(ErrorCode.ERROR_CANNOT_OPEN_PROFILE),
    /** The profile is malformed: {@link ErrorCode#ERROR_BAD_PROFILE} (1206). */
    MALFORMED(ErrorCode.ERROR_BAD_PROFILE);

    private final ErrorCode code;

    ProfileFault(ErrorCode code) {
        this.code = code;
    }

    /** {@return the code a call that must update the profile returns while this fault is armed} */
    public ErrorCode code() {
        return code;
    }
}
