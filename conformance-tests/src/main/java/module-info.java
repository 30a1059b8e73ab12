/**
 * The conformance suite: implement {@link io.github.wnet4j.conformance.ConformanceKit} and a
 * {@link io.github.wnet4j.conformance.ConformanceFixture} to run it against any backend.
 */
module io.github.wnet4j.conformance {
    requires transitive io.github.wnet4j;
    requires transitive org.junit.jupiter.api;
    requires tools.jackson.databind;

    exports io.github.wnet4j.conformance;

    // Jackson writes the report's package-private records reflectively.
    opens io.github.wnet4j.conformance to tools.jackson.databind;
}
