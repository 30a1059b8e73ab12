/**
 * The fake backend: {@link io.github.wnet4j.fake.FakeLogon}, an in-memory model of one Windows
 * logon, registered as backend {@code fake}; a JUnit 5 extension and a Guice module for tests.
 */
module io.github.wnet4j.fake {
    requires transitive io.github.wnet4j;

    // Only FakeLogonExtension / WithFakeLogon need JUnit, only FakeWNetModule needs Guice.
    requires static org.junit.jupiter.api;
    requires static org.junit.platform.commons;
    requires static com.google.guice;
    // Only FakeLogonFixture needs the conformance suite's fixture SPI.
    requires static io.github.wnet4j.conformance;

    exports io.github.wnet4j.fake;

    provides io.github.wnet4j.spi.BackendProvider with io.github.wnet4j.fake.FakeBackendProvider;
}
