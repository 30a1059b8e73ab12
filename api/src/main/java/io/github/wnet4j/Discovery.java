package io.github.wnet4j;

import io.github.wnet4j.spi.Availability;
import io.github.wnet4j.spi.BackendProvider;
import io.github.wnet4j.spi.WNetBackend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The backends {@link ServiceLoader} finds through one class loader, and the rules for choosing
 * among them. It chooses a provider and makes its backend; {@link WNet} wraps that in the
 * validating calls, so this class never calls back into the facade.
 *
 * <p>Finding providers never loads native code: availability is asked lazily, at most once per
 * provider per instance, only by {@link #best()}, {@link #named(String)}, {@link #select()} and
 * {@link #diagnostics()}, and each answer is bounded by {@value #TIMEOUT_PROPERTY}.
 *
 * <p>The rules: a backend asked for by name (directly or through {@value #BACKEND_PROPERTY}) is used
 * if it is available, simulator or not. Otherwise the available real backend of highest priority is
 * used. On Windows a simulator is never chosen this way; elsewhere one is chosen only when no real
 * backend is available and {@value BackendProvider#MPR_LIBRARY_PROPERTY} names no library, and the choice is logged
 * through {@link System.Logger}. A provider that throws anywhere is reported as its own reason.
 */
final class Discovery {
    /** The system property that names the backend to use: {@value}. */
    static final String BACKEND_PROPERTY = "wnet4j.backend";

    /** The system property bounding each provider's {@code availability()}, in milliseconds: {@value}. */
    static final String TIMEOUT_PROPERTY = "wnet4j.availability.timeout.ms";

    /** Loading a library from a slow disk takes well under this; a hung check must not hang the caller. */
    static final long DEFAULT_TIMEOUT_MILLIS = 30_000;

    /** Made on first use: the first System.getLogger starts java.util.logging, about 27 ms of a cold JVM. */
    private static final class Log {
        static final System.Logger LOG = System.getLogger(Discovery.class.getName());
    }

    /** Highest priority first, then by name. A class, not a lambda: the first lambda costs a cold JVM milliseconds. */
    private static final class ByPriority implements Comparator<Found> {
        static final ByPriority INSTANCE = new ByPriority();

        @Override
        public int compare(Found a, Found b) {
            int byPriority = Integer.compare(b.priority, a.priority);
            return byPriority != 0 ? byPriority : a.name.compareTo(b.name);
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

    private final List<Found> found;
    private final boolean onWindows;
    private final long timeoutMillis;

    Discovery(List<Found> found, boolean onWindows) {
        this.found = List.copyOf(found);
        this.onWindows = onWindows;
        this.timeoutMillis = timeoutMillis();
    }

    /** The providers visible to the thread's context class loader (or the module layer). */
    static Discovery load() {
        return fromServiceLoader(ServiceLoader.load(BackendProvider.class), isWindows());
    }

    /** The providers visible to {@code loader}. */
    static Discovery load(ClassLoader loader) {
        return fromServiceLoader(ServiceLoader.load(BackendProvider.class, loader), isWindows());
    }

    /** Exactly these providers, as if on Windows or not (the rules differ). */
    static Discovery of(List<? extends BackendProvider> providers, boolean onWindows) {
        List<Found> found = new ArrayList<>();
        for (BackendProvider p : providers) {
            found.add(Found.of(Objects.requireNonNull(p, "provider")));
        }
        return new Discovery(found, onWindows);
    }

    private static Discovery fromServiceLoader(ServiceLoader<BackendProvider> loader, boolean onWindows) {
        List<Found> found = new ArrayList<>();
        Iterator<ServiceLoader.Provider<BackendProvider>> it = loader.stream().iterator();
        while (true) {
            ServiceLoader.Provider<BackendProvider> handle;
            try {
                if (!it.hasNext()) {
                    break;
                }
                handle = it.next();
            } catch (ServiceConfigurationError e) {
                // A provider named in META-INF/services that cannot even be located: report it, go on.
                found.add(Found.broken("unloadable provider", "could not be located: " + e, e));
                continue;
            }
            try {
                found.add(Found.of(handle.get()));
            } catch (RuntimeException | Error e) {
                found.add(Found.broken(handle.type().getName(), "could not be instantiated: " + e, e));
            }
        }
        return new Discovery(found, onWindows);
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    private static long timeoutMillis() {
        String set = System.getProperty(TIMEOUT_PROPERTY);
        if (set == null || set.isBlank()) {
            return DEFAULT_TIMEOUT_MILLIS;
        }
        try {
            long millis = Long.parseLong(set.trim());
            if (millis > 0) {
                return millis;
            }
        } catch (NumberFormatException e) {
            // reported below, with the fix
        }
        throw new IllegalArgumentException("system property " + TIMEOUT_PROPERTY + " is '" + set
                + "'; set it to a positive number of milliseconds, or leave it unset for " + DEFAULT_TIMEOUT_MILLIS);
    }

    /**
     * The backend named by {@value #BACKEND_PROPERTY} if it is set, and otherwise {@link #best()}.
     *
     * @throws NoBackendException if that backend is missing or unavailable, or none is usable
     */
    Chosen select() {
        String wanted = System.getProperty(BACKEND_PROPERTY);
        if (wanted != null && !wanted.isBlank()) {
            return named(wanted.trim());
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
        List<Found> sorted = providersByPriority();
        for (Found f : sorted) {
            if (!f.simulator && f.availability(timeoutMillis).isAvailable()) {
                return create(f);
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
        for (Found f : sorted) {
            if (f.simulator && f.availability(timeoutMillis).isAvailable()) {
                List<ProviderStatus> why = diagnostics(); // once, not inside the lazy message
                Log.LOG.log(System.Logger.Level.INFO, () -> "wnet4j: no real backend is available here, so the simulator '"
                        + f.name + "' was chosen: it does not touch Windows. Set -D"
                        + BACKEND_PROPERTY + "=NAME to choose explicitly." + NoBackendException.describe(why));
                return create(f);
            }
        }
        throw new NoBackendException("No wnet4j backend is available.", diagnostics());
    }

    /**
     * The backend with this name (case-insensitive), simulator or not.
     *
     * @throws NoBackendException if there is none by that name, two share it, or it is not available here
     */
    Chosen named(String name) {
        Objects.requireNonNull(name, "name");
        List<Found> matches = new ArrayList<>();
        for (Found f : found) {
            if (f.provider != null && f.name.equalsIgnoreCase(name)) {
                matches.add(f);
            }
        }
        if (matches.isEmpty()) {
            throw new NoBackendException("No wnet4j backend is named '" + name + "'.", diagnostics());
        }
        if (matches.size() > 1) {
            List<String> classes = new ArrayList<>();
            for (Found f : matches) {
                classes.add(f.provider.getClass().getName() + " from "
                        + f.provider.getClass().getProtectionDomain().getCodeSource());
            }
            throw new NoBackendException(matches.size() + " wnet4j providers are named '" + name + "': "
                    + String.join(" and ", classes) + "; keep one of them on the class path.", diagnostics());
        }
        Found match = matches.get(0);
        Availability a = match.availability(timeoutMillis);
        if (!a.isAvailable()) {
            // Its own failure is the cause, even when a higher-priority provider failed too.
            throw new NoBackendException("The wnet4j backend '" + match.name + "' is not available: "
                    + a.reason(), diagnostics(), a.cause().orElse(null));
        }
        return create(match);
    }

    /**
     * Every provider found, highest priority first, with whether it is available and why; providers
     * that failed before they could be asked are listed last with their failure. Asks each provider
     * for its availability, so it may load native code.
     */
    List<ProviderStatus> diagnostics() {
        List<ProviderStatus> out = new ArrayList<>();
        for (Found f : providersByPriority()) {
            Availability a = f.availability(timeoutMillis);
            out.add(new ProviderStatus(f.name, f.priority, f.simulator, a.isAvailable(), a.reason(),
                    a.cause().orElse(null)));
        }
        for (Found f : found) {
            if (f.provider == null) {
                out.add(new ProviderStatus(f.name, 0, false, false, f.brokenReason, f.brokenBy));
            }
        }
        return out;
    }

    private List<Found> providersByPriority() {
        List<Found> usable = new ArrayList<>();
        for (Found f : found) {
            if (f.provider != null) {
                usable.add(f);
            }
        }
        usable.sort(ByPriority.INSTANCE);
        return usable;
    }

    private static Chosen create(Found f) {
        try {
            return new Chosen(f.name, Objects.requireNonNull(f.provider.create(), "create() returned null"));
        } catch (RuntimeException | Error e) {
            throw new NoBackendException("The wnet4j backend '" + f.name + "' said it was available, but creating it failed: "
                    + e, List.of(new ProviderStatus(f.name, f.priority, f.simulator, false, e.toString(), e)));
        }
    }
}
