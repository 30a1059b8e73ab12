package io.github.wnet4j.cli;

import io.github.wnet4j.fake.SimulatedNetwork;
import io.github.wnet4j.spi.Names;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulated network of a state file (specification, "The simulated network"): the servers
 * {@code wnet sim server} declared, with their shares, accounts and reachability, and the salt of
 * the file's password digests. Every user of the file connects through it.
 *
 * <p>No password is ever kept, here or in the file: a password given to {@code wnet} is turned at
 * once into its digest ({@link #digest}, PBKDF2 with the file's salt), and that digest is what the
 * fake is handed in the password's place, both as a declared account's password and as the password
 * of a connect. The fake's own comparisons (C9 "One set of credentials per server", C12 "Bad password,
 * unknown user") then compare digests, which are equal exactly when the passwords are, and a
 * connection's credentials can be saved and restored without the password ever reaching the disk.
 */
final class StateNetwork {
    /** PBKDF2's work factor: a guess at a short password costs a guesser this many HMACs, a {@code wnet} run one digest. */
    private static final int ITERATIONS = 100_000;
    private static final int SALT_BYTES = 16;

    /** The file's {@code "network"} object: the salt in hex, the declared servers. */
    record NetworkEntry(String salt, List<ServerEntry> servers) {
    }

    /** A declared server: its shares (an empty list: every share exists), accounts (empty: every account) and reachability. */
    record ServerEntry(String name, boolean unreachable, List<ShareEntry> shares, List<AccountEntry> accounts) {
    }

    /** A share and its type, {@code disk} or {@code print}. */
    record ShareEntry(String name, String type) {
    }

    /** An account a server accepts: its user name, and its password's digest ({@link #digest}), never the password. */
    record AccountEntry(String user, String passwordDigest) {
        @Override
        public String toString() {
            return "AccountEntry[user=" + user + ", passwordDigest=" + redacted(passwordDigest) + "]";
        }
    }

    // Null until a digest or the file's entry needs it: most runs (list, get, unc, cancel) load a file
    // with no network and need no SecureRandom. Once set, the file must keep this network. Like the
    // servers, confined to the one thread of a wnet run.
    private byte[] salt;
    private final Map<String, ServerEntry> servers = new LinkedHashMap<>(); // by folded name, in the order declared

    private StateNetwork(byte[] salt) {
        this.salt = salt;
    }

    /** {@return a network with no server declared (every server, share and account exists), its salt made when first needed} */
    static StateNetwork fresh() {
        return new StateNetwork(null);
    }

    /** {@return the file's salt, made now if this network has none yet} */
    private byte[] salt() {
        if (salt == null) {
            salt = new byte[SALT_BYTES];
            new SecureRandom().nextBytes(salt);
        }
        return salt;
    }

    /**
     * The network a file's entry describes; a file without one (written before networks were saved)
     * gets a fresh one.
     *
     * @throws IllegalArgumentException if the salt is not hex of {@value #SALT_BYTES} bytes, a name is
     *     refused, or a server is declared twice
     */
    static StateNetwork of(NetworkEntry entry) {
        if (entry == null) {
            return fresh();
        }
        byte[] salt;
        try {
            salt = HexFormat.of().parseHex(StateFile.required(entry.salt(), "salt"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the network's \"salt\" is not hexadecimal");
        }
        if (salt.length != SALT_BYTES) {
            throw new IllegalArgumentException("the network's \"salt\" has " + salt.length + " bytes, not " + SALT_BYTES);
        }
        StateNetwork network = new StateNetwork(salt);
        for (ServerEntry s : StateFile.orEmpty(entry.servers())) {
            String name = Names.checkServer(StateFile.required(s.name(), "name"));
            if (network.servers.put(Names.fold(name), s) != null) {
                throw new IllegalArgumentException("server " + Names.quote(name) + " is declared twice in the network");
            }
            for (AccountEntry a : StateFile.orEmpty(s.accounts())) {
                checkDigest(StateFile.required(a.passwordDigest(), "passwordDigest"));
                StateFile.required(a.user(), "user");
            }
            for (ShareEntry share : StateFile.orEmpty(s.shares())) {
                type(share);
            }
        }
        return network;
    }

    /**
     * {@return the file's entry for this network, or null while it has nothing to keep: it came from no
     * file's entry, declares no server and made no digest}
     */
    NetworkEntry entry() {
        return salt == null && servers.isEmpty() ? null
                : new NetworkEntry(HexFormat.of().formatHex(salt()), List.copyOf(servers.values()));
    }

    /** {@return the declared server of that name, or null} */
    ServerEntry server(String name) {
        return servers.get(Names.fold(name));
    }

    /** Declares a server, replacing its earlier declaration. */
    void declare(ServerEntry server) {
        servers.put(Names.fold(server.name()), server);
    }

    /** {@return the fake's network: each declared server with its shares, accounts (their digests as passwords) and reachability} */
    SimulatedNetwork simulated() {
        if (servers.isEmpty()) {
            return SimulatedNetwork.open();
        }
        SimulatedNetwork.Builder builder = SimulatedNetwork.builder();
        for (ServerEntry s : servers.values()) {
            builder.server(s.name(), d -> {
                for (ShareEntry share : StateFile.orEmpty(s.shares())) {
                    d.share(share.name(), type(share));
                }
                for (AccountEntry a : StateFile.orEmpty(s.accounts())) {
                    d.account(a.user(), a.passwordDigest().toCharArray());
                }
                if (s.unreachable()) {
                    d.unreachable();
                }
            });
        }
        return builder.build();
    }

    /**
     * The digest that stands for {@code password} in this file and in the fake: PBKDF2-HMAC-SHA256
     * over the password with the file's salt, as 64 lower-case hexadecimal characters. It is written to
     * the file by design, so it is a string and nobody clears it. The caller clears the password; this
     * method clears its key spec's copy and the key's bytes, though the JDK's PBKDF2 key object keeps
     * its own copy of the password until it is garbage-collected.
     */
    String digest(char[] password) {
        PBEKeySpec spec = new PBEKeySpec(password, salt(), ITERATIONS, 256);
        byte[] key = null;
        try {
            key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return HexFormat.of().formatHex(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform provides PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
        }
    }

    /**
     * {@return how a toString shows a password digest: never the digest, which a guesser could test short
     * passwords against, only whether there is one}
     */
    static String redacted(String passwordDigest) {
        return passwordDigest == null ? "null" : "(redacted)";
    }

    /** Refuses a digest that {@link #digest} cannot have made. */
    static String checkDigest(String digest) {
        if (digest.length() != 64 || !digest.chars().allMatch(c -> Character.digit(c, 16) >= 0 && !Character.isUpperCase(c))) {
            throw new IllegalArgumentException("a \"passwordDigest\" is 64 lower-case hexadecimal digits, which wnet"
                    + " writes; wnet never stores a password");
        }
        return digest;
    }

    private static SimulatedNetwork.ShareType type(ShareEntry share) {
        NameChecks.share(StateFile.required(share.name(), "name"));
        return switch (StateFile.required(share.type(), "type")) {
            case "disk" -> SimulatedNetwork.ShareType.DISK;
            case "print" -> SimulatedNetwork.ShareType.PRINT;
            default -> throw new IllegalArgumentException("share " + Names.quote(share.name()) + " has type "
                    + Names.quote(share.type()) + "; a share's type is \"disk\" or \"print\"");
        };
    }

    /** {@return the server's declaration in one line: its shares, its accounts (names only), whether it is reachable} */
    static String describe(ServerEntry s) {
        List<String> shares = new ArrayList<>();
        StateFile.orEmpty(s.shares()).forEach(share -> shares.add(share.name() + (share.type().equals("print") ? " (print)" : "")));
        List<String> accounts = new ArrayList<>();
        StateFile.orEmpty(s.accounts()).forEach(a -> accounts.add(a.user()));
        return "\\\\" + s.name() + (s.unreachable() ? ": unreachable (ERROR_BAD_NETPATH)" : ": reachable")
                + "; shares: " + (shares.isEmpty() ? "any" : String.join(", ", shares) + ", IPC$")
                + "; accounts: " + (accounts.isEmpty() ? "any" : String.join(", ", accounts) + " and the logon's own user");
    }
}
