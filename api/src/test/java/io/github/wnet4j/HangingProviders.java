package io.github.wnet4j;

import io.github.wnet4j.spi.Availability;
import io.github.wnet4j.spi.BackendProvider;
import io.github.wnet4j.spi.WNetBackend;

import java.util.concurrent.CountDownLatch;

/**
 * Hostile providers, one per place discovery runs a provider's code, each never returning from that
 * place until the test releases it, deaf to interrupts. Each is registered only by the services file
 * a test writes for its own class loader; each reports priority 1000, above every other test
 * provider, and is a real backend. Public, because ServiceLoader instantiates only public classes.
 *
 * <p>A class's static initialiser runs once per JVM: once released, {@link InStaticInitialiser} no
 * longer hangs, so one test only uses it.
 */
public final class HangingProviders {
    private static volatile CountDownLatch release = new CountDownLatch(1);
    private static volatile CountDownLatch entered = new CountDownLatch(1);

    private HangingProviders() {
    }

    /** Makes the next hang last until {@link #releaseAll()}. */
    static void arm() {
        release = new CountDownLatch(1);
        entered = new CountDownLatch(1);
    }

    /** Waits until a provider hangs. */
    static void awaitHanging() throws InterruptedException {
        entered.await();
    }

    /** Lets every provider hung since {@link #arm()} return, so its thread ends. */
    static void releaseAll() {
        release.countDown();
    }

    /** Blocks until released; an interrupt does not end it (it is kept for afterwards). */
    static void hang() {
        CountDownLatch latch = release;
        entered.countDown();
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Hangs in the method named by {@code hangsIn} ("name", "priority", ...), and behaves elsewhere. */
    abstract static class Hanging implements BackendProvider {
        private final String name;
        private final String hangsIn;

        Hanging(String name, String hangsIn) {
            this.name = name;
            this.hangsIn = hangsIn;
        }

        private void maybeHang(String method) {
            if (method.equals(hangsIn)) {
                hang();
            }
        }

        @Override
        public String name() {
            maybeHang("name");
            return name;
        }

        @Override
        public int priority() {
            maybeHang("priority");
            return 1000;
        }

        @Override
        public boolean isSimulator() {
            maybeHang("isSimulator");
            return false;
        }

        @Override
        public Availability availability() {
            maybeHang("availability");
            return Availability.available(name + " answers at last");
        }

        @Override
        public WNetBackend create() {
            maybeHang("create");
            return RecordingBackend.answering(ErrorCode.NO_ERROR);
        }
    }

    /** Its static initialiser never returns. */
    public static final class InStaticInitialiser extends Hanging {
        static {
            hang();
        }

        public InStaticInitialiser() {
            super("hangs-in-static-initialiser", "");
        }
    }

    /** Its static initialiser throws: an ExceptionInInitializerError. */
    public static final class ThrowingInStaticInitialiser extends Hanging {
        static {
            fail();
        }

        public ThrowingInStaticInitialiser() {
            super("throws-in-static-initialiser", "");
        }

        private static void fail() {
            throw new IllegalStateException("deliberate failure in a static initialiser");
        }
    }

    /** Its constructor never returns. */
    public static final class InConstructor extends Hanging {
        public InConstructor() {
            super("hangs-in-constructor", "");
            hang();
        }
    }

    /** Its name() never returns. */
    public static final class InName extends Hanging {
        public InName() {
            super("hangs-in-name", "name");
        }
    }

    /** Its priority() never returns. */
    public static final class InPriority extends Hanging {
        public InPriority() {
            super("hangs-in-priority", "priority");
        }
    }

    /** Its isSimulator() never returns. */
    public static final class InIsSimulator extends Hanging {
        public InIsSimulator() {
            super("hangs-in-is-simulator", "isSimulator");
        }
    }

    /** Its availability() never returns. */
    public static final class InAvailability extends Hanging {
        public InAvailability() {
            super("hangs-in-availability", "availability");
        }
    }

    /** Its create() never returns: available, and of the highest priority, so get() chooses it. */
    public static final class InCreate extends Hanging {
        public InCreate() {
            super("hangs-in-create", "create");
        }
    }
}
