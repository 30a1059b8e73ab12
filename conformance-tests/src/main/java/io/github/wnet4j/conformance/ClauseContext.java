package io.github.wnet4j.conformance;

import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectionReader;
import io.github.wnet4j.Credentials;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.WNet;
import io.github.wnet4j.WNetOutcome;
import io.github.wnet4j.spi.Names;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What one clause works with: the fixture, the profile, the library's own {@link WNet} over the
 * fixture's backend (through a counting wrapper), and the checks clauses share.
 *
 * <p>Every name here is the fixture's name: clauses map the names they want through
 * {@link #device(String)} and {@link #remote(String)} first. Seeding through this class also records
 * the name, so {@link #observe()} can describe everything the clause seeded.
 */
final class ClauseContext {
    static final Set<CancelFlag> NO_FLAGS = Set.of();
    static final Set<CancelFlag> UPDATE_PROFILE = Set.of(CancelFlag.CONNECT_UPDATE_PROFILE);

    private final ConformanceFixture fixture;
    private final BehaviourProfile profile;
    private final CountingBackend backend;
    private final WNet wnet;
    private final Set<String> devices = new LinkedHashSet<>();
    private final Set<String> remotes = new LinkedHashSet<>();

    ClauseContext(ConformanceFixture fixture, BehaviourProfile profile) {
        this.fixture = fixture;
        this.profile = profile;
        this.backend = new CountingBackend(fixture.backend());
        this.wnet = WNet.over(fixture.backendName(), backend);
    }

    /** The library's own door over the counting wrapper of the fixture's backend. */
    WNet wnet() {
        return wnet;
    }

    /** The read side of {@link #wnet()}. */
    ConnectionReader reader() {
        return wnet.reader();
    }

    ConformanceFixture fixture() {
        return fixture;
    }

    /** The context of the same clause in another logon session of the fixture ({@link ConformanceFixture#session}), under the same profile. */
    ClauseContext session(SessionKind kind) {
        return new ClauseContext(fixture.session(kind), profile);
    }

    BehaviourProfile profile() {
        return profile;
    }

    /** The counting wrapper around the fixture's backend, for calls straight to the SPI. */
    CountingBackend backend() {
        return backend;
    }

    /** Whether the legacy function acts with CONNECT_UPDATE_PROFILE under this profile (row 1). */
    boolean legacyUpdatesProfile() {
        return profile.legacyCancelFlags().contains(CancelFlag.CONNECT_UPDATE_PROFILE);
    }

    /** Whether a remote name also cancels the devices redirected to it under this profile (row 3). */
    boolean remoteNameCancelsDevices() {
        return profile.remoteNameScope() == BehaviourProfile.RemoteNameScope.ALL_CONNECTIONS;
    }

    /** Whether the legacy WNetAddConnection remembers a device connection under this profile (row C18, "The legacy WNetAddConnection"). */
    boolean legacyAddRemembers() {
        return !profile.legacyAddTemporary();
    }

    /** What a known user's wrong password gets under this profile (row C12, "Bad password, unknown user"). */
    ErrorCode badPasswordCode() {
        return profile.logonFailureForBadPassword() ? ErrorCode.ERROR_LOGON_FAILURE : ErrorCode.ERROR_INVALID_PASSWORD;
    }

    // ---- names ----

    String device(String wanted) {
        return fixture.device(wanted);
    }

    String remote(String wanted) {
        return fixture.remoteName(wanted);
    }

    /**
     * The same name in lower case, one UTF-16 unit at a time (row 13): a unit is lowered only where
     * the lowered unit folds back to the same upper case, so the result is always the same name
     * ({@code İ} stays, since {@code i} is another name; {@code String.toLowerCase} would even make it two units).
     */
    static String lower(String name) {
        char[] units = name.toCharArray();
        for (int i = 0; i < units.length; i++) {
            char lowered = Character.toLowerCase(units[i]);
            if (Character.toUpperCase(lowered) == Character.toUpperCase(units[i])) {
                units[i] = lowered;
            }
        }
        return new String(units);
    }

    /** The same name in upper case as Windows folds it, one UTF-16 unit at a time (row 13: {@code ß} stays {@code ß}). */
    static String upper(String name) {
        return Names.fold(name);
    }

    /**
     * The fixture's credentials for the suite's account {@code userName} with {@code password}
     * ({@link ConformanceFixture#credentials}); {@code password} is cleared once they are made.
     */
    Credentials credentials(String userName, char[] password) {
        try {
            return fixture.credentials(userName, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    // ---- seeding ----

    void connect(String device, String remoteName, ConnectionSpec spec) {
        fixture.connectDevice(device, remoteName, spec);
        devices.add(device);
        remotes.add(remoteName);
    }

    void connectDeviceless(String remoteName, ConnectionSpec spec) {
        fixture.connectDeviceless(remoteName, spec);
        remotes.add(remoteName);
    }

    void remember(String device, String remoteName) {
        fixture.remember(device, remoteName);
        devices.add(device);
        remotes.add(remoteName);
    }

    /**
     * Replaces the fixture's simulated network; the clause must need every capability the spec
     * needs, so that the suite never calls a seeding method a fixture did not declare.
     */
    void declareNetwork(NetworkSpec network) {
        if (!fixture.capabilities().containsAll(network.needs())) {
            throw new IllegalStateException("a clause declares a network that needs " + network.needs()
                    + " without needing those capabilities itself: a defect of the suite");
        }
        fixture.declareNetwork(network);
    }

    /** Adds a name to what {@link #observe()} describes without seeding it. */
    void watchDevice(String device) {
        devices.add(device);
    }

    /** Adds a remote name to what {@link #observe()} describes without seeding it. */
    void watchRemote(String remoteName) {
        remotes.add(remoteName);
    }

    // ---- calls ----

    CancelOutcome cancel2(String name, Set<CancelFlag> flags, boolean force) {
        return wnet.cancelConnection2(name, flags, force);
    }

    CancelOutcome cancel(String name, boolean force) {
        return wnet.cancelConnection(name, force);
    }

    // ---- checks ----

    /** Everything observable about the names this clause seeded or watches, as sorted facts. */
    Map<String, String> observe() {
        Map<String, String> facts = new TreeMap<>();
        for (String d : devices) {
            facts.put(d + " connected to", fixture.deviceConnection(d).orElse("(nothing)"));
            facts.put(d + " remembered", String.valueOf(fixture.isRemembered(d)));
            facts.put(d + " open files", String.valueOf(fixture.openFiles(d)));
        }
        for (String r : remotes) {
            facts.put(r + " deviceless connection", String.valueOf(fixture.hasDevicelessConnection(r)));
            facts.put(r + " open files (deviceless)", String.valueOf(fixture.hasDevicelessConnection(r) ? fixture.openFiles(r) : 0));
        }
        return facts;
    }

    /** Asserts a cancel's code, and that only ERROR_EXTENDED_ERROR carries an extended error, as {@link #expectRead} does. */
    CancelOutcome expect(CancelOutcome outcome, ErrorCode code) {
        return expectRead(outcome, code);
    }

    /** Makes the call, asserts it answered {@code code}, and that it changed nothing observable. */
    CancelOutcome expectRefused(Supplier<CancelOutcome> call, ErrorCode code) {
        Map<String, String> before = observe();
        CancelOutcome outcome = expect(call.get(), code);
        assertEquals(before, observe(), () -> outcome.describeCall() + " answered " + code.name()
                + " and so must change nothing");
        return outcome;
    }

    /**
     * Runs reads and asserts they changed nothing observable (reading never does), then returns
     * what the last one returned.
     */
    <T> T unchanged(Supplier<T> reads) {
        Map<String, String> before = observe();
        T result = reads.get();
        assertEquals(before, observe(), () -> "reading must change nothing, but after " + result + " the state differs");
        return result;
    }

    /** Asserts an outcome's code, that only 1208 carries an extended error, and says the state on failure. */
    <T extends WNetOutcome> T expectRead(T outcome, ErrorCode code) {
        if (outcome.code() != code.value()) {
            fail("expected " + code.name() + " (" + code.value() + ") from " + outcome.describeCall()
                    + ", but " + outcome.describe() + "; state now " + observe());
        }
        if (code != ErrorCode.ERROR_EXTENDED_ERROR) {
            assertEquals(Optional.empty(), outcome.extendedError(), "only ERROR_EXTENDED_ERROR carries an extended error");
        }
        return outcome;
    }

    /**
     * Asserts that {@code listing} succeeded and lists exactly {@code expected} among the entries
     * that name a device or remote name this clause seeded or watches; with
     * {@link Capability#ISOLATED_STATE} it must list nothing else at all.
     */
    void assertListed(io.github.wnet4j.ListingOutcome listing, io.github.wnet4j.NetworkConnection... expected) {
        expectRead(listing, ErrorCode.NO_ERROR);
        Set<io.github.wnet4j.NetworkConnection> want = Set.of(expected);
        java.util.List<io.github.wnet4j.NetworkConnection> mine = listing.connections().stream()
                .filter(c -> fixture.capabilities().contains(Capability.ISOLATED_STATE) || isMine(c)).toList();
        assertEquals(want, Set.copyOf(mine), () -> listing.describeCall() + " listed " + listing.connections()
                + "; state " + observe());
        assertEquals(want.size(), mine.size(), () -> "an entry listed twice: " + listing.connections());
    }

    private boolean isMine(io.github.wnet4j.NetworkConnection c) {
        boolean device = c.device().isPresent() && devices.stream().anyMatch(d -> d.equalsIgnoreCase(c.device().get()));
        boolean remote = remotes.stream().anyMatch(r -> r.equalsIgnoreCase(c.remoteName()));
        return device || remote;
    }

    /** An entry as a listing shows it: a disk or print device (or none) to a remote name, with the fixture's provider. */
    io.github.wnet4j.NetworkConnection entry(String device, String remoteName) {
        boolean printer = device != null && io.github.wnet4j.spi.Names.device(device) != null
                && io.github.wnet4j.spi.Names.isPrinter(io.github.wnet4j.spi.Names.device(device));
        String canonical = device == null ? null : io.github.wnet4j.spi.Names.device(device);
        return io.github.wnet4j.NetworkConnection.of(canonical, remoteName,
                printer ? io.github.wnet4j.ResourceType.PRINT : io.github.wnet4j.ResourceType.DISK, fixture.providerName());
    }

    /** Asserts that validation stopped a read before the backend saw it. */
    void assertNoReadReachedTheBackend() {
        assertEquals(0, backend.reads(), "the backend must not be called for a name validation rejects");
    }

    void assertConnected(String device, String remoteName) {
        assertEquals(Optional.of(remoteName), fixture.deviceConnection(device),
                () -> device + " should still be redirected to " + remoteName + "; state " + observe());
    }

    void assertNotConnected(String device) {
        assertEquals(Optional.empty(), fixture.deviceConnection(device),
                () -> device + " should no longer be redirected; state " + observe());
    }

    void assertRemembered(String device, boolean remembered) {
        assertEquals(remembered, fixture.isRemembered(device), () -> device + (remembered
                ? " should still be remembered in the profile" : " should be forgotten by the profile")
                + "; state " + observe());
    }

    void assertDeviceless(String remoteName, boolean present) {
        assertEquals(present, fixture.hasDevicelessConnection(remoteName), () -> "the deviceless connection to "
                + remoteName + (present ? " should remain" : " should be gone") + "; state " + observe());
    }

    void assertOpenFiles(String name, int count) {
        assertEquals(count, fixture.openFiles(name), () -> "open files or print jobs on " + name + "; state " + observe());
    }

    /** Asserts that validation stopped the call before the backend saw it. */
    void assertBackendNotCalled() {
        assertEquals(0, backend.cancels(), "the backend must not be called for a name validation rejects");
    }

    void assertBackendCalls(int calls) {
        assertEquals(calls, backend.cancels(), "cancels that reached the backend");
    }

    /** Asserts that {@code call} throws {@code type} with a message holding each of {@code words}. */
    static <X extends Throwable> X assertThrowsSaying(Class<X> type, Runnable call, String... words) {
        try {
            call.run();
        } catch (Throwable thrown) {
            if (!type.isInstance(thrown)) {
                fail("expected " + type.getSimpleName() + " but got " + thrown, thrown);
            }
            String message = String.valueOf(thrown.getMessage());
            for (String word : words) {
                assertTrue(message.contains(word), () -> "the message should say \"" + word + "\": " + message);
            }
            return type.cast(thrown);
        }
        return fail("expected " + type.getSimpleName() + ", but the call returned");
    }

    /**
     * One thread of its own that a clause can run calls on again and again, so per-thread state
     * (the extended error) can be shown to stay with the thread that got it.
     */
    static final class CallingThread implements AutoCloseable {
        private final ExecutorService thread;

        CallingThread(String name) {
            thread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "wnet4j-conformance-" + name);
                t.setDaemon(true); // never keeps a test JVM alive
                return t;
            });
        }

        /** Runs {@code call} on this worker's thread and returns what it returned, or rethrows what it threw. */
        <T> T call(Callable<T> call) throws Exception {
            try {
                return thread.submit(call).get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Error error) {
                    throw error;
                }
                throw (Exception) cause;
            }
        }

        @Override
        public void close() {
            thread.shutdownNow();
        }
    }
}
