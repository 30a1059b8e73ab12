package io.github.wnet4j.nativeaccess;

import io.github.wnet4j.spi.Availability;
import io.github.wnet4j.spi.BackendProvider;
import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.nativeaccess.MprLibrary.Choice;

import java.util.Objects;

/**
 * What a native backend's provider is, whatever the foreign-function library: a name and priority,
 * the library {@link MprLibrary#choice()} named when the provider was made (a property read, no
 * native code), and that library's one load attempt per JVM ({@link LibraryLoader}). A backend supplies
 * only its binder and how it makes a backend over the bound functions.
 *
 * <p>Constructing the provider, {@link #name()} and {@link #priority()} load nothing; the first
 * {@link #availability()} or {@link #create()} loads the library, and the answer is remembered.
 * Thread-safe: every field is final and the memo is a concurrent map.
 *
 * @param <F> the backend's bound functions
 */
public abstract class NativeProvider<F> implements BackendProvider {
    private final String name;
    private final int priority;
    private final LibraryLoader<F> library;
    private final Choice choice;

    /**
     * A provider for the library the system property names now, or mpr.
     *
     * @param name the backend's name
     * @param priority its priority
     * @param library the backend's memo of load attempts, one per JVM (a static field)
     */
    protected NativeProvider(String name, int priority, LibraryLoader<F> library) {
        this(name, priority, library, MprLibrary.choice());
    }

    /**
     * A provider for this library.
     *
     * @param name the backend's name
     * @param priority its priority
     * @param library the backend's memo of load attempts, one per JVM (a static field)
     * @param choice the library to load and where that choice came from
     */
    protected NativeProvider(String name, int priority, LibraryLoader<F> library, Choice choice) {
        this.name = Objects.requireNonNull(name, "name");
        this.priority = priority;
        this.library = Objects.requireNonNull(library, "library");
        this.choice = Objects.requireNonNull(choice, "choice");
    }

    /**
     * A backend over the bound functions.
     *
     * @param functions the library's functions, loaded
     * @return the backend
     */
    protected abstract WNetBackend backendOver(F functions);

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int priority() {
        return priority;
    }

    /**
     * Loads the library on first use and says whether it has the functions; names the
     * library, where its name came from, and for a failure the loader's reason and what to do.
     */
    @Override
    public final Availability availability() {
        return library.load(choice).availability();
    }

    /**
     * A backend over the loaded library.
     *
     * @throws IllegalStateException with the reason if the library cannot be loaded
     */
    @Override
    public final WNetBackend create() {
        return backendOver(library.load(choice).functionsOrThrow());
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + name + ", priority " + priority + ", library " + choice.library() + "]";
    }
}
