package io.github.wnet4j.reliability;

import io.github.wnet4j.ConnectOutcome;
import io.github.wnet4j.ConnectRequest;
import io.github.wnet4j.Credentials;
import io.github.wnet4j.WNet;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.fake.LogonState;
import io.github.wnet4j.nativetesting.DoubleConnect;
import io.github.wnet4j.nativetesting.MprDouble;
import io.github.wnet4j.nativetesting.ReceivedConnect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The hostile-name corpus ({@link HostileNameTest#corpus()}) as every parameter of a connect: the device,
 * the remote name, the user name and the password, through the fake and every native backend over the
 * C double, on a seeded logon. Each value the specification refuses (row 15, "Null, empty, U+0000,
 * unpaired surrogates, over 32,767 units"; a user name also not blank of control characters; a password
 * may be empty) throws before any backend runs: nothing journaled, nothing crosses to native code, and a
 * refused password is named by no message. A value that passes reaches the backend unit for unit (the
 * password: its length and digest, as the double records it); a failed connect changes nothing; nothing
 * changes that the call does not name; and every backend answers every value alike.
 */
class HostileConnectTest {

    /** The connect parameters a hostile value is put in. */
    enum Parameter { DEVICE, REMOTE_NAME, USER_NAME, PASSWORD }

    /** What one call did, comparable between backends. */
    record Result(String thrown, Integer code, Set<String> touched) {
    }

    private static final Map<String, Integer> TRIED = new LinkedHashMap<>();

    /** The specification's reading of which values a parameter refuses before any backend; the exception's simple name or null. */
    static String refusal(Parameter p, String value) {
        if (value == null) {
            return "NullPointerException";
        }
        boolean tooLong = value.length() > 32_767;
        boolean nul = value.indexOf('\0') >= 0;
        boolean unpaired = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1)))) {
                unpaired = true;
            } else if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)))) {
                unpaired = true;
            }
        }
        boolean refused = tooLong || nul || unpaired || value.isEmpty() && p != Parameter.PASSWORD
                || p == Parameter.USER_NAME && value.chars().anyMatch(Character::isISOControl);
        return refused ? "IllegalArgumentException" : null;
    }

    /** The request with {@code value} as parameter {@code p}, the others ordinary. */
    static ConnectRequest request(Parameter p, String value) {
        return switch (p) {
            case DEVICE -> ConnectRequest.device(value, "\\\\fs1\\apps");
            case REMOTE_NAME -> ConnectRequest.deviceless(value);
            case USER_NAME -> ConnectRequest.device("Q:", "\\\\fs1\\apps").with(Credentials.of(value, ConnectSteps.SVC_PASSWORD.toCharArray()));
            case PASSWORD -> ConnectRequest.device("Q:", "\\\\fs1\\apps")
                    .with(Credentials.of("svc", value == null ? null : value.toCharArray()));
        };
    }

    static Result run(String backend, Parameter p, String value) {
        FakeLogon logon = HostileNames.seededLogon();
        WNet door;
        MprDouble mpr = null;
        DoubleConnect received = null;
        if (backend.equals("fake")) {
            door = logon.wnet();
        } else {
            mpr = NativeBackends.mpr();
            mpr.serve(logon.backend());
            received = DoubleConnect.of(mpr);
            door = WNet.over(backend, NativeBackends.named(backend).backend());
        }
        int receivedBefore = received == null ? 0 : received.receivedConnects().size();
        LogonState before = logon.snapshot();
        String what = backend + " " + p + " " + HostileNames.describe(value);
        String thrown = null;
        ConnectOutcome outcome = null;
        try {
            outcome = door.connect(request(p, value));
        } catch (NullPointerException | IllegalArgumentException e) {
            thrown = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (p == Parameter.PASSWORD && value != null && value.length() > 2) {
                assertFalse(e.getMessage().contains(value), what + ": the message names the refused password");
            }
        }
        LogonState after = logon.snapshot();
        String expected = refusal(p, value);
        assertEquals(expected, thrown == null ? null : thrown.substring(0, thrown.indexOf(':')),
                what + (thrown != null ? " threw " + thrown : " returned " + outcome));
        if (thrown != null) {
            assertEquals(List.of(), logon.journal(), what + ": a refused value must reach no backend");
            if (received != null) {
                assertEquals(receivedBefore, received.receivedConnects().size(), what + ": a refused value must not cross to native code");
            }
            assertEquals(before, after, what + ": a refused call changed the state");
            return new Result(thrown, null, Set.of());
        }
        assertEquals(1, logon.journal().size(), what + ": one call journaled");
        if (received != null) {
            List<ReceivedConnect> calls = received.receivedConnects();
            assertEquals(receivedBefore + 1, calls.size(), what + ": one call crossed to native code");
            crossedUnitForUnit(p, value, calls.get(calls.size() - 1), what);
        }
        if (!outcome.isSuccess()) {
            assertEquals(before, after, what + ": C21, a failed connect changed the state");
        }
        Set<String> touched = HostileNames.touched(before, after);
        Set<String> allowed = p == Parameter.DEVICE ? HostileNames.namedBy(value)
                : p == Parameter.REMOTE_NAME ? HostileNames.namedBy(value) : Set.of("live Q:");
        assertTrue(allowed.containsAll(touched), what + ": changed " + touched + " but names only " + allowed);
        return new Result(null, outcome.code(), touched);
    }

    private static void crossedUnitForUnit(Parameter p, String value, ReceivedConnect call, String what) {
        switch (p) {
            case DEVICE -> assertEquals(value, call.resource().localName(), what + ": the device crossed unit for unit");
            case REMOTE_NAME -> assertEquals(value, call.resource().remoteName(), what + ": the remote name crossed unit for unit");
            case USER_NAME -> assertEquals(value, call.userName(), what + ": the user name crossed unit for unit");
            case PASSWORD -> assertTrue(call.password().matches(value.toCharArray()), what + ": the password crossed unit for unit");
        }
    }

    private static void runCorpus(String backend) {
        int tried = 0;
        for (String value : HostileNameTest.corpus().keySet()) {
            for (Parameter p : Parameter.values()) {
                run(backend, p, value);
                tried++;
            }
        }
        synchronized (TRIED) {
            TRIED.put(backend, tried);
        }
    }

    @Test
    void fake() {
        runCorpus("fake");
    }

    @Test
    void jna() {
        assumeTrue(NativeBackends.whyUnavailable() == null, NativeBackends::whyUnavailable);
        runCorpus("jna");
    }

    @Test
    void jnr() {
        assumeTrue(NativeBackends.whyUnavailable() == null, NativeBackends::whyUnavailable);
        runCorpus("jnr");
    }

    @Test
    void ffm() {
        assumeTrue(NativeBackends.whyUnavailable() == null, NativeBackends::whyUnavailable);
        assumeTrue(NativeBackends.whyNoFfm() == null, NativeBackends::whyNoFfm);
        runCorpus("ffm");
    }

    @Test
    void everyBackendAnswersEveryValueTheSameWay() {
        assumeTrue(NativeBackends.whyUnavailable() == null, NativeBackends::whyUnavailable);
        for (String value : HostileNameTest.corpus().keySet()) {
            for (Parameter p : Parameter.values()) {
                Result fake = run("fake", p, value);
                for (String backend : NativeBackends.names()) {
                    assertEquals(fake, run(backend, p, value), backend + " against the fake, " + p + " " + HostileNames.describe(value));
                }
            }
        }
    }

    @AfterAll
    static void writeFigures() {
        Figures figures = Figures.of("4b-hostile-connect");
        List<String> backends = new ArrayList<>(List.of("fake", "jna", "jnr"));
        if (NativeBackends.whyNoFfm() == null) {
            backends.add("ffm");
        }
        synchronized (TRIED) {
            for (String backend : backends) {
                Integer n = TRIED.get(backend);
                figures.add("hostile names", backend + ": connect calls (" + HostileNameTest.corpus().size()
                        + " names x 4 parameters: device, remote name, user name, password)", n == null ? "not run" : n);
            }
        }
        figures.write();
    }
}
