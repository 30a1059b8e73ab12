package io.github.wnet4j.reliability;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Random names (any UTF-16 unit, U+0000 and lone surrogates included, often glued to a real
 * connection's name) through every backend on the same seeded logon: the fake, JNA and JNR answer
 * alike (same exception and message, or same outcome, and the same items changed), and none changes a
 * connection the name does not name (checked in {@link HostileNames#run}). A failing name is shrunk by
 * deleting units.
 */
class HostileNameProperties {

    static final int TRIES = 1000;

    private static final AtomicLong NAMES = new AtomicLong();

    /** Real names and spellings of them, the units that matter most, glued together. */
    static final List<String> REAL = List.of("Z:", "z:", "X:", "LPT1", "lpt1:", "Y:", "\\\\srv\\share", "\\\\SRV\\SHARE",
            "\\\\srv\\busy", "", "\\\\srv\\straße", "\\\\SRV\\STRASSE", "\\\\srv\\ſhare", "\\\\srv\\İ", "\\\\srv\\ı");
    static final List<String> UNITS = List.of("\u0000", "\uD83D", "\uDE00", "\u202E", "\\", ":", " ", "\t", "\uFFFF", "ß", "ſ",
            "ﬀ", "İ", "ı");

    /** One case: a name and the call form it goes through. */
    record Case(String name, HostileNames.Variant variant) {
        @Override
        public String toString() {
            return HostileNames.describe(name) + " through " + variant;
        }
    }

    /** Any UTF-16 unit, edge units a quarter of the time. */
    static char unit(SplittableRandom r) {
        return r.nextInt(4) == 0 ? PropertyCheck.pick(r, UNITS).charAt(0) : (char) r.nextInt(0x10000);
    }

    static String anyString(SplittableRandom r, int maxLength) {
        StringBuilder s = new StringBuilder();
        for (int i = r.nextInt(maxLength + 1); i > 0; i--) {
            s.append(unit(r));
        }
        return s.toString();
    }

    static String name(SplittableRandom r) {
        return switch (r.nextInt(3)) {
            case 0 -> anyString(r, 12);
            case 1 -> anyString(r, 2) + PropertyCheck.pick(r, REAL) + PropertyCheck.pick(r, UNITS) + anyString(r, 2);
            default -> PropertyCheck.pick(r, REAL.stream().filter(n -> !n.isEmpty()).toList());
        };
    }

    @Test
    void everyBackendAnswersARandomNameAlike() {
        List<String> backends = new ArrayList<>(List.of("fake"));
        if (NativeBackends.whyUnavailable() == null) {
            backends.addAll(List.of("jna", "jnr"));
        }
        PropertyCheck.Shrinker<String> shorter = PropertyCheck.string();
        PropertyCheck.of("random names through " + backends,
                        r -> new Case(name(r), PropertyCheck.pick(r, List.of(HostileNames.Variant.values()))),
                        c -> shorter.simpler(c.name()).stream().map(n -> new Case(n, c.variant())).toList())
                .run(TRIES, c -> {
                    HostileNames.Result fake = HostileNames.run("fake", c.name(), c.variant());
                    for (String backend : backends.subList(1, backends.size())) {
                        assertEquals(fake, HostileNames.run(backend, c.name(), c.variant()), backend + " against the fake, " + c);
                    }
                    NAMES.incrementAndGet();
                });
    }

    @AfterAll
    static void writeFigures() {
        String backends = NativeBackends.whyUnavailable() == null ? "fake, jna, jnr" : "fake only (" + NativeBackends.whyUnavailable() + ")";
        Figures.of("5-hostile-random").add("hostile names", "random names, each through " + backends, NAMES.get()).write();
    }
}
