package io.github.wnet4j.nativetesting;

import io.github.wnet4j.Credentials;
import io.github.wnet4j.conformance.NetworkSpec;
import io.github.wnet4j.spi.Names;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What the real-Windows fixture makes on this machine to stand in for the suite's network: shared
 * temporary folders ({@code NetShareAdd}), local accounts ({@code NetUserAdd}, with passwords it
 * generates) and a share's permissions, named as {@link FixtureNames} says; and how it takes them
 * all away again. Windows only, like the fixture.
 */
final class FixtureNetwork {
    private static final String IPC = "\\IPC$";

    private final FixtureNames names;
    private final FixtureAccounts accounts = new FixtureAccounts(new SecureRandom());
    private final Map<String, Share> shares = new LinkedHashMap<>(); // share name (Names.fold) -> share
    private List<String> ipcBefore; // the IPC$ connections there before the first remote name was handed out, or null

    /** One folder shared under {@code name}. */
    private record Share(String name, Path folder) {
    }

    /** Names the machine's network for a new fixture. */
    FixtureNetwork() {
        this.names = new FixtureNames(WindowsNetworking.computerName(), UUID.randomUUID().toString().substring(0, 8));
    }

    /**
     * The remote name standing for {@code wanted}, its share made on first use. The first call notes
     * the {@code \\server\IPC$} connections already there, so that close leaves them: a clause names
     * a server through here before it can connect to it.
     *
     * @return the remote name
     */
    String remoteName(String wanted) {
        if (ipcBefore == null) {
            ipcBefore = WindowsNetworking.devicelessConnections().stream()
                    .filter(r -> r.regionMatches(true, r.length() - IPC.length(), IPC, 0, IPC.length())).toList();
        }
        FixtureNames.Mapped mapped = names.remoteName(wanted);
        mapped.share().ifPresent(this::share);
        return mapped.remoteName();
    }

    private Share share(String name) {
        return shares.computeIfAbsent(Names.fold(name), k -> {
            try {
                Path folder = Files.createTempDirectory(name);
                WindowsNetworking.addShare(name, folder.toFile());
                return new Share(name, folder);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not make a folder to share as " + name, e);
            }
        });
    }

    /** {@return the shared folder behind {@code remoteName} ({@code \\server\share}), if it is one of this fixture's} */
    Optional<Path> folderOf(String remoteName) {
        String shareName = remoteName.substring(remoteName.lastIndexOf('\\') + 1);
        return Optional.ofNullable(shares.get(Names.fold(shareName))).map(Share::folder);
    }

    /** {@return the fixture's account for the suite's {@code userName}, with the generated password in place of the declared one} */
    Credentials credentials(String userName, char[] password) {
        char[] mapped = accounts.passwordFor(userName, password);
        try {
            return Credentials.of(names.userName(userName), mapped);
        } finally {
            Arrays.fill(mapped, '\0');
        }
    }

    /** Makes the accounts and the share permissions {@code network} declares, after checking it can make all of it. */
    void declare(NetworkSpec network) {
        FixtureNames.Declaration declaration = names.declare(network);
        declaration.accounts().forEach((wanted, server) -> {
            String name = names.userName(wanted);
            if (accounts.declare(wanted, name, server.password(wanted))) {
                char[] password = accounts.generatedPassword(wanted);
                try {
                    WindowsAccounts.addUser(name, password);
                } finally {
                    Arrays.fill(password, '\0');
                }
            }
        });
        for (FixtureNames.Denial denial : declaration.denials()) {
            share(denial.share());
            WindowsAccounts.denyShare(denial.share(), names.userName(denial.account()));
        }
    }

    /**
     * Cancels every connection to the fixture's names (those the clause made through the backend
     * too), deletes its shares, folders and accounts, and clears the passwords; each step runs
     * even when one before it failed, and what failed goes to {@code problems}.
     */
    void close(Consumer<Runnable> problems) {
        for (String remoteName : names.remoteNamesToCancel(ipcBefore == null ? List.of() : ipcBefore)) {
            problems.accept(() -> WindowsNetworking.cancel(remoteName, false, true));
        }
        for (Share share : shares.values()) {
            problems.accept(() -> {
                WindowsNetworking.deleteShare(share.name());
                WindowsNetworking.deleteFolder(share.folder());
            });
        }
        for (String account : accounts.names()) { // a declared account never made is not found, which deleteUser accepts
            problems.accept(() -> WindowsAccounts.deleteUser(account));
        }
        accounts.close();
    }

    /** {@return the share and account names, never a password} */
    @Override
    public String toString() {
        return "shares " + shares.keySet() + ", accounts " + accounts.names();
    }
}
