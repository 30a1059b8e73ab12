package io.github.wnet4j.jnr;

import io.github.wnet4j.jnr.functions.MprFunctions;
import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.nativeaccess.LibraryLoader;
import io.github.wnet4j.nativeaccess.MprLibrary.Choice;
import io.github.wnet4j.nativeaccess.NativeProvider;

/**
 * The {@code "jnr"} backend (priority 100, below JNA's 200): calls mpr.dll's
 * {@code WNetCancelConnection2W}, {@code WNetCancelConnectionW}, {@code WNetGetLastErrorW} and the read
 * functions ({@code WNetGetConnectionW}, {@code WNetOpenEnumW}, {@code WNetEnumResourceW},
 * {@code WNetCloseEnum}, {@code WNetGetUniversalNameW}) and the connect functions ({@code WNetAddConnection2W},
 * {@code WNetAddConnection3W}, {@code WNetUseConnectionW}, {@code WNetAddConnectionW})
 * through jnr-ffi, or those of the library the system property {@code wnet4j.mpr.library} names.
 * Loading, remembering and reporting are shared with every native backend ({@link NativeProvider}).
 */
public final class JnrBackendProvider extends NativeProvider<MprFunctions> {
    /** This backend's load attempts, one per library per JVM. */
    static final LibraryLoader<MprFunctions> LIBRARY = new LibraryLoader<>("jnr-ffi", MprLibrary::bind);

    /** The provider ServiceLoader makes: the library comes from {@code wnet4j.mpr.library} or is {@code mpr}. */
    public JnrBackendProvider() {
        super("jnr", 100, LIBRARY);
    }

    /** A provider for this library (tests). */
    JnrBackendProvider(Choice choice) {
        super("jnr", 100, LIBRARY, choice);
    }

    @Override
    protected WNetBackend backendOver(MprFunctions functions) {
        return new JnrBackend(functions);
    }
}
