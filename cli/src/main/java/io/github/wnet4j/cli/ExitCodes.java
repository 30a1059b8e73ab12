package io.github.wnet4j.cli;

import io.github.wnet4j.WNetOutcome;

/** The exit status of {@code wnet}: 0 on success, otherwise the class of what went wrong. */
final class ExitCodes {
    static final int OK = 0;
    static final int NOT_CONNECTED = 1;
    static final int USAGE = 2;
    static final int BUSY = 3;
    static final int PROFILE = 4;
    static final int NETWORK = 5;
    static final int OTHER_WIN32 = 6;
    static final int NO_BACKEND = 7;
    static final int REMEMBERED_ONLY = 8;
    static final int POINTS_ELSEWHERE = 9;

    /** The table shown in {@code wnet --help}. */
    static final String HELP = "Exit status:%n"
            + "  0  NO_ERROR: done (cancelled; connected; the name was found)%n"
            + "  1  ERROR_NOT_CONNECTED (2250): not connected, nothing to cancel%n"
            + "  2  bad input: unknown option, invalid name, a state file that is missing,%n"
            + "     unreadable, read-only, malformed or locked too long; or wnet could not run%n"
            + "  3  busy: ERROR_OPEN_FILES (2401, retry with --force), ERROR_DEVICE_IN_USE (2404)%n"
            + "  4  profile: ERROR_CANNOT_OPEN_PROFILE (1205), ERROR_BAD_PROFILE (1206)%n"
            + "  5  network: ERROR_NO_NETWORK (1222), ERROR_NO_NET_OR_BAD_PATH (1203),%n"
            + "     ERROR_EXTENDED_ERROR (1208, provider's error)%n"
            + "  6  any other Win32 code%n"
            + "  7  no usable backend (see 'wnet backends')%n"
            + "  8  ERROR_CONNECTION_UNAVAIL (1201): remembered, not connected in this session%n"
            + "  9  refused by --if-points-at: the device points at another remote name;%n"
            + "     nothing cancelled%n"
            + "A Win32 answer, failure or not, is printed on stdout (with --json as one JSON%n"
            + "object); wnet's own errors (status 2 and 7) are one message on stderr.";

    private ExitCodes() {
    }

    /** The class of an outcome's code. */
    static int of(WNetOutcome outcome) {
        return of(outcome.code());
    }

    /** The class of a Win32 code. */
    static int of(int code) {
        return switch (code) {
            case 0 -> OK;
            case 2250 -> NOT_CONNECTED;
            case 1201 -> REMEMBERED_ONLY;
            case 2401, 2404 -> BUSY;
            case 1205, 1206 -> PROFILE;
            case 1203, 1208, 1222 -> NETWORK;
            default -> OTHER_WIN32;
        };
    }
}
