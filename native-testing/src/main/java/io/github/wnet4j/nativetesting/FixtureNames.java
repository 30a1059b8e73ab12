package io.github.wnet4j.nativetesting;

import io.github.wnet4j.ResourceType;
import io.github.wnet4j.conformance.Capability;
import io.github.wnet4j.conformance.NetworkSpec;
import io.github.wnet4j.spi.Names;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * How the real-Windows fixture names, on the one machine it has, the servers, shares and accounts
 * the suite wants, and what it can make of a declared network. Nothing here calls Windows.
 *
 * <ul>
 *   <li>Servers: the first server the suite names is this machine under its NetBIOS name, the second
 *       the same machine as {@code 127.0.0.1}, the third as {@code localhost}. Windows keeps one set
 *       of credentials per server <em>as named</em>, so these are three servers to the credential
 *       rule (row C9, "One set of credentials per server"). A server under the reserved domain
 *       {@code .invalid} (RFC 6761) is left as written: no resolver answers it.</li>
 *   <li>Shares: each share name the suite wants (compared case-insensitively) is one share of this
 *       fixture's ({@code wnet4j-1a2b3c4d-n}), the same under every server name. Once a network
 *       declares a server's shares, a share name it does not declare stands for a name the fixture
 *       never shares, so connecting to it answers ERROR_BAD_NET_NAME.</li>
 *   <li>Accounts: {@code alice} is {@code w4j1a2b3c4d-alice}, a local account made only when a
 *       network declares it; an account never declared (mallory) does not exist.</li>
 * </ul>
 * A name in upper (lower) case comes back in upper (lower) case, so clauses about case still test it.
 */
final class FixtureNames {
    /** The reserved top-level domain (RFC 6761) whose names no resolver answers. */
    static final String UNRESOLVABLE_DOMAIN = ".invalid";
    /** The longest local account name Windows accepts (USER_INFO_1's usri1_name): {@value}. */
    static final int MAX_ACCOUNT_NAME = 20;
    /** The names this machine answers to besides its NetBIOS name, in the order handed out. */
    static final List<String> LOOPBACK_NAMES = List.of("127.0.0.1", "localhost");
    /** What the suite's account names may hold, so that the account made for one is a valid Windows account name. */
    private static final Pattern ACCOUNT_NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private final String prefix;
    private final String accountPrefix;
    private final List<String> machineNames = new ArrayList<>();
    private final Map<String, String> servers = new LinkedHashMap<>();    // wanted server (Names.fold) -> machine name
    private final Map<String, ShareSlot> shares = new LinkedHashMap<>();  // wanted share (Names.fold) -> slot
    private Set<String> exactShares;                                       // declared share names (Names.fold), or null
    private boolean declared;

    /** One share name of this fixture's, shared or standing for a share that does not exist. */
    record ShareSlot(String name, boolean shared) {
    }

    /**
     * A remote name as the fixture hands it out.
     *
     * @param remoteName the name to connect to
     * @param share the share the fixture must have made for it; empty when the name must not exist
     */
    record Mapped(String remoteName, Optional<String> share) {
    }

    /**
     * What a declared network asks the fixture to do on the machine, once {@link #declare} found it possible.
     *
     * @param accounts the suite's account names to make, with the server spec that holds each password
     * @param denials the shares to deny, each to one of those accounts
     */
    record Declaration(Map<String, NetworkSpec.ServerSpec> accounts, List<Denial> denials) {
    }

    /**
     * A share (this fixture's name for it) an account (the suite's name) may not open.
     *
     * @param share the fixture's share name
     * @param account the suite's account name
     */
    record Denial(String share, String account) {
    }

    /**
     * @param computer this machine's NetBIOS name
     * @param id a few hex digits of this fixture's own, so that its shares and accounts are told apart
     */
    FixtureNames(String computer, String id) {
        this.prefix = "wnet4j-" + id;
        this.accountPrefix = "w4j" + id + "-";
        machineNames.add(computer);
        machineNames.addAll(LOOPBACK_NAMES);
    }

    /**
     * The remote names the fixture cancels when it closes, whatever the clause did: every share name
     * it handed out (shared or not) under every server name it handed out, and each server's
     * {@code IPC$} unless {@code connectedBefore} (the {@code IPC$} connections listed before the
     * fixture handed out its first remote name) holds it.
     *
     * @param connectedBefore remote names connected before the fixture made anything
     * @return the remote names, each once
     */
    List<String> remoteNamesToCancel(List<String> connectedBefore) {
        List<String> cancel = new ArrayList<>();
        for (String server : servers.values()) {
            shares.values().forEach(slot -> cancel.add("\\\\" + server + "\\" + slot.name()));
            String ipc = "\\\\" + server + "\\IPC$";
            if (connectedBefore.stream().noneMatch(c -> Names.same(c, ipc))) {
                cancel.add(ipc);
            }
        }
        return cancel;
    }

    /** {@return whether {@code server} is under the reserved domain no resolver answers} */
    static boolean unresolvable(String server) {
        return server.regionMatches(true, server.length() - UNRESOLVABLE_DOMAIN.length(), UNRESOLVABLE_DOMAIN, 0,
                UNRESOLVABLE_DOMAIN.length());
    }

    /** {@return the remote name standing for {@code wanted}, and the share it needs} */
    Mapped remoteName(String wanted) {
        String server = Names.serverOf(wanted);
        int end = 2 + server.length();
        String rest = wanted;
        if (server.isEmpty() || end == wanted.length()) { // no server, or no share after it: all of it stands for a share
            server = null;
        } else {
            rest = wanted.substring(end + 1);
        }
        if (server != null && unresolvable(server)) {
            return new Mapped(wanted, Optional.empty());
        }
        String machine = server == null ? primaryServer() : server(server);
        ShareSlot slot = slot(rest);
        return new Mapped(sameCase(wanted, "\\\\" + machine + "\\" + slot.name()),
                slot.shared() ? Optional.of(slot.name()) : Optional.empty());
    }

    /** The slot standing for the share the suite names {@code wanted}, made on first use. */
    private ShareSlot slot(String wanted) {
        return shares.computeIfAbsent(key(wanted), k -> new ShareSlot(prefix + "-" + (shares.size() + 1),
                exactShares == null || exactShares.contains(k)));
    }

    /** The machine's first name, which the first server handed out always is; a wanted name with no server is on it. */
    private String primaryServer() {
        if (servers.isEmpty()) {
            servers.put(key(machineNames.get(0)), machineNames.get(0));
        }
        return machineNames.get(0);
    }

    private String server(String wanted) {
        return servers.computeIfAbsent(key(wanted), k -> {
            if (servers.size() == machineNames.size()) {
                throw new UnsupportedOperationException("The Windows fixture has " + machineNames.size() + " names for this"
                        + " machine (" + machineNames + "), all standing for other servers already: it cannot stand in for "
                        + wanted + " too");
            }
            return machineNames.get(servers.size());
        });
    }

    /**
     * {@return the account on this machine standing for the suite's account {@code wanted}}
     *
     * @throws IllegalArgumentException if the name would be longer than Windows allows, or holds a
     *     character Windows refuses in account names
     */
    String userName(String wanted) {
        String name = accountPrefix + wanted;
        if (name.length() > MAX_ACCOUNT_NAME || !ACCOUNT_NAME.matcher(wanted).matches()) {
            throw new IllegalArgumentException("The Windows fixture stands in for accounts of up to "
                    + (MAX_ACCOUNT_NAME - accountPrefix.length()) + " letters, digits, - and _; not for " + wanted);
        }
        return sameCase(wanted, name);
    }

    /**
     * Checks that the fixture can make {@code network} on this machine, and says what to make.
     *
     * @throws UnsupportedOperationException naming what it cannot make, before anything is made
     */
    Declaration declare(NetworkSpec network) {
        if (declared) {
            throw new UnsupportedOperationException("The Windows fixture takes one network declaration per clause: it"
                    + " cannot take back an account or a denial it made");
        }
        for (Capability needed : network.needs()) {
            if (!WindowsCapabilities.DECLARED.contains(needed)) {
                throw new UnsupportedOperationException("The Windows fixture cannot declare " + needed + ": "
                        + WindowsCapabilities.whyNot(needed));
            }
        }
        Map<String, NetworkSpec.ServerSpec> accounts = new LinkedHashMap<>();
        List<NetworkSpec.Denial> denials = new ArrayList<>();
        Set<String> declaredShares = new TreeSet<>();
        for (NetworkSpec.ServerSpec server : network.servers()) {
            if (unresolvable(server.name())) {
                if (server.reachable() || !server.shares().isEmpty() || !server.accountNames().isEmpty()
                        || !server.denied().isEmpty()) {
                    throw new UnsupportedOperationException("The Windows fixture leaves a server under " + UNRESOLVABLE_DOMAIN
                            + " unresolvable: it can declare " + server.name() + " unreachable and nothing else");
                }
                continue;
            }
            if (!server.reachable()) {
                throw new UnsupportedOperationException("The Windows fixture cannot make " + server.name() + " unreachable:"
                        + " name an unreachable server under " + UNRESOLVABLE_DOMAIN + " (RFC 6761), which no resolver answers");
            }
            if (machineNames.stream().noneMatch(m -> Names.same(m, server.name()))) {
                throw new UnsupportedOperationException("The Windows fixture has no server " + server.name()
                        + ": it declares networks only for this machine, under the names remoteName(...) gave out");
            }
            server.shares().keySet().forEach(s -> declaredShares.add(key(s)));
            server.accountNames().forEach(a -> accounts.put(a, server));
            for (NetworkSpec.Denial denial : server.denied()) {
                if (denial.userName() == null || server.accountNames().stream().noneMatch(a -> Names.same(a, denial.userName()))) {
                    throw new UnsupportedOperationException("The Windows fixture denies a share only to an account the same"
                            + " server declares, not to " + (denial.userName() == null ? "the logon's own user" : denial.userName()));
                }
                denials.add(denial);
            }
        }
        if (!declaredShares.isEmpty()) {
            shares.forEach((k, slot) -> {
                if (!declaredShares.contains(k)) {
                    throw new UnsupportedOperationException("The Windows fixture shared " + slot.name() + " before the"
                            + " network said its server has no such share: declare the network before naming the share");
                }
            });
            for (NetworkSpec.Denial d : denials) {
                if (!declaredShares.contains(key(d.share()))) {
                    throw new UnsupportedOperationException("The network denies the share " + d.share() + " and does not declare it");
                }
            }
            exactShares = declaredShares;
        }
        List<Denial> mapped = new ArrayList<>();
        denials.forEach(d -> mapped.add(new Denial(slot(d.share()).name(), d.userName())));
        declared = true;
        return new Declaration(accounts, mapped);
    }

    private static String key(String name) {
        return Names.fold(name);
    }

    /** {@code name} in upper case if {@code wanted} is, in lower case if {@code wanted} is, else as it is. */
    static String sameCase(String wanted, String name) {
        boolean upper = wanted.equals(wanted.toUpperCase(Locale.ROOT));
        boolean lower = wanted.equals(wanted.toLowerCase(Locale.ROOT));
        if (upper && !lower) {
            return name.toUpperCase(Locale.ROOT);
        }
        if (lower && !upper) {
            return name.toLowerCase(Locale.ROOT);
        }
        return name;
    }
}
