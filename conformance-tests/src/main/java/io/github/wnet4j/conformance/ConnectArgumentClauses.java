package io.github.wnet4j.conformance;

import io.github.wnet4j.ConnectRequest;
import io.github.wnet4j.Credentials;
import io.github.wnet4j.ResourceType;
import io.github.wnet4j.WNetFunction;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static io.github.wnet4j.conformance.ClauseContext.assertThrowsSaying;
import static io.github.wnet4j.conformance.Clauses.SHARE;
import static io.github.wnet4j.conformance.Clauses.needs;

/**
 * Row 15's rules for every connect argument ({@code row15.connect.}): a name Windows cannot be passed,
 * a user name that is not one, a password holding U+0000 (it would authenticate with the part before
 * it), and requests no function takes, each refused with an exception naming the cause before any
 * backend runs, and never with the password in the message.
 */
final class ConnectArgumentClauses {
    private static final int TOO_LONG = Credentials.MAX_LENGTH + 1;

    private ConnectArgumentClauses() {
    }

    static void addTo(List<Clause> out) {
        names(out);
        credentials(out);
        requests(out);
    }

    private static void names(List<Clause> out) {
        out.add(refused("device-empty", "An empty device is refused", IllegalArgumentException.class,
                t -> ConnectRequest.device("", t.remote(SHARE)), "empty"));
        out.add(refused("device-nul", "A device holding U+0000 is refused", IllegalArgumentException.class,
                t -> ConnectRequest.device("Z:\u0000", t.remote(SHARE)), "U+0000"));
        out.add(refused("device-unpaired-surrogate", "A device holding an unpaired surrogate is refused", IllegalArgumentException.class,
                t -> ConnectRequest.device("Z:\uD83D", t.remote(SHARE)), "unpaired high surrogate"));
        out.add(refused("device-null", "A null device (rather than Optional.empty()) is refused", NullPointerException.class,
                t -> new ConnectRequest(WNetFunction.ADD_CONNECTION2, null, false, t.remote(SHARE), ResourceType.DISK,
                        Optional.empty(), Set.of()), "device"));
        out.add(refused("remote-name-null", "A null remote name is refused", NullPointerException.class,
                t -> ConnectRequest.deviceless(null)));
        out.add(refused("remote-name-empty", "An empty remote name is refused", IllegalArgumentException.class,
                t -> ConnectRequest.deviceless(""), "empty"));
        out.add(refused("remote-name-nul", "A remote name holding U+0000 is refused", IllegalArgumentException.class,
                t -> ConnectRequest.deviceless(t.remote(SHARE) + "\u0000x"), "U+0000"));
        out.add(refused("remote-name-unpaired-surrogate", "A remote name holding an unpaired low surrogate is refused",
                IllegalArgumentException.class, t -> ConnectRequest.deviceless("\uDE00" + t.remote(SHARE)), "unpaired low surrogate"));
        out.add(refused("remote-name-too-long", "A remote name of 32,768 UTF-16 units is refused", IllegalArgumentException.class,
                t -> ConnectRequest.deviceless("\\\\srv\\" + "s".repeat(TOO_LONG - 6)), String.valueOf(TOO_LONG)));
    }

    private static void credentials(List<Clause> out) {
        out.add(refused("password-nul", "A password holding U+0000 is refused before any backend, without showing the password",
                IllegalArgumentException.class, t -> withPassword(t, "Secret-before\u0000secret-after"), "U+0000"));
        out.add(refused("password-too-long", "A password of 32,768 UTF-16 units is refused", IllegalArgumentException.class,
                t -> withPassword(t, "p".repeat(TOO_LONG)), String.valueOf(Credentials.MAX_LENGTH)));
        out.add(refused("password-null", "A null password is refused", NullPointerException.class,
                t -> ConnectRequest.deviceless(t.remote(SHARE)).with(Credentials.of(ConnectChecks.ALICE, null)), "password"));
        out.add(refused("user-name-empty", "An empty user name is refused", IllegalArgumentException.class,
                t -> ConnectRequest.deviceless(t.remote(SHARE)).with(Credentials.user("")), "empty"));
        out.add(refused("user-name-nul", "A user name holding U+0000 is refused", IllegalArgumentException.class,
                t -> ConnectRequest.deviceless(t.remote(SHARE)).with(Credentials.user("alice\u0000admin")), "U+0000"));
        out.add(refused("user-name-control-character", "A user name holding a control character is refused", IllegalArgumentException.class,
                t -> ConnectRequest.deviceless(t.remote(SHARE)).with(Credentials.user("alice\nadmin")), "U+000A"));
        out.add(refused("user-name-too-long", "A user name of 32,768 UTF-16 units is refused", IllegalArgumentException.class,
                t -> ConnectRequest.deviceless(t.remote(SHARE)).with(Credentials.user("u".repeat(TOO_LONG))), String.valueOf(TOO_LONG)));
        out.add(new Clause("row15.connect.closed-credentials", "Credentials closed before the call are refused before any backend",
                needs(), t -> {
                    Credentials closed = ConnectChecks.alice(t);
                    ConnectRequest request = ConnectRequest.deviceless(t.remote(SHARE)).with(closed);
                    closed.close();
                    assertThrowsSaying(IllegalStateException.class, () -> t.wnet().connect(request), "closed");
                    ConnectChecks.assertNoConnectReachedTheBackend(t);
                }));
    }

    private static void requests(List<Clause> out) {
        out.add(refused("legacy-with-user-name", "The legacy WNetAddConnection with a user name is refused", IllegalArgumentException.class,
                t -> ConnectRequest.legacy(t.remote(SHARE), t.device("Z:")).with(ConnectChecks.alice(t)), "legacy"));
        out.add(refused("pick-with-a-named-device", "A picked device with a named device is refused", IllegalArgumentException.class,
                t -> new ConnectRequest(WNetFunction.USE_CONNECTION, Optional.of(t.device("Z:")), true, t.remote(SHARE),
                        ResourceType.DISK, Optional.empty(), Set.of()), "anyFreeDevice"));
        out.add(refused("pick-outside-use-connection", "A picked device asked of WNetAddConnection2 is refused", IllegalArgumentException.class,
                t -> ConnectRequest.anyFreeDevice(t.remote(SHARE)).using(WNetFunction.ADD_CONNECTION2), "WNetUseConnection"));
        out.add(refused("not-a-connect-function", "A function that makes no connection is refused", IllegalArgumentException.class,
                t -> ConnectRequest.deviceless(t.remote(SHARE)).using(WNetFunction.CANCEL_CONNECTION), "does not make connections"));
    }

    /** The request with credentials made from a test password; the copy is cleared either way. */
    private static ConnectRequest withPassword(ClauseContext t, String password) {
        char[] chars = password.toCharArray();
        try {
            return ConnectRequest.deviceless(t.remote(SHARE)).with(Credentials.of(ConnectChecks.ALICE, chars));
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /**
     * A clause that builds a request and connects with it: building or connecting throws {@code type}
     * with a message holding each of {@code words} and no password, and no connect reaches the backend.
     */
    private static Clause refused(String rule, String title, Class<? extends RuntimeException> type,
                                  Function<ClauseContext, ConnectRequest> request, String... words) {
        return new Clause("row15.connect." + rule, title, needs(), t -> {
            RuntimeException e = assertThrowsSaying(type, () -> t.wnet().connect(request.apply(t)), words);
            String message = String.valueOf(e.getMessage());
            ConnectChecks.assertNoPassword(message, "the exception's message");
            if (message.contains("Secret-before") || message.contains("secret-after")) {
                throw new AssertionError("the exception's message holds a part of the password");
            }
            ConnectChecks.assertNoConnectReachedTheBackend(t);
        });
    }
}
