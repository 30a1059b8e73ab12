package io.github.wnet4j.nativetesting;

import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.WNet;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.ConnectionAnswer;
import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.UniversalNameAnswer;
import io.github.wnet4j.spi.BackendProvider;
import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.WNetFunction;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.fake.JournalEntry;
import io.github.wnet4j.fake.LogonState;
import io.github.wnet4j.fake.ProfileFault;
import io.github.wnet4j.fake.ProviderError;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The differential contract every native backend runs: the same scenarios (a seeded logon, a
 * sequence of calls, then every read function on the state left) through each backend named by
 * {@link #backendNames()}, each over a fresh FakeLogon behind the C test double, under every preset
 * profile. The backends must give identical outcomes, reads, journals (what reached the model) and
 * final states, and those must equal what the model gives when called directly, without any native
 * boundary. One list of scenarios serves every backend, so they cannot drift apart.
 */
public abstract class NativeDifferentialContract {
    private static final Set<CancelFlag> NO_FLAGS = Set.of();
    private static final Set<CancelFlag> UPDATE_PROFILE = Set.of(CancelFlag.CONNECT_UPDATE_PROFILE);
    private static final ExtendedError ACCESS_DENIED =
            new ExtendedError(0xFFFFFFF0, "Zugriff verweigert: \\\\sërver\\共有 😀", "Réseau Microsoft Windows");

    private static MprDouble mpr;

    /**
     * The providers to compare, by name (found through ServiceLoader: backend packages are not
     * exported); the first is also compared with the model called directly.
     *
     * @return at least two provider names, such as {@code List.of("jna", "jnr")}
     */
    protected abstract List<String> backendNames();

    @BeforeAll
    static void loadTheDouble() {
        assumeTrue(MprDouble.whyUnavailable().isEmpty(), () -> MprDouble.whyUnavailable().orElseThrow());
        mpr = MprDouble.load();
    }

    private List<WNetBackend> backends() {
        List<WNetBackend> backends = new ArrayList<>();
        for (String name : backendNames()) {
            backends.add(java.util.ServiceLoader.load(BackendProvider.class).stream()
                    .map(java.util.ServiceLoader.Provider::get).filter(p -> p.name().equals(name))
                    .findFirst().orElseThrow(() -> new AssertionError("no provider named " + name)).create());
        }
        return backends;
    }

    @AfterAll
    static void noCallBrokeTheAbi() {
        if (mpr != null) {
            mpr.stopServing();
            assertEquals(0, mpr.abiViolations(), "calls the double rejected for breaking the Windows ABI");
        }
    }

    /** One call through the api. */
    record Call(WNetFunction function, String name, Set<CancelFlag> flags, boolean force) {
        static Call cancel2(String name, Set<CancelFlag> flags, boolean force) {
            return new Call(WNetFunction.CANCEL_CONNECTION2, name, flags, force);
        }

        static Call cancel(String name, boolean force) {
            return new Call(WNetFunction.CANCEL_CONNECTION, name, NO_FLAGS, force);
        }

        CancelOutcome on(ConnectionCanceller canceller) {
            return function == WNetFunction.CANCEL_CONNECTION2
                    ? canceller.cancelConnection2(name, flags, force)
                    : canceller.cancelConnection(name, force);
        }
    }

    /** A seeded logon and the calls made on it. */
    record Scenario(String title, Consumer<FakeLogon> seed, List<Call> calls) {
        @Override
        public String toString() {
            return title;
        }
    }

    /** What one backend made of a scenario: the cancels' outcomes, then every read of the state left. */
    record Run(List<CancelOutcome> outcomes, List<Object> reads, List<JournalEntry> journal, LogonState finalState) {
    }

    /**
     * Every read function on the state a scenario left, with the extended error after each 1208:
     * the native path must answer exactly what the model answers directly (whatever the model
     * implements; a model without the read side answers ERROR_NOT_SUPPORTED everywhere).
     */
    private static List<Object> readEverything(WNetBackend backend) {
        List<Object> reads = new ArrayList<>();
        for (String device : List.of("Z:", "Y:", "X:", "W:", "V:", "U:", "T:", "S:", "LPT1:", "\\\\srv\\share", "ZZ:")) {
            ConnectionAnswer answer = backend.getConnection(device);
            reads.add(answer);
            if (answer.code() == ErrorCode.ERROR_EXTENDED_ERROR.value()) {
                reads.add(backend.lastExtendedError());
            }
        }
        for (int scope : new int[] {NetResource.RESOURCE_CONNECTED, NetResource.RESOURCE_REMEMBERED}) {
            EnumerationAnswer answer = backend.enumerate(scope, NetResource.RESOURCETYPE_ANY, 0);
            reads.add(answer);
            if (answer.code() == ErrorCode.ERROR_EXTENDED_ERROR.value()) {
                reads.add(backend.lastExtendedError());
            }
        }
        for (int level : new int[] {UniversalNameAnswer.UNIVERSAL_NAME_INFO_LEVEL, UniversalNameAnswer.REMOTE_NAME_INFO_LEVEL}) {
            UniversalNameAnswer answer = backend.getUniversalName("Z:\\dir\\f.txt", level);
            reads.add(answer);
            if (answer.code() == ErrorCode.ERROR_EXTENDED_ERROR.value()) {
                reads.add(backend.lastExtendedError());
            }
        }
        return reads;
    }

    static List<Scenario> scenarios() {
        return List.of(
                new Scenario("persistent device: flags 0 breaks it, CONNECT_UPDATE_PROFILE forgets it",
                        l -> l.connectDevice("Z:", "\\\\srv\\share", o -> o.persistent()),
                        List.of(Call.cancel2("Z:", NO_FLAGS, false), Call.cancel2("Z:", NO_FLAGS, true),
                                Call.cancel2("z:", UPDATE_PROFILE, false), Call.cancel2("Z:", UPDATE_PROFILE, true))),
                new Scenario("legacy function on persistent and plain devices",
                        l -> l.connectDevice("Y:", "\\\\srv\\share", o -> o.persistent()).connectDevice("X:", "\\\\srv\\other"),
                        List.of(Call.cancel("Y:", false), Call.cancel("X:", true), Call.cancel("Y:", true),
                                Call.cancel2("Y:", UPDATE_PROFILE, false))),
                new Scenario("open files refuse without force, close with it",
                        l -> l.connectDevice("Y:", "\\\\srv\\share", o -> o.openFiles(3)),
                        List.of(Call.cancel2("Y:", NO_FLAGS, false), Call.cancel("Y:", false), Call.cancel("Y:", true))),
                new Scenario("device in use by a process",
                        l -> l.connectDevice("X:", "\\\\srv\\share", o -> o.usedByProcess().openFiles(1)),
                        List.of(Call.cancel2("X:", NO_FLAGS, false), Call.cancel2("X:", UPDATE_PROFILE, true),
                                Call.cancel("X:", true))),
                new Scenario("profile cannot be opened: only calls that update it fail",
                        l -> l.connectDevice("W:", "\\\\srv\\share", o -> o.persistent()).armProfileFault(ProfileFault.CANNOT_OPEN),
                        List.of(Call.cancel2("W:", UPDATE_PROFILE, false), Call.cancel2("W:", NO_FLAGS, false),
                                Call.cancel2("W:", UPDATE_PROFILE, true))),
                new Scenario("malformed profile and a remembered-only entry",
                        l -> l.remember("V:", "\\\\sërver\\共有").armProfileFault(ProfileFault.MALFORMED),
                        List.of(Call.cancel2("V:", UPDATE_PROFILE, true), Call.cancel("V:", false),
                                Call.cancel2("V:", NO_FLAGS, false))),
                new Scenario("remembered-only entry forgotten with CONNECT_UPDATE_PROFILE",
                        l -> l.remember("U:", "\\\\srv\\😀"),
                        List.of(Call.cancel2("U:", NO_FLAGS, true), Call.cancel2("u:", UPDATE_PROFILE, false),
                                Call.cancel2("U:", UPDATE_PROFILE, false))),
                new Scenario("provider error once, with non-ASCII texts",
                        l -> l.connectDevice("Z:", "\\\\srv\\share").armProviderError(ProviderError.of(ACCESS_DENIED).once()),
                        List.of(Call.cancel2("Z:", NO_FLAGS, false), Call.cancel2("Z:", NO_FLAGS, false))),
                new Scenario("provider error always, both functions",
                        l -> l.connectDevice("Z:", "\\\\srv\\share").connectDeviceless("\\\\srv\\share")
                                .armProviderError(ProviderError.of(ACCESS_DENIED).always()),
                        List.of(Call.cancel("Z:", true), Call.cancel2("\\\\srv\\share", UPDATE_PROFILE, false))),
                new Scenario("provider error after one passing call",
                        l -> l.connectDevice("T:", "\\\\srv\\a").connectDevice("S:", "\\\\srv\\b")
                                .armProviderError(ProviderError.of(7, "", "").afterCalls(1)),
                        List.of(Call.cancel2("T:", NO_FLAGS, false), Call.cancel2("S:", NO_FLAGS, true))),
                new Scenario("no network: every name answers ERROR_NO_NETWORK",
                        l -> l.connectDevice("Z:", "\\\\srv\\share", o -> o.persistent()).networkPresent(false),
                        List.of(Call.cancel2("Z:", UPDATE_PROFILE, true), Call.cancel("\\\\sërver\\共有", false),
                                Call.cancel2("nothing", NO_FLAGS, false))),
                new Scenario("non-ASCII and supplementary remote names",
                        l -> l.connectDeviceless("\\\\sërver\\共有").connectDeviceless("\\\\srv\\😀", o -> o.openFiles(2)),
                        List.of(Call.cancel2("\\\\sërver\\共有", NO_FLAGS, false), Call.cancel("\\\\srv\\😀", false),
                                Call.cancel2("\\\\srv\\😀", UPDATE_PROFILE, true), Call.cancel("\\\\sërver\\共有", true))),
                new Scenario("a remote name with a device redirected to it too",
                        l -> l.connectDevice("Z:", "\\\\srv\\share", o -> o.persistent()).connectDeviceless("\\\\srv\\share"),
                        List.of(Call.cancel2("\\\\SRV\\SHARE", UPDATE_PROFILE, false), Call.cancel2("\\\\srv\\share", NO_FLAGS, true),
                                Call.cancel("Z:", false))),
                new Scenario("print device with print jobs",
                        l -> l.connectDevice("LPT1:", "\\\\srv\\printer", o -> o.printJobs(2)),
                        List.of(Call.cancel("LPT1", false), Call.cancel2("lpt1:", NO_FLAGS, true), Call.cancel("LPT1:", true))),
                new Scenario("names that are not devices change nothing",
                        l -> l.connectDevice("Z:", "\\\\srv\\share").connectDeviceless("\\\\srv\\x"),
                        List.of(Call.cancel2("Z:\\", NO_FLAGS, true), Call.cancel2("ZZ:", UPDATE_PROFILE, false),
                                Call.cancel("LPT0:", true), Call.cancel2("\\\\srv\\x\\", NO_FLAGS, false), Call.cancel("Z", false))));
    }

    static Stream<Arguments> scenariosUnderEveryPreset() {
        return BehaviourProfile.presets().stream()
                .flatMap(profile -> scenarios().stream().map(s -> Arguments.of(profile.name(), s)));
    }

    private static Run run(String profile, Scenario scenario, WNetBackend backend) {
        FakeLogon logon = FakeLogon.create(BehaviourProfile.named(profile));
        scenario.seed().accept(logon);
        WNetBackend calls = backend;
        if (backend == null) {
            calls = logon.backend(); // the model itself, no native boundary
        } else {
            mpr.serve(logon.backend());
        }
        ConnectionCanceller canceller = WNet.over("differential", calls);
        List<CancelOutcome> outcomes = new ArrayList<>();
        for (Call call : scenario.calls()) {
            outcomes.add(call.on(canceller));
        }
        List<Object> reads = readEverything(calls);
        return new Run(outcomes, reads, logon.journal(), logon.snapshot());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("scenariosUnderEveryPreset")
    void everyBackendGivesTheSameOutcomesReadsJournalAndFinalState(String profile, Scenario scenario) {
        List<WNetBackend> backends = backends();
        Run first = run(profile, scenario, backends.get(0));
        Run direct = run(profile, scenario, null);
        for (WNetBackend backend : backends.subList(1, backends.size())) {
            Run other = run(profile, scenario, backend);
            assertEquals(first.outcomes(), other.outcomes(), "outcomes");
            assertEquals(first.reads(), other.reads(), "reads of the state left");
            assertEquals(first.journal(), other.journal(), "calls that reached the model");
            assertEquals(first.finalState(), other.finalState(), "final state");
        }
        assertEquals(direct, first, "the native path must not change what the model decides");
        assertEquals(List.of(), mpr.modelFailures(), "exceptions the model threw behind the double");
    }

    @Test
    void theScenariosCoverEveryCodeBothFunctionsBothFlagValuesBothForcesAndNonAsciiNames() {
        List<CancelOutcome> all = new ArrayList<>();
        for (BehaviourProfile profile : BehaviourProfile.presets()) {
            for (Scenario scenario : scenarios()) {
                all.addAll(run(profile.name(), scenario, backends().get(0)).outcomes());
            }
        }
        Set<Integer> codes = all.stream().map(CancelOutcome::code).collect(Collectors.toCollection(TreeSet::new));
        Set<Integer> required = Stream.of(ErrorCode.NO_ERROR, ErrorCode.ERROR_CANNOT_OPEN_PROFILE, ErrorCode.ERROR_BAD_PROFILE,
                        ErrorCode.ERROR_EXTENDED_ERROR, ErrorCode.ERROR_NO_NETWORK, ErrorCode.ERROR_NOT_CONNECTED,
                        ErrorCode.ERROR_OPEN_FILES, ErrorCode.ERROR_DEVICE_IN_USE)
                .map(ErrorCode::value).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(codes.containsAll(required), () -> "codes seen " + codes + ", required " + required);
        assertEquals(EnumSet.of(WNetFunction.CANCEL_CONNECTION2, WNetFunction.CANCEL_CONNECTION), all.stream().map(CancelOutcome::function)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(WNetFunction.class))));
        assertEquals(Set.of(NO_FLAGS, UPDATE_PROFILE), all.stream().filter(o -> o.function() == WNetFunction.CANCEL_CONNECTION2)
                .map(CancelOutcome::flags).collect(Collectors.toSet()));
        for (WNetFunction function : EnumSet.of(WNetFunction.CANCEL_CONNECTION2, WNetFunction.CANCEL_CONNECTION)) {
            assertEquals(Set.of(false, true), all.stream().filter(o -> o.function() == function)
                    .map(CancelOutcome::force).collect(Collectors.toSet()), "force values for " + function);
        }
        assertTrue(all.stream().anyMatch(o -> o.name().codePoints().anyMatch(Character::isSupplementaryCodePoint)),
                "a name with a supplementary character");
        assertTrue(all.stream().anyMatch(o -> o.isSuccess() && o.name().chars().anyMatch(c -> c > 0x7F)),
                "a non-ASCII name actually cancelled");
        assertTrue(all.stream().anyMatch(o -> o.extendedError().filter(ACCESS_DENIED::equals).isPresent()),
                "the non-ASCII extended error came back");
    }
}
