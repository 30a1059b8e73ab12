/**
 * The FFM backend: mpr.dll through {@code java.lang.foreign} (JDK 22+), with no third-party
 * dependency, registered as backend {@code ffm}. Its downcalls are restricted methods: grant this
 * module native access ({@code --enable-native-access=io.github.wnet4j.ffm}) or the JVM warns
 * (JDK 24+ by default) or refuses ({@code --illegal-native-access=deny}).
 */
module io.github.wnet4j.ffm {
    requires io.github.wnet4j;
    requires io.github.wnet4j.nativeaccess;

    // No exports: ServiceLoader needs only the provides below, and no caller outside the library
    // should hold a raw backend.
    provides io.github.wnet4j.spi.BackendProvider with io.github.wnet4j.ffm.FfmBackendProvider;
}
