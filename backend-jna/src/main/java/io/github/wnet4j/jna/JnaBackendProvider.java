package io.github.wnet4j.jna;

import com.sun.jna.Function;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import io.github.wnet4j.spi.Availability;
import io.github.wnet4j.spi.BackendProvider;
import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.spi.nativeaccess.LoadOnce;
import io.github.wnet4j.spi.nativeaccess.MprLibrary;

import java.util.Map;

/**
 * The JNA backend as discovery sees it: name {@code "jna"}, priority 200. It calls
 * {@code WNetCancelConnection2W}, {@code WNetCancelConnectionW} and {@code WNetGetLastErrorW} in
 * mpr.dll, or in the library the system property {@code wnet4j.mpr.library} names (a path or a
 * library name), such as the Linux test double.
 *
 * <p>Constructing the provider, {@link #name()} and {@link #priority()} load nothing. The first
 * {@link #availability()} or {@link #create()} loads the library, at most once per library per JVM
 * whichever provider asks, and the answer is remembered. Thread-safe.
 */
public final class JnaBackendProvider implements BackendProvider {

    /** This backend's load attempts, one per library per JVM. */
    static final LoadOnce<MprFunctions> LIBRARY = new LoadOnce<>("JNA", JnaBackendProvider::bind);

    /** Read when the provider is made (a property look-up, no native code), so its answer never changes. */
    private final MprLibrary.Choice choice;

    /** A provider for the library {@code wnet4j.mpr.library} names now, or mpr; loads nothing. */
    public JnaBackendProvider() {
        this.choice = MprLibrary.choice();
    }

    /** {@code "jna"}. */
    @Override
    public String name() {
        return "jna";
    }

    /** 200: preferred over the JNR backend (100). */
    @Override
    public int priority() {
        return 200;
    }

    /**
     * Loads the library on first use and says whether it has the three functions; names the
     * library, where its name came from, and for a failure the loader's reason and what to do.
     */
    @Override
    public Availability availability() {
        return LIBRARY.load(choice).availability();
    }

    /**
     * A backend over the loaded library.
     *
     * @throws IllegalStateException with the reason if the library cannot be loaded
     */
    @Override
    public WNetBackend create() {
        return new JnaBackend(LIBRARY.load(choice).functionsOrThrow());
    }

    private static MprFunctions bind(String library) {
        Map<String, Object> options = loadOptions();
        MprFunctions functions = Native.load(library, MprFunctions.class, options);
        // JNA binds functions lazily; look each export up now so a wrong library fails here, with
        // its name, rather than at the first cancel.
        NativeLibrary nativeLibrary = NativeLibrary.getInstance(library, options);
        for (String export : MprLibrary.EXPORTS) {
            nativeLibrary.getFunction(export);
        }
        return functions;
    }

    /**
     * StdCallLibrary asks for stdcall, which JNA honours on Windows (where it is what 32-bit mpr.dll
     * uses, and the only convention on 64-bit) but rejects elsewhere; there the double uses the
     * platform's C convention.
     */
    private static Map<String, Object> loadOptions() {
        return Platform.isWindows() ? Map.of() : Map.of(Library.OPTION_CALLING_CONVENTION, Function.C_CONVENTION);
    }

    @Override
    public String toString() {
        return "JnaBackendProvider[jna, priority 200]";
    }
}
