package io.github.wnet4j;

import io.github.wnet4j.spi.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Connections that last as long as a block: what the scope connects it cancels on {@link #close()},
 * also when the block throws, and nothing else.
 *
 * <pre>{@code
 * try (ConnectionScope scope = wnet.scope();
 *      Credentials deploy = Credentials.of("CORP\\svc-deploy", password)) {
 *     String drive = scope.connect(ConnectRequest.anyFreeDevice("\\\\fileserver\\deploy").with(deploy))
 *             .orThrow().device().orElseThrow();
 *     Files.copy(Path.of(drive + "\\app.msi"), target);
 * }   // cancels the drive; a connection it could not cancel is named in a WNetScopeException
 * }</pre>
 *
 * <p>What "only what it made" means:
 * <ul>
 *   <li>a device is cancelled by its name if it still points at the remote name the scope connected
 *       it to (as the guarded cancel checks), and forgotten as well ({@code CONNECT_UPDATE_PROFILE})
 *       only if the scope remembered it, not when it was remembered before (row C5);</li>
 *   <li>a deviceless connection is cancelled by its remote name, which drops every use of that name
 *       (specification row C2, "A deviceless connection"); so when the logon session already had a
 *       deviceless connection to the same remote name before the scope made its own, the scope leaves it
 *       connected rather than cancel a connection it did not make, and says so in {@link #leftConnected()};</li>
 *   <li>a connect that failed made nothing, so there is nothing to cancel.</li>
 * </ul>
 * Connections are cancelled newest first, with {@code force} as the scope was opened with (false by
 * default: files still open are not closed, and the cancel fails with ERROR_OPEN_FILES instead).
 *
 * <p>A scope is for one thread's block; it is not thread-safe.
 */
public final class ConnectionScope implements AutoCloseable {
    /** One connection the scope made: the device (or none) and remote name, and whether the scope remembered it. */
    private record Made(String device, String remoteName, boolean remembered) {
        String name() {
            return device != null ? device : remoteName;
        }
    }

    private final ConnectionMaker maker;
    private final ConnectionCanceller canceller;
    private final ConnectionReader reader;
    private final boolean force;
    private final List<Made> made = new ArrayList<>();
    private final List<String> leftConnected = new ArrayList<>();
    private boolean closed;

    ConnectionScope(ConnectionMaker maker, ConnectionCanceller canceller, ConnectionReader reader, boolean force) {
        this.maker = Objects.requireNonNull(maker, "maker");
        this.canceller = Objects.requireNonNull(canceller, "canceller");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.force = force;
    }

    /**
     * Makes a connection that this scope cancels when it closes, if it was made.
     *
     * @param request what to connect
     * @return the outcome, as {@link ConnectionMaker#connect(ConnectRequest)} returns it
     * @throws IllegalStateException if the scope is closed
     */
    public ConnectOutcome connect(ConnectRequest request) {
        if (closed) {
            throw new IllegalStateException("this connection scope is closed: open a new one for more connections");
        }
        boolean deviceless = request.device().isEmpty() && !request.pickFreeDevice();
        boolean connectedBefore = deviceless && hasDevicelessConnection(request.remoteName());
        // A device remembered before the scope stays remembered (row C5); only the scope's own entry is forgotten.
        boolean mayRemember = request.flags().contains(ConnectFlag.CONNECT_UPDATE_PROFILE)
                || request.function() == WNetFunction.ADD_CONNECTION;
        boolean rememberedBefore = mayRemember && request.device().isPresent() && isRemembered(request.device().get());
        ConnectOutcome outcome = maker.connect(request);
        if (outcome.isSuccess()) {
            if (connectedBefore) {
                leftConnected.add(request.remoteName() + " (connected before this scope: cancelling it would end that connection too)");
            } else {
                String device = outcome.device().orElse(null);
                made.add(new Made(device, request.remoteName(), device != null && mayRemember && !rememberedBefore));
            }
        }
        return outcome;
    }

    /**
     * Redirects a device for the scope's lifetime ({@code WNetAddConnection2}, not remembered).
     *
     * @param device the device, such as {@code "Z:"}
     * @param remoteName the remote name
     * @param credentials the user name and password
     * @return the outcome
     */
    public ConnectOutcome connect(String device, String remoteName, Credentials credentials) {
        return connect(ConnectRequest.device(device, remoteName).with(credentials));
    }

    /** {@return the devices and remote names this scope made and will cancel, oldest first} */
    public List<String> connections() {
        return made.stream().map(Made::name).toList();
    }

    /**
     * The connections this scope made or used but leaves connected, each with why: a deviceless
     * connection to a remote name the logon session was already connected to (a cancel would end that
     * connection too), or, once closed, a device that no longer pointed at the remote name the scope
     * connected it to (another program redirected it since).
     *
     * @return those connections and why, oldest first
     */
    public List<String> leftConnected() {
        return List.copyOf(leftConnected);
    }

    /**
     * Cancels what this scope made, newest first, and says what could not be cancelled. Idempotent.
     *
     * @return every cancel made, newest connection first (a connection already gone counts as cancelled)
     */
    public List<CancelOutcome> closeAndReport() {
        List<CancelOutcome> cancels = new ArrayList<>();
        if (closed) {
            return cancels;
        }
        closed = true;
        for (int i = made.size() - 1; i >= 0; i--) {
            Made connection = made.get(i);
            if (connection.device() != null && !stillPointsAt(connection)) {
                continue;
            }
            Set<CancelFlag> flags = connection.remembered() ? Set.of(CancelFlag.CONNECT_UPDATE_PROFILE) : Set.of();
            cancels.add(canceller.cancelConnection2(connection.name(), flags, force));
        }
        made.clear();
        return List.copyOf(cancels);
    }

    /**
     * Cancels what this scope made, newest first. Idempotent.
     *
     * @throws WNetScopeException naming each connection that could not be cancelled and why; when the
     *     block threw, Java adds this as a suppressed exception of the block's own
     */
    @Override
    public void close() {
        List<CancelOutcome> failed = closeAndReport().stream().filter(c -> !c.isSuccessOrNotConnected()).toList();
        if (!failed.isEmpty()) {
            throw new WNetScopeException(failed);
        }
    }

    /**
     * Whether a device the scope redirected still points where the scope pointed it, as the guarded cancel
     * checks; a device gone already counts as pointing there (its cancel then answers ERROR_NOT_CONNECTED).
     */
    private boolean stillPointsAt(Made connection) {
        LookupOutcome now = reader.getConnection(connection.device());
        if (now.is(ErrorCode.ERROR_NOT_CONNECTED) || now.remoteName().filter(r -> Names.same(r, connection.remoteName())).isPresent()) {
            return true;
        }
        leftConnected.add(connection.device() + " (" + now.describe() + "; the scope connected it to "
                + Names.quote(connection.remoteName()) + ", so it leaves it)");
        return false;
    }

    private boolean isRemembered(String device) {
        ListingOutcome listing = reader.rememberedConnections();
        return listing.isSuccess() && listing.connections().stream()
                .anyMatch(c -> c.device().filter(d -> Names.same(d, device)).isPresent());
    }

    private boolean hasDevicelessConnection(String remoteName) {
        ListingOutcome listing = reader.connections();
        return listing.isSuccess() && listing.connections().stream()
                .anyMatch(c -> c.device().isEmpty() && Names.same(c.remoteName(), remoteName));
    }

    /** {@return the connections the scope will cancel, never a credential} */
    @Override
    public String toString() {
        return "ConnectionScope[" + connections() + (closed ? ", closed" : "") + "]";
    }
}
