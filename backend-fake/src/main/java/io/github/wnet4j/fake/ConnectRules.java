package io.github.wnet4j.fake;

import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.WNetFunction;
import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.fake.CancelRules.ProviderEffect;
import io.github.wnet4j.fake.SimulatedNetwork.ShareType;
import io.github.wnet4j.fake.UserState.CredentialsInUse;
import io.github.wnet4j.fake.UserState.DeviceMap;
import io.github.wnet4j.fake.UserState.LiveConnection;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.Names;

import java.util.Base64;

import static io.github.wnet4j.ErrorCode.ERROR_ACCESS_DENIED;
import static io.github.wnet4j.ErrorCode.ERROR_ALREADY_ASSIGNED;
import static io.github.wnet4j.ErrorCode.ERROR_BAD_DEVICE;
import static io.github.wnet4j.ErrorCode.ERROR_BAD_DEV_TYPE;
import static io.github.wnet4j.ErrorCode.ERROR_BAD_NETPATH;
import static io.github.wnet4j.ErrorCode.ERROR_BAD_NET_NAME;
import static io.github.wnet4j.ErrorCode.ERROR_BUSY;
import static io.github.wnet4j.ErrorCode.ERROR_DEVICE_ALREADY_REMEMBERED;
import static io.github.wnet4j.ErrorCode.ERROR_INVALID_ADDRESS;
import static io.github.wnet4j.ErrorCode.ERROR_INVALID_PARAMETER;
import static io.github.wnet4j.ErrorCode.ERROR_INVALID_PASSWORD;
import static io.github.wnet4j.ErrorCode.ERROR_LOGON_FAILURE;
import static io.github.wnet4j.ErrorCode.ERROR_NO_MORE_ITEMS;
import static io.github.wnet4j.ErrorCode.ERROR_NO_NETWORK;
import static io.github.wnet4j.ErrorCode.ERROR_NO_NET_OR_BAD_PATH;
import static io.github.wnet4j.ErrorCode.ERROR_SESSION_CREDENTIAL_CONFLICT;

/**
 * The connect side's decision procedure, beside {@link CancelRules} and {@link ReadRules}: the state
 * and a connect call in, a {@link ConnectVerdict} out; no lock, no I/O, no mutation. It decides rows
 * C1-C21 of docs/specification.md ("Making connections") in the order the specification's "The
 * order in which the rows decide" gives, each step in {@link #decide}:
 *
 * <ol>
 *   <li>row 15 (bad names): refused by the API before any backend runs;</li>
 *   <li>C20 (no network, busy, provider error): 1222, 170, 1208;</li>
 *   <li>C13 (bad flags or type: 87), C17 (CONNECT_REDIRECT with no device: 487), C15 (the pick: 87 for
 *       ANY, 259 when nothing is free): {@link #flagsAndType}, {@link #pick};</li>
 *   <li>C13 (not a device: 1200; ANY with a device: 87; device and type of different kinds: 66): {@link #deviceKind};</li>
 *   <li>C3 (already assigned, or a local drive: 85), C4 (remembered to another remote name: 1202);</li>
 *   <li>C13 (a remote name no provider takes: 1203; not {@code \\server\share}: 67);</li>
 *   <li>C9 (the server held under other credentials: 1219): {@link #conflicts};</li>
 *   <li>C11 (unreachable server: 53; no such share: 67; share and device of different kinds, or {@code IPC$}
 *       with a device: 66) and C12 (unknown user: 1326; wrong password: 86, or 1326 under
 *       {@link BehaviourProfile#logonFailureForBadPassword()}; no access: 5): {@link #serverAnswer};</li>
 *   <li>C6 (a device to remember and a faulty profile: 1205, 1206);</li>
 *   <li>C16 (WNetUseConnection's buffer): the SPI hides the buffer, so the fake never answers 234 (the C
 *       double does, before it asks the model);</li>
 *   <li>C1, C2, C5, C6, C18, C19: connect in the calling session's device map, add a use to a deviceless
 *       connection that exists, hold the server under these credentials, remember a device when asked
 *       (the legacy function: unless {@link BehaviourProfile#legacyAddTemporary()}).</li>
 * </ol>
 *
 * <p>C7, C8 (only a device is remembered, and only when asked), C10 (the credentials in use end with the
 * last connection: they live on the connections), C14 (no UI: the fake has none, so CONNECT_INTERACTIVE
 * changes nothing) and C21 (a failed call changes nothing: a verdict that fails connects nothing) follow
 * from the steps above.
 */
final class ConnectRules {

    /** Every flag bit the connect functions define (specification, "Flags"); any other bit is 87 (C13). */
    private static final int KNOWN_FLAGS = 0x1 | 0x2 | 0x4 | 0x8 | 0x10 | 0x80 | 0x100 | 0x200 | 0x800 | 0x1000 | 0x2000
            | 0x4000 | 0x8000 | 0x10000 | 0x40000;
    private static final int UPDATE_PROFILE = 0x1;
    private static final int REDIRECT = 0x80;

    /** One connect call as the SPI received it; the password is read, never kept. */
    record ConnectCall(WNetFunction function, int type, String device, String remoteName, String userName, char[] password,
                       int flags) {
        static ConnectCall of(WNetFunction function, NetResource resource, String userName, char[] password, int flags) {
            Names.checkPassword(password); // as the native backends refuse it at their boundary
            String device = resource.localName() == null || resource.localName().isEmpty() ? null : resource.localName();
            return new ConnectCall(function, resource.type(), device, resource.remoteName(), userName, password, flags);
        }

        /** {@return the call for the journal: devices, remote name and user name, never the password} */
        String describe() {
            // One concatenation per shape, not appends under conditions: C2 makes a straight chain's string in one
            // allocation, with no builder's buffer to copy; the string is made on every connect, for its journal entry.
            if (userName == null) {
                return device == null ? "-> " + remoteName : device + " -> " + remoteName;
            }
            return device == null ? "-> " + remoteName + " as " + userName : device + " -> " + remoteName + " as " + userName;
        }
    }

    /**
     * What a connect returns and changes: the code; the provider's error for 1208; the live connection
     * to put in the calling session's device map (a deviceless connection that exists, with one more use),
     * or null when nothing connects; whether its device is remembered; the access name WNetUseConnection
     * writes; and what the call does to the armed provider error.
     */
    record ConnectVerdict(int code, ExtendedError extendedError, LiveConnection connected, boolean remember,
                          String accessName, ProviderEffect provider) {
        static ConnectVerdict failed(ErrorCode code, ProviderEffect provider) {
            return new ConnectVerdict(code.value(), null, null, false, null, provider);
        }
    }

    private ConnectRules() {
    }

    /** The whole decision for one connect made in the session whose device map is {@code map}; the caller holds the user's lock. */
    static ConnectVerdict decide(UserState t, DeviceMap map, BehaviourProfile profile, ConnectCall call) {
        SimulatedNetwork network = t.network;
        if (!t.networkPresent) {
            return ConnectVerdict.failed(ERROR_NO_NETWORK, ProviderEffect.NONE);            // C20 (no network)
        }
        if (network.isBusy()) {
            return ConnectVerdict.failed(ERROR_BUSY, ProviderEffect.NONE);                   // C20 (busy)
        }
        ProviderEffect provider = CancelRules.providerEffect(t);
        if (CancelRules.providerFires(t)) {                                                 // C20 (provider error)
            return new ConnectVerdict(ErrorCode.ERROR_EXTENDED_ERROR.value(), t.providerError.error(), null, false, null,
                    provider);
        }
        int flags = call.function() == WNetFunction.ADD_CONNECTION
                ? (profile.legacyAddTemporary() ? 0 : UPDATE_PROFILE) : call.flags();       // C18 (the legacy function)
        ErrorCode refused = flagsAndType(call, flags);
        String device = call.device();
        if (refused == null && device == null && (flags & REDIRECT) != 0) {                  // C15 (the pick)
            device = pick(t, map, call.type());
            refused = device == null ? (call.type() == NetResource.RESOURCETYPE_ANY ? ERROR_INVALID_PARAMETER : ERROR_NO_MORE_ITEMS)
                    : null;
        }
        String canonical = device == null ? null : Names.device(device);
        if (refused == null && device != null) {
            refused = deviceKind(canonical, call.type());                                    // C13 (device kinds)
        }
        if (refused == null && canonical != null) {
            String entry = t.remembered.get(canonical);
            if (map.devices.containsKey(canonical) || network.isLocalDrive(canonical)) {
                refused = ERROR_ALREADY_ASSIGNED;                                            // C3 (already assigned)
            } else if (entry != null && !Names.same(entry, call.remoteName())) {
                refused = ERROR_DEVICE_ALREADY_REMEMBERED;                                   // C4 (remembered elsewhere)
            }
        }
        if (refused == null) {
            refused = remoteNameShape(call.remoteName());                                    // C13 (remote names)
        }
        CredentialsInUse credentials = credentialsOf(t, call);
        if (refused == null && conflicts(map, call.remoteName(), credentials)) {
            refused = ERROR_SESSION_CREDENTIAL_CONFLICT;                                     // C9 (one set per server)
        }
        if (refused == null) {
            refused = serverAnswer(network, profile, call, canonical);                       // C11, C12
        }
        boolean alreadyRemembered = canonical != null && t.remembered.containsKey(canonical);
        boolean remember = canonical != null && (flags & UPDATE_PROFILE) != 0 && !alreadyRemembered;
        if (refused == null && remember && t.profileFault != null) {
            refused = t.profileFault.code();                                                 // C6 (profile fault)
        }
        if (refused != null) {
            return ConnectVerdict.failed(refused, provider);
        }
        LiveConnection connected;
        if (canonical != null) {                                                             // C1, C5, C19
            connected = new LiveConnection(canonical, call.remoteName(), 0, false, credentials, 1);
        } else {                                                                             // C2 (deviceless, uses)
            LiveConnection existing = map.deviceless.get(Names.fold(call.remoteName()));
            connected = existing != null ? existing.withOneMoreUse()
                    : new LiveConnection(null, call.remoteName(), 0, false, credentials, 1);
        }
        String accessName = device != null ? device : call.remoteName();
        return new ConnectVerdict(ErrorCode.NO_ERROR.value(), null, connected, remember, accessName, provider);
    }

    /** C13 ("Bad names, types and flags") for the bits and the type; C17 (CONNECT_REDIRECT with no device in WNetAddConnection2/3). */
    private static ErrorCode flagsAndType(ConnectCall call, int flags) {
        if ((flags & ~KNOWN_FLAGS) != 0 || call.type() < NetResource.RESOURCETYPE_ANY || call.type() > NetResource.RESOURCETYPE_PRINT) {
            return ERROR_INVALID_PARAMETER;
        }
        boolean addConnection = call.function() == WNetFunction.ADD_CONNECTION2 || call.function() == WNetFunction.ADD_CONNECTION3;
        return addConnection && call.device() == null && (flags & REDIRECT) != 0 ? ERROR_INVALID_ADDRESS : null;
    }

    /**
     * C15 ("WNetUseConnection picks a device"): the highest free drive from {@code Z:} down to {@code C:}, or
     * the first free printer port; free means not redirected in this device map, not a local drive and not
     * remembered. Null when none is free or the type is ANY.
     */
    private static String pick(UserState t, DeviceMap map, int type) {
        if (type == NetResource.RESOURCETYPE_DISK) {
            for (char letter = 'Z'; letter >= 'C'; letter--) {
                String drive = letter + ":";
                if (isFree(t, map, drive)) {
                    return drive;
                }
            }
        } else if (type == NetResource.RESOURCETYPE_PRINT) {
            for (int port = 1; port <= 9; port++) {
                if (isFree(t, map, "LPT" + port + ":")) {
                    return "LPT" + port + ":";
                }
            }
        }
        return null;
    }

    private static boolean isFree(UserState t, DeviceMap map, String device) {
        return !map.devices.containsKey(device) && !t.network.isLocalDrive(device) && !t.remembered.containsKey(device);
    }

    /** C13: not a device (1200), ANY with a device (87), a drive with PRINT or a port with DISK (66). */
    private static ErrorCode deviceKind(String canonical, int type) {
        if (canonical == null) {
            return ERROR_BAD_DEVICE;
        }
        if (type == NetResource.RESOURCETYPE_ANY) {
            return ERROR_INVALID_PARAMETER;
        }
        boolean port = canonical.startsWith("LPT");
        return port != (type == NetResource.RESOURCETYPE_PRINT) ? ERROR_BAD_DEV_TYPE : null;
    }

    /** C13: a name no provider takes (not starting with two backslashes: 1203), or not {@code \\server\share[\folder...]} (67). */
    private static ErrorCode remoteNameShape(String remoteName) {
        if (!Names.isRemoteName(remoteName)) {
            return ERROR_NO_NET_OR_BAD_PATH;
        }
        try {
            Names.checkRemoteName(remoteName);
            return null;
        } catch (IllegalArgumentException notAShare) {
            return ERROR_BAD_NET_NAME;
        }
    }

    /**
     * C9 ("One set of credentials per server"): whether a live connection of this device map holds the
     * server of {@code remoteName} (compared by name as written, row 13) under other credentials.
     */
    static boolean conflicts(DeviceMap map, String remoteName, CredentialsInUse credentials) {
        for (LiveConnection live : map.devices.values()) {
            if (Names.sameServer(live.remoteName(), remoteName) && !live.credentials().equals(credentials)) {
                return true;
            }
        }
        for (LiveConnection live : map.deviceless.values()) {
            if (Names.sameServer(live.remoteName(), remoteName) && !live.credentials().equals(credentials)) {
                return true;
            }
        }
        return false;
    }

    /** C11 and C12: what the simulated server answers; {@code IPC$} takes no device (66, a decision). */
    private static ErrorCode serverAnswer(SimulatedNetwork network, BehaviourProfile profile, ConnectCall call, String device) {
        String remoteName = call.remoteName();
        ShareType type = call.type() == NetResource.RESOURCETYPE_DISK ? ShareType.DISK
                : call.type() == NetResource.RESOURCETYPE_PRINT ? ShareType.PRINT : null;
        SimulatedNetwork.Access access = network.access(remoteName, type, call.userName(), call.password());
        switch (access) {
            case SERVER_UNREACHABLE:
                return ERROR_BAD_NETPATH;
            case NO_SUCH_SHARE:
                return ERROR_BAD_NET_NAME;
            case WRONG_SHARE_TYPE:
                return ERROR_BAD_DEV_TYPE;
            default:
                break;
        }
        if (device != null && SimulatedNetwork.isIpcShare(remoteName)) {
            return ERROR_BAD_DEV_TYPE;
        }
        switch (access) {
            case UNKNOWN_USER:
                return ERROR_LOGON_FAILURE;
            case WRONG_PASSWORD:
                return profile.logonFailureForBadPassword() ? ERROR_LOGON_FAILURE : ERROR_INVALID_PASSWORD;
            case ACCESS_DENIED:
                return ERROR_ACCESS_DENIED;
            default:
                return null;
        }
    }

    /** The credentials this call would hold the server under: the user name folded, the password as a salted digest. */
    private static CredentialsInUse credentialsOf(UserState t, ConnectCall call) {
        if (call.userName() == null && call.password() == null) {
            return CredentialsInUse.LOGON;
        }
        String user = call.userName() == null ? "" : Names.fold(call.userName());
        String password = call.password() == null ? ""
                : Base64.getEncoder().encodeToString(SimulatedNetwork.digest(t.credentialSalt(), call.password()));
        return new CredentialsInUse(user, password);
    }
}
