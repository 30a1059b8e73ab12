/** The {@code wnet} command. */
module io.github.wnet4j.cli {
    requires io.github.wnet4j.fake;
    requires info.picocli;
    requires tools.jackson.databind;

    // picocli fills the command objects' fields; Jackson reads and writes the state file's records.
    opens io.github.wnet4j.cli to info.picocli, tools.jackson.databind;
}
