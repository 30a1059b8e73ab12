package io.github.wnet4j.conformance;

import io.github.wnet4j.ConnectionReader;
import io.github.wnet4j.WNetOutcome;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static io.github.wnet4j.ErrorCode.ERROR_EXTENDED_ERROR;
import static io.github.wnet4j.ErrorCode.ERROR_NO_NETWORK;
import static io.github.wnet4j.ErrorCode.NO_ERROR;
import static io.github.wnet4j.conformance.Capability.ARBITRARY_REMOTE_NAMES;
import static io.github.wnet4j.conformance.Capability.CONNECTION_LOOKUP;
import static io.github.wnet4j.conformance.Capability.DISK_DEVICES;
import static io.github.wnet4j.conformance.Capability.ENUMERATION;
import static io.github.wnet4j.conformance.Capability.NETWORK_ABSENCE;
import static io.github.wnet4j.conformance.Capability.PERSISTENT_CONNECTIONS;
import static io.github.wnet4j.conformance.Capability.PROVIDER_ERRORS;
import static io.github.wnet4j.conformance.Capability.UNIVERSAL_NAMES;
import static io.github.wnet4j.conformance.ClauseContext.assertThrowsSaying;
import static io.github.wnet4j.conformance.Clauses.SHARE;
import static io.github.wnet4j.conformance.Clauses.needs;
import static io.github.wnet4j.conformance.ConnectionSpec.plain;
import static io.github.wnet4j.conformance.FailureClauses.ACCESS_DENIED;
import static io.github.wnet4j.conformance.FailureClauses.NONE;
import static io.github.wnet4j.conformance.FailureClauses.SESSION_LIMIT;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Clauses for the reads' failures and names: no network (R16), provider errors (R17), case (R18),
 * and the validation every read shares with the cancels (row 15's rules, for the read functions).
 */
final class ReadFailureClauses {
    private ReadFailureClauses() {
    }

    /** Every read, by name, against the drive {@code z}. */
    private static List<Function<ConnectionReader, WNetOutcome>> reads(String z) {
        return List.of(r -> r.getConnection(z), r -> r.connections(), r -> r.rememberedConnections(),
                r -> r.universalName(z + "\\f.txt"), r -> r.remoteNameInfo(z + "\\f.txt"));
    }

    static void addTo(List<Clause> out) {
        out.add(new Clause("read16.no-network-every-read",
                "Without the network every read answers ERROR_NO_NETWORK, and nothing changes",
                needs(DISK_DEVICES, PERSISTENT_CONNECTIONS, NETWORK_ABSENCE, CONNECTION_LOOKUP, ENUMERATION, UNIVERSAL_NAMES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().persistentToo());
                    t.fixture().setNetworkPresent(false);
                    for (Function<ConnectionReader, WNetOutcome> read : reads(z)) {
                        t.expectRead(t.unchanged(() -> read.apply(t.reader())), ERROR_NO_NETWORK);
                    }
                    t.fixture().setNetworkPresent(true);
                    t.assertConnected(z, share);
                }));
        out.add(new Clause("read17.provider-error-every-read",
                "A failing provider makes every read ERROR_EXTENDED_ERROR with its code, text and name, and nothing changes",
                needs(DISK_DEVICES, PROVIDER_ERRORS, CONNECTION_LOOKUP, ENUMERATION, UNIVERSAL_NAMES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    t.fixture().armProviderErrorAlways(ACCESS_DENIED);
                    for (Function<ConnectionReader, WNetOutcome> read : reads(z)) {
                        WNetOutcome o = t.expectRead(t.unchanged(() -> read.apply(t.reader())), ERROR_EXTENDED_ERROR);
                        assertEquals(Optional.of(ACCESS_DENIED), o.extendedError(), o.describeCall());
                    }
                    t.fixture().disarmProviderError();
                    t.expectRead(t.reader().getConnection(z), NO_ERROR);
                }));
        out.add(new Clause("read17.provider-error-stays-with-its-thread",
                "A read's provider error is read on the thread that got it; another thread's own error stays its own",
                needs(DISK_DEVICES, PROVIDER_ERRORS, CONNECTION_LOOKUP), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    try (var a = new ClauseContext.CallingThread("read-a"); var b = new ClauseContext.CallingThread("read-b")) {
                        t.fixture().armProviderErrorOnce(ACCESS_DENIED);
                        assertEquals(Optional.of(ACCESS_DENIED), a.call(() -> t.reader().getConnection(z)).extendedError());
                        assertEquals(NONE, b.call(() -> t.backend().lastExtendedError()), "a thread that got no error has none");
                        t.fixture().armProviderErrorOnce(SESSION_LIMIT);
                        assertEquals(Optional.of(SESSION_LIMIT), b.call(() -> t.reader().connections()).extendedError());
                        assertEquals(ACCESS_DENIED, a.call(() -> t.backend().lastExtendedError()), "thread a keeps its own");
                        t.expectRead(t.reader().getConnection(z), NO_ERROR);
                    }
                }));
        out.add(new Clause("read18.names-compare-case-insensitively-and-come-back-as-made",
                "A lower-case device finds the drive, and the remote name comes back spelled as it was made, in every read",
                needs(DISK_DEVICES, CONNECTION_LOOKUP, ENUMERATION, UNIVERSAL_NAMES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    String lower = ClauseContext.lower(z);
                    t.unchanged(() -> {
                        assertEquals(Optional.of(share), t.expectRead(t.reader().getConnection(lower), NO_ERROR).remoteName());
                        assertEquals(Optional.of(share + "\\Dir\\F.txt"),
                                t.expectRead(t.reader().universalName(lower + "\\Dir\\F.txt"), NO_ERROR).universalName());
                        t.assertListed(t.reader().connections(), t.entry(z, share));
                        return null;
                    });
                }));
        out.add(new Clause("read18.non-ascii-remote-name-round-trips",
                "A remote name with non-ASCII and supplementary characters comes back unchanged from every read",
                needs(DISK_DEVICES, ARBITRARY_REMOTE_NAMES, CONNECTION_LOOKUP, ENUMERATION, UNIVERSAL_NAMES), t -> {
                    String z = t.device("Z:"), remote = t.remote("\\\\s\u00EBrver\\\u5171\u6709\uD83D\uDE00");
                    t.connect(z, remote, plain());
                    t.unchanged(() -> {
                        assertEquals(Optional.of(remote), t.expectRead(t.reader().getConnection(z), NO_ERROR).remoteName());
                        assertEquals(Optional.of(remote + "\\stra\u00DFe"),
                                t.expectRead(t.reader().remoteNameInfo(z + "\\stra\u00DFe"), NO_ERROR).universalName());
                        t.assertListed(t.reader().connections(), t.entry(z, remote));
                        return null;
                    });
                }));
        validation(out);
    }

    /** Row 15's rules for the read functions: refused before any backend runs, as for the cancels. */
    private static void validation(List<Clause> out) {
        List<String[]> bad = List.of(
                new String[] {"empty", "", "must not be empty"},
                new String[] {"nul", "Z:\u0000\\\\evil\\share", "U+0000 at index 2"},
                new String[] {"lone-surrogate", "Z:\\\uD83D", "unpaired high surrogate"},
                new String[] {"too-long", "Z:\\" + "x".repeat(32_765), "Windows accepts at most 32767"});
        for (String[] rule : bad) {
            out.add(new Clause("row15.read." + rule[0],
                    "Every read function refuses a name that is " + rule[0].replace('-', ' ') + " before any backend runs",
                    needs(), t -> {
                        for (Function<ConnectionReader, WNetOutcome> read : List.<Function<ConnectionReader, WNetOutcome>>of(
                                r -> r.getConnection(rule[1]), r -> r.universalName(rule[1]), r -> r.remoteNameInfo(rule[1]))) {
                            assertThrowsSaying(IllegalArgumentException.class, () -> read.apply(t.reader()), rule[2]);
                        }
                        t.assertNoReadReachedTheBackend();
                    }));
        }
        out.add(new Clause("row15.read.null",
                "Every read function refuses a null name with a NullPointerException before any backend runs",
                needs(), t -> {
                    assertThrowsSaying(NullPointerException.class, () -> t.reader().getConnection(null), "must not be null");
                    assertThrowsSaying(NullPointerException.class, () -> t.reader().universalName(null), "must not be null");
                    assertThrowsSaying(NullPointerException.class, () -> t.reader().remoteNameInfo(null), "must not be null");
                    t.assertNoReadReachedTheBackend();
                }));
    }
}
