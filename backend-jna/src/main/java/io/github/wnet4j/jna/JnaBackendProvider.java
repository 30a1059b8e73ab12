package io.github.wnet4j.jna;

import com.sun.jna.Function;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.nativeaccess.LibraryLoader;
import io.github.wnet4j.nativeaccess.MprLibrary;
import io.github.wnet4j.nativeaccess.NativeProvider;

import java.util.Map;

/**
 * The JNA backend as discovery sees it: name {@code "jna"}, priority 200 (preferred over JNR's
 * 100). It calls {@code WNetCancelConnection2W}, {@code WNetCancelConnectionW},
 * {@code WNetGetLastErrorW} and the read functions ({@code WNetGetConnectionW}, {@code WNetOpenEnumW},
 * {@code WNetEnumResourceW}, {@code WNetCloseEnum}, {@code WNetGetUniversalNameW}) and the connect functions
 * ({@code WNetAddConnection2W}, {@code WNetAddConnection3W}, {@code WNetUseConnectionW}, {@code WNetAddConnectionW})
 * in mpr.dll, or in the library the system property
 * {@code wnet4j.mpr.library} names (a path or a library name), such as the Linux test double.
 * Loading, remembering and reporting are shared with every native backend ({@link NativeProvider}).
 */
public final class JnaBackendProvider extends NativeProvider<MprFunctions> {

    /** This backend's load attempts, one per library per JVM. */
    static final LibraryLoader<MprFunctions> LIBRARY = new LibraryLoader<>("JNA", JnaBackendProvider::bind);

    /** A provider for the library {@code wnet4j.mpr.library} names now, or mpr; loads nothing. */
    public JnaBackendProvider() {
        super("jna", 200, LIBRARY);
    }

    @Override
    protected WNetBackend backendOver(MprFunctions functions) {
        return new JnaBackend(functions);
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
}
