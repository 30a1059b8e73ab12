package io.github.wnet4j.conformance;

import io.github.wnet4j.ConnectOutcome;
import io.github.wnet4j.ConnectRequest;
import io.github.wnet4j.Credentials;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.spi.NetResource;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.wnet4j.conformance.Clauses.SHARE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the connect clauses share: the test accounts, connecting through the library's door while
 * watching the names a request touches, and the checks that a refused connect changed nothing and that
 * no text the library produced holds a password.
 */
final class ConnectChecks {
    /** An account every credential clause declares. */
    static final String ALICE = "alice";
    /** A second account, for the conflicts. */
    static final String BOB = "bob";
    /** An account no server declares. */
    static final String MALLORY = "mallory";

    // Test strings, distinct enough that finding one in a text means it was printed.
    private static final String ALICE_PASSWORD = "Alice-pw-7Qx!c0nnect";
    private static final String BOB_PASSWORD = "Bob-pw-9Kz?c0nnect";
    private static final String WRONG_PASSWORD = "Wrong-pw-3Jv#c0nnect";
    private static final List<String> PASSWORDS = List.of(ALICE_PASSWORD, BOB_PASSWORD, WRONG_PASSWORD);

    private ConnectChecks() {
    }

    static char[] alicePassword() {
        return ALICE_PASSWORD.toCharArray();
    }

    static char[] bobPassword() {
        return BOB_PASSWORD.toCharArray();
    }

    /** Alice's credentials, as the fixture substitutes them ({@link ConformanceFixture#credentials}). */
    static Credentials alice(ClauseContext t) {
        return t.credentials(ALICE, alicePassword());
    }

    /** Bob's credentials, as the fixture substitutes them. */
    static Credentials bob(ClauseContext t) {
        return t.credentials(BOB, bobPassword());
    }

    /** Alice's user name with a password that is not hers. */
    static Credentials aliceWrongPassword(ClauseContext t) {
        return t.credentials(ALICE, WRONG_PASSWORD.toCharArray());
    }

    /** An account no server declares. */
    static Credentials mallory(ClauseContext t) {
        return t.credentials(MALLORY, WRONG_PASSWORD.toCharArray());
    }

    /** The server of the clauses' share, as the fixture names it. */
    static String server(ClauseContext t) {
        return CleanupClauses.server(t.remote(SHARE));
    }

    /** The clauses' server, accepting alice and bob (each with a password of their own) and the logon's own user. */
    static NetworkSpec.Builder accounts(ClauseContext t) {
        return NetworkSpec.builder().server(server(t), ConnectChecks::aliceAndBob);
    }

    /** {@return {@code s}, declaring alice and bob on it, each with a password of their own} */
    static NetworkSpec.ServerSpec aliceAndBob(NetworkSpec.ServerSpec s) {
        return s.account(ALICE, alicePassword()).account(BOB, bobPassword());
    }

    /** Declares {@link #accounts(ClauseContext)}. */
    static void declareAccounts(ClauseContext t) {
        t.declareNetwork(accounts(t).build());
    }

    /**
     * Connects through the library's door, after adding the request's names to what the clause
     * observes, and checks that the outcome's text holds no password.
     */
    static ConnectOutcome connect(ClauseContext t, ConnectRequest request) {
        request.device().ifPresent(t::watchDevice);
        t.watchRemote(request.remoteName());
        ConnectOutcome outcome = t.wnet().connect(request);
        assertNoPassword(outcome.toString(), "the outcome of " + outcome.describeCall());
        assertNoPassword(request.toString(), "the request " + outcome.describeCall());
        assertNoPassword(String.valueOf(t.fixture()), "the fixture's toString");
        assertNoPassword(t.fixture().recordedText(), "what the fixture recorded (journal, log)");
        return outcome;
    }

    /** Connects, and asserts the code (and on success that the outcome names what it connected). */
    static ConnectOutcome expect(ClauseContext t, ConnectRequest request, ErrorCode code) {
        ConnectOutcome outcome = t.expectRead(connect(t, request), code);
        assertEquals(code == ErrorCode.NO_ERROR, outcome.accessName().isPresent(),
                () -> "a connect names what it connected exactly when it succeeded: " + outcome.accessName());
        return outcome;
    }

    /** Connects, asserts {@code code}, and that the refused call changed nothing observable (row C21, "A failed call changes nothing"). */
    static ConnectOutcome expectRefused(ClauseContext t, ConnectRequest request, ErrorCode code) {
        request.device().ifPresent(t::watchDevice);
        t.watchRemote(request.remoteName());
        Map<String, String> before = t.observe();
        ConnectOutcome outcome = expect(t, request, code);
        assertEquals(before, t.observe(), () -> outcome.describeCall() + " answered " + code.name() + " and so must change nothing");
        return outcome;
    }

    /**
     * {@code text} with each of the clauses' passwords replaced, so that a failure's message written to
     * a report never shows one, even when a backend under test printed it.
     */
    static String redact(String text) {
        String redacted = text;
        for (String password : PASSWORDS) {
            redacted = redacted.replace(password, "(a test password, redacted)");
        }
        return redacted;
    }

    /** Asserts that {@code text} holds none of the clauses' passwords, without printing it (it might). */
    static void assertNoPassword(String text, String what) {
        for (String password : PASSWORDS) {
            assertFalse(text.contains(password), () -> what + " holds a password in the clear");
        }
    }

    /** Asserts that the connect never reached the backend: row 15's rules stop it before. */
    static void assertNoConnectReachedTheBackend(ClauseContext t) {
        assertEquals(0, t.backend().connects(), "the backend must not be called for an argument validation rejects");
    }

    /** A NETRESOURCEW as the API fills it for a connect: the type, the device and the remote name; the rest 0 or NULL. */
    static NetResource resource(int type, String device, String remoteName) {
        return new NetResource(0, type, 0, 0, device, remoteName, null, null);
    }

    /** Asserts that {@code device} is redirected to {@code remoteName} exactly as spelled (R18, "Names kept as given"). */
    static void assertConnectedAsSpelled(ClauseContext t, String device, String remoteName) {
        Optional<String> now = t.fixture().deviceConnection(device);
        assertTrue(now.isPresent(), () -> device + " should be redirected; state " + t.observe());
        assertEquals(remoteName, now.get(), "the remote name is kept as the caller spelled it");
    }
}
