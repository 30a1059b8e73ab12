package io.github.wnet4j;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The api must not pull in a native-access library: a user who picks the JNR backend must not get
 * JNA, and the other way round. Its test class path holds its own dependencies (Guice optional, JUnit),
 * so neither library may be found here.
 */
class DependencyHygieneTest {

    @ParameterizedTest
    @ValueSource(strings = {"com.sun.jna.Native", "com.sun.jna.platform.win32.Mpr", "jnr.ffi.LibraryLoader"})
    void nativeAccessLibrariesAreNotOnTheApisClassPath(String className) {
        assertThrows(ClassNotFoundException.class, () -> Class.forName(className));
    }
}
