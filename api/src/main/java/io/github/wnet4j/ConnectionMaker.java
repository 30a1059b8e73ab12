package io.github.wnet4j;

import java.util.Set;

/**
 * Makes network connections: {@code WNetAddConnection2}, {@code WNetAddConnection3} (never with a
 * window), {@code WNetUseConnection} and the legacy {@code WNetAddConnection}. Code that only connects
 * can depend on this alone, and a test can hand it a stub that returns outcomes it builds.
 *
 * <pre>{@code
 * try (Credentials deploy = Credentials.of("CORP\\svc-deploy", password)) {
 *     maker.connect(ConnectRequest.device("Z:", "\\\\fileserver\\deploy").with(deploy)).orThrow();
 * }
 * }</pre>
 *
 * <p>No method can show a user interface: there is no {@code CONNECT_INTERACTIVE} and no window
 * handle (specification row C14, "No user interface"), so an installer or a service never blocks on a
 * dialog. Failures are values ({@link ConnectOutcome}); a name Windows cannot be passed is an
 * {@link IllegalArgumentException} before any backend runs. Implementations are thread-safe.
 */
public interface ConnectionMaker {

    /**
     * Makes one connection. The password, if any, is copied out of the credentials for this call only and
     * cleared as soon as the call returns; the credentials stay usable until the caller closes them.
     *
     * @param request what to connect
     * @return the outcome; on ERROR_SESSION_CREDENTIAL_CONFLICT (1219) it lists the connections that hold the server
     * @throws IllegalStateException if the request's credentials were closed
     */
    ConnectOutcome connect(ConnectRequest request);

    /**
     * Redirects a device to a remote name with the logon's own credentials ({@code WNetAddConnection2}).
     *
     * @param device the device, such as {@code "Z:"}
     * @param remoteName the remote name, such as {@code "\\\\fileserver\\deploy"}
     * @param flags the flags; {@code Set.of()} for none (not remembered)
     * @return the outcome
     */
    default ConnectOutcome connect(String device, String remoteName, Set<ConnectFlag> flags) {
        return connect(ConnectRequest.device(device, remoteName).withFlags(flags));
    }

    /**
     * Redirects a device to a remote name with these credentials ({@code WNetAddConnection2}).
     *
     * @param device the device, such as {@code "Z:"}
     * @param remoteName the remote name
     * @param credentials the user name and password
     * @param flags the flags; {@code Set.of()} for none
     * @return the outcome
     */
    default ConnectOutcome connect(String device, String remoteName, Credentials credentials, Set<ConnectFlag> flags) {
        return connect(ConnectRequest.device(device, remoteName).with(credentials).withFlags(flags));
    }

    /**
     * Connects to a remote name without a device, with these credentials ({@code WNetAddConnection2}).
     *
     * @param remoteName the remote name, such as {@code "\\\\nas\\backup"}
     * @param credentials the user name and password
     * @return the outcome
     */
    default ConnectOutcome connectDeviceless(String remoteName, Credentials credentials) {
        return connect(ConnectRequest.deviceless(remoteName).with(credentials));
    }

    /**
     * Redirects the first free drive, from {@code Z:} down, to a disk share ({@code WNetUseConnection} with
     * {@code CONNECT_REDIRECT}); {@link ConnectOutcome#device()} says which.
     *
     * @param remoteName the remote name
     * @param credentials the user name and password
     * @return the outcome; ERROR_NO_MORE_ITEMS (259) when no drive is free
     */
    default ConnectOutcome connectAnyFreeDevice(String remoteName, Credentials credentials) {
        return connect(ConnectRequest.anyFreeDevice(remoteName).with(credentials));
    }

    /**
     * The name of the backend this maker calls.
     *
     * @return the backend's name, such as {@code "jna"} or {@code "fake"}
     */
    String backendName();
}
