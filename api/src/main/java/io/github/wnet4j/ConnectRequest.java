package io.github.wnet4j;

import io.github.wnet4j.spi.Names;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One connection to make: which function, the device (or none, or "pick a free one"), the remote
 * name, the resource type, the credentials and the flags.
 *
 * <pre>{@code
 * ConnectRequest.device("Z:", "\\\\fileserver\\deploy").with(credentials).remembered()
 * ConnectRequest.deviceless("\\\\nas\\backup").with(credentials)
 * ConnectRequest.anyFreeDevice("\\\\fileserver\\deploy")          // WNetUseConnection picks, Z: down
 * ConnectRequest.device("Z:", "\\\\fileserver\\deploy").using(WNetFunction.ADD_CONNECTION3)
 * }</pre>
 *
 * <p>Names are checked by the one grammar of the cancel side when the request is made, before any
 * backend runs: a name Windows cannot be passed is an {@link IllegalArgumentException}; a name it
 * can be passed but that is not a device or a remote name is Windows' to answer (ERROR_BAD_DEVICE,
 * ERROR_BAD_NET_NAME; specification row C13, "Bad names, types and flags"). The request holds the
 * caller's {@link Credentials} object, never a copy of its password; its {@code toString} shows no
 * password.
 *
 * @param function the function to call: one of {@link WNetFunction#isConnect()}
 * @param device the device to redirect ({@code "Z:"}, {@code "LPT1:"}), or empty for a deviceless
 *     connection or for a picked device
 * @param pickFreeDevice whether Windows picks the device ({@code CONNECT_REDIRECT} with no device,
 *     {@link WNetFunction#USE_CONNECTION} only; specification row C15, "WNetUseConnection picks a device")
 * @param remoteName the remote name ({@code \\server\share})
 * @param type what is connected: {@link ResourceType#DISK}, {@link ResourceType#PRINT}, or
 *     {@link ResourceType#UNKNOWN} ({@code RESOURCETYPE_ANY}, deviceless only)
 * @param credentials the user name and password, or empty for the logon's own
 * @param flags the flags
 */
public record ConnectRequest(WNetFunction function, Optional<String> device, boolean pickFreeDevice, String remoteName,
                             ResourceType type, Optional<Credentials> credentials, Set<ConnectFlag> flags) {
    /**
     * Checks the request.
     *
     * @param function the connect function to call
     * @param device the device to redirect, or empty
     * @param pickFreeDevice whether Windows picks the device
     * @param remoteName the remote name
     * @param type what is connected
     * @param credentials the user name and password, or empty for the logon's own
     * @param flags the flags
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if a name cannot be passed to Windows, the function is not a connect
     *     function, a device is both named and to be picked, a picked device is asked of another function
     *     than WNetUseConnection, or the legacy function is given a user name, flags or no device
     */
    public ConnectRequest {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(device, "device: pass Optional.empty() for a deviceless connection");
        device.ifPresent(Names::check);
        Names.check(remoteName);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(credentials, "credentials: pass Optional.empty() for the logon's own");
        flags = ConnectFlag.copyOf(flags);
        if (!function.isConnect()) {
            throw new IllegalArgumentException(function.win32Name() + " does not make connections: pass "
                    + "WNetAddConnection2, WNetAddConnection3, WNetUseConnection or WNetAddConnection");
        }
        if (pickFreeDevice && (device.isPresent() || function != WNetFunction.USE_CONNECTION)) {
            throw new IllegalArgumentException("only WNetUseConnection picks a free device, and only when no device is named: "
                    + "use ConnectRequest.anyFreeDevice(remoteName)");
        }
        if (function == WNetFunction.ADD_CONNECTION
                && (credentials.flatMap(Credentials::userName).isPresent() || !flags.isEmpty())) {
            throw new IllegalArgumentException("the legacy WNetAddConnection takes a remote name, a password and a device only "
                    + "(no user name, no flags): use WNetAddConnection2 for the rest");
        }
    }

    /**
     * A device redirected to a remote name with WNetAddConnection2, with the logon's own credentials,
     * not remembered; a drive connects a disk share and an {@code LPT} port a printer.
     *
     * @param device the device, such as {@code "Z:"} or {@code "LPT1:"}
     * @param remoteName the remote name, such as {@code "\\\\fileserver\\deploy"}
     * @return the request
     */
    public static ConnectRequest device(String device, String remoteName) {
        return new ConnectRequest(WNetFunction.ADD_CONNECTION2, Optional.of(device), false, remoteName, typeOf(device),
                Optional.empty(), Set.of());
    }

    /** The type a device implies: a printer port PRINT, anything else DISK (a non-device is Windows' to refuse, C13). */
    private static ResourceType typeOf(String device) {
        String canonical = Names.device(Names.check(device));
        return canonical != null && canonical.startsWith("LPT") ? ResourceType.PRINT : ResourceType.DISK;
    }

    /**
     * A connection with no device ({@code RESOURCETYPE_ANY}) with WNetAddConnection2, with the logon's
     * own credentials.
     *
     * @param remoteName the remote name, such as {@code "\\\\nas\\backup"} or {@code "\\\\nas\\IPC$"}
     * @return the request
     */
    public static ConnectRequest deviceless(String remoteName) {
        return new ConnectRequest(WNetFunction.ADD_CONNECTION2, Optional.empty(), false, remoteName, ResourceType.UNKNOWN,
                Optional.empty(), Set.of());
    }

    /**
     * A drive that WNetUseConnection picks ({@code Z:} down to {@code C:}, skipping letters in use), for a
     * disk share; {@link #ofType(ResourceType)} with {@link ResourceType#PRINT} picks an {@code LPT} port.
     *
     * @param remoteName the remote name
     * @return the request
     */
    public static ConnectRequest anyFreeDevice(String remoteName) {
        return new ConnectRequest(WNetFunction.USE_CONNECTION, Optional.empty(), true, remoteName, ResourceType.DISK,
                Optional.empty(), Set.of());
    }

    /**
     * The legacy {@code WNetAddConnection(remoteName, password, device)}: no user name, no flags; Windows
     * remembers a device connection made this way (specification row C18, "The legacy WNetAddConnection").
     *
     * @param remoteName the remote name
     * @param device the device, or null for a connection with no device
     * @return the request, with the logon's own password unless {@link #with(Credentials)} gives one
     */
    public static ConnectRequest legacy(String remoteName, String device) {
        return new ConnectRequest(WNetFunction.ADD_CONNECTION, Optional.ofNullable(device), false, remoteName,
                device == null ? ResourceType.UNKNOWN : typeOf(device), Optional.empty(), Set.of());
    }

    /**
     * This request with these credentials.
     *
     * @param newCredentials the user name and password; the request keeps the object, not a copy
     * @return the request
     */
    public ConnectRequest with(Credentials newCredentials) {
        return new ConnectRequest(function, device, pickFreeDevice, remoteName, type,
                Optional.of(Objects.requireNonNull(newCredentials, "credentials")), flags);
    }

    /**
     * This request with these flags in place of its own.
     *
     * @param newFlags the flags
     * @return the request
     */
    public ConnectRequest withFlags(Set<ConnectFlag> newFlags) {
        return new ConnectRequest(function, device, pickFreeDevice, remoteName, type, credentials, newFlags);
    }

    /**
     * This request, remembered in the user's profile ({@code CONNECT_UPDATE_PROFILE}), so that the next
     * logon restores it; only a device connection is remembered (specification rows C6 and C7).
     *
     * @return the request
     */
    public ConnectRequest remembered() {
        EnumSet<ConnectFlag> more = EnumSet.of(ConnectFlag.CONNECT_UPDATE_PROFILE);
        more.addAll(flags);
        return withFlags(more);
    }

    /**
     * This request made through another connect function (the same connection, another entry point).
     *
     * @param connectFunction WNetAddConnection2, WNetAddConnection3 or WNetUseConnection
     * @return the request
     */
    public ConnectRequest using(WNetFunction connectFunction) {
        return new ConnectRequest(connectFunction, device, pickFreeDevice, remoteName, type, credentials, flags);
    }

    /**
     * This request for another resource type.
     *
     * @param newType DISK, PRINT, or UNKNOWN ({@code RESOURCETYPE_ANY})
     * @return the request
     */
    public ConnectRequest ofType(ResourceType newType) {
        return new ConnectRequest(function, device, pickFreeDevice, remoteName, newType, credentials, flags);
    }

    /** {@return the {@code dwFlags} sent: the flags' bits, and {@code CONNECT_REDIRECT} when Windows picks the device} */
    int flagBits() {
        return ConnectFlag.toBits(flags) | (pickFreeDevice ? ConnectFlag.REDIRECT_BIT : 0);
    }

    /** {@return the call as it would be written, for example {@code WNetAddConnection2(Z: -> \\srv\share, user svc, CONNECT_UPDATE_PROFILE)}} */
    String describeCall() {
        StringBuilder s = new StringBuilder(function.win32Name()).append('(');
        s.append(device.map(Names::quote).orElse(pickFreeDevice ? "any free device" : "no device"));
        s.append(" -> ").append(Names.quote(remoteName));
        s.append(credentials.flatMap(Credentials::userName).map(u -> ", user " + Names.quote(u)).orElse(""));
        s.append(credentials.filter(Credentials::hasPassword).map(c -> ", a password").orElse(""));
        flags.stream().map(Enum::name).sorted().forEach(f -> s.append(", ").append(f));
        return s.append(')').toString();
    }
}
