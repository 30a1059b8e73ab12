package io.github.wnet4j.jnr;

import io.github.wnet4j.spi.Availability;
import jnr.ffi.LibraryLoader;
import jnr.ffi.LibraryOption;
import jnr.ffi.Platform;
import jnr.ffi.Variable;
import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
     * The same three symbols as variable accessors. jnr-ffi binds a missing function to a stub that
     * fails only when called, and calling a cancel function to test for it would cancel something.
     * A variable accessor resolves the symbol's address without calling it or reading through it,
     * so it checks that the library exports the function with no effect at all.
     */
    public interface Exports {
        /** Resolves {@code WNetCancelConnection2W}; throws UnsatisfiedLinkError if it is not exported. */
        Variable<Long> WNetCancelConnection2W();

        /** Resolves {@code WNetCancelConnectionW}; throws UnsatisfiedLinkError if it is not exported. */
        Variable<Long> WNetCancelConnectionW();

        /** Resolves {@code WNetGetLastErrorW}; throws UnsatisfiedLinkError if it is not exported. */
        Variable<Long> WNetGetLastErrorW();
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

    /** The libraries a load was attempted for so far in this JVM (tests check discovery loads nothing). */
    static Set<String> librariesTried() {
        return Set.copyOf(LOADED.keySet());
    }

    private static Loaded tryLoad(Choice choice) {
        String library = choice.library();
        String tried = "could not load '" + library + "' (from " + choice.source() + ") through jnr-ffi: ";
        if (looksLikePath(library) && !new File(library).isFile()) {
            return new Loaded(null, Availability.unavailable(tried + "there is no file at that path. " + remedy()));
        }
        try {
            LibraryLoader<Functions> loader = LibraryLoader.create(Functions.class)
                    .option(LibraryOption.LoadNow, Boolean.TRUE) // open the library now, not at the first call
                    .option(LibraryOption.IgnoreError, Boolean.TRUE) // these functions report through their result, not errno
                    .failImmediately();
            Platform platform = Platform.getNativePlatform();
            if (platform.getOS() == Platform.OS.WINDOWS && platform.getCPU() == Platform.CPU.I386) {
                loader = loader.stdcall(); // WINAPI is stdcall on 32-bit Windows only
            }
            Functions functions = loader.load(library);
            String missing = missingExports(library);
            if (!missing.isEmpty()) {
                return new Loaded(null, Availability.unavailable(
                        tried + "it loads but does not export " + missing + ". " + remedy()));
            }
            return new Loaded(functions, Availability.available(
                    "loaded '" + library + "' (from " + choice.source() + ") through jnr-ffi"));
        } catch (LinkageError | RuntimeException e) {
            String why = String.valueOf(e.getMessage()).replace('\n', ' ');
            return new Loaded(null, Availability.unavailable(tried + why + ". " + remedy(), e));
        }
    }

    /**
     * The names of the functions the library does not export, comma-separated; empty if it has all
     * three. Asks jffi (which jnr-ffi opens libraries with) for the symbols' addresses: no code is
     * generated, which a second jnr-ffi interface would cost every cold start (measured in benchmarks).
     * If jffi cannot open the library by this name, the variable accessors below answer instead.
     */
    private static String missingExports(String library) {
        String file = looksLikePath(library) ? library : Platform.getNativePlatform().mapLibraryName(library);
        com.kenai.jffi.Library opened = com.kenai.jffi.Library.getCachedInstance(file,
                com.kenai.jffi.Library.LAZY | com.kenai.jffi.Library.LOCAL);
        if (opened == null) {
            return missingExports(LibraryLoader.create(Exports.class).failImmediately().load(library));
        }
        List<String> missing = new ArrayList<>();
        for (String export : new String[] {"WNetCancelConnection2W", "WNetCancelConnectionW", "WNetGetLastErrorW"}) {
            if (opened.getSymbolAddress(export) == 0L) {
                missing.add(export);
            }
        }
        return String.join(", ", missing);
    }

    /** As {@link #missingExports(String)}, through variable accessors bound by jnr-ffi. */
    private static String missingExports(Exports exports) {
        List<String> missing = new ArrayList<>();
        if (!exports(exports::WNetCancelConnection2W)) {
            missing.add("WNetCancelConnection2W");
        }
        if (!exports(exports::WNetCancelConnectionW)) {
            missing.add("WNetCancelConnectionW");
        }
        if (!exports(exports::WNetGetLastErrorW)) {
            missing.add("WNetGetLastErrorW");
        }
        return String.join(", ", missing);
    }

    private static boolean exports(Runnable resolve) {
        try {
            resolve.run();
            return true;
        } catch (UnsatisfiedLinkError e) {
            return false;
        }
    }

    private static boolean looksLikePath(String library) {
        return library.indexOf('/') >= 0 || library.indexOf('\\') >= 0;
    }

    private static String remedy() {
        return "On Windows mpr.dll is a system DLL and loads by the name 'mpr' (leave " + LIBRARY_PROPERTY
                + " unset); elsewhere set -D" + LIBRARY_PROPERTY + "=<path> to a library exporting"
                + " WNetCancelConnection2W, WNetCancelConnectionW and WNetGetLastErrorW,"
                + " such as wnet4j's test double native-testing/target/native/libmprdouble.so.";
    }
}
