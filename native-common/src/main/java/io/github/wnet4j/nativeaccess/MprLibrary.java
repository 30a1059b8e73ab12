package io.github.wnet4j.nativeaccess;

import io.github.wnet4j.spi.BackendProvider;

import java.util.List;

/**
 * Which library a native backend loads, where that choice came from, what to do when it cannot be
 * loaded, and the sizes of the buffers every backend gives {@code WNetGetLastErrorW} and the read
 * functions.
 */
public final class MprLibrary {
    /** The system property naming the library to load instead of mpr.dll (a path or a library name): {@value}. */
    public static final String PROPERTY = BackendProvider.MPR_LIBRARY_PROPERTY;

    /** The library loaded when the property is not set: mpr.dll, a Windows system DLL: {@value}. */
    public static final String DEFAULT_LIBRARY = "mpr";

    /** The exports a backend needs, checked when the library is loaded: the cancels, the extended error, the read side, the connect side. */
    public static final List<String> EXPORTS = List.of("WNetCancelConnection2W", "WNetCancelConnectionW",
            "WNetGetLastErrorW", "WNetGetConnectionW", "WNetOpenEnumW", "WNetEnumResourceW", "WNetCloseEnum",
            "WNetGetUniversalNameW",
            "WNetAddConnection2W", "WNetAddConnection3W", "WNetUseConnectionW", "WNetAddConnectionW");

    /** UTF-16 units, NUL included, of WNetGetLastErrorW's description buffer; providers' texts are far shorter: {@value}. */
    public static final int ERROR_TEXT_UNITS = 4096;

    /** UTF-16 units, NUL included, of WNetGetLastErrorW's provider-name buffer: {@value}. */
    public static final int PROVIDER_NAME_UNITS = 1024;

    /**
     * UTF-16 units, NUL included, of the first buffer given {@code WNetGetConnectionW}: MAX_PATH, which
     * holds every usual remote name; a longer one costs one retry at the length Windows writes back: {@value}.
     */
    public static final int CONNECTION_UNITS = 260;

    /** Bytes of the first buffer given {@code WNetEnumResourceW}: the 16 KiB Microsoft suggests: {@value}. */
    public static final int ENUMERATION_BYTES = 16 * 1024;

    /**
     * Bytes of the first buffer given {@code WNetGetUniversalNameW}: a {@code REMOTE_NAME_INFOW} and three
     * names of about 160 units each; a longer answer costs one retry: {@value}.
     */
    public static final int UNIVERSAL_NAME_BYTES = 1024;

    /**
     * The most bytes any read buffer grows to (the longest answer is one enumeration entry of four
     * 32,767-unit names, about 256 KiB); an answer Windows says needs more is refused: {@value}.
     */
    public static final int MAX_BUFFER_BYTES = 1024 * 1024;

    private static final String REMEDY = "On Windows mpr.dll is a system DLL and loads by the name '"
            + DEFAULT_LIBRARY + "' (leave " + PROPERTY + " unset); elsewhere set -D" + PROPERTY
            + "=<path> to a library exporting " + String.join(", ", EXPORTS) + ","
            + " such as wnet4j's test double native-testing/target/native/libmprdouble.so.";

    private MprLibrary() {
    }

    /**
     * Which library to load, and where that choice came from.
     *
     * @param library the library name or path to load
     * @param source where it came from, for messages
     * @param named whether the system property named it (a native backend was asked for), rather than the default
     */
    public record Choice(String library, String source, boolean named) {
        /**
         * Checks the parts are present.
         *
         * @param library the library name or path to load
         * @param named whether the system property named it (a native backend was asked for), rather than the default
         * @param source where it came from, for messages
         */
        public Choice {
            if (library == null || library.isBlank() || source == null) {
                throw new IllegalArgumentException("a library choice needs a library and a source, got "
                        + library + " from " + source);
            }
        }
    }

    /**
     * The choice the system property makes now, or the default.
     *
     * @return the library to load and where it came from
     */
    public static Choice choice() {
        String named = System.getProperty(PROPERTY);
        if (named == null || named.isBlank()) {
            return new Choice(DEFAULT_LIBRARY, "the default; system property " + PROPERTY + " is not set", false);
        }
        return new Choice(named.trim(), "from system property " + PROPERTY, true);
    }

    /**
     * What to do when the library cannot be loaded, in one or two sentences.
     *
     * @return the remedy
     */
    public static String remedy() {
        return REMEDY;
    }
}
