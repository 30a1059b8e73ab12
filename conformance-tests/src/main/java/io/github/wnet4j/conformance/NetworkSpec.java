package io.github.wnet4j.conformance;

import io.github.wnet4j.ResourceType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The network a connect clause needs its fixture to simulate (specification, "The simulated
 * network"): servers, their shares, the accounts they accept, servers that cannot be reached, shares
 * an account may not open, the machine's local drives, and whether the network is busy. What a spec
 * does not declare is the fixture's default: every server exists and is reachable, has every share
 * and accepts the logon's own credentials.
 *
 * <pre>{@code
 * NetworkSpec.builder()
 *         .server("srv", s -> s.share("share").share("printer", ResourceType.PRINT)
 *                 .account("alice", password).deny("alice", "share"))
 *         .server("gone.invalid", NetworkSpec.ServerSpec::unreachable)
 *         .localDrives("C:")
 *         .build();
 * }</pre>
 *
 * <p>A fixture gets one through {@link ConformanceFixture#declareNetwork(NetworkSpec)} only when it
 * declares every capability in {@link #needs()}. Passwords here are the clauses' test strings; the
 * spec hands out copies and its {@code toString} shows none.
 */
public final class NetworkSpec {
    private final List<ServerSpec> servers;
    private final Set<String> localDrives;
    private final boolean busy;

    private NetworkSpec(List<ServerSpec> servers, Set<String> localDrives, boolean busy) {
        this.servers = List.copyOf(servers);
        this.localDrives = Collections.unmodifiableSet(new LinkedHashSet<>(localDrives));
        this.busy = busy;
    }

    /** {@return a builder of a spec that declares nothing yet} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the declared servers, in the order declared} */
    public List<ServerSpec> servers() {
        return servers;
    }

    /** {@return the drives declared to be local disks; empty: the fixture's default} */
    public Set<String> localDrives() {
        return localDrives;
    }

    /** {@return whether connects are to answer ERROR_BUSY (170) until a spec says otherwise} */
    public boolean busy() {
        return busy;
    }

    /** {@return the capabilities a fixture must declare to take this spec} */
    public Set<Capability> needs() {
        Set<Capability> needs = EnumSet.noneOf(Capability.class);
        for (ServerSpec s : servers) {
            if (!s.shares.isEmpty()) {
                needs.add(Capability.DECLARED_SHARES);
            }
            if (s.shares.containsValue(ResourceType.PRINT)) {
                needs.add(Capability.PRINT_SHARES);
            }
            if (!s.accounts.isEmpty()) {
                needs.add(Capability.DECLARED_ACCOUNTS);
            }
            if (!s.reachable) {
                needs.add(Capability.UNREACHABLE_SERVERS);
            }
            if (!s.denied.isEmpty()) {
                needs.add(Capability.DENIED_SHARES);
            }
        }
        if (!localDrives.isEmpty()) {
            needs.add(Capability.LOCAL_DRIVES);
        }
        if (busy) {
            needs.add(Capability.NETWORK_BUSY);
        }
        return needs;
    }

    /** {@return the servers, shares, account names and drives; never a password} */
    @Override
    public String toString() {
        return "NetworkSpec[servers=" + servers + ", localDrives=" + localDrives + ", busy=" + busy + "]";
    }

    /** Builds a {@link NetworkSpec}. */
    public static final class Builder {
        private final List<ServerSpec> servers = new ArrayList<>();
        private final Set<String> localDrives = new LinkedHashSet<>();
        private boolean busy;

        private Builder() {
        }

        /**
         * Declares a server.
         *
         * @param name the server's name as written, without backslashes ({@code "srv"})
         * @param declaration what the server has
         * @return this builder
         */
        public Builder server(String name, Consumer<ServerSpec> declaration) {
            ServerSpec server = new ServerSpec(name);
            declaration.accept(server);
            servers.add(server);
            return this;
        }

        /**
         * Declares the machine's local disks, which are never redirected (C3) nor picked (C15).
         *
         * @param drives such as {@code "C:"}
         * @return this builder
         */
        public Builder localDrives(String... drives) {
            localDrives.addAll(List.of(drives));
            return this;
        }

        /**
         * Makes connects answer ERROR_BUSY (170), or not.
         *
         * @param isBusy whether the network is busy
         * @return this builder
         */
        public Builder busy(boolean isBusy) {
            busy = isBusy;
            return this;
        }

        /** {@return the spec} */
        public NetworkSpec build() {
            return new NetworkSpec(servers, localDrives, busy);
        }
    }

    /** One declared server: its shares, its accounts, whether it is reachable, and its denied shares. */
    public static final class ServerSpec {
        private final String name;
        private final Map<String, ResourceType> shares = new LinkedHashMap<>();
        private final Map<String, char[]> accounts = new LinkedHashMap<>();
        private final List<Denial> denied = new ArrayList<>();
        private boolean reachable = true;

        private ServerSpec(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * A share of the server; declaring one makes the server's list of shares exact ({@code IPC$} always exists).
         *
         * @param share the share's name ({@code "backup"})
         * @param type {@link ResourceType#DISK} or {@link ResourceType#PRINT}
         * @return this server
         */
        public ServerSpec share(String share, ResourceType type) {
            shares.put(Objects.requireNonNull(share, "share"), Objects.requireNonNull(type, "type"));
            return this;
        }

        /**
         * A disk share of the server.
         *
         * @param share the share's name
         * @return this server
         */
        public ServerSpec share(String share) {
            return share(share, ResourceType.DISK);
        }

        /**
         * An account the server accepts; declaring one makes it accept those and the logon's own user only.
         *
         * @param userName the user name, compared case-insensitively as written
         * @param password the password, compared exactly; copied
         * @return this server
         */
        public ServerSpec account(String userName, char[] password) {
            accounts.put(Objects.requireNonNull(userName, "userName"), password.clone());
            return this;
        }

        /** {@return this server, declared unreachable (ERROR_BAD_NETPATH)} */
        public ServerSpec unreachable() {
            reachable = false;
            return this;
        }

        /**
         * A share an account may not open (ERROR_ACCESS_DENIED).
         *
         * @param userName the account, or null for the logon's own user
         * @param share the share
         * @return this server
         */
        public ServerSpec deny(String userName, String share) {
            denied.add(new Denial(userName, Objects.requireNonNull(share, "share")));
            return this;
        }

        /** {@return the server's name as written} */
        public String name() {
            return name;
        }

        /** {@return whether the server can be reached} */
        public boolean reachable() {
            return reachable;
        }

        /** {@return the declared shares and their types, in the order declared} */
        public Map<String, ResourceType> shares() {
            return Collections.unmodifiableMap(shares);
        }

        /** {@return the declared user names, in the order declared} */
        public Set<String> accountNames() {
            return Collections.unmodifiableSet(accounts.keySet());
        }

        /**
         * The password of a declared account, as a copy the caller clears after use.
         *
         * @param userName a name from {@link #accountNames()}
         * @return a copy of its password
         * @throws IllegalArgumentException if no such account was declared
         */
        public char[] password(String userName) {
            char[] password = accounts.get(userName);
            if (password == null) {
                throw new IllegalArgumentException("no account " + userName + " was declared on " + name);
            }
            return password.clone();
        }

        /** {@return the shares accounts may not open} */
        public List<Denial> denied() {
            return List.copyOf(denied);
        }

        /** {@return the name, shares, account names and whether reachable; never a password} */
        @Override
        public String toString() {
            return name + (reachable ? "" : " (unreachable)") + " shares=" + shares.keySet() + " accounts=" + accounts.keySet()
                    + (denied.isEmpty() ? "" : " denied=" + denied);
        }
    }

    /**
     * A share an account may not open.
     *
     * @param userName the account, or null for the logon's own user
     * @param share the share
     */
    public record Denial(String userName, String share) {
    }
}
