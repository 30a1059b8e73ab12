package io.github.wnet4j.reliability;

import io.github.wnet4j.BehaviourProfile;
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
 */
class FakeLinearizabilityTest {

    /**
     * Scenarios (parallel executions of generated operations) per profile and mode. Model checking is
     * the costly mode (every monitor is a switch point, and a snapshot or the journal takes all 36), so
     * it runs fewer: the pair keeps this class within tens of seconds on the 2-core build machine.
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
        private final FakeLogon logon;

        Operations(BehaviourProfile profile) {
            INVOCATIONS.incrementAndGet();
            logon = FakeLogon.create(profile)
                    .connectDevice("Z:", "\\\\srv\\share", o -> o.persistent().openFiles(1))
                    .connectDevice("Y:", "\\\\srv\\data", o -> o.usedByProcess())
                    .connectDeviceless("\\\\srv\\share")
                    .connectDeviceless("\\\\srv\\straße")
                    .remember("X:", "\\\\srv\\old");
        }

        @Operation
        public String cancelConnection2(@Param(gen = IntGen.class, conf = "0:7") int name, boolean updateProfile, boolean force) {
            return describe(logon.canceller().cancelConnection2(CALL_NAMES.get(name),
                    updateProfile ? Set.of(CancelFlag.CONNECT_UPDATE_PROFILE) : Set.of(), force));
        }

        @Operation
        public String cancelConnection(@Param(gen = IntGen.class, conf = "0:7") int name, boolean force) {
            return describe(logon.canceller().cancelConnection(CALL_NAMES.get(name), force));
        }

        @Operation
        public String connectDevice(@Param(gen = IntGen.class, conf = "0:3") int device,
                                    @Param(gen = IntGen.class, conf = "0:3") int remoteName, boolean persistent) {
            return seeding(() -> logon.connectDevice(DEVICES.get(device), REMOTE_NAMES.get(remoteName), o -> {
                if (persistent) {
                    o.persistent();
                }
            }));
        }

        @Operation
        public String connectDeviceless(@Param(gen = IntGen.class, conf = "0:3") int remoteName, boolean openFile) {
            return seeding(() -> logon.connectDeviceless(REMOTE_NAMES.get(remoteName), o -> o.openFiles(openFile ? 1 : 0)));
        }

        @Operation
        public String remember(@Param(gen = IntGen.class, conf = "0:3") int device, @Param(gen = IntGen.class, conf = "0:3") int remoteName) {
            return seeding(() -> logon.remember(DEVICES.get(device), REMOTE_NAMES.get(remoteName)));
        }

        @Operation
        public String openFiles(@Param(gen = IntGen.class, conf = "0:3") int device, @Param(gen = IntGen.class, conf = "0:2") int count) {
            return seeding(() -> logon.openFiles(DEVICES.get(device), count));
        }

        @Operation
        public void nextLogon() {
            logon.nextLogon();
        }

        @Operation
        public void networkPresent(boolean present) {
            logon.networkPresent(present);
        }

        @Operation
        public void profileFault(@Param(gen = IntGen.class, conf = "0:2") int fault) {
            switch (fault) {
                case 0 -> logon.clearProfileFault();
                case 1 -> logon.armProfileFault(ProfileFault.CANNOT_OPEN);
                default -> logon.armProfileFault(ProfileFault.MALFORMED);
            }
        }

        @Operation
        public void providerError(@Param(gen = IntGen.class, conf = "0:3") int how) {
            ProviderError error = ProviderError.of(DENIED);
            switch (how) {
                case 0 -> logon.disarmProviderError();
                case 1 -> logon.armProviderError(error.once());
                case 2 -> logon.armProviderError(error.afterCalls(1));
                default -> logon.armProviderError(error.always());
            }
        }

        @Operation
        public LogonState snapshot() {
            return logon.snapshot();
        }

        /** The journal without what differs between a concurrent and a sequential run: numbers and thread names. */
        @Operation
        public List<String> journal() {
            return logon.journal().stream().map(Operations::describe).toList();
        }

        // Each query is its own operation: a query is atomic, a run of them is not.

        @Operation
        public boolean isConnected(@Param(gen = IntGen.class, conf = "0:3") int device) {
            return logon.isConnected(DEVICES.get(device));
        }

        @Operation
        public Optional<String> remoteNameOf(@Param(gen = IntGen.class, conf = "0:3") int device) {
            return logon.remoteNameOf(DEVICES.get(device));
        }

        @Operation
        public Optional<String> rememberedRemoteName(@Param(gen = IntGen.class, conf = "0:3") int device) {
            return logon.rememberedRemoteName(DEVICES.get(device));
        }

        @Operation
        public int openFilesOf(@Param(gen = IntGen.class, conf = "0:7") int name) {
            return logon.openFiles(CALL_NAMES.get(name));
        }

        @Operation
        public boolean hasDevicelessConnection(@Param(gen = IntGen.class, conf = "0:3") int remoteName) {
            return logon.hasDevicelessConnection(REMOTE_NAMES.get(remoteName));
        }

        @Operation
        public String connections() {
            return logon.connections().toString();
        }

        // The reads: each is one atomic step of the logon, journaled like a cancel.

        @Operation
        public String getConnection(@Param(gen = IntGen.class, conf = "0:7") int name) {
            LookupOutcome o = logon.reader().getConnection(CALL_NAMES.get(name));
            return describe(o) + o.remoteName().map(r -> " " + r).orElse("");
        }

        /** The current connections; an enumeration is a snapshot of one moment (R11), so its entries are compared in order. */
        @Operation
        public String enumerateConnected() {
            ListingOutcome o = logon.reader().connections();
            return describe(o) + " " + o.connections();
        }

        @Operation
        public String enumerateRemembered() {
            ListingOutcome o = logon.reader().rememberedConnections();
            return describe(o) + " " + o.connections();
        }

        @Operation
        public String universalName(@Param(gen = IntGen.class, conf = "0:3") int path, boolean remoteLevel) {
            String p = PATHS.get(path);
            UniversalNameOutcome o = remoteLevel ? logon.reader().remoteNameInfo(p) : logon.reader().universalName(p);
            return describe(o) + " " + o.universalName().orElse("-") + " " + o.connectionName().orElse("-") + " "
                    + o.remainingPath().orElse("-");
        }

        private static String describe(WNetOutcome outcome) {
            return outcome.code() + outcome.extendedError().map(e -> " " + e).orElse("");
        }

        private static String describe(JournalEntry e) {
            return e.function() + " " + e.name() + " " + e.flags() + " " + e.force() + " " + e.code()
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

    /** Under {@link BehaviourProfile#documented()}. */
    public static final class Documented extends Operations {
        /** For Lincheck. */
        public Documented() {
            super(BehaviourProfile.documented());
        }
    }

    /** Under {@link BehaviourProfile#legacyDocumentation()}. */
    public static final class LegacyDocumentation extends Operations {
        /** For Lincheck. */
        public LegacyDocumentation() {
            super(BehaviourProfile.legacyDocumentation());
        }
    }

    /** Under {@link BehaviourProfile#forceOverridesInUse()}. */
    public static final class ForceOverridesInUse extends Operations {
        /** For Lincheck. */
        public ForceOverridesInUse() {
            super(BehaviourProfile.forceOverridesInUse());
        }
    }

    /** Every disputed point read the other way from the documented profile. */
    public static final class EveryPointReversed extends Operations {
        /** For Lincheck. */
        public EveryPointReversed() {
            // The documented profile reads rows 1, 3 and 9 as: no flags, deviceless only, force does not override.
            super(ModelSequences.combination(true, BehaviourProfile.RemoteNameScope.ALL_CONNECTIONS, true));
        }
    }

    static final List<Class<? extends Operations>> PROFILES =
            List.of(Documented.class, LegacyDocumentation.class, ForceOverridesInUse.class, EveryPointReversed.class);

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
                .add("linearizability: fake", "linearizability scenarios checked (" + PROFILES.size() + " profiles; by mode "
                        + byMode + "; Lincheck)", total)
                .add("linearizability: fake", "logons made (every run of a scenario, and the sequential runs that verify it)", INVOCATIONS.get())
                .write();
    }
}
