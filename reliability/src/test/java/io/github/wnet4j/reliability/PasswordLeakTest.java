package io.github.wnet4j.reliability;

import io.github.wnet4j.ConnectOutcome;
import io.github.wnet4j.ConnectRequest;
import io.github.wnet4j.ConnectionScope;
import io.github.wnet4j.CredentialConflictOutcome;
import io.github.wnet4j.Credentials;
import io.github.wnet4j.WNet;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.fake.ProviderError;
import io.github.wnet4j.nativetesting.DoubleConnect;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.WNetBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No password used by these tests ({@link ConnectSteps#PASSWORDS}) appears in anything they capture:
 * standard output and error, log records, exception messages and stack traces, the text of outcomes,
 * requests, credentials, scopes, the cure's report, the fake's journal, state and network, and what the C
 * double recorded; on the fake and through every native backend over the double (specification, "What a
 * Java caller must never get wrong": a password appears in no message, log line, toString, journal or
 * state file). A password holding U+0000 is refused before any backend, by a message that names neither
 * part of it.
 */
class PasswordLeakTest {

    private static int texts;
    private static int leaks;

    /** Fails if {@code text} holds any password these tests use. */
    static void assertNoPassword(String text, String where) {
        for (String password : ConnectSteps.PASSWORDS) {
            if (text != null && text.contains(password)) {
                // The message names the place, never the text (which holds the password).
                throw new AssertionError("a password appears in " + where);
            }
        }
    }

    /** Everything one run of the scenarios made visible, checked at the end. */
    private static final class Captured {
        final List<String> texts = new ArrayList<>();

        void add(Object o) {
            texts.add(String.valueOf(o));
        }

        void thrown(Throwable t) {
            texts.add(t.getMessage());
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            texts.add(trace.toString());
            t.printStackTrace(); // to the captured standard error, as a careless caller would
        }

        void outcome(ConnectOutcome outcome) {
            add(outcome);
            add(outcome.describe());
            add(outcome.request());
            outcome.request().credentials().ifPresent(this::add);
            if (!outcome.isSuccess()) {
                thrown(assertThrows(RuntimeException.class, outcome::orThrow));
            }
            System.out.println(outcome.describe()); // what a program prints
        }
    }

    @Test
    void noPasswordInAnythingTheFakeShows() {
        FakeLogon logon = FakeLogon.create();
        checkEverything("fake", logon, logon.wnet(), logon.backend(), () -> List.of(), true);
    }

    /** The check itself, on a planted leak: a password among the captured texts is found, and not printed. */
    @Test
    void theCheckFindsAPlantedPassword() {
        FakeLogon logon = FakeLogon.create();
        AssertionError found = assertThrows(AssertionError.class, () -> checkEverything("planted", logon, logon.wnet(),
                logon.backend(), () -> List.of("a planted leak: " + ConnectSteps.OPS_PASSWORD), false));
        assertFalse(found.getMessage().contains(ConnectSteps.OPS_PASSWORD), "the failure names the text, not the password");
        assertThrows(AssertionError.class, () -> assertNoPassword("user svc, password " + ConnectSteps.SVC_PASSWORD, "planted"));
    }

    @Test
    void noPasswordInAnythingANativeBackendShows() {
        org.junit.jupiter.api.Assumptions.assumeTrue(NativeBackends.whyUnavailable() == null, NativeBackends::whyUnavailable);
        for (NativeBackends.Native n : NativeBackends.all()) {
            FakeLogon served = FakeLogon.create();
            NativeBackends.mpr().serve(served.backend());
            DoubleConnect received = DoubleConnect.of(NativeBackends.mpr());
            checkEverything(n.name(), served, WNet.over(n.name(), n.backend()), n.backend(),
                    () -> received.receivedConnects().stream().map(Object::toString).toList(), true);
        }
        NativeBackends.mpr().stopServing();
    }

    private static void checkEverything(String label, FakeLogon logon, WNet door, WNetBackend spi, Supplier<List<String>> recorded,
                                        boolean counted) {
        logon.network(ConnectSteps.NETWORK);
        Captured captured = new Captured();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(new SimpleFormatter().format(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        root.addHandler(handler);
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            scenarios(logon, door, spi, captured);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            root.removeHandler(handler);
        }
        captured.add(out.toString(StandardCharsets.UTF_8));
        captured.add(err.toString(StandardCharsets.UTF_8));
        captured.texts.addAll(logged);
        logon.journal().forEach(captured::add);
        captured.add(logon);
        captured.add(logon.snapshot());
        captured.add(logon.network());
        captured.texts.addAll(recorded.get());
        assertTrue(err.size() > 0 && out.size() > 0, label + ": the scenarios printed what a program would");
        List<Integer> leaking = new ArrayList<>();
        for (int i = 0; i < captured.texts.size(); i++) {
            String text = captured.texts.get(i);
            if (ConnectSteps.PASSWORDS.stream().anyMatch(p -> text != null && text.contains(p))) {
                leaking.add(i);
            }
        }
        if (counted) {
            synchronized (PasswordLeakTest.class) {
                texts += captured.texts.size();
                leaks += leaking.size();
            }
        }
        // The message names the texts by number, never their content (which holds the password).
        assertEquals(List.of(), leaking, label + ": captured texts holding a password, of " + captured.texts.size());
    }

    private static Credentials of(String user, String password) {
        return Credentials.of(user, password.toCharArray());
    }

    private static void scenarios(FakeLogon logon, WNet door, WNetBackend spi, Captured c) {
        ConnectOutcome svc = door.connect(ConnectRequest.device("Z:", "\\\\nas\\backup").with(of("svc", ConnectSteps.SVC_PASSWORD)));
        assertTrue(svc.isSuccess(), svc::describe);
        c.outcome(svc);
        c.outcome(door.connect(ConnectRequest.device("Y:", "\\\\nas\\backup").with(of("svc", ConnectSteps.WRONG_PASSWORD))));
        c.outcome(door.connect(ConnectRequest.deviceless("\\\\fs1\\apps").with(Credentials.password(ConnectSteps.OWN_PASSWORD.toCharArray()))));
        ConnectRequest conflict = ConnectRequest.deviceless("\\\\FS1\\apps").with(of("ops", ConnectSteps.OPS_PASSWORD));
        CredentialConflictOutcome cured = door.connectCancellingConflicts(conflict, false);
        c.add(cured);
        c.add(cured.describe());
        cured.steps().forEach(c::add);
        door.cancelConnection2("Z:", java.util.Set.of(), true);
        c.outcome(door.connect(ConnectRequest.device("X:", "\\\\nas\\backup").with(of("svc", ConnectSteps.WRONG_PASSWORD))));
        c.outcome(door.connect(ConnectRequest.device("X:", "\\\\nas\\backup").with(of("ghost", ConnectSteps.WRONG_PASSWORD))));
        c.outcome(door.connect(ConnectRequest.device("X:", "\\\\nas\\backup").with(of("ops", ConnectSteps.OPS_PASSWORD))));
        c.outcome(door.connect(ConnectRequest.legacy("\\\\old\\data", "W:").with(Credentials.password(ConnectSteps.OWN_PASSWORD.toCharArray()))));
        logon.armProviderError(ProviderError.of(ConnectHarness.PROVIDER_ERROR).once());
        c.outcome(door.connect(ConnectRequest.anyFreeDevice("\\\\nas\\laser").with(of("svc", ConnectSteps.SVC_PASSWORD))));
        ConnectionScope scope = door.scope();
        c.outcome(scope.connect(ConnectRequest.device("V:", "\\\\nas\\laser").with(of("svc", ConnectSteps.SVC_PASSWORD))));
        c.outcome(scope.connect(ConnectRequest.device("V:", "\\\\nas\\backup").with(of("svc", ConnectSteps.SVC_PASSWORD))));
        logon.openFiles("V:", 1);
        c.add(scope);
        c.thrown(assertThrows(RuntimeException.class, scope::close, "a scope left with open files says what it could not cancel"));
        // U+0000 in a password: refused before any backend, by a message naming neither part.
        String cut = ConnectSteps.SVC_PASSWORD + "\0" + ConnectSteps.OPS_PASSWORD;
        int journal = logon.journal().size();
        c.thrown(assertThrows(IllegalArgumentException.class, () -> Credentials.of("svc", cut.toCharArray())));
        c.thrown(assertThrows(IllegalArgumentException.class, () -> Credentials.password(cut.toCharArray())));
        if (spi != logon.backend()) { // a native backend: its boundary refuses it too, for a direct SPI caller
            NetResource resource = new NetResource(0, NetResource.RESOURCETYPE_DISK, 0, 0, "U:", "\\\\nas\\backup", null, null);
            c.thrown(assertThrows(IllegalArgumentException.class, () -> spi.addConnection2(resource, cut.toCharArray(), "svc", 0)));
            c.thrown(assertThrows(IllegalArgumentException.class, () -> spi.addConnection(resource.remoteName(), cut.toCharArray(), "U:")));
        }
        assertEquals(journal, logon.journal().size(), "a password holding U+0000 reached the backend");
        assertFalse(logon.isConnected("U:"), "a password holding U+0000 connected U:");
    }

    @AfterAll
    static void writeFigures() {
        Figures.of("6b-password-leak").add("hostile input: connect", "texts captured (stdout, stderr, log records, exceptions and traces, "
                + "toString of outcomes, requests, credentials, scope, cure, journal, state, network, the double's record; fake, jna, jnr"
                + (NativeBackends.whyNoFfm() == null ? ", ffm" : "") + ") holding a password used by the tests",
                leaks + " of " + texts).write();
    }
}
