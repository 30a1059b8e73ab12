package io.github.wnet4j.nativetesting;

import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.spi.BackendProvider;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.UniversalNameAnswer;
import io.github.wnet4j.spi.WNetBackend;

import java.util.ServiceLoader;

/**
 * Runs in a JVM of its own, started by {@link NativeHostileContract}: one native backend, chosen by
 * name, against each {@link HostileMode} of the double in turn, printing one line per mode
 * ({@code mode <name> | open <handles> | <outcome>}) as soon as it is known, so that if the JVM dies
 * the lines so far say which mode killed it. The outcome is {@code threw <class>: <message>} or
 * {@code answered <answer>}.
 *
 * <p>Arguments: the backend's name ({@code jna}, {@code jnr}, {@code ffm}), then the modes (all if none).
 * The double comes from {@value MprDouble#LIBRARY_PROPERTY}, as for every test that uses it.
 */
public final class HostileProviderProbe {
    private HostileProviderProbe() {
    }

    /**
     * Probes.
     *
     * @param args the backend's name, then the modes to try
     */
    public static void main(String[] args) {
        String name = args[0];
        WNetBackend backend = null;
        for (BackendProvider provider : ServiceLoader.load(BackendProvider.class)) {
            if (provider.name().equals(name)) {
                backend = provider.create();
            }
        }
        if (backend == null) {
            System.out.println("no backend " + name + " on the class path");
            System.exit(2);
        }
        MprDouble mpr = MprDouble.load();
        mpr.serve(FakeLogon.create().connectDevice("Z:", "\\\\srv\\share").backend());
        HostileMode[] modes = HostileMode.values();
        if (args.length > 1) {
            modes = new HostileMode[args.length - 1];
            for (int i = 1; i < args.length; i++) {
                modes[i - 1] = HostileMode.valueOf(args[i]);
            }
        }
        for (HostileMode mode : modes) {
            mpr.answerHostile(mode);
            String outcome;
            try {
                outcome = "answered " + call(backend, mode.read());
            } catch (RuntimeException e) {
                outcome = "threw " + e.getClass().getName() + ": " + e.getMessage();
            } finally {
                mpr.answerHostile(null);
            }
            System.out.println("mode " + mode + " | open " + mpr.openEnumerations() + " | " + outcome.replace('\n', ' '));
            System.out.flush();
        }
        mpr.stopServing();
    }

    private static Object call(WNetBackend backend, HostileMode.Read read) {
        return switch (read) {
            case ENUMERATE -> backend.enumerate(NetResource.RESOURCE_CONNECTED, NetResource.RESOURCETYPE_ANY, 0);
            case GET_CONNECTION -> backend.getConnection("Z:");
            case UNIVERSAL_NAME -> backend.getUniversalName("Z:\\file", UniversalNameAnswer.UNIVERSAL_NAME_INFO_LEVEL);
        };
    }
}
