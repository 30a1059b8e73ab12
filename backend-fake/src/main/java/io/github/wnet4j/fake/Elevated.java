package io.github.wnet4j.fake;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test parameter that {@link FakeLogonExtension} resolves in the elevated twin of the
 * test's logon rather than in its desktop session: a {@link FakeLogon}, or the
 * {@link io.github.wnet4j.WNet} over it or one of its sides ({@link io.github.wnet4j.ConnectionCanceller},
 * {@link io.github.wnet4j.ConnectionReader}). The unannotated parameters of the same test
 * are the user's desktop session, so a test gets two sessions of one user.
 *
 * <pre>{@code
 * @Test
 * void elevatedCleanUp(FakeLogon desktop, @Elevated ConnectionCanceller installer) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Elevated {
    /**
     * Whether the twin shares the desktop session's device map ({@code EnableLinkedConnections = 1},
     * {@link FakeLogon#elevatedLinked()}); by default it does not ({@link FakeLogon#elevated()}).
     * One test's parameters must agree: a user's twin is linked or not.
     *
     * @return whether connections are linked
     */
    boolean linked() default false;
}
