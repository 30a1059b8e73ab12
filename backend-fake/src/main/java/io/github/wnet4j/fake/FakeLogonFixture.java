package io.github.wnet4j.fake;

import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.ResourceType;
import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.conformance.Capability;
import io.github.wnet4j.conformance.ConformanceFixture;
import io.github.wnet4j.conformance.ConnectionSpec;
import io.github.wnet4j.conformance.NetworkSpec;
import io.github.wnet4j.conformance.SessionKind;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A conformance fixture that seeds and observes a {@link FakeLogon}, while the suite calls
 * {@code backend}. For the fake itself {@code backend} is the logon's own; the native backends'
 * tests pass their backend, which reaches the same logon through the C test double of mpr.dll.
 * Over the fake's own backend every capability is declared: the logon models all of them. Over
 * another backend the read side's capabilities ({@link #READ_SIDE}) are declared only when passed,
 * so a backend that does not implement the read functions yet gets its read clauses skipped.
 * {@link Capability#LOGON_SESSIONS} is declared over the fake's own backend, and over another backend
 * when the fixture is told how that backend is called from each session
 * ({@link #FakeLogonFixture(String, FakeLogon, Set, Function)}): a further session is another
 * {@link FakeLogon} facade with a backend of its own, which a native backend reaches through the C
 * test double only when the double serves that session's logon for the call. The simulated network
 * the connect clauses declare ({@link #declareNetwork}) becomes the logon's {@link SimulatedNetwork},
 * which a native backend meets through the double as the fake does.
 */
public class FakeLogonFixture implements ConformanceFixture {
    private final String backendName;
    private final FakeLogon logon;
    private final WNetBackend backend;
    private final Set<Capability> capabilities;
    /** The backend under test as called from a given session, or null where it reaches only this logon. */
    private final Function<FakeLogon, WNetBackend> backendIn;
    /** The fixture whose {@link #session} made this one, or null. */
    private final FakeLogonFixture desktop;
    /** The further sessions clauses asked for, by kind; made on first use. */
    private final Map<SessionKind, FakeLogonFixture> sessions = new EnumMap<>(SessionKind.class);

    /** What the read clauses need of the backend itself: the three read functions, and closing every enumeration handle. */
    public static final Set<Capability> READ_SIDE = Collections.unmodifiableSet(EnumSet.of(Capability.CONNECTION_LOOKUP,
            Capability.ENUMERATION, Capability.UNIVERSAL_NAMES, Capability.ENUMERATION_HANDLES));

    /**
     * A fixture whose calls go through {@code backend} and whose state lives in {@code logon}; it
     * declares every capability but {@link #READ_SIDE}.
     *
     * @param backendName the name reports are filed under ({@code "jna"}, {@code "jnr"}, {@code "fake"})
     * @param logon the state the backend acts on
     * @param backend the backend under test
     */
    public FakeLogonFixture(String backendName, FakeLogon logon, WNetBackend backend) {
        this(backendName, logon, backend, Set.of());
    }

    /**
     * A fixture whose calls go through {@code backend}, declaring every capability but those of
     * {@link #READ_SIDE} not in {@code readSide}.
     *
     * @param backendName the name reports are filed under
     * @param logon the state the backend acts on
     * @param backend the backend under test
     * @param readSide which of {@link #READ_SIDE} the backend implements (for
     *     {@link Capability#ENUMERATION_HANDLES}, override {@link #openEnumerationHandles()} too)
     */
    public FakeLogonFixture(String backendName, FakeLogon logon, WNetBackend backend, Set<Capability> readSide) {
        this(backendName, logon, backend, readSide, backend == logon.backend() ? FakeLogon::backend : null, null);
    }

    /**
     * A fixture whose calls go through the backend under test as called from each logon session:
     * {@code backendIn} gives, for a session's {@link FakeLogon}, the backend whose calls act on that
     * session (for a native backend over the C test double, one that makes the double serve that
     * session's logon before each call). Declares {@link Capability#LOGON_SESSIONS}, and every other
     * capability but those of {@link #READ_SIDE} not in {@code readSide}.
     *
     * @param backendName the name reports are filed under
     * @param logon the desktop session's state, which this fixture's own calls act on
     * @param readSide which of {@link #READ_SIDE} the backend implements
     * @param backendIn the backend under test as called from a given session
     */
    public FakeLogonFixture(String backendName, FakeLogon logon, Set<Capability> readSide,
                            Function<FakeLogon, WNetBackend> backendIn) {
        this(backendName, logon, backendIn.apply(logon), readSide, backendIn, null);
    }

    private FakeLogonFixture(String backendName, FakeLogon logon, WNetBackend backend, Set<Capability> readSide,
                             Function<FakeLogon, WNetBackend> backendIn, FakeLogonFixture desktop) {
        this.backendName = Objects.requireNonNull(backendName, "backendName");
        this.logon = Objects.requireNonNull(logon, "logon");
        this.backend = Objects.requireNonNull(backend, "backend");
        this.backendIn = backendIn;
        this.desktop = desktop;
        Set<Capability> all = EnumSet.allOf(Capability.class);
        all.removeAll(READ_SIDE);
        all.addAll(readSide);
        if (backendIn == null) {
            all.remove(Capability.LOGON_SESSIONS);
        }
        this.capabilities = Collections.unmodifiableSet(all);
    }

    /**
     * A fixture over the fake itself: backend {@code "fake"}, {@code logon.backend()}, every capability.
     *
     * @param logon the logon to serve
     */
    public FakeLogonFixture(FakeLogon logon) {
        this("fake", logon, logon.backend(), READ_SIDE);
    }

    /** {@return the logon this fixture seeds and observes} */
    public FakeLogon logon() {
        return logon;
    }

    @Override
    public String backendName() {
        return backendName;
    }

    @Override
    public WNetBackend backend() {
        return backend;
    }

    @Override
    public Set<Capability> capabilities() {
        return capabilities;
    }

    /** {@code C:}: the logon redirects nothing there, as a machine's local disk is not redirected. */
    @Override
    public String localDrive() {
        return "C:";
    }

    /**
     * 0: the fake's enumeration is one atomic step, which holds no handle between calls. A further
     * session's fixture answers what the desktop session's does: where handles are counted (the
     * double counts them per process), they are one count.
     */
    @Override
    public int openEnumerationHandles() {
        return desktop == null ? 0 : desktop.openEnumerationHandles();
    }

    @Override
    public void connectDevice(String device, String remoteName, ConnectionSpec spec) {
        logon.connectDevice(device, remoteName, options(spec, true));
    }

    @Override
    public void connectDeviceless(String remoteName, ConnectionSpec spec) {
        // The contract: spec.persistent() is not used for a deviceless connection.
        logon.connectDeviceless(remoteName, options(spec, false));
    }

    @Override
    public void remember(String device, String remoteName) {
        logon.remember(device, remoteName);
    }

    @Override
    public void armProfileFault(ErrorCode fault) {
        ProfileFault matching = Arrays.stream(ProfileFault.values()).filter(f -> f.code() == fault).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("a profile fault is ERROR_CANNOT_OPEN_PROFILE or ERROR_BAD_PROFILE, not " + fault));
        logon.armProfileFault(matching);
    }

    @Override
    public void armProviderErrorOnce(ExtendedError error) {
        logon.armProviderError(ProviderError.of(error).once());
    }

    @Override
    public void armProviderErrorAlways(ExtendedError error) {
        logon.armProviderError(ProviderError.of(error).always());
    }

    @Override
    public void disarmProviderError() {
        logon.disarmProviderError();
    }

    @Override
    public void setNetworkPresent(boolean present) {
        logon.networkPresent(present);
    }

    @Override
    public void nextLogon() {
        logon.nextLogon();
    }

    /**
     * Sets the logon's {@link SimulatedNetwork} (its user's, so every session meets it) to the one
     * {@code network} declares; undeclared local drives stay the fake's default ({@code C:}).
     */
    @Override
    public void declareNetwork(NetworkSpec network) {
        SimulatedNetwork.Builder builder = SimulatedNetwork.builder();
        for (NetworkSpec.ServerSpec server : network.servers()) {
            builder.server(server.name(), declaration -> declare(server, declaration));
        }
        if (!network.localDrives().isEmpty()) {
            builder.localDrives(network.localDrives().toArray(String[]::new));
        }
        logon.network(builder.busy(network.busy()).build());
    }

    private static void declare(NetworkSpec.ServerSpec server, SimulatedNetwork.ServerDeclaration declaration) {
        server.shares().forEach((share, type) -> declaration.share(share,
                type == ResourceType.PRINT ? SimulatedNetwork.ShareType.PRINT : SimulatedNetwork.ShareType.DISK));
        for (String user : server.accountNames()) {
            char[] password = server.password(user);
            try {
                declaration.account(user, password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }
        if (!server.reachable()) {
            declaration.unreachable();
        }
        server.denied().forEach(denial -> declaration.deny(denial.userName(), denial.share()));
    }

    /** {@return the logon's journal and its simulated network, as they print} */
    @Override
    public String recordedText() {
        return logon.journal() + System.lineSeparator() + logon.network();
    }

    @Override
    public Optional<String> deviceConnection(String device) {
        return logon.remoteNameOf(device);
    }

    @Override
    public boolean isRemembered(String device) {
        return logon.isRemembered(device);
    }

    @Override
    public boolean hasDevicelessConnection(String remoteName) {
        return logon.hasDevicelessConnection(remoteName);
    }

    @Override
    public int openFiles(String name) {
        return logon.openFiles(name);
    }

    /**
     * The session of {@code kind} beside this fixture's logon: {@link FakeLogon#elevated()},
     * {@link FakeLogon#elevatedLinked()}, {@link FakeLogon#newSession(String)} (named
     * {@code "further"}), or for another user a fresh {@link FakeLogon#create(io.github.wnet4j.behaviour.BehaviourProfile)}
     * under the same profile; each over the backend under test as called from that session.
     *
     * @throws UnsupportedOperationException over a backend that reaches only this logon
     */
    @Override
    public synchronized ConformanceFixture session(SessionKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (!capabilities.contains(Capability.LOGON_SESSIONS)) {
            throw new UnsupportedOperationException(whyNot(Capability.LOGON_SESSIONS));
        }
        return sessions.computeIfAbsent(kind, k -> {
            FakeLogon session = switch (k) {
                case ELEVATED -> logon.elevated();
                case ELEVATED_LINKED -> logon.elevatedLinked();
                case FURTHER -> logon.newSession("further");
                case OTHER_USER -> FakeLogon.create(logon.profile());
            };
            return new FakeLogonFixture(backendName, session, backendIn.apply(session), capabilities, backendIn,
                    desktop == null ? this : desktop);
        });
    }

    @Override
    public String whyNot(Capability capability) {
        return capability == Capability.LOGON_SESSIONS && !capabilities.contains(capability)
                ? "the backend under test reaches one FakeLogon session, and the fixture was not told how it is called "
                + "from another (FakeLogonFixture's constructor with a backend per session); the fake's own conformance "
                + "run covers the sessions"
                : "";
    }

    /** Nothing to release: the logon lives in memory and each clause gets a fresh one. */
    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return "FakeLogonFixture[" + backendName + " over " + logon + "]";
    }

    private static Consumer<ConnectionOptions> options(ConnectionSpec spec, boolean device) {
        return o -> {
            if (device && spec.persistent()) {
                o.persistent();
            }
            o.openFiles(spec.openFiles());
            if (spec.inUse()) {
                o.usedByProcess();
            }
        };
    }
}
