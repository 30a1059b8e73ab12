package io.github.wnet4j.reliability;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.arbitraries.StringArbitrary;
import net.jqwik.api.lifecycle.AfterContainer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Random names (any UTF-16 unit, U+0000 and lone surrogates included, often glued to a real
 * connection's name) through every backend on the same seeded logon: the fake, JNA and JNR answer
 * alike (same exception and message, or same outcome, and the same items changed), and none changes a
 * connection the name does not name (checked in {@link HostileNames#run}).
 */
class HostileNameProperties {

    private static final AtomicLong NAMES = new AtomicLong();

    @Property(tries = 1000)
    void everyBackendAnswersARandomNameAlike(@ForAll("names") String name, @ForAll HostileNames.Variant variant) {
        List<String> backends = new ArrayList<>(List.of("fake"));
        if (NativeBackends.whyUnavailable() == null) {
            backends.addAll(List.of("jna", "jnr"));
        }
        HostileNames.Result fake = HostileNames.run("fake", name, variant);
        for (String backend : backends.subList(1, backends.size())) {
            assertEquals(fake, HostileNames.run(backend, name, variant), backend + " against the fake");
        }
        NAMES.incrementAndGet();
    }

    @Provide
    Arbitrary<String> names() {
        StringArbitrary any = Arbitraries.strings().all();
        Arbitrary<String> real = Arbitraries.of("Z:", "z:", "X:", "LPT1", "lpt1:", "Y:", "\\\\srv\\share", "\\\\SRV\\SHARE",
                "\\\\srv\\busy", "");
        Arbitrary<String> unit = Arbitraries.of("\u0000", "\uD83D", "\uDE00", "\u202E", "\\", ":", " ", "\t", "\uFFFF");
        Arbitrary<String> glued = Combinators.combine(any.ofMaxLength(2), real, unit, any.ofMaxLength(2))
                .as((a, r, u, b) -> a + r + u + b);
        return Arbitraries.oneOf(any.ofMaxLength(12), glued, real.filter(s -> !s.isEmpty()));
    }

    @AfterContainer
    static void writeFigures() {
        String backends = NativeBackends.whyUnavailable() == null ? "fake, jna, jnr" : "fake only (" + NativeBackends.whyUnavailable() + ")";
        Figures.of("5-hostile-random").add("hostile names", "random names, each through " + backends, NAMES.get()).write();
    }
}
