package io.github.wnet4j.reliability;

import io.github.wnet4j.ConnectionReader;
import io.github.wnet4j.LookupOutcome;
import io.github.wnet4j.UniversalNameOutcome;
import io.github.wnet4j.WNetOutcome;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.fake.LogonState;
import io.github.wnet4j.nativetesting.ReceivedRead;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Hostile names through every read function that takes a name ({@code getConnection},
 * {@code universalName}, {@code remoteNameInfo}) on every backend, on the logon the cancels' corpus
 * meets ({@link HostileNames#seededLogon()}): the cancels' corpus of {@link HostileNameTest} and the
 * read side's own names ({@code Z:} vs {@code Z:\} vs {@code Z:\\}, paths with {@code ..}, a server
 * without a share, drive-relative and UNC paths). Each gets the documented exception or code (the
 * table below for the read side's own names, the reference model's reading of R1-R18 for all), the
 * same on every backend; a rejected name reaches no backend; nothing changes.
 */
class HostileReadTest {

    /** Each way a name is read. */
    enum Read {
        GET_CONNECTION, UNIVERSAL_NAME, REMOTE_NAME_INFO;

        WNetOutcome call(ConnectionReader reader, String name) {
            return switch (this) {
                case GET_CONNECTION -> reader.getConnection(name);
                case UNIVERSAL_NAME -> reader.universalName(name);
                case REMOTE_NAME_INFO -> reader.remoteNameInfo(name);
            };
        }
    }

    /** What a read did, comparable between backends: the exception's class and message, or the answer. */
    record Result(String thrown, int code, List<Optional<String>> answer) {
        /** The documented-table form: "IllegalArgumentException", "1200", or "0 \\srv\share\". */
        String brief() {
            if (thrown != null) {
                return thrown.substring(0, thrown.indexOf(':'));
            }
            return code + answer.get(0).map(a -> " " + a).orElse("");
        }
    }

    private static final String NPE = "NullPointerException";
    private static final String IAE = "IllegalArgumentException";
    private static final Map<String, Integer> TRIED = new LinkedHashMap<>();
    private static final Map<String, Integer> LEFT_OUT = new LinkedHashMap<>();

    /**
     * The read side's own names: for each, what getConnection and universalName answer on the seeded
     * logon ({@code Z:} to {@code \\srv\share}, {@code Y:} remembered only, {@code LPT1:} a printer).
     */
    static Map<String, List<String>> documented() {
        Map<String, List<String>> d = new LinkedHashMap<>();
        d.put(null, List.of(NPE, NPE));
        d.put("", List.of(IAE, IAE));
        d.put("Z:\u0000", List.of(IAE, IAE));
        d.put("Z:\\\uD800", List.of(IAE, IAE));
        d.put("Z:\\" + "a".repeat(32_765), List.of(IAE, IAE));                  // 32,768 units
        d.put("Z:\\" + "a".repeat(32_764), List.of("1200", "0 \\\\srv\\share\\" + "a".repeat(32_764))); // 32,767
        d.put("Z:", List.of("0 \\\\srv\\share", "0 \\\\srv\\share\\"));          // R1; R14: the remaining path is \
        d.put("z:", List.of("0 \\\\srv\\share", "0 \\\\srv\\share\\"));          // R18
        d.put("Z:\\", List.of("1200", "0 \\\\srv\\share\\"));                    // R4: a path is no device
        d.put("Z:\\\\", List.of("1200", "0 \\\\srv\\share\\\\"));                // passed on as it is
        d.put("Z:\\dir\\..\\..\\f.txt", List.of("1200", "0 \\\\srv\\share\\dir\\..\\..\\f.txt")); // .. not resolved
        d.put("Z:..", List.of("1200", "1200"));                                  // drive-relative: not drive-based
        d.put("Z:dir", List.of("1200", "1200"));
        d.put("Z:/dir", List.of("1200", "1200"));
        d.put("Y:", List.of("1201 \\\\srv\\old", "1201"));                      // R2, R15
        d.put("Y:\\a", List.of("1200", "1201"));
        d.put("W:", List.of("2250", "2250"));                                    // R3, R15
        d.put("W:\\a", List.of("1200", "2250"));
        d.put("LPT1:", List.of("0 \\\\srv\\printer", "1200"));                   // R15: only disk devices have paths
        d.put("lpt1", List.of("0 \\\\srv\\printer", "1200"));
        d.put("LPT0:", List.of("1200", "1200"));
        d.put("\\\\srv", List.of("1200", "1200"));                               // a server without a share
        d.put("\\\\srv\\", List.of("1200", "1200"));
        d.put("\\\\srv\\share", List.of("1200", "1200"));                        // R4: unlike the cancels' 2250
        d.put("\\\\srv\\share\\dir", List.of("1200", "1200"));                   // a UNC path is not drive-based
        d.put("Ｚ:", List.of("1200", "1200"));                                   // fullwidth Z
        return d;
    }

    /** Every name tried: the read side's own, then the cancels' corpus. */
    static Set<String> names() {
        Set<String> names = new LinkedHashSet<>(documented().keySet());
        names.addAll(HostileNameTest.corpus().keySet());
        return names;
    }

    @Test
    void fake() {
        runCorpus("fake");
    }

    @Test
    void jna() {
        assumeTrue(NativeBackends.whyNoReadSide("jna") == null, () -> NativeBackends.whyNoReadSide("jna"));
        runCorpus("jna");
    }

    @Test
    void jnr() {
        assumeTrue(NativeBackends.whyNoReadSide("jnr") == null, () -> NativeBackends.whyNoReadSide("jnr"));
        runCorpus("jnr");
    }

    @Test
    void everyBackendReadsEveryNameTheSameWay() {
        List<String> natives = new ArrayList<>();
        for (String backend : List.of("jna", "jnr")) {
            if (NativeBackends.whyNoReadSide(backend) == null) {
                natives.add(backend);
            }
        }
        assumeTrue(!natives.isEmpty(), () -> NativeBackends.whyNoReadSide("jna"));
        for (String name : names()) {
            for (Read read : Read.values()) {
                if (beyondTheDouble(name, read)) {
                    continue; // the answer passes 32,767 units: see Op.universalNameBeyondTheDouble
                }
                Result fake = run("fake", name, read);
                for (String backend : natives) {
                    assertEquals(fake, run(backend, name, read), backend + " against the fake, " + read + " " + HostileNames.describe(name));
                }
            }
        }
    }

    private static void runCorpus(String backend) {
        int tried = 0;
        Map<String, List<String>> documented = documented();
        int beyondTheDouble = 0;
        for (String name : names()) {
            for (Read read : Read.values()) {
                if (!backend.equals("fake") && beyondTheDouble(name, read)) {
                    beyondTheDouble++; // the answer passes 32,767 units: see Op.universalNameBeyondTheDouble
                    continue;
                }
                Result r = run(backend, name, read);
                String what = backend + " " + read + " " + HostileNames.describe(name);
                assertEquals(expected(name, read), r, what + ": against the reference model");
                List<String> table = documented.get(name);
                if (table != null && read != Read.REMOTE_NAME_INFO) {
                    assertEquals(table.get(read.ordinal()), r.brief(), what + ": the documented answer");
                }
                if (r.thrown() != null) {
                    assertTrue(r.thrown().length() > IAE.length() + 20, what + ": the message says what is wrong: " + r.thrown());
                }
                tried++;
            }
        }
        synchronized (TRIED) {
            TRIED.put(backend, tried);
            LEFT_OUT.put(backend, beyondTheDouble);
        }
    }

    /** Whether the model's answer is a universal name over 32,767 units (see {@link Op#universalNameBeyondTheDouble}). */
    private static boolean beyondTheDouble(String name, Read read) {
        return read != Read.GET_CONNECTION && ReferenceModel.rejection(name) == null
                && expected(name, read).answer().get(0).map(u -> u.length() > 32_767).orElse(false);
    }

    /** The reference model's answer on a model seeded as {@link HostileNames#seededLogon()}; the message is the api's. */
    private static Result expected(String name, Read read) {
        Class<? extends RuntimeException> rejected = ReferenceModel.rejection(name);
        if (rejected != null) {
            try {
                read.call(FakeLogon.create().reader(), name);
            } catch (RuntimeException e) {
                assertEquals(rejected, e.getClass(), "the exception for " + HostileNames.describe(name));
                return new Result(e.getClass().getSimpleName() + ": " + e.getMessage(), 0, List.of());
            }
            throw new AssertionError("the api took " + HostileNames.describe(name) + ", which the model says it rejects");
        }
        ReferenceModel m = new ReferenceModel(io.github.wnet4j.behaviour.BehaviourProfile.documented());
        m.connectDevice("Z:", "\\\\srv\\share", true, 0, false);
        m.connectDevice("X:", "\\\\srv\\busy", false, 2, false);
        m.connectDevice("LPT1:", "\\\\srv\\printer", false, 0, false);
        for (String remote : List.of("\\\\srv\\share", "\\\\srv\\straße", "\\\\srv\\ﬀ", "\\\\srv\\ı", "\\\\srv\\İ")) {
            m.connectDeviceless(remote, 0, false);
        }
        m.remember("Y:", "\\\\srv\\old");
        if (read == Read.GET_CONNECTION) {
            ReferenceModel.Lookup l = m.getConnection(name);
            return new Result(null, l.code(), List.of(Optional.ofNullable(l.remoteName())));
        }
        ReferenceModel.Universal u = m.universalName(name, read == Read.REMOTE_NAME_INFO);
        return new Result(null, u.code(), List.of(Optional.ofNullable(u.universalName()), Optional.ofNullable(u.connectionName()),
                Optional.ofNullable(u.remainingPath())));
    }

    /**
     * Reads {@code name} through {@code backend} on a fresh seeded logon, and checks what holds on every
     * backend: a rejected name reaches no backend; a name that passes reaches the logon unit for unit,
     * once; nothing changes.
     */
    static Result run(String backend, String name, Read read) {
        FakeLogon logon = HostileNames.seededLogon();
        ConnectionReader reader;
        if (backend.equals("fake")) {
            reader = logon.reader();
        } else {
            NativeBackends.mpr().serve(logon.backend());
            reader = NativeBackends.named(backend).reader();
        }
        MprDoubleCheck crossing = backend.equals("fake") ? null : new MprDoubleCheck();
        LogonState before = logon.snapshot();
        String what = backend + " " + read + " " + HostileNames.describe(name);
        Result result;
        try {
            WNetOutcome o = read.call(reader, name);
            assertEquals(1, logon.journal().size(), what + ": one read journaled");
            assertEquals(name, logon.journal().get(0).name(), what + ": the name reached the logon unchanged");
            if (crossing != null) {
                List<ReceivedRead> crossed = NativeBackends.mpr().receivedReads();
                assertEquals(1, crossed.size(), what + ": one read crossed to native code: " + crossed);
                assertEquals(name, crossed.get(0).name(), what + ": the name crossed unchanged, unit for unit");
            }
            result = o instanceof LookupOutcome l ? new Result(null, l.code(), List.of(l.remoteName()))
                    : resultOf((UniversalNameOutcome) o);
        } catch (NullPointerException | IllegalArgumentException e) {
            assertEquals(List.of(), logon.journal(), what + ": a rejected name must reach no backend");
            if (crossing != null) {
                assertEquals(List.of(), NativeBackends.mpr().receivedReads(), what + ": a rejected name must not cross to native code");
            }
            result = new Result(e.getClass().getSimpleName() + ": " + e.getMessage(), 0, List.of());
        }
        if (crossing != null) {
            crossing.check(what);
        }
        assertEquals(before, logon.snapshot(), what + ": a read changed the state");
        return result;
    }

    /** What the double must not have seen over one read: an ABI violation, a model failure, a handle left open. */
    private static final class MprDoubleCheck {
        private final int violations = NativeBackends.mpr().abiViolations();

        void check(String what) {
            assertEquals(violations, NativeBackends.mpr().abiViolations(), what + ": calls the double rejected for breaking the ABI");
            assertEquals(List.of(), NativeBackends.mpr().modelFailures(), what + ": exceptions the model threw behind the double");
            assertEquals(0, NativeBackends.mpr().openEnumerations(), what + ": enumeration handles left open");
        }
    }

    private static Result resultOf(UniversalNameOutcome o) {
        return new Result(null, o.code(), List.of(o.universalName(), o.connectionName(), o.remainingPath()));
    }

    @AfterAll
    static void writeFigures() {
        Figures figures = Figures.of("4-hostile-reads");
        synchronized (TRIED) {
            for (String backend : List.of("fake", "jna", "jnr")) {
                Integer n = TRIED.get(backend);
                Integer out = LEFT_OUT.get(backend);
                figures.add("hostile names", backend + ": read calls (" + names().size() + " names x "
                        + Read.values().length + " read functions; left out: universal names over 32,767 units)",
                        n == null ? (backend.equals("fake") ? "not run" : "skipped: no native read side on this branch yet")
                                : n + (out == null || out == 0 ? "" : " (" + out + " left out)"));
            }
        }
        figures.write();
    }
}
