package io.github.wnet4j;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import io.github.wnet4j.spi.BackendProvider;
import io.github.wnet4j.spi.Availability;

/**
 * The backends {@link ServiceLoader} finds through one class loader, and the rules for choosing
 * among them. Most callers use {@link ConnectionCancellers}, which makes one of these for them.
 *
 * <p>Finding providers never loads native code: availability is asked lazily, only by
 * {@link #best()}, {@link #named(String)}, {@link #select()} and {@link #diagnostics()}.
 *
 * <p>The rules: a backend asked for by name (directly or through {@value ConnectionCancellers#BACKEND_PROPERTY})
 * is used if it is available, simulator or not. Otherwise the available real backend of highest
 * priority is used. On Windows a simulator is never chosen this way; elsewhere one is chosen only
 * when no real backend is available, and the choice is logged through {@link System.Logger}.
 */
public final class Discovery {
    /**
     * Made on first use, not when the class loads: the first System.getLogger starts
     * java.util.logging, about 27 ms of a cold JVM that may never log (measured in benchmarks).
     */
    private static final class Log {
        static final System.Logger LOG = System.getLogger(Discovery.class.getName());
    }

    /**
     * Highest priority first, then by name. A class, not a lambda: discovery runs in cold JVMs, and
     * the first lambda a JVM meets costs milliseconds to bootstrap.
     */
    private static final class ByPriority implements Comparator<Found> {
        static final ByPriority INSTANCE = new ByPriority();

        @Override
        public int compare(Found a, Found b) {
            int byPriority = Integer.compare(b.provider.priority(), a.provider.priority());
            return byPriority != 0 ? byPriority : a.provider.name().compareTo(b.provider.name());
        }
    }

    /** A provider ServiceLoader gave us, or the failure to instantiate one. */
    private record Found(BackendProvider provider, String brokenName, Throwable brokenBy) {
    }

    private final List<Found> found;
    private final boolean onWindows;

    Discovery(List<Found> found, boolean onWindows) {
        this.found = List.copyOf(found);
        this.onWindows = onWindows;
    }

    /** The providers visible to the thread's context class loader (or the module layer). */
    public static Discovery load() {
        return fromServiceLoader(ServiceLoader.load(BackendProvider.class), isWindows());
    }

    /** The providers visible to {@code loader}. */
    public static Discovery load(ClassLoader loader) {
        return fromServiceLoader(ServiceLoader.load(BackendProvider.class, loader), isWindows());
    }

    /** Exactly these providers, for frameworks that do not use ServiceLoader. */
    public static Discovery of(List<? extends BackendProvider> providers) {
        return of(providers, isWindows());
    }

    /** Exactly these providers, as if on Windows or not (the rules differ). */
    static Discovery of(List<? extends BackendProvider> providers, boolean onWindows) {
        List<Found> found = new ArrayList<>();
        for (BackendProvider p : providers) {
            found.add(new Found(Objects.requireNonNull(p, "provider"), null, null));
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
                found.add(new Found(null, "unloadable provider", e));
                continue;
            }
            try {
                found.add(new Found(handle.get(), null, null));
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                found.add(new Found(null, handle.type().getName(), e));
            }
        }
        return new Discovery(found, onWindows);
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    /**
     * The backend named by the system property {@value ConnectionCancellers#BACKEND_PROPERTY} if it
     * is set, and otherwise {@link #best()}.
     *
     * @throws NoBackendException if that backend is missing or unavailable, or none is usable
     */
    public ConnectionCanceller select() {
        String wanted = System.getProperty(ConnectionCancellers.BACKEND_PROPERTY);
        if (wanted != null && !wanted.isBlank()) {
            return named(wanted.trim());
        }
        return best();
    }

    /**
     * The available real backend of highest priority; where there is none and this is not Windows,
     * an available simulator, with a log line saying so.
     *
     * @throws NoBackendException listing every provider and why it is not usable
     */
    public ConnectionCanceller best() {
        List<Found> sorted = providersByPriority();
        for (Found f : sorted) {
            if (!f.provider.isSimulator() && availabilityOf(f.provider).isAvailable()) {
                return create(f.provider);
            }
        }
        if (onWindows) {
            throw new NoBackendException("No real wnet4j backend is available on this Windows machine"
                    + " (a simulator is used on Windows only when asked for by name, -D"
                    + ConnectionCancellers.BACKEND_PROPERTY + "=fake).", diagnostics());
        }
        for (Found f : sorted) {
            if (f.provider.isSimulator() && availabilityOf(f.provider).isAvailable()) {
                List<ProviderStatus> why = diagnostics(); // once, not inside the lazy message: availability may be costly
                Log.LOG.log(System.Logger.Level.INFO, () -> "wnet4j: no real backend is available here, so the simulator '"
                        + f.provider.name() + "' was chosen: it does not touch Windows. Set -D"
                        + ConnectionCancellers.BACKEND_PROPERTY + "=NAME to choose explicitly."
                        + NoBackendException.describe(why));
                return create(f.provider);
            }
        }
        throw new NoBackendException("No wnet4j backend is available.", diagnostics());
    }

    /**
     * The backend with this name (case-insensitive), simulator or not.
     *
     * @throws NoBackendException if there is none by that name, or it is not available here
     */
    public ConnectionCanceller named(String name) {
        Objects.requireNonNull(name, "name");
        Optional<BackendProvider> match = Optional.empty();
        for (Found f : found) {
            if (f.provider != null && f.provider.name().equalsIgnoreCase(name)) {
                match = Optional.of(f.provider);
                break;
            }
        }
        if (match.isEmpty()) {
            throw new NoBackendException("No wnet4j backend is named '" + name + "'.", diagnostics());
        }
        Availability a = availabilityOf(match.get());
        if (!a.isAvailable()) {
            // Its own failure is the cause, even when a higher-priority provider failed too.
            throw new NoBackendException("The wnet4j backend '" + match.get().name() + "' is not available: "
                    + a.reason(), diagnostics(), a.cause().orElse(null));
        }
        return create(match.get());
    }

    /**
     * Every provider found, highest priority first, with whether it is available and why; providers
     * that could not be instantiated are listed last with their failure. Asks each provider for its
     * availability, so it may load native code.
     */
    public List<ProviderStatus> diagnostics() {
        List<ProviderStatus> out = new ArrayList<>();
        for (Found f : providersByPriority()) {
            BackendProvider p = f.provider;
            Availability a = availabilityOf(p);
            out.add(new ProviderStatus(p.name(), p.priority(), p.isSimulator(), a.isAvailable(), a.reason(),
                    a.cause().orElse(null)));
        }
        for (Found f : found) {
            if (f.provider == null) {
                out.add(new ProviderStatus(f.brokenName, 0, false, false,
                        "could not be instantiated: " + f.brokenBy, f.brokenBy));
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

    private static Availability availabilityOf(BackendProvider p) {
        try {
            Availability a = p.availability();
            return a != null ? a : Availability.unavailable("its availability() returned null");
        } catch (RuntimeException | LinkageError e) {
            return Availability.unavailable("its availability check threw " + e, e);
        }
    }

    private ConnectionCanceller create(BackendProvider p) {
        try {
            return ConnectionCancellers.over(p.name(), p.create());
        } catch (RuntimeException | LinkageError e) {
            throw new NoBackendException("The wnet4j backend '" + p.name() + "' said it was available, but creating it failed: "
                    + e, List.of(new ProviderStatus(p.name(), p.priority(), p.isSimulator(), false, e.toString(), e)));
        }
    }
}
