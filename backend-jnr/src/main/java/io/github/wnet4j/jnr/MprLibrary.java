package io.github.wnet4j.jnr;

import io.github.wnet4j.jnr.functions.MprFunctions;
import jnr.ffi.LibraryLoader;
import jnr.ffi.LibraryOption;
import jnr.ffi.Platform;

import java.io.FileNotFoundException;
import java.io.File;
import java.util.ArrayList;
import java.util.List;

import static io.github.wnet4j.nativeaccess.MprLibrary.EXPORTS;

/** How jnr-ffi binds a library's functions, checking each is exported without calling it. */
final class MprLibrary {
    private MprLibrary() {
    }

    /**
     * Loads the library and binds the functions.
     *
     * @throws FileNotFoundException if a path names no file
     * @throws UnsatisfiedLinkError if it loads but lacks an export
     */
    static MprFunctions bind(String library) throws FileNotFoundException {
        if (looksLikePath(library) && !new File(library).isFile()) {
            throw new FileNotFoundException("there is no file at that path");
        }
        LibraryLoader<MprFunctions> loader = LibraryLoader.create(MprFunctions.class)
                .option(LibraryOption.LoadNow, Boolean.TRUE) // open the library now, not at the first call
                .option(LibraryOption.IgnoreError, Boolean.TRUE) // these functions report through their result, not errno
                .failImmediately();
        Platform platform = Platform.getNativePlatform();
        if (platform.getOS() == Platform.OS.WINDOWS && platform.getCPU() == Platform.CPU.I386) {
            loader = loader.stdcall(); // WINAPI is stdcall on 32-bit Windows only
        }
        MprFunctions functions = loader.load(library);
        String missing = missingExports(library);
        if (!missing.isEmpty()) {
            throw new UnsatisfiedLinkError("it loads but does not export " + missing);
        }
        return functions;
    }

    /**
     * The names of the functions the library does not export, comma-separated; empty if it has all
     * of them. Asks jffi (which jnr-ffi opens libraries with) for the symbols' addresses: no code is
     * generated, which a second jnr-ffi interface would cost every cold start (measured in benchmarks).
     * If jffi cannot open the library by this name, the variable accessors answer instead.
     */
    private static String missingExports(String library) {
        String file = looksLikePath(library) ? library : Platform.getNativePlatform().mapLibraryName(library);
        com.kenai.jffi.Library opened = com.kenai.jffi.Library.getCachedInstance(file,
                com.kenai.jffi.Library.LAZY | com.kenai.jffi.Library.LOCAL);
        if (opened == null) {
            return missingExports(LibraryLoader.create(MprFunctions.Exports.class).failImmediately().load(library));
        }
        List<String> missing = new ArrayList<>();
        for (String export : EXPORTS) {
            if (opened.getSymbolAddress(export) == 0L) {
                missing.add(export);
            }
        }
        return String.join(", ", missing);
    }

    /** As {@link #missingExports(String)}, through variable accessors bound by jnr-ffi. */
    private static String missingExports(MprFunctions.Exports exports) {
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
        if (!exports(exports::WNetGetConnectionW)) {
            missing.add("WNetGetConnectionW");
        }
        if (!exports(exports::WNetOpenEnumW)) {
            missing.add("WNetOpenEnumW");
        }
        if (!exports(exports::WNetEnumResourceW)) {
            missing.add("WNetEnumResourceW");
        }
        if (!exports(exports::WNetCloseEnum)) {
            missing.add("WNetCloseEnum");
        }
        if (!exports(exports::WNetGetUniversalNameW)) {
            missing.add("WNetGetUniversalNameW");
        }
        if (!exports(exports::WNetAddConnection2W)) {
            missing.add("WNetAddConnection2W");
        }
        if (!exports(exports::WNetAddConnection3W)) {
            missing.add("WNetAddConnection3W");
        }
        if (!exports(exports::WNetUseConnectionW)) {
            missing.add("WNetUseConnectionW");
        }
        if (!exports(exports::WNetAddConnectionW)) {
            missing.add("WNetAddConnectionW");
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
}
