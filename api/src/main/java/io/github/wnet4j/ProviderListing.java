package io.github.wnet4j;

import io.github.wnet4j.spi.BackendProvider;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The providers one discovery found, each read on its own daemon thread ({@link ProviderReading}),
 * all at once, so one provider that never returns costs a caller one bound, not one per provider.
 * ServiceLoader lists them on a daemon thread too (loading each class, without initialising it,
 * runs the class loader's code), starting each reading as soon as its class is known.
 *
 * <p>Listing and reading every provider share one deadline, {@value Discovery#READING_TIMEOUT_PROPERTY}
 * after they started. When a caller waits past it, whatever has not ended is given up on: the step
 * it was in becomes its reason, and nothing it answers later changes that.
 */
final class ProviderListing implements Runnable {
    private final Object lock = new Object();
    private final List<ProviderReading> readings = new ArrayList<>(); // guarded by lock
    private final ServiceLoader<BackendProvider> loader; // null when the providers were given
    private final long boundMillis;
    private final long deadlineNanos;
    private boolean listed; // guarded by lock: no reading will be added
    private String lastListed = "none"; // guarded by lock: the class listed last, for a listing that hangs

    private ProviderListing(ServiceLoader<BackendProvider> loader, long boundMillis) {
        this.loader = loader;
        this.boundMillis = boundMillis;
        this.deadlineNanos = System.nanoTime() + boundMillis * 1_000_000;
    }

    /** Starts listing what {@code loader} finds, and reading each provider as it is found. */
    static ProviderListing start(ServiceLoader<BackendProvider> loader, long boundMillis) {
        ProviderListing listing = new ProviderListing(loader, boundMillis);
        Thread lister = new Thread(listing, "wnet4j discovery: listing providers");
        lister.setDaemon(true);
        lister.start();
        return listing;
    }

    /** Starts reading exactly these providers. */
    static ProviderListing start(List<? extends BackendProvider> providers, long boundMillis) {
        ProviderListing listing = new ProviderListing(null, boundMillis);
        synchronized (listing.lock) {
            for (BackendProvider p : providers) {
                listing.readings.add(ProviderReading.start(listing.lock, p));
            }
            listing.listed = true;
        }
        return listing;
    }

    @Override
    public void run() {
        String failedBefore = null;
        try {
            Iterator<ServiceLoader.Provider<BackendProvider>> it = loader.stream().iterator();
            while (true) {
                ServiceLoader.Provider<BackendProvider> handle;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    handle = it.next();
                } catch (RuntimeException | Error e) { // ServiceConfigurationError, or a LinkageError loading the class
                    String failed = String.valueOf(e.getMessage());
                    if (failed.equals(failedBefore)) {
                        // ServiceLoader names each class once, so the same failure twice means it is not
                        // moving on (a services file that cannot be read): stop rather than list it forever.
                        break;
                    }
                    failedBefore = failed;
                    if (!add(ProviderReading.unloadable(lock, "its class could not be loaded: "
                            + ProviderCall.describe(e), e))) {
                        return;
                    }
                    continue;
                }
                if (!add(ProviderReading.start(lock, handle))) {
                    return;
                }
            }
        } catch (RuntimeException | Error e) {
            add(ProviderReading.unloadable(lock, "listing the providers failed: " + ProviderCall.describe(e), e));
        }
        synchronized (lock) {
            listed = true;
            lock.notifyAll();
        }
    }

    /** Adds a reading, unless discovery gave up on the listing; {@return whether to go on listing} */
    private boolean add(ProviderReading reading) {
        synchronized (lock) {
            if (listed) {
                return false;
            }
            readings.add(reading);
            if (!reading.ended()) {
                lastListed = reading.origin();
            }
            lock.notifyAll();
            return true;
        }
    }

    /** {@return every provider, once each has been read or the deadline has passed} */
    List<ProviderReading> awaitAll() {
        synchronized (lock) {
            while (!allEnded()) {
                if (!waitForChange()) {
                    giveUp();
                    break;
                }
            }
            return List.copyOf(readings);
        }
    }

    /**
     * Waits for the providers named {@code name} (case aside) to be read, and for no other: once one
     * provider has said it has that name, the others still being read are not waited for, since a
     * provider's name is known only from its own code. When none has said so yet, it waits until
     * every provider is read or the deadline passes.
     *
     * @return the providers that said they have that name, each read or given up on
     */
    List<ProviderReading> awaitNamed(String name) {
        synchronized (lock) {
            while (true) {
                List<ProviderReading> named = new ArrayList<>();
                boolean namedEnded = true;
                for (ProviderReading r : readings) {
                    if (r.isNamed(name)) {
                        named.add(r);
                        namedEnded &= r.ended();
                    }
                }
                if (named.isEmpty() ? allEnded() : namedEnded) {
                    return named;
                }
                if (!waitForChange()) {
                    giveUp();
                }
            }
        }
    }

    /** {@return every provider found so far, read or not, without waiting} */
    List<ProviderReading> snapshot() {
        synchronized (lock) {
            return List.copyOf(readings);
        }
    }

    private boolean allEnded() {
        if (!listed) {
            return false;
        }
        for (ProviderReading r : readings) {
            if (!r.ended()) {
                return false;
            }
        }
        return true;
    }

    /** Waits for a reading to change, lock held; {@return false once the deadline passed or the wait was interrupted} */
    private boolean waitForChange() {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0 || Thread.currentThread().isInterrupted()) {
            return false;
        }
        try {
            lock.wait((left + 999_999) / 1_000_000); // at least 1: wait(0) would wait forever
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // kept, and the reasons say the wait was interrupted
            return false;
        }
    }

    /** Gives up on every reading that has not ended, and on the listing if it has not ended. Lock held. */
    private void giveUp() {
        for (ProviderReading r : readings) {
            r.giveUp(boundMillis);
        }
        if (!listed) {
            listed = true;
            readings.add(ProviderReading.unloadable(lock, ProviderCall.unanswered(
                    "ServiceLoader, listing the providers after " + lastListed + ",", boundMillis,
                    Discovery.READING_TIMEOUT_PROPERTY, "wnet4j discovery: listing providers"), null));
        }
    }
}
