package io.github.wnet4j;

import io.github.wnet4j.spi.WNetBackend;

import java.util.List;
import java.util.Set;

/**
 * The way in: Windows network connections through one backend, found once. Make a connection,
 * cancel one, read what is connected, cancel a device only if it points at your share, or cancel
 * everything to a server.
 *
 * <pre>{@code
 * WNet wnet = WNet.get();                                  // -Dwnet4j.backend, or the best available
 * try (Credentials deploy = Credentials.of("CORP\\svc-deploy", password);
 *      ConnectionScope scope = wnet.scope()) {             // cancels what it made when the block ends
 *     String drive = scope.connect(ConnectRequest.anyFreeDevice("\\\\fileserver\\deploy").with(deploy))
 *             .orThrow().device().orElseThrow();
 *     // ... copy from drive ...
 * }
 * wnet.cancelConnection2("Z:", Set.of(CONNECT_UPDATE_PROFILE), false).orThrow();
 * wnet.getConnection("Y:").remoteName().ifPresent(System.out::println);
 * wnet.cancelIfPointsAt("X:", "\\\\fileserver\\deploy", Set.of(), false).orThrow();
 * wnet.cancelAllTo("fileserver", Set.of(), true).orThrow();
 * WNet.diagnostics().forEach(System.out::println);          // what was found, and why it is (not) usable
 * }</pre>
 *
 * <p>A {@code WNet} is bound to one backend for its life: every call, the cancels, the reads and the
 * look-then-cancel operations, goes to the same one, so a look and the cancel after it see the same
 * connections. It is a {@link ConnectionMaker}, a {@link ConnectionCanceller} and a
 * {@link ConnectionReader}; hand code that needs only one side {@link #maker()}, {@link #canceller()}
 * or {@link #reader()}. In tests, the fake backend's
 * {@code FakeLogon.wnet()} hands out the same type over a simulated logon.
 *
 * <p>Every call checks each name before the backend runs, the same way for every backend: a
 * {@code null} gets a {@link NullPointerException}; an empty name, one holding U+0000 or an unpaired
 * surrogate, or one longer than 32,767 UTF-16 units an {@link IllegalArgumentException} saying what
 * is wrong. A failure Windows reports is returned as an outcome, not thrown ({@code orThrow()} makes
 * it an exception), with the provider's error read on the calling thread right after
 * {@code ERROR_EXTENDED_ERROR}.
 *
 * <p>{@link #get()}, {@link #named(String)} and {@link #diagnostics()} discover providers through the
 * thread's context class loader each time they are called (set it to discover through another
 * loader); hold on to the {@code WNet} you get. Each provider's availability check is bounded by the
 * system property {@code wnet4j.availability.timeout.ms} (default 30,000).
 *
 * <p><b>The look-then-cancel operations are not atomic.</b> Windows has no compare-and-cancel: each
 * is a look followed by cancels, separate calls into mpr.dll, and another process can change a
 * mapping in between. What happens then is exactly what the cancel does with the state it finds: a
 * device cancelled by someone else after the look answers {@code ERROR_NOT_CONNECTED} (counted as
 * done); a device remapped to another remote name after the look <em>is cancelled</em>, because the
 * cancel names the device, not the remote name; open files that appeared answer
 * {@code ERROR_OPEN_FILES} unless forced. The window is the time between two consecutive calls on
 * the calling thread; the outcome keeps the look, so a caller can see what the decision was based
 * on. A connection made after the listing is not cancelled.
 *
 * <p>Thread-safe.
 */
public final class WNet implements ConnectionCanceller, ConnectionReader, ConnectionMaker {
    /** The system property that names the backend to use: {@value}. */
    public static final String BACKEND_PROPERTY = Discovery.BACKEND_PROPERTY;

    private final ValidatingCalls calls;
    private final ConnectionCleanup cleanup;

    private WNet(String backendName, WNetBackend backend) {
        this.calls = new ValidatingCalls(backendName, backend);
        this.cleanup = new ConnectionCleanup(calls, calls);
    }

    /**
     * The backend named by {@value #BACKEND_PROPERTY} if set, otherwise the best available one: the
     * real backend of highest priority, or off Windows, when there is none and
     * {@code wnet4j.mpr.library} is not set, the simulator (logged).
     *
     * @return the calls over that backend
     * @throws NoBackendException saying what was found and why none is usable
     */
    public static WNet get() {
        return over(Discovery.load().select());
    }

    /** The best available backend, ignoring {@value #BACKEND_PROPERTY} (for tests). */
    static WNet best() {
        return over(Discovery.load().best());
    }

    /**
     * The backend with this name.
     *
     * @param backendName the provider's name, case-insensitive ({@code "jna"}, {@code "jnr"}, {@code "ffm"}, {@code "fake"})
     * @return the calls over that backend
     * @throws NoBackendException if there is none by that name, two share it, or it is not available here
     */
    public static WNet named(String backendName) {
        return over(Discovery.load().named(backendName));
    }

    /**
     * Every provider found, its priority, and why it is or is not available.
     *
     * @return one status per provider, highest priority first
     */
    public static List<ProviderStatus> diagnostics() {
        return Discovery.load().diagnostics();
    }

    /**
     * The calls over a backend you made yourself (a test double, a backend not registered with
     * {@link java.util.ServiceLoader}), checked and read exactly as over a discovered one.
     *
     * @param backendName what {@link #backendName()} reports
     * @param backend the raw calls
     * @return the calls over {@code backend}
     * @throws NullPointerException if an argument is null
     */
    public static WNet over(String backendName, WNetBackend backend) {
        return new WNet(backendName, backend);
    }

    private static WNet over(Discovery.Chosen chosen) {
        return new WNet(chosen.backendName(), chosen.backend());
    }

    /** {@return this door seen as only a canceller, for code that should depend on no more} */
    public ConnectionCanceller canceller() {
        return calls;
    }

    /** {@return this door seen as only a reader, for code that should depend on no more} */
    public ConnectionReader reader() {
        return calls;
    }

    @Override
    public String backendName() {
        return calls.backendName();
    }

    /** {@return this door seen as only a maker of connections, for code that should depend on no more} */
    public ConnectionMaker maker() {
        return calls;
    }

    // Connecting: WNetAddConnection2W, WNetAddConnection3W (no window), WNetUseConnectionW, WNetAddConnectionW.

    @Override
    public ConnectOutcome connect(ConnectRequest request) {
        return calls.connect(request);
    }

    /**
     * Connects, and if the logon session already holds the server under other credentials (1219), cancels
     * the connections that hold it and connects once more, reporting every step (specification, "The
     * credential conflict (1219) and its cure"). Each holder is cancelled with WNetCancelConnection2 and no
     * flags, so a remembered entry stays remembered; without {@code force}, one with open files or in use
     * by a process is left, and then there is no retry.
     *
     * @param request what to connect
     * @param force whether to close the holders' open files and cancel them anyway
     * @return the first attempt, the cancels and the retry
     */
    public CredentialConflictOutcome connectCancellingConflicts(ConnectRequest request, boolean force) {
        return CredentialConflictOutcome.connect(calls, calls, request, force);
    }

    /**
     * A scope whose connections are cancelled when it closes, and only those (specification, "The scoped
     * connection"); open files are not closed (see {@link #scope(boolean)}).
     *
     * @return a new scope over this backend, for one thread's block
     */
    public ConnectionScope scope() {
        return scope(false);
    }

    /**
     * A scope whose connections are cancelled when it closes, and only those.
     *
     * @param forceOnClose whether the cancels at close close open files ({@code fForce})
     * @return a new scope over this backend, for one thread's block
     */
    public ConnectionScope scope(boolean forceOnClose) {
        return new ConnectionScope(calls, calls, calls, forceOnClose);
    }

    // Cancelling: WNetCancelConnection2W and WNetCancelConnectionW.

    @Override
    public CancelOutcome cancelConnection2(String name, Set<CancelFlag> flags, boolean force) {
        return calls.cancelConnection2(name, flags, force);
    }

    @Override
    public CancelOutcome cancelConnection(String name, boolean force) {
        return calls.cancelConnection(name, force);
    }

    // Reading: WNetGetConnectionW, WNetOpenEnumW/WNetEnumResourceW, WNetGetUniversalNameW.

    @Override
    public LookupOutcome getConnection(String device) {
        return calls.getConnection(device);
    }

    @Override
    public ListingOutcome connections() {
        return calls.connections();
    }

    @Override
    public ListingOutcome rememberedConnections() {
        return calls.rememberedConnections();
    }

    @Override
    public UniversalNameOutcome universalName(String localPath) {
        return calls.universalName(localPath);
    }

    @Override
    public UniversalNameOutcome remoteNameInfo(String localPath) {
        return calls.remoteNameInfo(localPath);
    }

    // Looking, then cancelling: what neither jna-platform, pywin32 nor `net use` offers.

    /**
     * Cancels {@code device} only if it points at {@code expectedRemoteName}: looks
     * ({@code WNetGetConnection}), then cancels the device with {@code flags} and {@code force} if
     * it is connected, or remembered only, to that remote name, compared case-insensitively (row 13,
     * case). A device that points elsewhere, the user's own {@code Z:}, is left alone. See the class
     * comment for what happens when the mapping changes between the look and the cancel.
     *
     * <p>A remembered-only device whose remembered remote name the backend does not return (R2, a
     * device remembered but not connected) is treated as not connected: nothing is cancelled,
     * because nothing shows that it is yours.
     *
     * @param device a local device, {@code "Z:"} or {@code "LPT1:"}
     * @param expectedRemoteName the remote name it must point at, {@code \\server\share}
     * @param flags {@code Set.of()}, or {@code Set.of(CONNECT_UPDATE_PROFILE)} to forget it as well
     * @param force whether to close open files and disconnect anyway
     * @return the look, the decision and the cancel if one was made
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code device} is not a local device or
     *     {@code expectedRemoteName} not a remote name a connection can be made to
     * @throws IllegalStateException if the backend answers the look with {@code NO_ERROR} but no remote name
     */
    public GuardedCancelOutcome cancelIfPointsAt(String device, String expectedRemoteName, Set<CancelFlag> flags,
                                                 boolean force) {
        return cleanup.cancelIfPointsAt(device, expectedRemoteName, flags, force);
    }

    /**
     * Cancels every current connection to {@code server}, the usual cure for
     * {@code ERROR_SESSION_CREDENTIAL_CONFLICT} (1219): each device redirected to one of its
     * shares, then each connection without a device ({@code \\server\IPC$} among them), in the
     * order the listing gave them; with {@code CONNECT_UPDATE_PROFILE} also every device remembered
     * to the server but not connected, so no logon brings them back. Devices are cancelled by
     * device, connections without one by remote name. One outcome per connection; a failure does
     * not stop the others. A failed listing cancels nothing.
     *
     * @param server the server, {@code "fileserver"} or {@code "\\\\fileserver"}
     * @param flags {@code Set.of()}, or {@code Set.of(CONNECT_UPDATE_PROFILE)} to forget remembered devices too
     * @param force whether to close open files and disconnect anyway
     * @return the listings and the per-connection outcomes
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code server} is empty or holds a backslash after its leading two
     */
    public ServerCleanupOutcome cancelAllTo(String server, Set<CancelFlag> flags, boolean force) {
        return cleanup.cancelAllTo(server, flags, force);
    }

    @Override
    public String toString() {
        return calls.toString();
    }
}
