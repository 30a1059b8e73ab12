package io.github.wnet4j.jnr;

import io.github.wnet4j.Availability;
import jnr.ffi.LibraryLoader;
import jnr.ffi.LibraryOption;
import jnr.ffi.Platform;
import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads mpr.dll (or a library exporting the same three functions) through jnr-ffi, once per library
 * name per JVM, and remembers the outcome, failures included.
 */
final class MprLibrary {
    /** The system property naming the library to load: a path or a library name. */
    static final String LIBRARY_PROPERTY = "wnet4j.mpr.library";
    /** Loaded when the property is not set: mpr.dll, a Windows system DLL. */
    static final String DEFAULT_LIBRARY = "mpr";

    /**
     * The three functions, with the Windows types: names and buffers are arrays of UTF-16 code
     * units ({@code short[]}, never a charset-encoded string), DWORD is an {@code int} carrying the
     * unsigned bits, BOOL an {@code int} of 0 or 1. Public only because jnr-ffi generates its
     * implementation in another class loader; the enclosing class keeps it out of the API.
     */
    public interface Functions {
        /** {@code DWORD WNetCancelConnection2W(LPCWSTR lpName, DWORD dwFlags, BOOL fForce)}. */
        int WNetCancelConnection2W(@In short[] lpName, int dwFlags, int fForce);

        /** {@code DWORD WNetCancelConnectionW(LPCWSTR lpName, BOOL fForce)}. */
        int WNetCancelConnectionW(@In short[] lpName, int fForce);

        /**
         * {@code DWORD WNetGetLastErrorW(LPDWORD lpError, LPWSTR lpErrorBuf, DWORD nErrorBufSize,
         * LPWSTR lpNameBuf, DWORD nNameBufSize)}; sizes in code units.
         */
        int WNetGetLastErrorW(@Out int[] lpError, @Out short[] lpErrorBuf, int nErrorBufSize,
                              @Out short[] lpNameBuf, int nNameBufSize);
    }

    /**
     * The outcome of one load: the functions, or null with the reason in {@code availability}.
     *
     * @param functions the bound functions, null if loading failed
     * @param availability what was loaded from where, or what was tried and why it failed
     */
    record Loaded(Functions functions, Availability availability) {
    }

    /** Which library to load and where that choice came from, for messages. */
    record Choice(String library, String source) {
        Choice {
            Objects.requireNonNull(library, "library");
            Objects.requireNonNull(source, "source");
        }

        /** The choice the system property makes now, or the default. */
        static Choice fromSystemProperty() {
            String named = System.getProperty(LIBRARY_PROPERTY);
            if (named == null || named.isBlank()) {
                return new Choice(DEFAULT_LIBRARY, "the default (system property " + LIBRARY_PROPERTY + " is not set)");
            }
            return new Choice(named.trim(), "system property " + LIBRARY_PROPERTY);
        }
    }

    // One load per library name per JVM, whichever provider instance asks first.
    private static final Map<String, Loaded> LOADED = new ConcurrentHashMap<>();

    private MprLibrary() {
    }

    /** The library {@code choice} names, loaded on the first request for that name and remembered. */
    static Loaded load(Choice choice) {
        return LOADED.computeIfAbsent(choice.library(), name -> tryLoad(choice));
    }

    private static Loaded tryLoad(Choice choice) {
        String library = choice.library();
        try {
            LibraryLoader<Functions> loader = LibraryLoader.create(Functions.class)
                    // Open the library and bind all three symbols now, so a wrong library is
                    // reported by availability() instead of by the first cancel.
                    .option(LibraryOption.LoadNow, Boolean.TRUE)
                    .option(LibraryOption.IgnoreError, Boolean.TRUE)
                    .failImmediately();
            Platform platform = Platform.getNativePlatform();
            if (platform.getOS() == Platform.OS.WINDOWS && platform.getCPU() == Platform.CPU.I386) {
                loader = loader.stdcall(); // WINAPI is stdcall on 32-bit Windows only
            }
            Functions functions = loader.load(library);
            return new Loaded(functions, Availability.available(
                    "loaded '" + library + "' (from " + choice.source() + ") through jnr-ffi"));
        } catch (LinkageError | RuntimeException e) {
            return new Loaded(null, Availability.unavailable(
                    "could not load '" + library + "' (from " + choice.source() + ") through jnr-ffi: "
                            + e.getMessage() + ". " + remedy(), e));
        }
    }

    private static String remedy() {
        return "On Windows mpr.dll is a system DLL and loads by the name 'mpr' (leave " + LIBRARY_PROPERTY
                + " unset); elsewhere set -D" + LIBRARY_PROPERTY + "=<path> to a library exporting"
                + " WNetCancelConnection2W, WNetCancelConnectionW and WNetGetLastErrorW,"
                + " such as wnet4j's test double native-testing/target/native/libmprdouble.so.";
    }
}
