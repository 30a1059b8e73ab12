package io.github.wnet4j.reliability;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.spi.Names;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coverage-guided fuzzing (Jazzer) of name validation: {@code Names.check} and
 * {@code Names.checkRemoteName} against the test's own reading of the grammar, and the validating
 * canceller over a seeded fake (a rejected name reaches no backend and changes nothing; an accepted one changes only what it
 * names; see {@link HostileNames#run}). And, once the fake takes the api's grammar, the fake's seeding
 * against {@code checkRemoteName}. The default build replays the corpus in
 * {@code src/test/resources/.../NameFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes (reliability/README.md).
 * Runs last (see junit-platform.properties): Jazzer's agent instruments every class loaded after it.
 */
@Order(Integer.MAX_VALUE)
class NameFuzzTest {

    static final AtomicLong EXECUTIONS = new AtomicLong();

    /** Starts that take the fuzzer straight into each part of the grammar. */
    private static final List<String> PREFIXES = List.of("", "\\\\", "\\\\srv\\", "\\\\srv\\share\\", "Z", "LPT");

    /** A name from the input: a prefix, then any UTF-16 units (U+0000 and lone surrogates included). */
    static String name(FuzzedDataProvider data) {
        StringBuilder s = new StringBuilder(PREFIXES.get(data.consumeInt(0, PREFIXES.size() - 1)));
        while (data.remainingBytes() >= 2 && s.length() < 200) {
            s.append(data.consumeChar());
        }
        return s.toString();
    }

    @FuzzTest(maxDuration = "60s")
    void namesAreCheckedByOneGrammar(FuzzedDataProvider data) {
        HostileNames.Variant variant = HostileNames.Variant.values()[data.consumeInt(0, HostileNames.Variant.values().length - 1)];
        String name = name(data);
        String what = HostileNames.describe(name);

        boolean passable = passable(name);
        assertEquals(passable, accepts(() -> Names.check(name)), what + ": Names.check");
        boolean remote = passable && wellFormedRemoteName(name);
        assertEquals(remote, accepts(() -> Names.checkRemoteName(name)), what + ": Names.checkRemoteName");

        HostileNames.Result result = HostileNames.run("fake", name, variant);
        assertEquals(passable, result.thrown() == null, what + ": the validating canceller rejects exactly what Names.check does: "
                + result.thrown());
        EXECUTIONS.incrementAndGet();
    }

    /**
     * The fake's seeding takes exactly the remote names {@code Names.checkRemoteName} takes (issue 10:
     * one name grammar for the api, the fake and the state file). Its first bounded run found
     * {@code \\\\} followed by one letter (a server without a share) accepted by {@code connectDeviceless};
     * that input is in this test's corpus.
     */
    @FuzzTest(maxDuration = "60s")
    void theFakeSeedsExactlyTheRemoteNamesTheApiTakes(FuzzedDataProvider data) {
        data.consumeInt(0, HostileNames.Variant.values().length - 1); // the input layout of the test above: corpora carry over
        String name = name(data);
        String what = HostileNames.describe(name);
        boolean remote = passable(name) && wellFormedRemoteName(name);
        FakeLogon empty = FakeLogon.create();
        assertEquals(remote, accepts(() -> empty.connectDeviceless(name)), what + ": connectDeviceless against checkRemoteName");
        if (!remote) {
            assertEquals(List.of(), empty.connections(), what + ": refused seeding added nothing");
        }
        EXECUTIONS.incrementAndGet();
    }

    /** The test's own reading of what can be passed at all: non-empty, at most 32,767 units, no U+0000, no lone surrogate. */
    static boolean passable(String name) {
        if (name.isEmpty() || name.length() > 32_767 || name.indexOf('\0') >= 0) {
            return false;
        }
        return name.codePoints().noneMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
    }

    /** The test's own reading of a remote name: {@code \\server\share[\folder...]}, no part blank or holding a control character. */
    static boolean wellFormedRemoteName(String name) {
        if (!name.startsWith("\\\\")) {
            return false;
        }
        String[] parts = name.substring(2).split("\\\\", -1);
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (part.isBlank() || part.chars().anyMatch(Character::isISOControl)) {
                return false;
            }
        }
        return true;
    }

    private static boolean accepts(Runnable call) {
        try {
            call.run();
            return true;
        } catch (IllegalArgumentException e) {
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "a rejection says why");
            assertTrue(e.getMessage().length() > 20, "a rejection says why: " + e.getMessage());
            return false;
        }
    }

    @AfterAll
    static void writeFigures() {
        Figures.of("7-fuzz-names").add("fuzz", "fuzz executions: name validation (" + StateFileFuzzTest.mode() + ")",
                EXECUTIONS.get()).write();
    }
}
