package io.github.wnet4j.reliability;

import io.github.wnet4j.spi.Availability;
import io.github.wnet4j.spi.BackendProvider;
import io.github.wnet4j.spi.WNetBackend;

import java.util.concurrent.CountDownLatch;

/**
 * Plugins that never return from one place each where discovery runs a provider's code, until
 * {@link #releaseAll()}, deaf to interrupts; real backends of priority 1000, above every shipped one.
 * Registered only by the services file {@link HangingPluginTest} writes. Public, because
 * ServiceLoader instantiates only public classes. A static initialiser runs once per JVM, so
 * {@link InStaticInitialiser} hangs once.
 */
public final class HostileProviders {
    private static final CountDownLatch RELEASE = new CountDownLatch(1);

    private HostileProviders() {
    }

    /** Lets every hung provider return, so its thread ends. */
    static void releaseAll() {
        RELEASE.countDown();
    }

    static void hang() {
        boolean interrupted = false;
        while (RELEASE.getCount() > 0) {
            try {
                RELEASE.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Hangs in the method {@code hangsIn} names, if any. */
    abstract static class Hostile implements BackendProvider {
        private final String hangsIn;

        Hostile(String hangsIn) {
            this.hangsIn = hangsIn;
        }

        private void at(String method) {
            if (method.equals(hangsIn)) {
                hang();
            }
        }

        @Override
        public String name() {
            at("name");
            return "hostile-" + getClass().getSimpleName();
        }

        @Override
        public int priority() {
            at("priority");
            return 1000;
        }

        @Override
        public boolean isSimulator() {
            at("isSimulator");
            return false;
        }

        @Override
        public Availability availability() {
            at("availability");
            return Availability.available("a hostile plugin says it is available");
        }

        @Override
        public WNetBackend create() {
            at("create");
            throw new IllegalStateException("a hostile plugin makes no backend");
        }
    }

    /** Never returns from its static initialiser. */
    public static final class InStaticInitialiser extends Hostile {
        static {
            hang();
        }

        public InStaticInitialiser() {
            super("");
        }
    }

    /** Never returns from its constructor. */
    public static final class InConstructor extends Hostile {
        public InConstructor() {
            super("");
            hang();
        }
    }

    /** Never returns from name(). */
    public static final class InName extends Hostile {
        public InName() {
            super("name");
        }
    }

    /** Never returns from priority(). */
    public static final class InPriority extends Hostile {
        public InPriority() {
            super("priority");
        }
    }

    /** Never returns from isSimulator(). */
    public static final class InIsSimulator extends Hostile {
        public InIsSimulator() {
            super("isSimulator");
        }
    }

    /** Never returns from availability(). */
    public static final class InAvailability extends Hostile {
        public InAvailability() {
            super("availability");
        }
    }

    /** Never returns from create(). */
    public static final class InCreate extends Hostile {
        public InCreate() {
            super("create");
        }
    }
}
