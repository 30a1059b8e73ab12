package io.github.wnet4j.fake;

import io.github.wnet4j.ErrorCode;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares, for one test method, the failure codes the code under test is expected to meet and
 * handle, for {@link FakeLogonExtension}'s check of unexpected failures (turned on by
 * {@link WithFakeLogon#failOnUnexpectedFailures()} or {@link FakeLogonExtension#failOnUnexpectedFailures()}).
 * By default the codes add to those the class declares ({@link WithFakeLogon#expectedFailures()},
 * {@link FakeLogonExtension#expectFailure}); with {@code inherit = false} they replace them, for a
 * test that must not meet a failure its neighbours handle.
 *
 * <pre>{@code
 * @Test
 * @ExpectedFailures(ErrorCode.ERROR_OPEN_FILES)
 * void retriesWithForce(ConnectionCanceller canceller) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ExpectedFailures {
    /** {@return the failure codes this test's code under test is expected to meet and handle} */
    ErrorCode[] value();

    /** {@return whether the class's declared failures stay expected too (true), or only {@link #value()} is (false)} */
    boolean inherit() default true;
}
