/**
 * The fake backend: {@link io.github.wnet4j.fake.FakeLogon}, an in-memory model of one Windows
 * logon's network connections that answers {@code WNetCancelConnection2} and
 * {@code WNetCancelConnection} as the project's behaviour table decides, registered with
 * ServiceLoader as the simulator {@code "fake"} ({@link io.github.wnet4j.fake.FakeBackendProvider}).
 *
 * <p>Every decision the model takes lives in one package-private class, {@code CancelRules}; the
 * rest of the package is state, seeding, queries and values.
 */
package io.github.wnet4j.fake;
