/** The {@code wnet} command. */
module io.github.wnet4j.cli {
    requires io.github.wnet4j.fake;
    requires tools.jackson.core;

    // picocli (compiled into this module, see the pom) fills the command objects' fields by reflection.
}
