/** The {@code wnet} command. */
module io.github.wnet4j.cli {
    requires io.github.wnet4j.fake;
    requires info.picocli;
    requires tools.jackson.core;

    // picocli fills the command objects' fields.
    opens io.github.wnet4j.cli to info.picocli;
}
