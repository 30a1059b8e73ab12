package io.github.wnet4j.fake;

import io.github.wnet4j.ErrorCode;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives each test a fresh {@link FakeLogon}, injected as a parameter (a {@code FakeLogon}, or a
 * {@link io.github.wnet4j.ConnectionCanceller} over it). Put it on a test class or method; the
 * method's annotation wins. For seeding in a field initializer use {@link FakeLogonExtension}
 * with {@code @RegisterExtension} instead.
 *
 * <pre>{@code
 * @WithFakeLogon(failOnUnexpectedFailures = true, expectedFailures = ErrorCode.ERROR_NOT_CONNECTED)
 * class CleanupTest {
 *     @Test
 *     void unmapsTheDrive(FakeLogon logon, ConnectionCanceller canceller) { ... }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(FakeLogonExtension.class)
public @interface WithFakeLogon {
    /** {@return the behaviour profile's name (see {@link io.github.wnet4j.behaviour.BehaviourProfile#presets()})} */
    String profile() default "documented";

    /**
     * Fail the test if the fake's journal shows a failure outcome the test did not declare in
     * {@link #expectedFailures()}, {@link ExpectedFailures @ExpectedFailures} on the test method, or
     * through {@link FakeLogonExtension#expectFailure}. A cancel that did not succeed is a failure;
     * a read only when it could not look, not when it answered that a device is not connected
     * (see {@link FakeLogonExtension}).
     *
     * @return whether an unexpected failure in the journal fails the test
     */
    boolean failOnUnexpectedFailures() default false;

    /** {@return failure codes the code under test is expected to meet and handle, in every test; a method adds its own with {@link ExpectedFailures}} */
    ErrorCode[] expectedFailures() default {};
}
