package io.github.wnet4j.cli;

import io.github.wnet4j.fake.FakeLogon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code wnet list}: shows the fake's saved logon. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Shows the connections and remembered entries of the fake's logon in --state FILE.")
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the state file's JSON.")
    boolean json;

    @Mixin
    StateOption state;

    @Override
    public Integer call() {
        FakeLogon logon = state.load(state.stateFile("list"));
        if (json) {
            spec.commandLine().getOut().println(StateFile.toJson(StateFile.toState(logon)));
        } else {
            print(logon, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }

    static void print(FakeLogon logon, PrintWriter out) {
        StateFile.State s = StateFile.toState(logon);
        Table table = new Table("LOCAL", "REMOTE", "STATUS", "REMEMBERED", "OPEN FILES", "IN USE");
        for (StateFile.DeviceEntry d : s.devices()) {
            table.row(d.device(), d.remoteName(), "connected", d.persistent() ? "yes" : "no",
                    Integer.toString(d.openFiles()), d.inUse() ? "yes" : "no");
        }
        for (StateFile.DevicelessEntry c : s.deviceless()) {
            table.row("-", c.remoteName(), "connected", "no", Integer.toString(c.openFiles()), c.inUse() ? "yes" : "no");
        }
        for (StateFile.RememberedEntry r : s.remembered()) {
            table.row(r.device(), r.remoteName(), "unavailable", "yes", "-", "-");
        }
        table.print(out);
        out.println("(profile: " + s.profile() + ")");
    }
}
