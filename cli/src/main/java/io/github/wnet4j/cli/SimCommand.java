package io.github.wnet4j.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code wnet sim}: the simulator's controls, apart from the commands a Windows user runs. They set
 * up the fake's logon in {@code --state FILE} (connections with open files, servers, users, logon sessions,
 * the next logon), which {@code list}, {@code get}, {@code unc}, {@code cancel} and
 * {@code cancel-server} then read and cancel as they would on Windows.
 */
@Command(name = "sim", mixinStandardHelpOptions = true,
        description = {"Sets up the simulated Windows logon in --state FILE that the other commands then work on.",
                "The file holds users, which share nothing, each with a behaviour profile (its remembered entries)"
                        + " and logon sessions, each session with its own device map. --user NAME picks the user a"
                        + " command acts as (the file's first, \"default\", if not given), --session NAME the session"
                        + " (desktop by default, elevated, or a further one)."},
        subcommands = {SimConnectCommand.class, SimServerCommand.class, SimLogonCommand.class, SimUserCommand.class, SimSessionCommand.class},
        footer = {"", "Example:", "  wnet sim connect Z: '\\\\fileserver\\deploy' --open-files 2 --state demo.json",
                "  wnet cancel Z: --state demo.json"})
final class SimCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
