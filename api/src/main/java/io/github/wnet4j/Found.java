package io.github.wnet4j;

import io.github.wnet4j.spi.Availability;
import io.github.wnet4j.spi.BackendProvider;

/**
 * One provider as discovery found it: its name, priority and kind read once, each guarded, so a
 * provider that throws is reported as its own reason instead of breaking discovery for all; and its
 * availability asked at most once, on a daemon thread, waited for no longer than a bound.
 */
final class Found {
    final BackendProvider provider; // null if it failed before it could be asked anything else
    final String name;
    final int priority;
    final boolean simulator;
    final String brokenReason;
    final Throwable brokenBy;
    private Availability availability; // guarded by this

    private Found(BackendProvider provider, String name, int priority, boolean simulator,
                  String brokenReason, Throwable brokenBy) {
        this.provider = provider;
        this.name = name;
        this.priority = priority;
        this.simulator = simulator;
        this.brokenReason = brokenReason;
        this.brokenBy = brokenBy;
    }

    static Found broken(String name, String reason, Throwable cause) {
        return new Found(null, name, 0, false, reason, cause);
    }

    /** Reads name, priority and kind, each of which a provider may get wrong. */
    static Found of(BackendProvider p) {
        String className = p.getClass().getName();
        String name;
        try {
            name = p.name();
        } catch (RuntimeException | Error e) {
            return broken(className, "its name() threw " + e, e);
        }
        if (name == null || name.isBlank()) {
            return broken(className, "its name() returned " + (name == null ? "null" : "a blank name"), null);
        }
        int priority;
        boolean simulator;
        try {
            priority = p.priority();
        } catch (RuntimeException | Error e) {
            return broken(name, "its priority() threw " + e + " (provider class " + className + ")", e);
        }
        try {
            simulator = p.isSimulator();
        } catch (RuntimeException | Error e) {
            return broken(name, "its isSimulator() threw " + e + " (provider class " + className + ")", e);
        }
        return new Found(p, name, priority, simulator, null, null);
    }

    /**
     * The provider's availability, asked the first time on a daemon thread and waited for at most
     * {@code timeoutMillis}; a throw (Error included), a null or no answer in time is the reason.
     */
    synchronized Availability availability(long timeoutMillis) {
        if (availability == null) {
            availability = ask(timeoutMillis);
        }
        return availability;
    }

    private Availability ask(long timeoutMillis) {
        // A plain thread and join, not a FutureTask, a lambda or a string concatenation: on a cold
        // JVM those cost 4-10 ms of class loading and bootstrapping, which every cold start pays.
        Asking asking = new Asking(provider);
        Thread asker = new Thread(asking, "wnet4j availability of ".concat(name));
        asker.setDaemon(true); // a hung check must not keep the JVM alive
        asker.start();
        try {
            asker.join(timeoutMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Availability.unavailable("interrupted while waiting for its availability()", e);
        }
        if (asker.isAlive()) {
            return Availability.unavailable("its availability() did not answer within " + timeoutMillis
                    + " ms (provider class " + provider.getClass().getName() + "); it is left running on thread '"
                    + asker.getName() + "'. Set -D" + Discovery.TIMEOUT_PROPERTY + "=MILLISECONDS to wait longer.");
        }
        // isAlive() answering false orders everything the thread did before these reads (JLS 17.4.5).
        if (asking.thrown != null) {
            return Availability.unavailable("its availability check threw " + asking.thrown, asking.thrown);
        }
        return asking.answer != null ? asking.answer : Availability.unavailable("its availability() returned null");
    }

    /** One provider's availability(), asked on the thread that runs it; a throw, Error included, is kept. */
    private static final class Asking implements Runnable {
        private final BackendProvider provider;
        private Availability answer;
        private Throwable thrown;

        Asking(BackendProvider provider) {
            this.provider = provider;
        }

        @Override
        public void run() {
            try {
                answer = provider.availability();
            } catch (Throwable t) { // the provider's own failure is its reason, whatever it is
                thrown = t;
            }
        }
    }
}
