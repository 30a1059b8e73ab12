package io.github.wnet4j.nativeaccess;

import io.github.wnet4j.spi.Availability;
import io.github.wnet4j.nativeaccess.MprLibrary.Choice;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One backend's attempts to load the mpr library, at most one per library per JVM, remembered
 * whatever the outcome. A backend holds one instance in a static field; concurrent first uses wait
 * for one attempt ({@link ConcurrentHashMap#computeIfAbsent}) instead of racing. Nothing is loaded
 * before the first {@link #load()}, so discovering a provider never touches native code.
 *
 * @param <F> the backend's bound functions
 */
public final class LibraryLoader<F> {

    /**
     * Binds the exports of one library ({@link MprLibrary#EXPORTS}), checking each is there.
     *
     * @param <F> the bound functions
     */
    @FunctionalInterface
    public interface Binder<F> {
        /**
         * Loads and binds.
         *
         * @param library the library name or path
         * @return the bound functions
         * @throws Exception or a {@link LinkageError}, whose message says why (it is quoted in the availability)
         */
        F bind(String library) throws Exception;
    }

    /**
     * The outcome of one attempt.
     *
     * @param <F> the bound functions
     * @param choice the library tried, and where it came from
     * @param functions the bound functions, or null if loading failed
     * @param availability what was loaded from where, or what was tried, why it failed and what to do
     */
    public record Loaded<F>(Choice choice, F functions, Availability availability) {
        /**
         * Checks the parts agree.
         *
         * @param availability what was loaded from where, or what was tried, why it failed and what to do
         * @param choice the library tried, and where it came from
         * @param functions the bound functions, or null if loading failed
         */
        public Loaded {
            Objects.requireNonNull(choice, "choice");
            Objects.requireNonNull(availability, "availability");
            if ((functions != null) != availability.isAvailable()) {
                throw new IllegalArgumentException("functions must be present exactly when available: " + availability);
            }
        }

        /**
         * The functions, for {@code BackendProvider.create()}.
         *
         * @return the bound functions
         * @throws IllegalStateException with the availability's reason and cause if loading failed
         */
        public F functionsOrThrow() {
            if (functions == null) {
                throw new IllegalStateException(availability.reason(), availability.cause().orElse(null));
            }
            return functions;
        }
    }

    private final String through;
    private final Binder<F> binder;
    private final Map<String, Loaded<F>> attempts = new ConcurrentHashMap<>();

    /**
     * The memo of one backend.
     *
     * @param through the foreign-function library, for messages ({@code "JNA"}, {@code "jnr-ffi"})
     * @param binder how that backend binds a library
     */
    public LibraryLoader(String through, Binder<F> binder) {
        this.through = Objects.requireNonNull(through, "through");
        this.binder = Objects.requireNonNull(binder, "binder");
    }

    /**
     * The library {@link MprLibrary#choice()} names now, loaded on the first request for it.
     *
     * @return the remembered attempt
     */
    public Loaded<F> load() {
        return load(MprLibrary.choice());
    }

    /**
     * This library, loaded on the first request for it and remembered.
     *
     * @param choice the library and where it came from
     * @return the remembered attempt
     */
    public Loaded<F> load(Choice choice) {
        Loaded<F> known = attempts.get(choice.library());
        return known != null ? known : attempts.computeIfAbsent(choice.library(), library -> attempt(choice));
    }

    /**
     * The libraries an attempt was made for so far in this JVM (tests check that discovery loads nothing).
     *
     * @return their names or paths
     */
    public Set<String> librariesTried() {
        return Set.copyOf(attempts.keySet());
    }

    private Loaded<F> attempt(Choice choice) {
        String library = choice.library();
        try {
            F functions = Objects.requireNonNull(binder.bind(library), "the binder returned null");
            return new Loaded<>(choice, functions, Availability.available(
                    "loaded '" + library + "' (" + choice.source() + ") through " + through));
        } catch (Exception | LinkageError e) {
            String why = String.valueOf(e.getMessage()).replace('\n', ' ');
            return new Loaded<>(choice, null, Availability.unavailable("could not load the mpr library '" + library
                    + "' (" + choice.source() + ") through " + through + ": " + why + ". " + MprLibrary.remedy(), e));
        }
    }
}
