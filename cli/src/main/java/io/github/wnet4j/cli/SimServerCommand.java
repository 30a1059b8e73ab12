package io.github.wnet4j.cli;

import io.github.wnet4j.cli.StateNetwork.AccountEntry;
import io.github.wnet4j.cli.StateNetwork.ServerEntry;
import io.github.wnet4j.cli.StateNetwork.ShareEntry;
import io.github.wnet4j.spi.Names;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code wnet sim server NAME}: declares a server of the simulated network in the state file, or adds
 * to its declaration (specification, "The simulated network"). A server nobody declared exists, has
 * every share and accepts every account, so only what should be refused needs declaring.
 */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = {"Declares a server of the simulated network in --state FILE (creating the file), or adds to it.",
                "Declared shares make the server's list exact (IPC$ always exists): another share answers"
                        + " ERROR_BAD_NET_NAME (67). Declared accounts make it accept only those and the logon's own"
                        + " user: another user answers ERROR_LOGON_FAILURE (1326), a wrong password"
                        + " ERROR_INVALID_PASSWORD (86). An unreachable server answers ERROR_BAD_NETPATH (53). The file"
                        + " keeps an account's password only as a salted digest."},
        footer = {"", "Example:", "  echo \"$PASSWORD\" | wnet sim server nas --share backup --account svc \\",
                "      --password-stdin --state demo.json"})
final class SimServerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The server's name (nas, or \\\\nas).")
    String name;

    @Option(names = "--share", paramLabel = "SHARE", description = "A disk share the server has (repeatable).")
    List<String> shares = new ArrayList<>();

    @Option(names = "--print-share", paramLabel = "SHARE", description = "A printer share the server has (repeatable).")
    List<String> printShares = new ArrayList<>();

    @Option(names = "--account", paramLabel = "USER",
            description = "An account the server accepts; its password from --password-stdin or --password-env.")
    String account;

    @Mixin
    PasswordInput password;

    @Option(names = "--unreachable", negatable = true,
            description = "The server cannot be reached (--no-unreachable: it can again).")
    Boolean unreachable;

    @Override
    public Integer call() {
        String server = check();
        char[] secret = account == null ? null : password.read(spec); // read before the lock: stdin may be slow
        ServerEntry declared;
        try (GlobalOptions.Session session = GlobalOptions.of(spec).open("sim server", StateStore.Access.CREATE)) {
            StateNetwork network = session.network();
            ServerEntry before = network.server(server);
            List<ShareEntry> allShares = new ArrayList<>(before == null ? List.of() : StateFile.orEmpty(before.shares()));
            shares.forEach(s -> add(allShares, new ShareEntry(s, "disk")));
            printShares.forEach(s -> add(allShares, new ShareEntry(s, "print")));
            List<AccountEntry> accounts = new ArrayList<>(before == null ? List.of() : StateFile.orEmpty(before.accounts()));
            if (account != null) {
                String digest = network.digest(secret);
                accounts.removeIf(a -> Names.same(a.user(), account));
                accounts.add(new AccountEntry(account, digest));
            }
            boolean off = unreachable != null ? unreachable : before != null && before.unreachable();
            declared = new ServerEntry(before == null ? server : before.name(), off, allShares, accounts);
            network.declare(declared);
            session.save();
        } finally {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
        }
        ConsoleText.println(spec.commandLine().getOut(), StateNetwork.describe(declared));
        return ExitCodes.OK;
    }

    /** The server's bare name; every name and option checked before the file is touched or a password read. */
    private String check() {
        String server = Names.checkServer(name); // refused as a UserError would be: one line, exit 2 (Wnet.oneLine)
        concat(shares, printShares).forEach(NameChecks::share);
        if (account != null) {
            GlobalOptions.checkName("user", account);
            if (!password.given()) {
                throw new Wnet.UserError("an account needs its password: add --password-stdin or --password-env VAR");
            }
        } else if (password.given()) {
            throw new Wnet.UserError("a password belongs to an account: add --account USER");
        }
        return server;
    }

    private static void add(List<ShareEntry> shares, ShareEntry share) {
        shares.removeIf(s -> Names.same(s.name(), share.name()));
        shares.add(share);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
