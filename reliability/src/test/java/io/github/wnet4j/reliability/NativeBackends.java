package io.github.wnet4j.reliability;

import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.ConnectionCancellers;
import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.jna.JnaBackendProvider;
import io.github.wnet4j.jnr.JnrBackendProvider;
import io.github.wnet4j.nativetesting.MprDouble;

import java.util.List;

/**
 * The two native backends over the C double of mpr.dll, loaded once per JVM. The double serves one
 * model for the whole process, so everything that serves through it runs on one test thread at a time
 * (Surefire's default, sequential classes and methods, in this module).
 */
final class NativeBackends {

    /** A native backend by name. */
    record Native(String name, WNetBackend backend) {
        ConnectionCanceller canceller() {
            return ConnectionCancellers.over(name, backend);
        }
    }

    private static List<Native> loaded;

    private NativeBackends() {
    }

    /** Why the native tests cannot run here, or null if they can. */
    static String whyUnavailable() {
        return MprDouble.whyUnavailable().orElse(null);
    }

    /** The double; call only when {@link #whyUnavailable()} is null. */
    static MprDouble mpr() {
        return MprDouble.load();
    }

    /** JNA and JNR, each over the double. */
    static synchronized List<Native> all() {
        if (loaded == null) {
            mpr();
            loaded = List.of(new Native("jna", new JnaBackendProvider().create()),
                    new Native("jnr", new JnrBackendProvider().create()));
        }
        return loaded;
    }

    static Native named(String name) {
        return all().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }
}
