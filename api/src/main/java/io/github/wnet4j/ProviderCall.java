package io.github.wnet4j;

import io.github.wnet4j.spi.Availability;
import io.github.wnet4j.spi.BackendProvider;
import io.github.wnet4j.spi.WNetBackend;

import java.util.ServiceConfigurationError;

/**
 * One call into a provider's {@code availability()} or {@code create()} on a daemon thread of its
 * own, named after what it does, so that discovery can stop waiting for it: a provider that never
 * answers costs its caller one bound, and the thread it is left on does not keep the JVM alive.
 * The thread is not interrupted when discovery stops waiting: a slow but healthy provider (a library
 * loaded from a network share) may still finish, instead of being left half initialised.
 *
 * <p>A plain thread and join, not a FutureTask or a lambda: on a cold JVM those cost milliseconds of
 * class loading and bootstrapping, which every cold start would pay.
 */
final class ProviderCall implements Runnable {
    private final BackendProvider provider;
    private final boolean create; // else availability()
    private final Thread thread;
    private Object answer;
    private Throwable thrown;

    private ProviderCall(BackendProvider provider, boolean create, String threadName) {
        this.provider = provider;
        this.create = create;
        this.thread = new Thread(this, threadName);
        thread.setDaemon(true);
    }

    /** {@return a started call of the provider's availability()} */
    static ProviderCall availability(BackendProvider provider, String threadName) {
        return new ProviderCall(provider, false, threadName).start();
    }

    /** {@return a started call of the provider's create()} */
    static ProviderCall create(BackendProvider provider, String threadName) {
        return new ProviderCall(provider, true, threadName).start();
    }

    @Override
    public void run() {
        try {
            answer = create ? provider.create() : provider.availability();
        } catch (Throwable t) { // the provider's own failure is its reason, whatever it is
            thrown = t;
        }
    }

    private ProviderCall start() {
        thread.start();
        return this;
    }

    /**
     * Waits for the call to end, until {@code deadlineNanos} at most (a {@link System#nanoTime()}
     * value). An interrupt ends the wait too, and the interrupt status is kept.
     *
     * @return whether the call ended
     */
    boolean awaitUntil(long deadlineNanos) {
        try {
            long left;
            while (thread.isAlive() && (left = deadlineNanos - System.nanoTime()) > 0) {
                thread.join((left + 999_999) / 1_000_000); // at least 1: join(0) would wait forever
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // isAlive() answering false orders everything the thread did before the reads below (JLS 17.4.5).
        return !thread.isAlive();
    }

    /** {@return what availability() answered} Only after {@link #awaitUntil} said it ended. */
    Availability availabilityAnswer() {
        return (Availability) answer;
    }

    /** {@return what create() answered} Only after {@link #awaitUntil} said it ended. */
    WNetBackend backend() {
        return (WNetBackend) answer;
    }

    /** {@return what the call threw, or null} Only after {@link #awaitUntil} said it ended. */
    Throwable thrown() {
        return thrown;
    }

    /** {@return the name of the thread the call runs on} */
    String threadName() {
        return thread.getName();
    }

    /**
     * {@return why a call into a provider's code has no answer} {@code call} names it ("its
     * create()"); the bound and the property that sets it, or the interrupt that ended the wait.
     */
    static String unanswered(String call, long boundMillis, String property, String threadName) {
        String left = "; it is left running on daemon thread '" + threadName + "'";
        if (Thread.currentThread().isInterrupted()) {
            return call + " had not returned when the thread waiting for it was interrupted" + left;
        }
        return call + " did not return within " + boundMillis + " ms" + left + ". Set -D" + property
                + "=MILLISECONDS to wait longer.";
    }

    /**
     * {@return a throwable and, if it wraps one, its cause, for a reason} ServiceLoader's wrapper of
     * what a provider's constructor threw says only that it could not be instantiated: the cause is
     * what happened.
     */
    static String describe(Throwable t) {
        Throwable cause = t.getCause();
        if (cause == null || cause == t) {
            return t.toString();
        }
        return t instanceof ServiceConfigurationError ? cause.toString() : t + ", caused by " + cause;
    }
}
