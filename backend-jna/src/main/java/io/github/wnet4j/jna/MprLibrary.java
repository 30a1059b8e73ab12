package io.github.wnet4j.jna;

import com.sun.jna.Function;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Loads mpr.dll (or what {@value #LIBRARY_PROPERTY} names) at most once per name and source per
 * JVM, and remembers the result, failure included. Nothing here runs before the first
 * {@link #load()}, so discovering the provider never touches native code.
 */
final class MprLibrary {

    /** The system property naming the library to load instead of mpr.dll: {@value}. */
    static final String LIBRARY_PROPERTY = "wnet4j.mpr.library";

    /** The library loaded when the property is not set. */
    static final String DEFAULT_LIBRARY = "mpr";

    private static final Map<String, Attempt> ATTEMPTS = new ConcurrentHashMap<>();

    private MprLibrary() {
    }

    /**
     * The outcome of loading one library: the functions, or why they could not be had.
     *
     * @param library the name or path tried
     * @param source where it came from, for messages
     * @param functions the functions, or null if loading failed
     * @param failure why loading failed (with what to do), or null
     * @param cause the loader's error, or null
     */
    record Attempt(String library, String source, MprFunctions functions, String failure, Throwable cause) {
        boolean loaded() {
            return functions != null;
        }
    }

    /** Loads the library the property names (or mpr), the first time it is asked for; later calls return the same attempt. */
    static Attempt load() {
        String property = System.getProperty(LIBRARY_PROPERTY);
        boolean fromProperty = property != null && !property.isBlank();
        String library = fromProperty ? property.trim() : DEFAULT_LIBRARY;
        String source = fromProperty ? "from system property " + LIBRARY_PROPERTY : "the default; system property "
                + LIBRARY_PROPERTY + " is not set";
        // computeIfAbsent makes concurrent first uses wait for one load instead of racing.
        return ATTEMPTS.computeIfAbsent(source + '\n' + library, key -> attempt(library, source));
    }

    /** The libraries tried so far in this JVM (for tests that check discovery loads nothing). */
    static Set<String> librariesTried() {
        return ATTEMPTS.values().stream().map(Attempt::library).collect(Collectors.toUnmodifiableSet());
    }

    private static Attempt attempt(String library, String source) {
        Objects.requireNonNull(library, "library");
        try {
            Map<String, Object> options = loadOptions();
            MprFunctions functions = Native.load(library, MprFunctions.class, options);
            // JNA binds functions lazily; look each export up now so a wrong library fails here, with
            // its name, rather than at the first cancel.
            NativeLibrary nativeLibrary = NativeLibrary.getInstance(library, options);
            for (String export : MprFunctions.EXPORTS) {
                nativeLibrary.getFunction(export);
            }
            return new Attempt(library, source, functions, null, null);
        } catch (LinkageError | RuntimeException e) {
            return new Attempt(library, source, null, "could not load the mpr library '" + library + "' ("
                    + source + ") through JNA: " + e.getMessage() + ". " + REMEDY, e);
        }
    }

    /**
     * StdCallLibrary asks for stdcall, which JNA honours on Windows (where it is what 32-bit mpr.dll
     * uses, and the only convention on 64-bit) but rejects elsewhere; there the double uses the
     * platform's C convention.
     */
    private static Map<String, Object> loadOptions() {
        return Platform.isWindows() ? Map.of() : Map.of(Library.OPTION_CALLING_CONVENTION, Function.C_CONVENTION);
    }

    private static final String REMEDY = "On Windows mpr.dll is a system DLL and needs no setting (check that"
            + " " + LIBRARY_PROPERTY + " is not set to something else); elsewhere set -D" + LIBRARY_PROPERTY
            + "=<path> to a library exporting WNetCancelConnection2W, WNetCancelConnectionW and WNetGetLastErrorW,"
            + " such as the test double native-testing/target/native/libmprdouble.so.";
}
