package io.github.wnet4j.reliability;

import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.ListingOutcome;
import io.github.wnet4j.ReadArgument;
import io.github.wnet4j.LookupOutcome;
import io.github.wnet4j.NetworkConnection;
import io.github.wnet4j.ResourceType;
import io.github.wnet4j.UniversalNameOutcome;
import io.github.wnet4j.WNetFunction;
import io.github.wnet4j.WNetOutcome;
import io.github.wnet4j.fake.JournalEntry;
import io.github.wnet4j.fake.LogonState;
import io.github.wnet4j.reliability.ModelHarness.Subject;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The read steps of {@link ModelHarness}: each read through every subject's {@code ConnectionReader}
 * against the reference model's own reading of rows R1-R18, and the invariants of any read: a name the
 * api rejects throws the documented exception, reaches no backend (nothing journaled) and changes
 * nothing; a read that runs changes nothing and is journaled once, as made and answered.
 */
final class ModelReads {

    /** The provider every entry names (R10); the model's own constant. */
    static final String PROVIDER = "Microsoft Windows Network";

    private ModelReads() {
    }

    /** What a read answered, in the model's terms, and how the journal records it. */
    private record Seen(int code, Object answer, ExtendedError extendedError) {
    }

    static void apply(Op.Read read, ReferenceModel model, List<Subject> subjects, List<LogonState> before,
                      List<Integer> journalBefore, BiFunction<Subject, String, String> where) {
        String name = read instanceof Op.GetConnection g ? g.name()
                : read instanceof Op.UniversalName u ? u.path() : null;
        Class<? extends RuntimeException> rejected = read instanceof Op.Enumerate ? null : ReferenceModel.rejection(name);
        // The model answers once per step: a read counts toward an armed provider error, like a call.
        Seen expected = rejected != null ? null : expected(read, model);
        for (int i = 0; i < subjects.size(); i++) {
            Subject s = subjects.get(i);
            Function<String, String> at = what -> where.apply(s, what);
            if (rejected != null) {
                assertThrows(rejected, () -> call(read, s), at.apply("the api rejects " + Op.show(name)));
                assertEquals(journalBefore.get(i), s.logon().journal().size(), at.apply("a rejected name reached the backend"));
            } else {
                Seen seen = call(read, s);
                assertEquals(expected, seen, at.apply("the answer of " + read));
                checkJournal(read, s, journalBefore.get(i), seen, at);
            }
            assertEquals(before.get(i), s.logon().snapshot(), at.apply("a read changed the state"));
        }
    }

    private static Seen expected(Op.Read read, ReferenceModel model) {
        if (read instanceof Op.GetConnection g) {
            ReferenceModel.Lookup l = model.getConnection(g.name());
            return new Seen(l.code(), Optional.ofNullable(l.remoteName()), l.extendedError());
        }
        if (read instanceof Op.Enumerate e) {
            ReferenceModel.Listing l = model.enumerate(e.remembered());
            return new Seen(l.code(), l.entries(), l.extendedError());
        }
        Op.UniversalName u = (Op.UniversalName) read;
        ReferenceModel.Universal v = model.universalName(u.path(), u.remoteLevel());
        return new Seen(v.code(), List.of(Optional.ofNullable(v.universalName()), Optional.ofNullable(v.connectionName()),
                Optional.ofNullable(v.remainingPath())), v.extendedError());
    }

    private static Seen call(Op.Read read, Subject s) {
        if (read instanceof Op.GetConnection g) {
            LookupOutcome o = s.reader().getConnection(g.name());
            assertEquals(g.name(), o.device(), "the device in the outcome");
            return seen(o, o.remoteName());
        }
        if (read instanceof Op.Enumerate e) {
            ListingOutcome o = e.remembered() ? s.reader().rememberedConnections() : s.reader().connections();
            assertEquals(e.remembered() ? ReadArgument.REMEMBERED : ReadArgument.CONNECTED, o.scope(), "the scope in the outcome");
            Set<ReferenceModel.Entry> entries = new HashSet<>();
            for (NetworkConnection c : o.connections()) {
                assertEquals(PROVIDER, c.provider(), "R10: the provider of " + c);
                entries.add(entry(c));
                assertTrue(c.type() == ResourceType.DISK || c.type() == ResourceType.PRINT, "R9: DISK or PRINT: " + c);
            }
            assertEquals(o.connections().size(), entries.size(), "an enumeration lists each connection once: " + o);
            return seen(o, entries);
        }
        Op.UniversalName u = (Op.UniversalName) read;
        UniversalNameOutcome o = u.remoteLevel() ? s.reader().remoteNameInfo(u.path()) : s.reader().universalName(u.path());
        assertEquals(u.path(), o.localPath(), "the path in the outcome");
        return seen(o, List.of(o.universalName(), o.connectionName(), o.remainingPath()));
    }

    /** An enumerated connection in the model's terms. */
    static ReferenceModel.Entry entry(NetworkConnection c) {
        return new ReferenceModel.Entry(c.device().orElse(null), c.remoteName(), c.type() == ResourceType.PRINT);
    }

    private static Seen seen(WNetOutcome outcome, Object answer) {
        return new Seen(outcome.code(), answer, outcome.extendedError().orElse(null));
    }

    /** The journal's last entry is this read, as made and answered, and the only one it added. */
    private static void checkJournal(Op.Read read, Subject s, int journalBefore, Seen seen, Function<String, String> at) {
        List<JournalEntry> journal = s.logon().journal();
        assertEquals(journalBefore + 1, journal.size(), at.apply("the journal records every read, once"));
        JournalEntry last = journal.get(journal.size() - 1);
        WNetFunction function;
        String name;
        int flags;
        if (read instanceof Op.GetConnection g) {
            function = WNetFunction.GET_CONNECTION;
            name = g.name();
            flags = 0;
        } else if (read instanceof Op.Enumerate e) {
            function = WNetFunction.OPEN_ENUM;
            name = e.remembered() ? "RESOURCE_REMEMBERED" : "RESOURCE_CONNECTED";
            flags = 0;                                                          // RESOURCETYPE_ANY
        } else {
            Op.UniversalName u = (Op.UniversalName) read;
            function = WNetFunction.GET_UNIVERSAL_NAME;
            name = u.path();
            flags = u.remoteLevel() ? 2 : 1;                                    // the info level
        }
        assertEquals(List.of(function, name, flags, false, seen.code(), Optional.ofNullable(seen.extendedError())),
                List.of(last.function(), last.name(), last.flags(), last.force(), last.code(),
                        Optional.ofNullable(last.extendedError())), at.apply("the journal entry for " + read));
    }
}
