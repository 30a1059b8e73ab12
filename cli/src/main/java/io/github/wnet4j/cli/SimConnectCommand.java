package io.github.wnet4j.cli;

import io.github.wnet4j.fake.FakeLogon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code wnet sim connect}: puts a connection into the fake's saved logon as it stands, with what
 * only the simulator can set (open files, a process using it); not the connect a Windows user runs.
 */
@Command(name = "connect", mixinStandardHelpOptions = true,
        description = {"Adds a connection to the simulated logon in --state FILE (creating the file).",
                "A redirected device (Z: \\\\server\\share, with --persistent, --open-files N, --in-use), a deviceless"
                        + " connection (\\\\server\\share alone), or with --remembered-only a remembered entry that"
                        + " is not connected."})
final class SimConnectCommand implements Callable<Integer> {
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

    @Override
    public Integer call() {
        if (openFiles < 0) {
            throw new Wnet.UserError("--open-files must be 0 or more, not " + openFiles);
        }
        checkNames(); // bad input is refused before the state file is touched
        FakeLogon logon;
        try (GlobalOptions.Session session = GlobalOptions.of(spec).open("sim connect", StateStore.Access.CREATE)) {
            logon = session.logon();
            seed(logon);
            session.save();
        }
        LogonTable.print(logon, spec.commandLine().getOut()); // unlocked: a slow reader of stdout holds up no one
        return ExitCodes.OK;
    }

    private void checkNames() {
        NameChecks.remoteName(names.get(names.size() - 1));
        if (names.size() == 2) {
            try {
                NameChecks.device(names.get(0));
            } catch (IllegalArgumentException e) {
                throw new Wnet.UserError(e.getMessage() + ", or only the remote name for a deviceless connection");
            }
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
