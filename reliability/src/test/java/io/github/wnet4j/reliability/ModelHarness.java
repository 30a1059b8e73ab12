package io.github.wnet4j.reliability;

import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.ConnectionReader;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.WNetFunction;
import io.github.wnet4j.fake.Connection;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.fake.JournalEntry;
import io.github.wnet4j.fake.LogonState;
import io.github.wnet4j.fake.ProviderError;
import io.github.wnet4j.reliability.ReferenceModel.Answer;
import io.github.wnet4j.reliability.ReferenceModel.Live;
import io.github.wnet4j.reliability.ReferenceModel.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs one sequence of {@link Op}s against the reference model and one or more subjects (a
 * {@link FakeLogon} and the path calls take to it: directly, or through a native backend and the C
 * double), and after every step compares outcome and state with the model, plus the invariants that
 * hold whatever the model says:
 * <ul>
 *   <li>a remembered entry disappears only through a successful call with CONNECT_UPDATE_PROFILE on its device;</li>
 *   <li>a failed call changes nothing;</li>
 *   <li>a remote name never touches the profile;</li>
 *   <li>the journal records every call, exactly as made and answered;</li>
 *   <li>a read changes nothing, and a name the api rejects reaches no backend ({@link ModelReads}).</li>
 * </ul>
 */
final class ModelHarness {

    /** One logon under test and how calls reach it. */
    record Subject(String label, FakeLogon logon, ConnectionCanceller canceller, ConnectionReader reader, WNetBackend spi) {
        static Subject direct(FakeLogon logon) {
            return new Subject("fake", logon, logon.canceller(), logon.reader(), logon.backend());
        }
    }

    /** Counts what a property ran, for the figures. */
    static final class Tally {
        long sequences;
        long steps;
        long calls;
        long reads;
        /** Sequences run with a linked and with an unlinked elevated twin. */
        long linked;
        long unlinked;
        /** Steps made in the elevated twin. */
        long elevatedSteps;
        /** S5's trap met: an elevated CONNECT_UPDATE_PROFILE cancel answered NO_ERROR while the desktop's drive stayed. */
        long traps;
    }

    private static final int UPDATE_PROFILE = CancelFlag.CONNECT_UPDATE_PROFILE.bit();

    private final ReferenceModel model;
    /** The subjects the steps reach now: those of the session the steps are in. */
    private List<Subject> subjects;
    /** With an elevated twin: the fake's sessions, the desktop session first, whose state is checked after every step. */
    private final List<Subject> sessions;
    private final Tally tally;
    private final List<String> done = new ArrayList<>();
    /** Whether the steps are in the elevated twin now. */
    private boolean inElevated;

    ModelHarness(BehaviourProfile profile, List<Subject> subjects, Tally tally) {
        this(profile, subjects, List.of(), tally);
    }

    private ModelHarness(BehaviourProfile profile, List<Subject> subjects, List<Subject> sessions, Tally tally) {
        this.model = new ReferenceModel(profile);
        this.subjects = List.copyOf(subjects);
        this.sessions = List.copyOf(sessions);
        this.tally = tally;
        subjects.forEach(s -> assertEquals(profile, s.logon().profile(), "subject's profile"));
    }

    /** A harness over one fresh fake logon called directly. */
    static ModelHarness overFake(BehaviourProfile profile, Tally tally) {
        return new ModelHarness(profile, List.of(Subject.direct(FakeLogon.create(profile))), tally);
    }

    /**
     * A harness over a fresh fake user's desktop session and, unless {@code twin} is NONE, its
     * elevated twin, linked or not; the steps start in the desktop session.
     */
    static ModelHarness overFake(BehaviourProfile profile, ModelSequences.Twin twin, Tally tally) {
        FakeLogon desktop = FakeLogon.create(profile);
        if (twin == ModelSequences.Twin.NONE) {
            return overFake(profile, tally);
        }
        FakeLogon elevated = twin == ModelSequences.Twin.LINKED ? desktop.elevatedLinked() : desktop.elevated();
        Subject first = new Subject("fake desktop", desktop, desktop.canceller(), desktop.reader(), desktop.backend());
        Subject second = new Subject("fake elevated " + twin, elevated, elevated.canceller(), elevated.reader(), elevated.backend());
        ModelHarness h = new ModelHarness(profile, List.of(first), List.of(first, second), tally);
        h.model.addElevatedTwin(twin == ModelSequences.Twin.LINKED);
        h.inElevated = false;
        if (twin == ModelSequences.Twin.LINKED) {
            tally.linked++;
        } else {
            tally.unlinked++;
        }
        return h;
    }

    /** Applies one step to the model and every subject, and checks everything. */
    void apply(Op op) {
        done.add(op.toString());
        tally.steps++;
        if (inElevated) {
            tally.elevatedSteps++;
        }
        List<LogonState> before = subjects.stream().map(s -> s.logon().snapshot()).toList();
        List<Integer> journalBefore = subjects.stream().map(s -> s.logon().journal().size()).toList();
        boolean call = op instanceof Op.Cancel2 || op instanceof Op.Cancel || op instanceof Op.RawCancel2;
        if (call) {
            tally.calls++;
            applyCall(op, before, journalBefore);
        } else if (op instanceof Op.UseSession u) {
            if (sessions.isEmpty()) {
                throw new AssertionError("a sequence in one session drew " + op);
            }
            inElevated = u.elevated();
            int session = inElevated ? 1 : 0;
            model.use(session);
            subjects = List.of(sessions.get(session));
        } else if (op instanceof Op.Read read) {
            tally.reads++;
            ModelReads.apply(read, model, subjects, before, journalBefore, this::where);
        } else {
            applySeeding(op);
            for (int i = 0; i < subjects.size(); i++) {
                Subject s = subjects.get(i);
                assertEquals(journalBefore.get(i), s.logon().journal().size(), where(s, "seeding must not journal a call"));
                Set<String> lost = new TreeSet<>(before.get(i).rememberedEntries().keySet());
                lost.removeAll(s.logon().snapshot().rememberedEntries().keySet());
                assertEquals(Set.of(), lost, where(s, "remembered entries lost without a call"));
            }
        }
        for (Subject s : subjects) {
            assertEquals(model.view(), view(s.logon().snapshot()), where(s, "state after the step"));
        }
        for (int i = 0; i < sessions.size(); i++) { // the session the step was not in changes only as S1, S4, S5 and S7 say
            Subject s = sessions.get(i);
            assertEquals(model.view(i), view(s.logon().snapshot()), where(s, "session's state after the step"));
        }
        if (subjects.size() > 1) {
            for (Subject s : subjects.subList(1, subjects.size())) {
                assertEquals(subjects.get(0).logon().journal(), s.logon().journal(), where(s, "journal against " + subjects.get(0).label()));
            }
        }
    }

    /** The sequence ended: count it. */
    void finish() {
        tally.sequences++;
    }

    private void applySeeding(Op op) {
        if (op instanceof Op.ConnectDevice c) {
            expectSeeding(model.connectDevice(c.device(), c.remoteName(), c.persistent(), c.openFiles(), c.inUse()),
                    l -> l.connectDevice(c.device(), c.remoteName(), o -> {
                        if (c.persistent()) {
                            o.persistent();
                        }
                        o.openFiles(c.openFiles());
                        if (c.inUse()) {
                            o.usedByProcess();
                        }
                    }));
        } else if (op instanceof Op.ConnectDeviceless c) {
            expectSeeding(model.connectDeviceless(c.remoteName(), c.openFiles(), c.inUse()),
                    l -> l.connectDeviceless(c.remoteName(), o -> {
                        o.openFiles(c.openFiles());
                        if (c.inUse()) {
                            o.usedByProcess();
                        }
                    }));
        } else if (op instanceof Op.Remember r) {
            expectSeeding(model.remember(r.device(), r.remoteName()), l -> l.remember(r.device(), r.remoteName()));
        } else if (op instanceof Op.SetOpenFiles f) {
            expectSeeding(model.changeLive(f.name(), f.count(), null), l -> l.openFiles(f.name(), f.count()));
        } else if (op instanceof Op.SetInUse u) {
            expectSeeding(model.changeLive(u.name(), null, u.inUse()), l -> l.usedByProcess(u.name(), u.inUse()));
        } else if (op instanceof Op.ProfileFaultOp f) {
            model.profileFaultCode = f.fault() == null ? 0 : f.fault().code().value();
            for (Subject s : subjects) {
                if (f.fault() == null) {
                    s.logon().clearProfileFault();
                } else {
                    s.logon().armProfileFault(f.fault());
                }
            }
        } else if (op instanceof Op.ProviderErrorOp p) {
            if (p.how() == null) {
                model.disarmProviderError();
                subjects.forEach(s -> s.logon().disarmProviderError());
            } else {
                model.armProviderError(Op.ACCESS_DENIED, p.how(), p.passingCalls());
                ProviderError base = ProviderError.of(Op.ACCESS_DENIED);
                ProviderError armed = switch (p.how()) {
                    case ONCE -> base.once();
                    case ALWAYS -> base.always();
                    case AFTER_CALLS -> base.afterCalls(p.passingCalls());
                };
                subjects.forEach(s -> s.logon().armProviderError(armed));
            }
        } else if (op instanceof Op.Network n) {
            model.networkPresent = n.present();
            subjects.forEach(s -> s.logon().networkPresent(n.present()));
        } else if (op instanceof Op.NextLogon) {
            model.nextLogon();
            subjects.forEach(s -> s.logon().nextLogon());
        } else {
            throw new AssertionError("not a seeding step: " + op);
        }
    }

    private void expectSeeding(boolean modelAccepts, Consumer<FakeLogon> seed) {
        for (Subject s : subjects) {
            LogonState before = s.logon().snapshot();
            boolean accepted;
            try {
                seed.accept(s.logon());
                accepted = true;
            } catch (IllegalArgumentException rejected) {
                accepted = false;
                assertEquals(before, s.logon().snapshot(), where(s, "a rejected seeding step changed the state"));
            }
            assertEquals(modelAccepts, accepted, where(s, "whether the seeding step is accepted"));
        }
    }

    private void applyCall(Op op, List<LogonState> before, List<Integer> journalBefore) {
        String name;
        int flags;
        boolean force;
        WNetFunction function;
        Answer expected;
        if (op instanceof Op.Cancel2 c) {
            name = c.name();
            flags = c.updateProfile() ? UPDATE_PROFILE : 0;
            force = c.force();
            function = WNetFunction.CANCEL_CONNECTION2;
            expected = model.cancel2(name, flags, force);
        } else if (op instanceof Op.Cancel c) {
            name = c.name();
            flags = CancelFlag.toBits(model.profile.legacyCancelFlags());
            force = c.force();
            function = WNetFunction.CANCEL_CONNECTION;
            expected = model.cancelLegacy(name, force);
        } else if (op instanceof Op.RawCancel2 r) {
            name = r.name();
            flags = r.flags();
            force = r.force();
            function = WNetFunction.CANCEL_CONNECTION2;
            expected = model.cancel2(name, flags, force);
        } else {
            throw new AssertionError("not a call: " + op);
        }
        for (int i = 0; i < subjects.size(); i++) {
            Subject s = subjects.get(i);
            int code;
            ExtendedError extended;
            if (op instanceof Op.RawCancel2) {
                code = s.spi().cancelConnection2(name, flags, force);
                extended = code == ReferenceModel.ERROR_EXTENDED_ERROR ? s.spi().lastExtendedError() : null;
            } else {
                CancelOutcome outcome = op instanceof Op.Cancel
                        ? s.canceller().cancelConnection(name, force)
                        : s.canceller().cancelConnection2(name, flagsOf(flags), force);
                assertEquals(function, outcome.function(), where(s, "function"));
                assertEquals(name, outcome.name(), where(s, "name in the outcome"));
                code = outcome.code();
                extended = outcome.extendedError().orElse(null);
            }
            assertEquals(expected.code(), code, where(s, "code"));
            assertEquals(expected.extendedError(), extended, where(s, "extended error"));
            checkCallInvariants(s, before.get(i), journalBefore.get(i), function, name, flags, force, code, extended);
        }
        Optional<String> device = ReferenceModel.device(name);
        if (inElevated && expected.code() == ReferenceModel.NO_ERROR && (flags & UPDATE_PROFILE) != 0 && device.isPresent()
                && model.view(0).devices().containsKey(device.get()) && !model.view(1).devices().containsKey(device.get())) {
            tally.traps++; // the elevated call "succeeded", and the desktop's drive is still there
        }
    }

    /** The invariants of any call, independent of the model. */
    private void checkCallInvariants(Subject s, LogonState before, int journalBefore, WNetFunction function, String name,
                                     int flags, boolean force, int code, ExtendedError extended) {
        LogonState after = s.logon().snapshot();
        List<JournalEntry> journal = s.logon().journal();
        assertEquals(journalBefore + 1, journal.size(), where(s, "the journal records every call, once"));
        JournalEntry last = journal.get(journal.size() - 1);
        assertEquals(List.of(function, name, flags, force, code, Optional.ofNullable(extended), s.logon().sessionName()),
                List.of(last.function(), last.name(), last.flags(), last.force(), last.code(), Optional.ofNullable(last.extendedError()),
                        last.session()),
                where(s, "the journal entry for the call"));
        if (code != ReferenceModel.NO_ERROR) {
            assertEquals(before, after, where(s, "a failed call changes nothing"));
        }
        if (ReferenceModel.isRemoteName(name)) {
            assertEquals(before.rememberedEntries(), after.rememberedEntries(), where(s, "a remote name never touches the profile"));
        }
        Map<String, String> remembered = after.rememberedEntries();
        Set<String> lost = new TreeSet<>(before.rememberedEntries().keySet());
        lost.removeAll(remembered.keySet());
        Optional<String> device = ReferenceModel.device(name);
        boolean mayForget = code == ReferenceModel.NO_ERROR && (flags & UPDATE_PROFILE) != 0 && device.isPresent();
        assertTrue(lost.isEmpty() || mayForget && lost.equals(Set.of(device.get())),
                where(s, "remembered entries " + lost + " disappeared; only a successful call with CONNECT_UPDATE_PROFILE"
                        + " on the entry's device may forget it"));
        before.rememberedEntries().forEach((dev, remote) -> {
            if (remembered.containsKey(dev)) {
                assertEquals(remote, remembered.get(dev), where(s, "a call changed the remembered remote name of " + dev));
            }
        });
        assertTrue(before.rememberedEntries().keySet().containsAll(remembered.keySet()), where(s, "a call added a remembered entry"));
    }

    /** A fake's snapshot in the model's shape; also checks each connection's persistent flag against the profile. */
    static View view(LogonState state) {
        Map<String, Live> devices = new TreeMap<>();
        for (Connection c : state.deviceConnections()) {
            String dev = c.device().orElseThrow();
            String remembered = state.rememberedEntries().get(dev);
            boolean persistent = remembered != null && ReferenceModel.key(remembered).equals(ReferenceModel.key(c.remoteName()));
            assertEquals(persistent, c.persistent(), () -> "persistent flag of " + c);
            devices.put(dev, new Live(c.remoteName(), c.openFiles(), c.inUse()));
        }
        Map<String, Live> deviceless = new TreeMap<>();
        for (Connection c : state.devicelessConnections()) {
            assertTrue(c.device().isEmpty() && !c.persistent(), () -> "deviceless connection " + c);
            deviceless.put(ReferenceModel.key(c.remoteName()), new Live(c.remoteName(), c.openFiles(), c.inUse()));
        }
        return new View(devices, deviceless, new TreeMap<>(state.rememberedEntries()), state.networkPresent());
    }

    String where(Subject s, String what) {
        return what + " [" + s.label() + ", " + model.profile.name() + ", after " + done.size() + " steps: "
                + String.join("; ", done) + "]";
    }

    @Override
    public String toString() {
        return "ModelHarness[" + model.profile.name() + ", " + subjects.stream().map(Subject::label).toList() + ", "
                + done.size() + " steps]";
    }


    /** The flags a dwFlags value holds (CancelFlag.fromBits is internal to the api). */
    private static java.util.Set<CancelFlag> flagsOf(int bits) {
        return (bits & CancelFlag.CONNECT_UPDATE_PROFILE.bit()) != 0
                ? java.util.Set.of(CancelFlag.CONNECT_UPDATE_PROFILE) : java.util.Set.of();
    }
}
