package io.github.wnet4j.ffm;

import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.nativeaccess.LibraryLoader;
import io.github.wnet4j.nativeaccess.MprLibrary.Choice;
import io.github.wnet4j.nativeaccess.NativeProvider;

/**
 * The {@code "ffm"} backend (priority 300, above JNA's 200 and JNR's 100): calls mpr.dll's
 * {@code WNetCancelConnection2W}, {@code WNetCancelConnectionW} and {@code WNetGetLastErrorW}
 * through {@code java.lang.foreign}, or those of the library the system property
 * {@code wnet4j.mpr.library} names. Loading, remembering and reporting are shared with every native
 * backend ({@link NativeProvider}).
 *
 * <p>This class (and the module descriptor) is Java 17 bytecode, the rest of the module Java 22: on
 * a JDK older than 22 ServiceLoader can still make the provider, and its availability says why it
 * cannot be used, without loading any class that uses {@code java.lang.foreign}.
 */
public final class FfmBackendProvider extends NativeProvider<MprDowncalls> {
    /** The first Java release in which {@code java.lang.foreign} is final. */
    static final int FIRST_FFM_RELEASE = 22;

    /** Above JNA (200): no native code unpacked, no third-party library. */
    static final int PRIORITY = 300;

    /** This backend's load attempts, one per library per JVM. */
    static final LibraryLoader<MprDowncalls> LIBRARY = new LibraryLoader<>("FFM (java.lang.foreign)", new JdkCheckingBinder());

    /** The provider ServiceLoader makes: the library comes from {@code wnet4j.mpr.library} or is {@code mpr}. */
    public FfmBackendProvider() {
        super("ffm", PRIORITY, LIBRARY);
    }

    /** A provider for this library (tests). */
    FfmBackendProvider(Choice choice) {
        super("ffm", PRIORITY, LIBRARY, choice);
    }

    @Override
    protected WNetBackend backendOver(MprDowncalls functions) {
        return new FfmBackend(functions);
    }

    /**
     * Checks the running JDK first: {@link MprDowncalls} is Java 22 bytecode and would not even load.
     * A class, not a lambda or method reference: linking one of those resolves its method type, which
     * names {@link MprDowncalls}, and would load that class when this one is initialised.
     */
    private static final class JdkCheckingBinder implements LibraryLoader.Binder<MprDowncalls> {
        @Override
        public MprDowncalls bind(String library) throws Exception {
            int release = Runtime.version().feature();
            if (release < FIRST_FFM_RELEASE) {
                throw new UnsupportedOperationException("this JVM is Java " + release + ", and java.lang.foreign is"
                        + " final only from Java " + FIRST_FFM_RELEASE + " (run on JDK " + FIRST_FFM_RELEASE
                        + " or later, or use the jna or jnr backend)");
            }
            return MprDowncalls.bind(library);
        }
    }
}
