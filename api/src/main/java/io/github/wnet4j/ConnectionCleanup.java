package io.github.wnet4j;

import io.github.wnet4j.spi.Names;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Clean-up that looks before it cancels, which neither jna-platform, pywin32 nor {@code net use}
 * offers: cancel a device only if it points at your remote name, and cancel every connection to a
 * server (devices, deviceless connections, {@code IPC$}) with one outcome per connection, the usual
 * cure for {@code ERROR_SESSION_CREDENTIAL_CONFLICT} (1219).
 *
 * <pre>{@code
 * ConnectionCleanup cleanup = ConnectionCleanup.get();
 * cleanup.cancelIfPointsAt("Z:", "\\\\fileserver\\deploy", Set.of(CONNECT_UPDATE_PROFILE), false).orThrow();
 * cleanup.cancelAllTo("fileserver", Set.of(), true).orThrow();
 * }</pre>
 *
 * <p><b>Not atomic.</b> Windows has no compare-and-cancel: each operation is a look followed by
 * cancels, separate calls into mpr.dll, and another process can change a mapping in between. What
 * happens then is exactly what the cancel does with the state it finds: a device cancelled by
 * someone else after the look answers {@code ERROR_NOT_CONNECTED} (counted as done); a device
 * remapped to another remote name after the look <em>is cancelled</em>, because the cancel names
 * the device, not the remote name; open files that appeared answer {@code ERROR_OPEN_FILES}
 * unless forced. The window is the time between two consecutive calls on the calling thread; the
 * outcome keeps the look, so a caller can see what the decision was based on. A connection made
 * after the listing is not cancelled.
 *
 * <p>Thread-safe; bad input is refused with an exception before any backend runs.
 */
public final class ConnectionCleanup {
    private final ConnectionReader reader;
    private final ConnectionCanceller canceller;

    private ConnectionCleanup(ConnectionReader reader, ConnectionCanceller canceller) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.canceller = Objects.requireNonNull(canceller, "canceller");
        if (!reader.backendName().equals(canceller.backendName())) {
            throw new IllegalArgumentException("the reader uses backend " + reader.backendName()
                    + " and the canceller backend " + canceller.backendName()
                    + ": pass a reader and a canceller over the same backend, so the look and the cancel see the same connections");
        }
    }

    /**
     * Clean-up over the backend discovery chooses, one backend for both the looks and the cancels.
     *
     * @return the clean-up
     * @throws NoBackendException saying what was found and why none is usable
     */
    public static ConnectionCleanup get() {
        Discovery.Chosen chosen = Discovery.load().select();
        return new ConnectionCleanup(new ValidatingReader(chosen.backendName(), chosen.backend()),
                new ValidatingCanceller(chosen.backendName(), chosen.backend()));
    }

    /**
     * Clean-up over a reader and a canceller of the same backend.
     *
     * @param reader what looks
     * @param canceller what cancels
     * @return the clean-up
     * @throws IllegalArgumentException if their backend names differ
     */
    public static ConnectionCleanup over(ConnectionReader reader, ConnectionCanceller canceller) {
        return new ConnectionCleanup(reader, canceller);
    }

    /**
     * Cancels {@code device} only if it points at {@code expectedRemoteName}: looks
     * ({@code WNetGetConnection}), then cancels the device with {@code flags} and {@code force} if
     * it is connected, or remembered only, to that remote name (case-insensitively, row 13). A
     * device that points elsewhere, the user's own {@code Z:}, is left alone. See the class comment
     * for what happens when the mapping changes between the look and the cancel.
     *
     * <p>A remembered-only device whose remembered remote name the backend does not return (R2) is
     * treated as not connected: nothing is cancelled, because nothing shows that it is yours.
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
        if (Names.device(Names.check(device)) == null) {
            throw new IllegalArgumentException("device " + Names.quote(device)
                    + " is not a local device: pass a drive such as \"Z:\" or a port such as \"LPT1:\"");
        }
        Names.checkRemoteName(Objects.requireNonNull(expectedRemoteName, "expectedRemoteName must not be null"));
        Set<CancelFlag> sent = CancelFlag.copyOf(flags);
        LookupOutcome lookup = reader.getConnection(device);
        GuardedCancelOutcome.Decision decision;
        if (lookup.isConnected() && lookup.remoteName().isEmpty()) {
            throw new IllegalStateException("backend " + reader.backendName() + " answered " + lookup.describeCall()
                    + " with NO_ERROR but no remote name: a backend defect; nothing was cancelled");
        }
        if (lookup.isConnected() || lookup.isRememberedOnly()) {
            decision = lookup.pointsAt(expectedRemoteName) ? GuardedCancelOutcome.Decision.CANCELLED
                    : lookup.remoteName().isPresent() ? GuardedCancelOutcome.Decision.POINTS_ELSEWHERE
                    : GuardedCancelOutcome.Decision.NOT_CONNECTED;   // remembered, to a name the look cannot see
        } else {
            decision = lookup.isNotConnected() ? GuardedCancelOutcome.Decision.NOT_CONNECTED
                    : GuardedCancelOutcome.Decision.LOOKUP_FAILED;
        }
        CancelOutcome cancel = decision == GuardedCancelOutcome.Decision.CANCELLED
                ? canceller.cancelConnection2(device, sent, force) : null;
        return new GuardedCancelOutcome(expectedRemoteName, lookup, decision, Optional.ofNullable(cancel));
    }

    /**
     * Cancels every current connection to {@code server}: each device redirected to one of its
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
        String wanted = Names.checkServer(server);
        Set<CancelFlag> sent = CancelFlag.copyOf(flags);
        boolean updateProfile = sent.contains(CancelFlag.CONNECT_UPDATE_PROFILE);
        ListingOutcome connected = reader.connections();
        if (!connected.isSuccess()) {
            return new ServerCleanupOutcome(wanted, connected, Optional.empty(), List.of());
        }
        ListingOutcome remembered = updateProfile ? reader.rememberedConnections() : null;
        if (remembered != null && !remembered.isSuccess()) {
            return new ServerCleanupOutcome(wanted, connected, Optional.of(remembered), List.of());
        }
        List<NetworkConnection> devices = new ArrayList<>();
        List<NetworkConnection> deviceless = new ArrayList<>();
        for (NetworkConnection c : connected.to(wanted)) {
            (c.device().isPresent() ? devices : deviceless).add(c);
        }
        List<ServerCleanupOutcome.Cancelled> cancels = new ArrayList<>();
        for (NetworkConnection c : devices) {
            cancels.add(new ServerCleanupOutcome.Cancelled(c, canceller.cancelConnection2(c.device().get(), sent, force)));
        }
        for (NetworkConnection c : deviceless) {
            cancels.add(new ServerCleanupOutcome.Cancelled(c, canceller.cancelConnection2(c.remoteName(), sent, force)));
        }
        if (remembered != null) {
            for (NetworkConnection c : remembered.to(wanted)) {
                String device = c.device().orElse(null);
                boolean done = device == null || devices.stream().anyMatch(d -> Names.same(d.device().get(), device));
                if (!done) {
                    cancels.add(new ServerCleanupOutcome.Cancelled(c, canceller.cancelConnection2(device, sent, force)));
                }
            }
        }
        return new ServerCleanupOutcome(wanted, connected, Optional.ofNullable(remembered), cancels);
    }

    @Override
    public String toString() {
        return "ConnectionCleanup[" + reader.backendName() + "]";
    }
}
