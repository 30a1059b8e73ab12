package io.github.wnet4j.reliability;

import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectOutcome;
import io.github.wnet4j.Credentials;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.WNet;
import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.fake.LogonState;
import io.github.wnet4j.fake.ProviderError;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs connect sequences ({@link ConnectSteps}) on the {@link ConnectReferenceModel} and on each subject (a
 * fake logon and the door that reaches it: the fake's own, or a native backend over the C double serving
 * it), comparing after every step the outcome (code, what was connected, the holders listed on 1219, the
 * provider's error on 1208) and the state (devices, deviceless connections, remembered entries), and
 * checking the invariants: a failed connect changes nothing (C21, "A call that fails changes nothing");
 * the credentials in use end with the last connection that holds them (C10, "The conflict ends"); each
 * call is journaled; no password is in any outcome's, request's or journal entry's text.
 */
final class ConnectHarness {

    /** What the steps ran, for the figures. */
    static final class Tally {
        long sequences;
        long steps;
        long connects;
        long connected;
        long conflicts;
        long failedUnchanged;
        long serversReleased;
        /** Steps that moved the calls into the elevated twin (C19). */
        long elevatedSteps;
        /** Sequences with a linked and with an unlinked elevated twin. */
        long linked;
        long unlinked;
    }

    /** A fake logon and the door the calls go through. */
    record Subject(String label, FakeLogon logon, WNet door) {
        static Subject direct(FakeLogon logon) {
            return new Subject("fake", logon, logon.wnet());
        }
    }

    static final ExtendedError PROVIDER_ERROR = new ExtendedError(64, "Der Netzwerkname ist nicht mehr verfügbar", "Microsoft Windows Network");

    private final ConnectReferenceModel model;
    /** The subjects the calls reach now: those of the session the steps are in. */
    private List<Subject> subjects;
    /** With an elevated twin: the fake's sessions, the desktop's first, each compared with the model after every step. */
    private final List<Subject> sessions;
    private final Tally tally;
    private final List<String> done = new ArrayList<>();

    private ConnectHarness(BehaviourProfile profile, List<Subject> subjects, List<Subject> sessions, Tally tally) {
        this.model = new ConnectReferenceModel(profile);
        this.subjects = List.copyOf(subjects);
        this.sessions = List.copyOf(sessions);
        this.tally = tally;
        subjects.forEach(s -> s.logon().network(ConnectSteps.NETWORK));
    }

    /** Runs a sequence (in one session) on a fresh harness over these subjects. */
    static void run(ConnectSteps.Sequence sequence, List<Subject> subjects, Tally tally) {
        run(sequence, new ConnectHarness(sequence.profile(), subjects, List.of(), tally));
    }

    /** Runs a sequence on a fresh fake user: its desktop session and, unless the sequence has none, its elevated twin. */
    static void runOnFake(ConnectSteps.Sequence sequence, Tally tally) {
        FakeLogon desktop = FakeLogon.create(sequence.profile());
        if (sequence.twin() == ModelSequences.Twin.NONE) {
            run(sequence, List.of(Subject.direct(desktop)), tally);
            return;
        }
        boolean linked = sequence.twin() == ModelSequences.Twin.LINKED;
        FakeLogon elevated = linked ? desktop.elevatedLinked() : desktop.elevated();
        Subject first = new Subject("fake desktop", desktop, desktop.wnet());
        ConnectHarness h = new ConnectHarness(sequence.profile(), List.of(first), List.of(first,
                new Subject("fake elevated " + sequence.twin(), elevated, elevated.wnet())), tally);
        h.model.addElevatedTwin(linked);
        synchronized (tally) {
            if (linked) {
                tally.linked++;
            } else {
                tally.unlinked++;
            }
        }
        run(sequence, h);
    }

    private static void run(ConnectSteps.Sequence sequence, ConnectHarness h) {
        sequence.steps().forEach(h::apply);
        synchronized (h.tally) {
            h.tally.sequences++;
        }
    }

    void apply(ConnectSteps.Step step) {
        done.add(step.toString());
        tally.steps++;
        Set<String> heldBefore = model.serversHeld();
        if (step instanceof ConnectSteps.Connect c) {
            connect(c);
        } else if (step instanceof ConnectSteps.Cancel c) {
            cancel(c);
        } else if (step instanceof ConnectSteps.NetworkPresent n) {
            model.networkPresent = n.present();
            each(s -> s.logon().networkPresent(n.present()));
        } else if (step instanceof ConnectSteps.Busy b) {
            model.busy = b.busy();
            each(s -> s.logon().network(ConnectSteps.NETWORK.withBusy(b.busy())));
        } else if (step instanceof ConnectSteps.ProviderFails) {
            model.providerError = PROVIDER_ERROR;
            each(s -> s.logon().armProviderError(ProviderError.of(PROVIDER_ERROR).once()));
        } else if (step instanceof ConnectSteps.Fault f) {
            model.profileFault = f.fault() == null ? 0 : f.fault().code().value();
            each(s -> {
                if (f.fault() == null) {
                    s.logon().clearProfileFault();
                } else {
                    s.logon().armProfileFault(f.fault());
                }
            });
        } else if (step instanceof ConnectSteps.NextLogon) {
            model.nextLogon();
            each(s -> s.logon().nextLogon());
        } else if (step instanceof ConnectSteps.UseSession) {
            int next = subjects.get(0) == sessions.get(0) ? 1 : 0;
            subjects = List.of(sessions.get(next));
            model.select(next);
            if (next == 1) {
                tally.elevatedSteps++;
            }
        } else {
            throw new AssertionError("unknown step " + step);
        }
        for (int i = 0; i < model.sessions(); i++) {
            assertEquals(model.in(i, model::serversHeld), model.in(i, () -> Set.copyOf(model.inUse.keySet())),
                    where("C10: the model holds credentials for exactly the servers some live connection of session " + i + " holds"));
        }
        Set<String> released = new LinkedHashSet<>(heldBefore);
        released.removeAll(model.serversHeld());
        tally.serversReleased += released.size();
        for (Subject s : subjects) {
            assertEquals(model.view(), ModelHarness.view(s.logon().snapshot()), where(s, "state after the step"));
        }
        for (int i = 0; i < sessions.size(); i++) {
            int session = i;
            assertEquals(model.in(i, model::view), ModelHarness.view(sessions.get(i).logon().snapshot()),
                    where(sessions.get(session), "the session's state after the step"));
        }
    }

    private void each(Consumer<Subject> action) {
        subjects.forEach(action);
    }

    private void connect(ConnectSteps.Connect c) {
        tally.connects++;
        ConnectSteps.Cred cred = c.cred();
        boolean print = c.kind() == ConnectSteps.Kind.ANY_FREE_PRINT
                || c.named() != null && ReferenceModel.device(c.named()).filter(d -> d.startsWith("LPT")).isPresent();
        String pick = c.kind() == ConnectSteps.Kind.ANY_FREE ? "DISK" : c.kind() == ConnectSteps.Kind.ANY_FREE_PRINT ? "PRINT" : null;
        boolean remember = c.remembered() || c.legacy() && c.named() != null && !model.profile.legacyAddTemporary();
        ConnectReferenceModel.Answer expected = model.connect(c.named(), pick, print, c.remoteName(), cred.user, cred.password, remember);
        if (expected.code() == 0) {
            tally.connected++;
        } else if (expected.code() == ConnectReferenceModel.CREDENTIAL_CONFLICT) {
            tally.conflicts++;
        }
        for (Subject s : subjects) {
            LogonState before = s.logon().snapshot();
            int journalBefore = s.logon().journal().size();
            ConnectOutcome outcome;
            try (Credentials credentials = cred.make()) {
                outcome = s.door().connect(c.request(credentials));
            }
            assertEquals(expected.code(), outcome.code(), where(s, "code of " + outcome.describeCall()));
            assertEquals(expected.accessName(), outcome.accessName(), where(s, "what was connected"));
            assertEquals(expected.heldBy(), holders(outcome), where(s, "the connections listed as holding the server on 1219"));
            assertEquals(expected.extendedError(), outcome.extendedError(), where(s, "the provider's error"));
            if (!outcome.isSuccess()) {
                assertEquals(before, s.logon().snapshot(), where(s, "C21: a failed connect changed the state"));
            }
            List<io.github.wnet4j.fake.JournalEntry> calls = s.logon().journal().subList(journalBefore, s.logon().journal().size())
                    .stream().filter(e -> e.function().isConnect()).toList();
            assertEquals(1, calls.size(), where(s, "the connect call is journaled once: " + calls));
            assertEquals(outcome.function(), calls.get(0).function(), where(s, "the journaled function"));
            assertEquals(outcome.code(), calls.get(0).code(), where(s, "the journaled code"));
            PasswordLeakTest.assertNoPassword(outcome.toString(), where(s, "the outcome's text"));
            PasswordLeakTest.assertNoPassword(outcome.request().toString(), where(s, "the request's text"));
            PasswordLeakTest.assertNoPassword(outcome.describe(), where(s, "the outcome's description"));
            s.logon().journal().subList(journalBefore, s.logon().journal().size())
                    .forEach(e -> PasswordLeakTest.assertNoPassword(e.toString(), where(s, "the journal")));
        }
        if (expected.code() != 0) {
            tally.failedUnchanged++; // every subject's state was compared before and after
        }
    }

    private static Set<String> holders(ConnectOutcome outcome) {
        Set<String> out = new LinkedHashSet<>();
        outcome.serverHeldBy().forEach(n -> out.add(n.device().map(d -> ReferenceModel.device(d).orElse(d) + " ").orElse("")
                + "-> " + ReferenceModel.key(n.remoteName())));
        return out;
    }

    private void cancel(ConnectSteps.Cancel c) {
        ConnectReferenceModel.Answer expected = model.cancel(c.name(), c.updateProfile());
        Set<CancelFlag> flags = c.updateProfile() ? Set.of(CancelFlag.CONNECT_UPDATE_PROFILE) : Set.of();
        for (Subject s : subjects) {
            CancelOutcome outcome = s.door().cancelConnection2(c.name(), flags, false);
            assertEquals(expected.code(), outcome.code(), where(s, "code of the cancel"));
            assertEquals(expected.extendedError(), outcome.extendedError(), where(s, "the provider's error"));
        }
    }

    private String where(String what) {
        return what + " [" + model.profile.name() + ", after " + done.size() + " steps: " + String.join("; ", done) + "]";
    }

    private String where(Subject s, String what) {
        return where(what + " (" + s.label() + ")");
    }
}
