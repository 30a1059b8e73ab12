package io.github.wnet4j.reliability;

import io.github.wnet4j.ErrorCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A corpus of bad names through every backend (the fake, and JNA and JNR over the C double), each
 * through both functions with both flag and force values, on a logon seeded with connections the
 * names must not cancel. Each name gets the documented exception or code (specification rows 13, 14 and
 * 15, and the api's validation), the same for every backend, and changes nothing it does not name.
 */
class HostileNameTest {

    private static final String NPE = "NullPointerException";
    private static final String IAE = "IllegalArgumentException";
    private static final String NOT_CONNECTED = "code " + ErrorCode.ERROR_NOT_CONNECTED.value();
    private static final String DONE = "code " + ErrorCode.NO_ERROR.value();

    private static final Map<String, Integer> TRIED = new LinkedHashMap<>();

    /** The corpus: each bad name and what the documentation says it gets. */
    static Map<String, String> corpus() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put(null, NPE);                                           // row 15
        c.put("", IAE);                                             // row 15
        c.put(" ", NOT_CONNECTED);                                  // blank: names nothing (row 14)
        c.put("   \t ", NOT_CONNECTED);
        c.put("\u0000Z:", IAE);                                     // U+0000 at the start
        c.put("Z\u0000:", IAE);                                     // ... in the middle
        c.put("Z:\u0000", IAE);                                     // ... at the end: would cancel Z:
        c.put("\\\\srv\\share\u0000", IAE);                         // ... would cancel \\srv\share
        c.put("\\\\srv\\sh\u0000are", IAE);
        c.put("\uD800", IAE);                                       // unpaired high surrogate alone
        c.put("Z:\uD83D", IAE);                                     // ... at the end
        c.put("\uD83DZ:", IAE);                                     // ... at the start
        c.put("\uDC00", IAE);                                       // unpaired low surrogate alone
        c.put("Z:\uDE00", IAE);
        c.put("\\\\srv\\\uDE00share", IAE);
        c.put("\uDE00\uD83D", IAE);                                 // a pair in the wrong order
        c.put("\\\\srv\\" + "a".repeat(32_767 - 6), NOT_CONNECTED); // 32,767 units: the longest allowed
        c.put("Z".repeat(32_767), NOT_CONNECTED);
        c.put("\\\\srv\\" + "a".repeat(32_768 - 6), IAE);           // 32,768 units: one too many
        c.put("Z:" + "\\".repeat(32_766), IAE);
        c.put("\\\\srv\\share" + "x".repeat(1 << 20), IAE);         // a megabyte string
        c.put("Z", NOT_CONNECTED);                                  // row 14
        c.put("ZZ:", NOT_CONNECTED);
        c.put("Z:\\", NOT_CONNECTED);
        c.put("LPT0:", NOT_CONNECTED);
        c.put("LPT10:", NOT_CONNECTED);
        c.put("\\\\", NOT_CONNECTED);
        c.put("\\\\srv", NOT_CONNECTED);
        c.put("\\\\srv\\share\\", NOT_CONNECTED);                   // trailing backslash: another name
        c.put("Z:\t", NOT_CONNECTED);                               // control characters
        c.put("\tZ:", NOT_CONNECTED);
        c.put("Z:\r\n", NOT_CONNECTED);
        c.put("\u0007\u0008\u001B[2J", NOT_CONNECTED);
        c.put("Z:\u007F", NOT_CONNECTED);
        c.put("\u0085Z:", NOT_CONNECTED);
        c.put("\\\\srv\\share\n", NOT_CONNECTED);
        c.put("\u202EZ:", NOT_CONNECTED);                           // right-to-left override
        c.put("Z:\u202E", NOT_CONNECTED);
        c.put("\u202E\\\\srv\\share", NOT_CONNECTED);
        c.put("\\\\srv\\share\u202E", NOT_CONNECTED);
        c.put("\u200F\u202BZ:\u202C", NOT_CONNECTED);               // right-to-left mark and embedding
        c.put("Ｚ:", NOT_CONNECTED);                                // fullwidth Z: not a drive letter
        c.put("z:", DONE);                                          // names Z: (row 13): only Z: may change
        c.put("lpt1", DONE);                                        // names LPT1: (row 14)
        // Case is folded one UTF-16 unit at a time (row 13); the logon has \\srv\straße, \\srv\ﬀ,
        // \\srv\ı and \\srv\İ without devices, beside \\srv\share.
        c.put("\\\\SRV\\STRASSE", NOT_CONNECTED);                   // ß is not SS: String.toUpperCase would cancel straße
        c.put("\\\\srv\\strasse", NOT_CONNECTED);
        c.put("\\\\SRV\\STRAẞE", NOT_CONNECTED);                    // capital sharp s: ß does not fold to it
        c.put("\\\\SRV\\STRAßE", DONE);                             // only the ASCII letters differ in case
        c.put("\\\\srv\\FF", NOT_CONNECTED);                        // ﬀ is one unit; FF is two
        c.put("\\\\srv\\ſhare", DONE);                              // ſ folds to S: names \\srv\share
        c.put("\\\\SRV\\I", DONE);                                  // ı folds to I: names \\srv\ı
        c.put("\\\\srv\\i\u0307", NOT_CONNECTED);                   // i and a combining dot is not İ
        c.put("\\\\SRV\\İ", DONE);                                  // İ folds to itself
        return c;
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
    void everyBackendAnswersEveryNameTheSameWay() {
        List<String> backends = new ArrayList<>(List.of("fake"));
        if (NativeBackends.whyUnavailable() == null) {
            backends.addAll(NativeBackends.names());
        }
        for (Map.Entry<String, String> e : corpus().entrySet()) {
            for (HostileNames.Variant v : HostileNames.Variant.values()) {
                HostileNames.Result fake = HostileNames.run("fake", e.getKey(), v);
                for (String backend : backends.subList(1, backends.size())) {
                    HostileNames.Result other = HostileNames.run(backend, e.getKey(), v);
                    assertEquals(fake, other, backend + " against the fake, " + v + " " + HostileNames.describe(e.getKey()));
                }
            }
        }
    }

    private static void runCorpus(String backend) {
        int tried = 0;
        for (Map.Entry<String, String> e : corpus().entrySet()) {
            for (HostileNames.Variant v : HostileNames.Variant.values()) {
                HostileNames.Result r = HostileNames.run(backend, e.getKey(), v);
                String what = backend + " " + v + " " + HostileNames.describe(e.getKey());
                String got = r.thrown() != null ? r.thrown().substring(0, r.thrown().indexOf(':')) : "code " + r.outcome().code();
                assertEquals(e.getValue(), got, what + (r.thrown() != null ? " threw " + r.thrown() : " returned " + r.outcome()));
                if (r.thrown() != null) {
                    assertTrue(r.thrown().length() > IAE.length() + 20, what + ": the message says what is wrong: " + r.thrown());
                }
                if (!e.getValue().equals(DONE)) {
                    assertEquals(Set.of(), r.touched(), what + " changed seeded connections");
                }
                tried++;
            }
        }
        synchronized (TRIED) {
            TRIED.put(backend, tried);
        }
    }

    @AfterAll
    static void writeFigures() {
        Figures figures = Figures.of("4-hostile-names");
        synchronized (TRIED) {
            for (String backend : List.of("fake", "jna", "jnr", "ffm")) {
                Integer n = TRIED.get(backend);
                if (n == null && backend.equals("ffm") && NativeBackends.whyNoFfm() != null) {
                    continue; // not a backend of this build
                }
                figures.add("hostile names", backend + ": corpus calls (" + corpus().size() + " names x "
                        + HostileNames.Variant.values().length + " call forms)", n == null ? "not run" : n);
            }
        }
        figures.write();
    }
}
