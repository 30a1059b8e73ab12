package io.github.wnet4j.reliability;

import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.ListingOutcome;
import io.github.wnet4j.LookupOutcome;
import io.github.wnet4j.UniversalNameOutcome;
import io.github.wnet4j.WNetOutcome;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.fake.JournalEntry;
import io.github.wnet4j.fake.LogonState;
import io.github.wnet4j.fake.ProfileFault;
import io.github.wnet4j.fake.ProviderError;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lincheck checks that {@link FakeLogon} is linearizable: every concurrent run of a few threads'
 * mixed operations (both cancels, the reads — lookup, both enumerations, both universal-name levels —,
 * seeding, remembering, next logon, network on and off, profile faults, provider errors, snapshot,
 * journal and the queries) gives results that some sequential order
 * of the same operations gives. Both of Lincheck's modes: model checking (it controls the thread
 * switches and explores interleavings) and stress (real threads). Under each preset profile and one
 * custom profile with every disputed point read the other way.
 *
 * <p>Two sessions of one user: every operation picks the desktop session or its elevated twin, which is
 * unlinked (a device map of its own, S3) under the documented and force-overrides-in-use profiles and
 * linked (one map with the desktop, S4) under legacy-documentation and every point reversed; the journal entries compared name the session of each call. A
 * snapshot, a query or a read is of the session it picks; the profile, faults and network the two share.
 */
class FakeLinearizabilityTest {

    /**
     * Scenarios (parallel executions of generated operations) per profile and mode. Model checking is
     * the costly mode (Lincheck explores the thread switches at every lock and shared access), so it
     * runs fewer: the pair keeps this class within tens of seconds on the 2-core build machine.
     * Linked and unlinked twins take two profiles each rather than every profile twice, which would
     * double the checks or halve the scenarios each gets.
     */
    static final int MODEL_CHECKING_SCENARIOS = 5;
    static final int STRESS_SCENARIOS = 15;
    /** Interleavings explored (model checking) or runs (stress) per scenario. */
    static final int MODEL_CHECKING_INVOCATIONS = 20;
    static final int STRESS_INVOCATIONS = 100;

    private static final Map<String, Long> SCENARIOS = new TreeMap<>();
    private static final AtomicLong INVOCATIONS = new AtomicLong();

    static final List<String> DEVICES = List.of("Z:", "z:", "Y:", "LPT1");
    static final List<String> REMOTE_NAMES = List.of("\\\\srv\\share", "\\\\SRV\\SHARE", "\\\\srv\\data", "\\\\srv\\straße");
    /** What the cancels name: devices, remote names, and one that only String.toUpperCase would match. */
    static final List<String> CALL_NAMES = List.of("Z:", "z:", "Y:", "LPT1", "\\\\srv\\share", "\\\\SRV\\SHARE", "\\\\srv\\straße",
            "\\\\SRV\\STRASSE");
    /** What the universal-name reads ask for: a path on a persistent drive, one on a drive in use, a remembered-only drive, a printer. */
    static final List<String> PATHS = List.of("Z:\\dir\\f.txt", "y:\\", "X:\\a", "LPT1:");
    static final ExtendedError DENIED = new ExtendedError(5, "Zugriff verweigert", "Microsoft Windows Network");

    /**
     * The operations Lincheck runs, over a fresh logon seeded so that calls meet each other: Z:
     * persistent with a file open, Y: in use, a deviceless connection, a remembered-only entry.
     */
    abstract static class Operations {
        private final FakeLogon desktop;
        /** The desktop session's elevated twin, linked or not: every operation picks one of the two sessions. */
        private final FakeLogon elevated;

        Operations(BehaviourProfile profile, boolean linked) {
            INVOCATIONS.incrementAndGet();
            desktop = FakeLogon.create(profile)
                    .connectDevice("Z:", "\\\\srv\\share", o -> o.persistent().openFiles(1))
                    .connectDevice("Y:", "\\\\srv\\data", o -> o.usedByProcess())
                    .connectDeviceless("\\\\srv\\share")
                    .connectDeviceless("\\\\srv\\straße")
                    .remember("X:", "\\\\srv\\old");
            // Unlinked, the twin starts empty (S3), so its cancels meet S5's trap on Z:; linked, it shares the desktop's map (S4).
            elevated = linked ? desktop.elevatedLinked() : desktop.elevated();
        }

        private FakeLogon in(boolean inElevated) {
            return inElevated ? elevated : desktop;
        }

        @Operation
        public String cancelConnection2(boolean inElevated, @Param(gen = IntGen.class, conf = "0:7") int name, boolean updateProfile, boolean force) {
            return describe(in(inElevated).canceller().cancelConnection2(CALL_NAMES.get(name),
                    updateProfile ? Set.of(CancelFlag.CONNECT_UPDATE_PROFILE) : Set.of(), force));
        }

        @Operation
        public String cancelConnection(boolean inElevated, @Param(gen = IntGen.class, conf = "0:7") int name, boolean force) {
            return describe(in(inElevated).canceller().cancelConnection(CALL_NAMES.get(name), force));
        }

        @Operation
        public String connectDevice(boolean inElevated, @Param(gen = IntGen.class, conf = "0:3") int device,
                                    @Param(gen = IntGen.class, conf = "0:3") int remoteName, boolean persistent) {
            return seeding(() -> in(inElevated).connectDevice(DEVICES.get(device), REMOTE_NAMES.get(remoteName), o -> {
                if (persistent) {
                    o.persistent();
                }
            }));
        }

        @Operation
        public String connectDeviceless(boolean inElevated, @Param(gen = IntGen.class, conf = "0:3") int remoteName, boolean openFile) {
            return seeding(() -> in(inElevated).connectDeviceless(REMOTE_NAMES.get(remoteName), o -> o.openFiles(openFile ? 1 : 0)));
        }

        @Operation
        public String remember(boolean inElevated, @Param(gen = IntGen.class, conf = "0:3") int device, @Param(gen = IntGen.class, conf = "0:3") int remoteName) {
            return seeding(() -> in(inElevated).remember(DEVICES.get(device), REMOTE_NAMES.get(remoteName)));
        }

        @Operation
        public String openFiles(boolean inElevated, @Param(gen = IntGen.class, conf = "0:3") int device, @Param(gen = IntGen.class, conf = "0:2") int count) {
            return seeding(() -> in(inElevated).openFiles(DEVICES.get(device), count));
        }

        @Operation
        public void nextLogon(boolean inElevated) {
            in(inElevated).nextLogon();
        }

        @Operation
        public void networkPresent(boolean inElevated, boolean present) {
            in(inElevated).networkPresent(present);
        }

        @Operation
        public void profileFault(boolean inElevated, @Param(gen = IntGen.class, conf = "0:2") int fault) {
            switch (fault) {
                case 0 -> in(inElevated).clearProfileFault();
                case 1 -> in(inElevated).armProfileFault(ProfileFault.CANNOT_OPEN);
                default -> in(inElevated).armProfileFault(ProfileFault.MALFORMED);
            }
        }

        @Operation
        public void providerError(boolean inElevated, @Param(gen = IntGen.class, conf = "0:3") int how) {
            ProviderError error = ProviderError.of(DENIED);
            switch (how) {
                case 0 -> in(inElevated).disarmProviderError();
                case 1 -> in(inElevated).armProviderError(error.once());
                case 2 -> in(inElevated).armProviderError(error.afterCalls(1));
                default -> in(inElevated).armProviderError(error.always());
            }
        }

        @Operation
        public LogonState snapshot(boolean inElevated) {
            return in(inElevated).snapshot();
        }

        /** The journal without what differs between a concurrent and a sequential run: numbers and thread names. */
        @Operation
        public List<String> journal(boolean inElevated) {
            return in(inElevated).journal().stream().map(Operations::describe).toList();
        }

        // Each query is its own operation: a query is atomic, a run of them is not.

        @Operation
        public boolean isConnected(boolean inElevated, @Param(gen = IntGen.class, conf = "0:3") int device) {
            return in(inElevated).isConnected(DEVICES.get(device));
        }

        @Operation
        public Optional<String> remoteNameOf(boolean inElevated, @Param(gen = IntGen.class, conf = "0:3") int device) {
            return in(inElevated).remoteNameOf(DEVICES.get(device));
        }

        @Operation
        public Optional<String> rememberedRemoteName(boolean inElevated, @Param(gen = IntGen.class, conf = "0:3") int device) {
            return in(inElevated).rememberedRemoteName(DEVICES.get(device));
        }

        @Operation
        public int openFilesOf(boolean inElevated, @Param(gen = IntGen.class, conf = "0:7") int name) {
            return in(inElevated).openFiles(CALL_NAMES.get(name));
        }

        @Operation
        public boolean hasDevicelessConnection(boolean inElevated, @Param(gen = IntGen.class, conf = "0:3") int remoteName) {
            return in(inElevated).hasDevicelessConnection(REMOTE_NAMES.get(remoteName));
        }

        @Operation
        public String connections(boolean inElevated) {
            return in(inElevated).connections().toString();
        }

        // The reads: each is one atomic step of the logon, journaled like a cancel.

        @Operation
        public String getConnection(boolean inElevated, @Param(gen = IntGen.class, conf = "0:7") int name) {
            LookupOutcome o = in(inElevated).reader().getConnection(CALL_NAMES.get(name));
            return describe(o) + o.remoteName().map(r -> " " + r).orElse("");
        }

        /** The current connections; an enumeration is a snapshot of one moment (R11), so its entries are compared in order. */
        @Operation
        public String enumerateConnected(boolean inElevated) {
            ListingOutcome o = in(inElevated).reader().connections();
            return describe(o) + " " + o.connections();
        }

        @Operation
        public String enumerateRemembered(boolean inElevated) {
            ListingOutcome o = in(inElevated).reader().rememberedConnections();
            return describe(o) + " " + o.connections();
        }

        @Operation
        public String universalName(boolean inElevated, @Param(gen = IntGen.class, conf = "0:3") int path, boolean remoteLevel) {
            String p = PATHS.get(path);
            UniversalNameOutcome o = remoteLevel ? in(inElevated).reader().remoteNameInfo(p) : in(inElevated).reader().universalName(p);
            return describe(o) + " " + o.universalName().orElse("-") + " " + o.connectionName().orElse("-") + " "
                    + o.remainingPath().orElse("-");
        }

        private static String describe(WNetOutcome outcome) {
            return outcome.code() + outcome.extendedError().map(e -> " " + e).orElse("");
        }

        private static String describe(JournalEntry e) {
            return e.session() + " " + e.function() + " " + e.name() + " " + e.flags() + " " + e.force() + " " + e.code()
                    + Optional.ofNullable(e.extendedError()).map(x -> " " + x).orElse("");
        }

        /** A seeding step's result: done, or the refusal's message (a refused step must change nothing, as the snapshots check). */
        private static String seeding(Runnable step) {
            try {
                step.run();
                return "done";
            } catch (IllegalArgumentException refused) {
                return "refused: " + refused.getMessage();
            }
        }
    }

    /** Under {@link BehaviourProfile#documented()}, the twin unlinked. */
    public static final class Documented extends Operations {
        /** For Lincheck. */
        public Documented() {
            super(BehaviourProfile.documented(), false);
        }
    }

    /** Under {@link BehaviourProfile#legacyDocumentation()}, the twin linked. */
    public static final class LegacyDocumentationLinked extends Operations {
        /** For Lincheck. */
        public LegacyDocumentationLinked() {
            super(BehaviourProfile.legacyDocumentation(), true);
        }
    }

    /** Under {@link BehaviourProfile#forceOverridesInUse()}, the twin unlinked. */
    public static final class ForceOverridesInUse extends Operations {
        /** For Lincheck. */
        public ForceOverridesInUse() {
            super(BehaviourProfile.forceOverridesInUse(), false);
        }
    }

    /** The documented profile reads rows 1, 3 and 9 as: no flags, deviceless only, force does not override. */
    static BehaviourProfile everyPointReversed() {
        return ModelSequences.combination(true, BehaviourProfile.RemoteNameScope.ALL_CONNECTIONS, true);
    }

    /** Every disputed point read the other way from the documented profile, the twin linked. */
    public static final class EveryPointReversedLinked extends Operations {
        /** For Lincheck. */
        public EveryPointReversedLinked() {
            super(everyPointReversed(), true);
        }
    }

    /** The presets and every point reversed, the elevated twin unlinked (S3) under two and linked (S4) under the other two. */
    static final List<Class<? extends Operations>> PROFILES = List.of(Documented.class, LegacyDocumentationLinked.class,
            ForceOverridesInUse.class, EveryPointReversedLinked.class);

    @Test
    void modelChecking() {
        for (Class<? extends Operations> profile : PROFILES) { // the presets and every point reversed
            new ModelCheckingOptions()
                    .iterations(MODEL_CHECKING_SCENARIOS)
                    .invocationsPerIteration(MODEL_CHECKING_INVOCATIONS)
                    .threads(2)
                    .actorsPerThread(3)
                    .actorsBefore(2)
                    .actorsAfter(1)
                    .check(profile);
            count("model checking", MODEL_CHECKING_SCENARIOS);
        }
    }

    @Test
    void stress() {
        for (Class<? extends Operations> profile : PROFILES) {
            new StressOptions()
                    .iterations(STRESS_SCENARIOS)
                    .invocationsPerIteration(STRESS_INVOCATIONS)
                    .threads(3)
                    .actorsPerThread(3)
                    .actorsBefore(2)
                    .actorsAfter(1)
                    .check(profile);
            count("stress", STRESS_SCENARIOS);
        }
    }

    private static void count(String mode, long scenarios) {
        synchronized (SCENARIOS) {
            SCENARIOS.merge(mode, scenarios, Long::sum);
        }
    }

    @AfterAll
    static void writeFigures() {
        long total;
        String byMode;
        synchronized (SCENARIOS) {
            total = SCENARIOS.values().stream().mapToLong(Long::longValue).sum();
            byMode = SCENARIOS.toString();
        }
        Figures.of("3-linearizability")
                .add("linearizability: fake", "linearizability scenarios checked (" + PROFILES.size() + " profiles, 2 with the elevated twin unlinked"
                        + " and 2 linked, calls from both sessions; by mode "
                        + byMode + "; Lincheck)", total)
                .add("linearizability: fake", "logons made (every run of a scenario, and the sequential runs that verify it)", INVOCATIONS.get())
                .write();
    }
}
