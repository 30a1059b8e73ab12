package io.github.wnet4j.cli;

import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.spi.Names;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code wnet connect}: seeds the fake's saved logon. */
@Command(name = "connect", mixinStandardHelpOptions = true,
        description = {"Adds a connection to the fake's logon in --state FILE:",
                "  wnet connect Z: \\\\server\\share [--persistent] [--open-files N] [--in-use]   a redirected device",
                "  wnet connect \\\\server\\share [--open-files N]                                a deviceless connection",
                "  wnet connect Y: \\\\server\\old --remembered-only                              a remembered entry only"})
final class ConnectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "DEVICE REMOTE", description = "A device and a remote name, or a remote name alone.")
    List<String> names;

    @Option(names = "--persistent", description = "Remember the device connection in the profile (restored at the next logon).")
    boolean persistent;

    @Option(names = "--open-files", paramLabel = "N", description = "Open files (or print jobs on LPTn:) on the connection.")
    int openFiles;

    @Option(names = "--in-use", description = "An active process uses the connection.")
    boolean inUse;

    @Option(names = "--remembered-only", description = "Only a remembered profile entry, not connected now.")
    boolean rememberedOnly;

    @Mixin
    StateOption state;

    @Override
    public Integer call() {
        if (openFiles < 0) {
            throw new Wnet.UserError("--open-files must be 0 or more, not " + openFiles);
        }
        checkNames(); // bad input is refused before the state file is touched
        FakeLogon logon;
        try (StateOption.Session session = state.open("connect", StateStore.Access.CREATE)) {
            logon = session.logon();
            seed(logon);
            session.save();
        }
        LogonTable.print(logon, spec.commandLine().getOut()); // unlocked: a slow reader of stdout holds up no one
        return ExitCodes.OK;
    }

    private void checkNames() {
        String remote = names.get(names.size() - 1);
        Names.checkRemoteName(remote);
        if (names.size() == 2 && Names.device(Names.check(names.get(0))) == null) {
            throw new Wnet.UserError(Names.quote(names.get(0)) + " is not a local device: give a drive such as Z: or a"
                    + " printer port such as LPT1:, or only the remote name for a deviceless connection");
        }
    }

    private void seed(FakeLogon logon) {
        if (names.size() == 1) {
            if (persistent || rememberedOnly) {
                throw new Wnet.UserError("only a device connection can be remembered; give a DEVICE before the remote name");
            }
            logon.connectDeviceless(names.get(0), o -> options(o));
        } else if (rememberedOnly) {
            if (openFiles > 0 || inUse) {
                throw new Wnet.UserError("a remembered-only entry has no live connection, so no --open-files or --in-use");
            }
            logon.remember(names.get(0), names.get(1));
        } else {
            StateFile.refuseRememberedElsewhere(logon, names.get(0), names.get(1));
            logon.connectDevice(names.get(0), names.get(1), o -> {
                if (persistent) {
                    o.persistent();
                }
                options(o);
            });
        }
    }

    private void options(io.github.wnet4j.fake.ConnectionOptions o) {
        o.openFiles(openFiles);
        if (inUse) {
            o.usedByProcess();
        }
    }
}
