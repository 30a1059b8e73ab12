package io.github.wnet4j.reliability;

import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.ConnectionReader;
import io.github.wnet4j.WNet;
import io.github.wnet4j.spi.BackendProvider;
import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.jna.JnaBackendProvider;
import io.github.wnet4j.jnr.JnrBackendProvider;
import io.github.wnet4j.nativetesting.MprDouble;

import java.util.List;
import java.util.ServiceLoader;

/**
 * The native backends over the C double of mpr.dll, loaded once per JVM: JNA and JNR, and FFM where
 * the build has it (JDK 22+, this module's ffm profile; found through ServiceLoader, so this module
 * still compiles at release 17). The double serves one
 * model for the whole process, so everything that serves through it runs on one test thread at a time
 * (Surefire's default, sequential classes and methods, in this module).
 */
final class NativeBackends {

    /** A native backend by name. */
    record Native(String name, WNetBackend backend) {
        ConnectionCanceller canceller() {
            return WNet.over(name, backend);
        }

        ConnectionReader reader() {
            return WNet.over(name, backend);
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

    /** JNA and JNR, and FFM where present, each over the double. */
    static synchronized List<Native> all() {
        if (loaded == null) {
            mpr();
            List<Native> backends = new java.util.ArrayList<>(List.of(new Native("jna", new JnaBackendProvider().create()),
                    new Native("jnr", new JnrBackendProvider().create())));
            ffm().ifPresent(p -> backends.add(new Native("ffm", p.create())));
            loaded = List.copyOf(backends);
        }
        return loaded;
    }

    /** The names of {@link #all()}, without loading anything: jna, jnr, and ffm where present. */
    static List<String> names() {
        return ffm().isPresent() ? List.of("jna", "jnr", "ffm") : List.of("jna", "jnr");
    }

    /** Why the ffm backend is not tested in this run, or null if it is. */
    static String whyNoFfm() {
        return ffm().isPresent() ? null : "backend-ffm is built and tested only on JDK 22+; this run is on Java "
                + Runtime.version().feature();
    }

    private static java.util.Optional<BackendProvider> ffm() {
        return ServiceLoader.load(BackendProvider.class).stream().filter(p -> p.type().getName().equals(FFM_PROVIDER))
                .findFirst().map(ServiceLoader.Provider::get);
    }

    private static final String FFM_PROVIDER = "io.github.wnet4j.ffm.FfmBackendProvider";

    /**
     * Why the read tests cannot run through {@code name} here, or null if they can: no double, or a
     * backend that still answers the reads with the SPI's defaults (ERROR_NOT_SUPPORTED).
     */
    static String whyNoReadSide(String name) {
        String why = whyUnavailable();
        if (why != null) {
            return why;
        }
        try {
            Class<?> declaring = named(name).backend().getClass().getMethod("getConnection", String.class).getDeclaringClass();
            return declaring == WNetBackend.class
                    ? name + " has no read side yet (WNetBackend's defaults answer ERROR_NOT_SUPPORTED): issue 12's native read side is not on this branch"
                    : null;
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    static Native named(String name) {
        return all().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }
}
