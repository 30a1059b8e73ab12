/** The deployment agent as a named module: it needs only wnet4j's API; a backend is found at run time. */
module com.example.agent {
    requires io.github.wnet4j;
    exports com.example.agent;
}
