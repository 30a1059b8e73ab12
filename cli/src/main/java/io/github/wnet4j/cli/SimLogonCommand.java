package io.github.wnet4j.cli;

import io.github.wnet4j.fake.FakeLogon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/** {@code wnet sim logon}: the fake's next logon. */
@Command(name = "logon", mixinStandardHelpOptions = true,
        description = {"Logs the simulated user off and on again (row S7, the next logon).",
                "The live connections of every session end; remembered ones come back in the desktop session (and a"
                        + " linked elevated twin), remembered only in the others."})
final class SimLogonCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        FakeLogon logon;
        try (GlobalOptions.Session session = GlobalOptions.of(spec).open("sim logon", StateStore.Access.UPDATE)) {
            logon = session.logon().nextLogon();
            session.save();
        }
        LogonTable.print(logon, spec.commandLine().getOut()); // unlocked: a slow reader of stdout holds up no one
        return ExitCodes.OK;
    }
}
