/**
 * The fake backend: {@link io.github.wnet4j.fake.FakeLogon}, an in-memory model of one Windows
 * logon's network connections that answers the cancel and read functions as the project's
 * specification decides, registered with ServiceLoader as the simulator {@code "fake"}
 * ({@link io.github.wnet4j.fake.FakeBackendProvider}).
 *
 * <p>Every decision the model takes lives in two package-private classes, {@code CancelRules} and
 * {@code ReadRules}; a user's state is under one lock in {@code UserState}; the rest of the
 * package is seeding, queries, values and test support.
 */
package io.github.wnet4j.fake;
