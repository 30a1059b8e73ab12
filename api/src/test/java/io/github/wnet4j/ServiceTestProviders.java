package io.github.wnet4j;

import io.github.wnet4j.spi.BackendProvider;

import java.util.concurrent.atomic.AtomicInteger;
import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.spi.Availability;

/**
 * Providers that {@link java.util.ServiceLoader} finds for real: {@link Real}, {@link Simulator}
 * and {@link ThrowingConstructor} are registered in this module's test
 * {@code META-INF/services/io.github.wnet4j.spi.BackendProvider}; {@link ExtraLoaderOnly} is registered
 * only by a services file a test writes for its own class loader. Public, because ServiceLoader
 * instantiates only public classes.
 */
public final class ServiceTestProviders {
    /** How many times any of these providers' {@code availability()} ran, to prove discovery is lazy. */
    static final AtomicInteger AVAILABILITY_CALLS = new AtomicInteger();
    /** How many of these providers were constructed. */
    static final AtomicInteger CONSTRUCTED = new AtomicInteger();

    private ServiceTestProviders() {
    }

    /** The common part: a fixed name and priority, always available, counting calls. */
    abstract static class Counting implements BackendProvider {
        private final String name;
        private final int priority;

        Counting(String name, int priority) {
            this.name = name;
            this.priority = priority;
            CONSTRUCTED.incrementAndGet();
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int priority() {
            return priority;
        }

        @Override
        public Availability availability() {
            AVAILABILITY_CALLS.incrementAndGet();
            return Availability.available(name + " is registered in the test services file");
        }

        @Override
        public WNetBackend create() {
            return RecordingBackend.answering(ErrorCode.NO_ERROR);
        }
    }

    /** A real backend, priority 100. */
    public static final class Real extends Counting {
        public Real() {
            super("svc-real", 100);
        }
    }

    /** A simulator with a higher priority than {@link Real}: it must still not be preferred. */
    public static final class Simulator extends Counting {
        public Simulator() {
            super("svc-sim", 500);
        }

        @Override
        public boolean isSimulator() {
            return true;
        }
    }

    /** A provider whose constructor fails: discovery must list it and carry on. */
    public static final class ThrowingConstructor extends Counting {
        public ThrowingConstructor() {
            super("svc-broken", 1);
            throw new IllegalStateException("ThrowingConstructor always fails in its constructor");
        }
    }

    /** Registered only for a test's own class loader, with the highest priority. */
    public static final class ExtraLoaderOnly extends Counting {
        public ExtraLoaderOnly() {
            super("svc-extra", 1000);
        }
    }
}
