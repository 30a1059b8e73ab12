package io.github.wnet4j;

import io.github.wnet4j.spi.Availability;
import io.github.wnet4j.spi.BackendProvider;
import io.github.wnet4j.spi.WNetBackend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * The backends {@link ServiceLoader} finds through one class loader, and the rules for choosing
 * among them. It chooses a provider and makes its backend; {@link WNet} wraps that in the
 * validating calls, so this class never calls back into the facade.
 *
 * <p>The rules: a backend asked for by name (directly or through {@value #BACKEND_PROPERTY}) is used
 * if it is available, simulator or not. Otherwise the available real backend of highest priority is
 * used. On Windows a simulator is never chosen this way; elsewhere one is chosen only when no real
 * backend is available and {@value BackendProvider#MPR_LIBRARY_PROPERTY} names no library.
 *
 * <p>Discovery never waits long on a provider's code, and loads no native code itself. Each provider
 * is read (its class initialised, constructed, its name, priority and kind) on a daemon thread of
 * its own, all at once ({@link ProviderListing}); listing and reading them all share one bound,
 * {@value #READING_TIMEOUT_PROPERTY} (default {@value #DEFAULT_READING_TIMEOUT_MILLIS} ms: they run
 * no native code and take microseconds). Availability is asked lazily, at most once per provider per
 * instance, and each {@code availability()} and the chosen provider's {@code create()} are bounded by
 * {@value #TIMEOUT_PROPERTY} (default {@value #DEFAULT_TIMEOUT_MILLIS} ms: they may load a library).
 * A provider that throws (an Error too), answers null or does not return in time is listed with that
 * as its reason, naming the call, and the others are still used. {@link #named(String)} waits for no
 * provider but the one it names: it cannot know another provider's name without running that
 * provider's code, so two providers with one name are reported only when both were read by the
 * time the named one was. A thread left on a provider that never returns is a daemon, named
 * {@code wnet4j discovery: ...} after what it waits for, so it neither keeps the JVM alive nor hides
 * in a thread dump.
 *
 * <p>Each choice is logged once, through {@link System.Logger} {@code io.github.wnet4j.Discovery}
 * (under {@code io.github.wnet4j}), with why it was made: at DEBUG when a backend was named or was the
 * available real backend of highest priority, the documented path, which must not add a line to every
 * program's output; at INFO when the simulator was chosen because no real backend was available,
 * since a program that meant to change Windows then does not. Nothing is logged per call.
 */
final class Discovery {
    /** The system property that names the backend to use: {@value}. */
    static final String BACKEND_PROPERTY = "wnet4j.backend";

    /** The system property bounding each provider's {@code availability()} and {@code create()}, in milliseconds: {@value}. */
    static final String TIMEOUT_PROPERTY = "wnet4j.availability.timeout.ms";

    /** Loading a library from a slow disk takes well under this; a hung check must not hang the caller. */
    static final long DEFAULT_TIMEOUT_MILLIS = 30_000;

    /** The system property bounding the listing and reading of every provider, in milliseconds: {@value}. */
    static final String READING_TIMEOUT_PROPERTY = "wnet4j.provider.timeout.ms";

    /** Reading a provider runs no native code: this is far above a class loaded from a slow disk on a loaded machine. */
    static final long DEFAULT_READING_TIMEOUT_MILLIS = 5_000;

    /** Made on first use: the first System.getLogger starts java.util.logging, about 20-28 ms of a cold JVM. */
    private static final class Log {
        static final System.Logger LOG = System.getLogger(Discovery.class.getName());
    }

    /** Highest priority first, then by name. A class, not a lambda: the first lambda costs a cold JVM milliseconds. */
    private static final class ByPriority implements Comparator<ProviderReading> {
        static final ByPriority INSTANCE = new ByPriority();

        @Override
        public int compare(ProviderReading a, ProviderReading b) {
            int byPriority = Integer.compare(b.priority(), a.priority());
            return byPriority != 0 ? byPriority : a.name().compareTo(b.name());
        }
    }

    /**
     * A provider chosen, and the backend it made.
     *
     * @param backendName the provider's name
     * @param backend the raw backend, to be wrapped by the facade
     */
    record Chosen(String backendName, WNetBackend backend) {
    }

    private final ProviderListing providers;
    private final boolean onWindows;
    private final long timeoutMillis;

    private Discovery(ProviderListing providers, boolean onWindows, long timeoutMillis) {
        this.providers = providers;
        this.onWindows = onWindows;
        this.timeoutMillis = timeoutMillis;
    }

    /** The providers visible to the thread's context class loader (or the module layer). */
    static Discovery load() {
        return load(ServiceLoader.load(BackendProvider.class));
    }

    /** The providers visible to {@code loader}. */
    static Discovery load(ClassLoader loader) {
        return load(ServiceLoader.load(BackendProvider.class, loader));
    }

    private static Discovery load(ServiceLoader<BackendProvider> loader) {
        long timeout = millis(TIMEOUT_PROPERTY, DEFAULT_TIMEOUT_MILLIS); // a bad value is refused before any provider runs
        return new Discovery(ProviderListing.start(loader, millis(READING_TIMEOUT_PROPERTY, DEFAULT_READING_TIMEOUT_MILLIS)),
                isWindows(), timeout);
    }

    /** Exactly these providers, as if on Windows or not (the rules differ). */
    static Discovery of(List<? extends BackendProvider> providers, boolean onWindows) {
        for (BackendProvider p : providers) {
            Objects.requireNonNull(p, "provider");
        }
        long timeout = millis(TIMEOUT_PROPERTY, DEFAULT_TIMEOUT_MILLIS);
        return new Discovery(ProviderListing.start(providers, millis(READING_TIMEOUT_PROPERTY, DEFAULT_READING_TIMEOUT_MILLIS)),
                onWindows, timeout);
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    private static long millis(String property, long byDefault) {
        String set = System.getProperty(property);
        if (set == null || set.isBlank()) {
            return byDefault;
        }
        try {
            long millis = Long.parseLong(set.trim());
            if (millis > 0 && millis <= Long.MAX_VALUE / 1_000_000) {
                return millis;
            }
        } catch (NumberFormatException e) {
            // reported below, with the fix
        }
        throw new IllegalArgumentException("system property " + property + " is '" + set
                + "'; set it to a positive number of milliseconds, or leave it unset for " + byDefault);
    }

    /** The providers, once each was read or given up on; for tests that look before they choose. */
    List<ProviderReading> awaitProviders() {
        return providers.awaitAll();
    }

    /**
     * The backend named by {@value #BACKEND_PROPERTY} if it is set, and otherwise {@link #best()}.
     *
     * @throws NoBackendException if that backend is missing or unavailable, or none is usable
     */
    Chosen select() {
        String wanted = System.getProperty(BACKEND_PROPERTY);
        if (wanted != null && !wanted.isBlank()) {
            return named(wanted.trim(), "-D" + BACKEND_PROPERTY + "=" + wanted.trim() + " names it");
        }
        return best();
    }

    /**
     * The available real backend of highest priority; where there is none and this is not Windows,
     * an available simulator, with a log line saying so, unless a library was named.
     *
     * @throws NoBackendException listing every provider and why it is not usable
     */
    Chosen best() {
        List<ProviderReading> sorted = byPriority(providers.awaitAll());
        List<ProviderStatus> passedOver = new ArrayList<>();
        for (ProviderReading r : sorted) {
            if (!r.simulator()) {
                Availability a = r.availability(deadline(), timeoutMillis);
                if (a.isAvailable()) {
                    return chosen(r, "the available real backend of highest priority", a, passedOver);
                }
                passedOver.add(status(r, a));
            }
        }
        String library = System.getProperty(BackendProvider.MPR_LIBRARY_PROPERTY);
        if (library != null && !library.isBlank()) {
            // A named library means a native backend was wanted: the simulator would hide why it failed.
            throw new NoBackendException("-D" + BackendProvider.MPR_LIBRARY_PROPERTY + "=" + library.trim()
                    + " names a native library, but no native backend could use it (the simulator is not"
                    + " chosen when a library is named; unset the property to allow it).", diagnostics());
        }
        if (onWindows) {
            throw new NoBackendException("No real wnet4j backend is available on this Windows machine"
                    + " (a simulator is used on Windows only when asked for by name, -D"
                    + BACKEND_PROPERTY + "=fake).", diagnostics());
        }
        for (ProviderReading r : sorted) {
            if (r.simulator() && r.availability(deadline(), timeoutMillis).isAvailable()) {
                List<ProviderStatus> why = diagnostics(); // once, not inside the lazy message
                Log.LOG.log(System.Logger.Level.INFO, () -> "wnet4j: no real backend is available here, so the simulator '"
                        + r.name() + "' was chosen: it does not touch Windows. Set -D"
                        + BACKEND_PROPERTY + "=NAME to choose explicitly." + NoBackendException.describe(why));
                return new Chosen(r.name(), r.create(timeoutMillis));
            }
        }
        throw new NoBackendException("No wnet4j backend is available.", diagnostics());
    }

    /**
     * The backend with this name (case-insensitive), simulator or not. Waits for no other provider
     * once one has said it has this name.
     *
     * @throws NoBackendException if there is none by that name, two share it, or it is not available here
     */
    Chosen named(String name) {
        return named(Objects.requireNonNull(name, "name"), "asked for by name");
    }

    private Chosen named(String name, String why) {
        List<ProviderReading> matches = providers.awaitNamed(name);
        if (matches.isEmpty()) {
            // awaitNamed waited for every provider, so the diagnostics wait no longer.
            throw new NoBackendException("No wnet4j backend is named '" + name + "'.", diagnostics());
        }
        if (matches.size() > 1) {
            List<String> classes = new ArrayList<>();
            for (ProviderReading r : matches) {
                classes.add(r.origin());
            }
            throw new NoBackendException(matches.size() + " wnet4j providers are named '" + name + "': "
                    + String.join(" and ", classes) + "; keep one of them on the class path.", statuses(false));
        }
        ProviderReading match = matches.get(0);
        if (!match.usable()) {
            throw new NoBackendException("The wnet4j backend '" + match.name() + "' could not be read: "
                    + match.failure(), statuses(false), match.failedBy());
        }
        Availability a = match.availability(deadline(), timeoutMillis);
        if (!a.isAvailable()) {
            // Its own failure is the cause, even when a higher-priority provider failed too.
            throw new NoBackendException("The wnet4j backend '" + match.name() + "' is not available: "
                    + a.reason(), statuses(false), a.cause().orElse(null));
        }
        return chosen(match, why, a, List.of());
    }

    /**
     * Every provider found, highest priority first, with whether it is available and why; providers
     * that could not be read are listed last with their reason. Asks each provider for its
     * availability, all at once, so it may load native code.
     */
    List<ProviderStatus> diagnostics() {
        return statuses(true);
    }

    /** The diagnostics; without {@code awaitReadings}, a provider still being read is listed as such. */
    private List<ProviderStatus> statuses(boolean awaitReadings) {
        List<ProviderReading> all = awaitReadings ? providers.awaitAll() : providers.snapshot();
        List<ProviderReading> usable = byPriority(all);
        for (ProviderReading r : usable) {
            r.startAsking(); // all at once: one availability() that never returns costs one bound
        }
        long deadline = deadline();
        List<ProviderStatus> out = new ArrayList<>();
        for (ProviderReading r : usable) {
            out.add(status(r, r.availability(deadline, timeoutMillis)));
        }
        for (ProviderReading r : all) {
            if (!r.usable()) {
                out.add(r.failureStatus());
            }
        }
        return out;
    }

    private static ProviderStatus status(ProviderReading r, Availability a) {
        return new ProviderStatus(r.name(), r.priority(), r.simulator(), a.isAvailable(), a.reason(),
                a.cause().orElse(null));
    }

    private long deadline() {
        return System.nanoTime() + timeoutMillis * 1_000_000;
    }

    private static List<ProviderReading> byPriority(List<ProviderReading> all) {
        List<ProviderReading> usable = new ArrayList<>();
        for (ProviderReading r : all) {
            if (r.usable()) {
                usable.add(r);
            }
        }
        usable.sort(ByPriority.INSTANCE);
        return usable;
    }

    /** Creates the backend, then logs the choice once, at DEBUG, with why (see the class comment). */
    private Chosen chosen(ProviderReading r, String why, Availability a, List<ProviderStatus> passedOver) {
        Chosen chosen = new Chosen(r.name(), r.create(timeoutMillis));
        System.Logger log = Log.LOG;
        if (log.isLoggable(System.Logger.Level.DEBUG)) {
            StringBuilder m = new StringBuilder("wnet4j: backend '").append(r.name()).append("' chosen: ")
                    .append(why).append(" (priority ").append(r.priority()).append(r.simulator() ? ", simulator, " : ", ")
                    .append(a).append(')');
            if (!passedOver.isEmpty()) {
                m.append("; passed over:");
                for (ProviderStatus s : passedOver) {
                    m.append("\n  ").append(s);
                }
            }
            log.log(System.Logger.Level.DEBUG, m.toString());
        }
        return chosen;
    }
}
