package io.github.wnet4j;

import io.github.wnet4j.spi.Availability;
import io.github.wnet4j.spi.BackendProvider;
import io.github.wnet4j.spi.WNetBackend;

import java.util.List;
import java.util.ServiceLoader;

/**
 * One provider as discovery reads it, on a daemon thread of its own: its class initialised, an
 * instance made, then its name, priority and kind. Each of those runs the provider's code, which may
 * throw or never return; the step it is in is kept, so that when discovery stops waiting (at its
 * deadline, see {@link ProviderListing}) the step that hung is the provider's reason, as is whatever
 * it threw. Its availability is asked at most once, and it and the backend's creation each run on a
 * daemon thread too, waited for no longer than {@value Discovery#TIMEOUT_PROPERTY}.
 *
 * <p>The reading's state is guarded by the listing's lock, which is notified when the reading ends.
 */
final class ProviderReading implements Runnable {
    /** The name a provider is listed under when ServiceLoader could not load its class. */
    static final String UNLOADABLE = "unloadable provider";

    private static final String STATIC_INITIALISER = "its static initialiser";
    private static final String CONSTRUCTOR = "its constructor";
    private static final String THREAD_PREFIX = "wnet4j discovery: ";

    private final Object lock;
    private final ServiceLoader.Provider<BackendProvider> handle; // null when an instance was given
    private final Class<?> type; // null when the class could not be loaded
    private final String className;
    private final String threadName;

    // Guarded by lock.
    private BackendProvider provider;
    private String step;
    private String name;
    private int priority;
    private boolean simulator;
    private boolean ended;
    private String failure;
    private Throwable failedBy;

    private Availability availability; // guarded by this
    private ProviderCall asking; // guarded by this: started, not yet answered

    private ProviderReading(Object lock, ServiceLoader.Provider<BackendProvider> handle, BackendProvider given,
                            Class<?> type, String className) {
        this.lock = lock;
        this.handle = handle;
        this.provider = given;
        this.type = type;
        this.className = className;
        this.threadName = THREAD_PREFIX.concat("reading ").concat(className);
        this.step = handle != null ? STATIC_INITIALISER : "its name()";
    }

    /** Starts reading the provider ServiceLoader found, without having instantiated it. */
    static ProviderReading start(Object lock, ServiceLoader.Provider<BackendProvider> handle) {
        Class<?> type = handle.type();
        return new ProviderReading(lock, handle, null, type, type.getName()).start();
    }

    /** Starts reading a provider that was made already: its name, priority and kind. */
    static ProviderReading start(Object lock, BackendProvider given) {
        return new ProviderReading(lock, null, given, given.getClass(), given.getClass().getName()).start();
    }

    /** A provider ServiceLoader could not load: listed under {@link #UNLOADABLE} with the reason. */
    static ProviderReading unloadable(Object lock, String reason, Throwable cause) {
        ProviderReading r = new ProviderReading(lock, null, null, null, UNLOADABLE);
        r.ended = true;
        r.failure = reason;
        r.failedBy = cause;
        return r;
    }

    private ProviderReading start() {
        Thread reader = new Thread(this, threadName);
        reader.setDaemon(true); // a provider that never returns must not keep the JVM alive
        reader.start();
        return this;
    }

    @Override
    public void run() {
        BackendProvider p;
        synchronized (lock) {
            p = provider;
        }
        try {
            if (handle != null) {
                // Initialised apart from get(), so a static initialiser that hangs or throws is named as such.
                Class.forName(className, true, type.getClassLoader());
                enter(CONSTRUCTOR);
                p = handle.get();
            }
            enter("its name()");
            String n = p.name();
            if (n == null || n.isBlank()) {
                end("its name() returned " + (n == null ? "null" : "a blank name"), null);
                return;
            }
            synchronized (lock) {
                if (!ended) {
                    name = n;
                }
            }
            enter("its priority()");
            int pr = p.priority();
            enter("its isSimulator()");
            boolean sim = p.isSimulator();
            synchronized (lock) {
                if (!ended) {
                    provider = p;
                    priority = pr;
                    simulator = sim;
                    ended = true;
                    lock.notifyAll();
                }
            }
        } catch (Throwable t) { // the provider's own failure is its reason, whatever it is
            String reason;
            synchronized (lock) {
                reason = step + " threw " + ProviderCall.describe(t)
                        + (name == null ? "" : " (provider class " + className + ")");
            }
            end(reason, t);
        }
    }

    private void enter(String call) {
        synchronized (lock) {
            step = call;
        }
    }

    private void end(String reason, Throwable cause) {
        synchronized (lock) {
            if (!ended) { // else discovery gave up on it first, and its reason stands
                ended = true;
                failure = reason;
                failedBy = cause;
                lock.notifyAll();
            }
        }
    }

    /** Stops waiting for a reading that has not ended: the step it is in becomes its reason. Lock held. */
    void giveUp(long boundMillis) {
        if (!ended) {
            ended = true;
            failure = ProviderCall.unanswered(step, boundMillis, Discovery.READING_TIMEOUT_PROPERTY, threadName);
        }
    }

    /** {@return whether the reading ended, read through or not} Lock held. */
    boolean ended() {
        return ended;
    }

    /** {@return whether the provider was read through, and can be asked its availability} */
    boolean usable() {
        synchronized (lock) {
            return ended && failure == null;
        }
    }

    /** {@return whether the provider said its name is {@code wanted}, case aside} Lock held. */
    boolean isNamed(String wanted) {
        return name != null && name.equalsIgnoreCase(wanted);
    }

    /** {@return the provider's name, or its class name if it did not say} */
    String name() {
        synchronized (lock) {
            return name != null ? name : className;
        }
    }

    /** {@return the provider's priority} Only once read through. */
    int priority() {
        synchronized (lock) {
            return priority;
        }
    }

    /** {@return whether the provider simulates Windows} Only once read through. */
    boolean simulator() {
        synchronized (lock) {
            return simulator;
        }
    }

    /** {@return the provider's class and where it was loaded from, for a message} */
    String origin() {
        return className + " from " + (type == null ? null : type.getProtectionDomain().getCodeSource());
    }

    /** {@return the failure behind an unusable provider, or null} */
    Throwable failedBy() {
        synchronized (lock) {
            return failedBy;
        }
    }

    /**
     * {@return why the provider cannot be used: what it threw, the step that did not return, or the
     * step it is still in}
     */
    String failure() {
        synchronized (lock) {
            if (!ended) {
                return step + " had not returned yet (named() waits for no provider but the one it names);"
                        + " it is being read on daemon thread '" + threadName + "'";
            }
            return failure;
        }
    }

    /** {@return this unusable provider as a line of the diagnostics} */
    ProviderStatus failureStatus() {
        return new ProviderStatus(name(), 0, false, false, failure(), failedBy());
    }

    /**
     * The provider's availability, asked the first time on a daemon thread; if it is not answered by
     * {@code deadlineNanos}, a throw (Error included), a null or no answer in time is the reason.
     */
    synchronized Availability availability(long deadlineNanos, long boundMillis) {
        if (availability == null) {
            availability = ask(deadlineNanos, boundMillis);
        }
        return availability;
    }

    /** Starts asking the availability on its own thread, unless it is known or being asked. */
    synchronized void startAsking() {
        if (availability == null && asking == null) {
            asking = ProviderCall.availability(provider(), threadName("availability of "));
        }
    }

    private Availability ask(long deadlineNanos, long boundMillis) {
        startAsking();
        if (!asking.awaitUntil(deadlineNanos)) {
            return Availability.unavailable(ProviderCall.unanswered("its availability()", boundMillis,
                    Discovery.TIMEOUT_PROPERTY, asking.threadName()));
        }
        if (asking.thrown() != null) {
            return Availability.unavailable("its availability check threw " + asking.thrown(), asking.thrown());
        }
        Availability answer = asking.availabilityAnswer();
        return answer != null ? answer : Availability.unavailable("its availability() returned null");
    }

    /**
     * A new backend from the provider, made on a daemon thread and waited for no longer than
     * {@code boundMillis}.
     *
     * @throws NoBackendException if create() threw, returned null or did not return in time
     */
    WNetBackend create(long boundMillis) {
        ProviderCall creating = ProviderCall.create(provider(), threadName("creating backend "));
        String why;
        Throwable cause = null;
        if (!creating.awaitUntil(System.nanoTime() + boundMillis * 1_000_000)) {
            why = ProviderCall.unanswered("its create()", boundMillis, Discovery.TIMEOUT_PROPERTY, creating.threadName());
        } else if (creating.thrown() != null) {
            cause = creating.thrown();
            why = "creating it failed: " + cause;
        } else if (creating.backend() == null) {
            why = "its create() returned null";
        } else {
            return creating.backend();
        }
        throw new NoBackendException("The wnet4j backend '" + name() + "' said it was available, but " + why,
                List.of(new ProviderStatus(name(), priority(), simulator(), false, why, cause)));
    }

    private BackendProvider provider() {
        synchronized (lock) {
            return provider;
        }
    }

    private String threadName(String what) {
        return THREAD_PREFIX.concat(what).concat(name()).concat(" (").concat(className).concat(")");
    }
}
