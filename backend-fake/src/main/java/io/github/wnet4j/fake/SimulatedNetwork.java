package io.github.wnet4j.fake;

import io.github.wnet4j.spi.Names;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The servers a fake logon can connect to: their shares (disk or print), the accounts each accepts,
 * servers that cannot be reached, and shares an account may not open (specification, connect rows
 * C11 "Unknown server, unknown share, no access" and C12 "Bad password, unknown user").
 *
 * <p>A test that declares nothing gets {@link #open()}: every server exists, every share exists on it
 * with the type asked for, and every account is accepted, so that code which only maps and unmaps
 * needs no set-up. Declaring a server's shares makes that list exact ({@code IPC$} always exists);
 * declaring its accounts makes it accept those and the logon's own user, and no other
 * (specification, "The simulated network"):
 *
 * <pre>{@code
 * SimulatedNetwork network = SimulatedNetwork.builder()
 *         .server("nas", s -> s.share("backup").account("svc-backup", password))
 *         .server("old-fs", s -> s.unreachable())
 *         .build();
 * }</pre>
 *
 * <p>Passwords are kept only as salted SHA-256 digests, never in the clear: a network can be
 * printed, journaled or saved without revealing one. Immutable and thread-safe.
 */
public final class SimulatedNetwork {
    /** What a share serves: files ({@code RESOURCETYPE_DISK}) or a printer ({@code RESOURCETYPE_PRINT}). */
    public enum ShareType {
        /** A file share, mapped to a drive letter. */
        DISK,
        /** A printer share, mapped to an {@code LPT} port. */
        PRINT
    }

    /** The server's answer to one connection attempt, before the logon's own state is considered. */
    enum Access {
        /** The server takes the connection. */
        ACCEPTED,
        /** ERROR_BAD_NETPATH (53): the server cannot be found or reached. */
        SERVER_UNREACHABLE,
        /** ERROR_BAD_NET_NAME (67): no such share on a reachable server. */
        NO_SUCH_SHARE,
        /** ERROR_BAD_DEV_TYPE (66): a disk share asked for as a printer, or the reverse. */
        WRONG_SHARE_TYPE,
        /** ERROR_ACCESS_DENIED (5): the account may not open the share. */
        ACCESS_DENIED,
        /** ERROR_LOGON_FAILURE (1326): the server does not know the user. */
        UNKNOWN_USER,
        /** ERROR_INVALID_PASSWORD (86): a known user with a wrong password. */
        WRONG_PASSWORD
    }

    /** The machine's local drives when a test names none: {@code C:} (specification, "The simulated network"). */
    private static final Set<String> DEFAULT_LOCAL_DRIVES = Set.of("C:");
    /** The share every server has and no one declares. */
    private static final String IPC = "IPC$";

    private static final SimulatedNetwork OPEN = new SimulatedNetwork(Map.of(), new byte[0], DEFAULT_LOCAL_DRIVES, false);

    private final Map<String, Server> servers; // by folded server name
    private final byte[] salt;
    private final Set<String> localDrives; // canonical devices
    private final boolean busy;

    private SimulatedNetwork(Map<String, Server> servers, byte[] salt, Set<String> localDrives, boolean busy) {
        this.servers = servers;
        this.salt = salt;
        this.localDrives = localDrives;
        this.busy = busy;
    }

    /**
     * Whether a device is one of the machine's local drives, which no connection can take (row C3,
     * "Already assigned") and the pick skips (C15).
     *
     * @param device a canonical device such as {@code "C:"}
     * @return whether it is a local drive
     */
    public boolean isLocalDrive(String device) {
        return localDrives.contains(device);
    }

    /** {@return the machine's local drives, canonical ({@code "C:"})} */
    public Set<String> localDrives() {
        return localDrives;
    }

    /**
     * Whether the network is still starting: every connect answers {@code ERROR_BUSY} (170; row C20,
     * "No network, busy, provider error, profile fault").
     *
     * @return whether connects answer ERROR_BUSY
     */
    public boolean isBusy() {
        return busy;
    }

    /**
     * This network, busy or not: arm or clear {@code ERROR_BUSY} as a test arms a provider error.
     *
     * @param nowBusy whether connects answer ERROR_BUSY
     * @return the network with that setting, everything else the same
     */
    public SimulatedNetwork withBusy(boolean nowBusy) {
        return new SimulatedNetwork(servers, salt, localDrives, nowBusy);
    }

    /** {@return the network a test gets when it declares none: every server and share exists, every account is accepted} */
    public static SimulatedNetwork open() {
        return OPEN;
    }

    /** {@return a builder of a network that starts as {@link #open()} for every server it does not declare} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether a server was declared (an undeclared server answers as in {@link #open()}).
     *
     * @param server a server name, with or without its leading backslashes
     * @return whether it was declared
     */
    public boolean declares(String server) {
        return servers.containsKey(Names.fold(Names.checkServer(server)));
    }

    /**
     * How the server of {@code remoteName} answers an attempt to open its share as {@code type} with
     * an account. A null user name is the logon's own user, whose default password every reachable
     * server accepts (a decision: the simulated logon is trusted by its own domain).
     *
     * @param remoteName {@code \\server\share[\folder...]}, as checked by {@link Names#checkRemoteName}
     * @param type what the caller asked for; {@code null} when it did not say (a deviceless connection)
     * @param userName the account as written, or null for the logon's own user
     * @param password the password, or null for the user's default one; read, never kept
     */
    Access access(String remoteName, ShareType type, String userName, char[] password) {
        if (servers.isEmpty()) { // every connect asks, and most networks declare nothing: no name to cut or look up
            return Access.ACCEPTED;
        }
        int serverEnd = Names.serverEnd(remoteName);
        int shareEnd = remoteName.indexOf('\\', serverEnd + 1);
        String share = remoteName.substring(serverEnd + 1, shareEnd < 0 ? remoteName.length() : shareEnd);
        Server declared = servers.get(Names.fold(remoteName.substring(2, serverEnd)));
        if (declared == null) {
            return Access.ACCEPTED;
        }
        if (!declared.reachable) {
            return Access.SERVER_UNREACHABLE;
        }
        // Declared shares make the list exact; with none declared, every share exists as asked for.
        boolean ipc = isIpcShare(remoteName);
        ShareType served = ipc || declared.shares.isEmpty() ? null : declared.shares.get(Names.fold(share));
        if (served == null && !ipc && !declared.shares.isEmpty()) {
            return Access.NO_SUCH_SHARE;
        }
        if (type != null && served != null && served != type) {
            return Access.WRONG_SHARE_TYPE;
        }
        // Declared accounts make the list exact (the logon's own user aside); with none, any account is accepted.
        if (userName != null && !declared.accounts.isEmpty()) {
            byte[] expected = declared.accounts.get(Names.fold(userName));
            if (expected == null) {
                return Access.UNKNOWN_USER;
            }
            if (password != null && !MessageDigest.isEqual(expected, digest(salt, password))) {
                return Access.WRONG_PASSWORD;
            }
        }
        String who = userName == null ? "" : Names.fold(userName);
        return declared.denied.contains(who + '\\' + Names.fold(share)) ? Access.ACCESS_DENIED : Access.ACCEPTED;
    }

    /** {@return the declared servers and their shares and account names; never a password or its digest} */
    @Override
    public String toString() {
        return "SimulatedNetwork[" + (servers.isEmpty() ? "open" : servers.values().toString()) + ", local drives "
                + new java.util.TreeSet<>(localDrives) + (busy ? ", busy" : "") + "]";
    }


    /** Whether a remote name's share is {@code IPC$}, in any case: that share part and nothing more. */
    static boolean isIpcShare(String remoteName) {
        int shareStart = Names.serverEnd(remoteName) + 1;
        int after = shareStart + IPC.length();
        return remoteName.regionMatches(true, shareStart, IPC, 0, IPC.length())
                && (after == remoteName.length() || remoteName.charAt(after) == '\\');
    }

    /** SHA-256 of the salt and the password's UTF-16 units; every intermediate copy is cleared. */
    static byte[] digest(byte[] salt, char[] password) {
        ByteBuffer bytes = StandardCharsets.UTF_16LE.encode(CharBuffer.wrap(password));
        byte[] units = new byte[bytes.remaining()];
        bytes.get(units);
        Arrays.fill(bytes.array(), (byte) 0);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(units);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        } finally {
            Arrays.fill(units, (byte) 0);
        }
    }

    /** One declared server; package-private, built only by {@link ServerDeclaration}. */
    private static final class Server {
        final String name;
        final boolean reachable;
        final Map<String, ShareType> shares; // by folded share name
        final Map<String, byte[]> accounts; // by folded user name: digest of the password
        final Set<String> denied; // "folded user\folded share"; "" as user for the logon's own
        final Set<String> namesAsWritten; // shares and accounts as declared, for toString

        Server(String name, boolean reachable, Map<String, ShareType> shares, Map<String, byte[]> accounts, Set<String> denied,
                Set<String> namesAsWritten) {
            this.name = name;
            this.namesAsWritten = Set.copyOf(namesAsWritten);
            this.reachable = reachable;
            this.shares = Map.copyOf(shares);
            this.accounts = Map.copyOf(accounts);
            this.denied = Set.copyOf(denied);
        }

        @Override
        public String toString() {
            return name + (reachable ? "" : " (unreachable)") + " shares and accounts=" + new java.util.TreeSet<>(namesAsWritten);
        }
    }

    /** Builds a {@link SimulatedNetwork}; not thread-safe, used once. */
    public static final class Builder {
        private final Map<String, Server> servers = new HashMap<>();
        private final byte[] salt = new byte[16];
        private Set<String> localDrives = DEFAULT_LOCAL_DRIVES;
        private boolean busy;

        private Builder() {
            new SecureRandom().nextBytes(salt);
        }

        /**
         * Declares a server; a server declared twice is refused.
         *
         * @param name the server's name, with or without its leading backslashes
         * @param declaration its shares, accounts and reachability
         * @return this builder
         * @throws IllegalArgumentException if the name is not a server name or was declared already
         */
        public Builder server(String name, Consumer<ServerDeclaration> declaration) {
            String bare = Names.checkServer(name);
            String key = Names.fold(bare);
            if (servers.containsKey(key)) {
                throw new IllegalArgumentException("server " + Names.quote(bare) + " is declared twice; declare it once");
            }
            ServerDeclaration d = new ServerDeclaration(salt);
            Objects.requireNonNull(declaration, "declaration").accept(d);
            servers.put(key, new Server(bare, d.reachable, d.shares, d.accounts, d.denied, d.namesAsWritten));
            return this;
        }

        /**
         * The machine's local drives ({@code C:} unless set): a connect to one answers ERROR_ALREADY_ASSIGNED.
         *
         * @param drives drive devices such as {@code "C:"}, {@code "d:"}; none for a machine without local drives
         * @return this builder
         * @throws IllegalArgumentException if one is not a drive
         */
        public Builder localDrives(String... drives) {
            Set<String> canonical = new HashSet<>();
            for (String drive : drives) {
                String device = Names.device(Names.check(Objects.requireNonNull(drive, "drive")));
                if (device == null || device.startsWith("LPT")) {
                    throw new IllegalArgumentException(Names.quote(drive) + " is not a drive: pass drives such as \"C:\"");
                }
                canonical.add(device);
            }
            this.localDrives = Set.copyOf(canonical);
            return this;
        }

        /**
         * Whether the network starts busy: every connect answers ERROR_BUSY (170) until {@link SimulatedNetwork#withBusy}.
         *
         * @param startsBusy whether connects answer ERROR_BUSY
         * @return this builder
         */
        public Builder busy(boolean startsBusy) {
            this.busy = startsBusy;
            return this;
        }

        /** {@return the network: declared servers answer as declared, every other one as in {@link SimulatedNetwork#open()}} */
        public SimulatedNetwork build() {
            return new SimulatedNetwork(Map.copyOf(servers), salt.clone(), localDrives, busy);
        }
    }

    /** What one server serves and accepts; valid only inside {@link Builder#server(String, Consumer)}. */
    public static final class ServerDeclaration {
        private final byte[] salt;
        private boolean reachable = true;
        private final Map<String, ShareType> shares = new HashMap<>();
        private final Map<String, byte[]> accounts = new HashMap<>();
        private final Set<String> denied = new HashSet<>();
        private final Set<String> namesAsWritten = new HashSet<>();

        private ServerDeclaration(byte[] salt) {
            this.salt = salt;
        }

        /**
         * A disk share.
         *
         * @param name the share's name, without the server
         * @return this declaration
         */
        public ServerDeclaration share(String name) {
            return share(name, ShareType.DISK);
        }

        /**
         * A share of the given type.
         *
         * @param name the share's name, without the server ({@code IPC$} always exists and is not declared)
         * @param type disk or print
         * @return this declaration
         * @throws IllegalArgumentException if the name is not a share name
         */
        public ServerDeclaration share(String name, ShareType type) {
            shares.put(Names.fold(shareName(name)), Objects.requireNonNull(type, "type"));
            namesAsWritten.add(name);
            return this;
        }

        /**
         * An account the server accepts, with its password; the password is digested at once, the
         * caller's array is left as it is (clear it when done).
         *
         * @param userName the account as callers write it ({@code svc}, {@code NAS\\svc}); compared case-insensitively
         * @param password the password; compared exactly (case matters, specification row C9)
         * @return this declaration
         */
        public ServerDeclaration account(String userName, char[] password) {
            Names.check(Objects.requireNonNull(userName, "userName"));
            accounts.put(Names.fold(userName), digest(salt, Objects.requireNonNull(password, "password")));
            namesAsWritten.add(userName);
            return this;
        }

        /**
         * The server cannot be found or reached: every connection to it answers ERROR_BAD_NETPATH (53).
         *
         * @return this declaration
         */
        public ServerDeclaration unreachable() {
            reachable = false;
            return this;
        }

        /**
         * An account may not open a share (ERROR_ACCESS_DENIED, 5).
         *
         * @param userName the account, or null for the logon's own user
         * @param share the share's name
         * @return this declaration
         */
        public ServerDeclaration deny(String userName, String share) {
            String who = userName == null ? "" : Names.fold(Names.check(userName));
            denied.add(who + '\\' + Names.fold(shareName(share)));
            return this;
        }

        private static String shareName(String name) {
            Names.check(Objects.requireNonNull(name, "share name must not be null"));
            if (name.indexOf('\\') >= 0 || name.isBlank()) {
                throw new IllegalArgumentException("share " + Names.quote(name)
                        + " is not a share name: pass the name alone, such as \"backup\", without the server");
            }
            return name;
        }
    }
}
