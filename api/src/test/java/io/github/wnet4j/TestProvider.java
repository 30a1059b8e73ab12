package io.github.wnet4j;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.spi.BackendProvider;
import io.github.wnet4j.spi.Availability;

/**
 * A provider for {@link Discovery#of(java.util.List, boolean)} whose availability and creation a
 * test sets, and which counts how often discovery asks it.
 */
final class TestProvider implements BackendProvider {
    private final String name;
    private final int priority;
    private final boolean simulator;
    private Supplier<Availability> availability;
    private Supplier<WNetBackend> creator = RecordingBackend::new;
    final AtomicInteger availabilityCalls = new AtomicInteger();
    final AtomicInteger createCalls = new AtomicInteger();

    private TestProvider(String name, int priority, boolean simulator) {
        this.name = name;
        this.priority = priority;
        this.simulator = simulator;
        this.availability = () -> Availability.available("test provider " + name + " is always available");
    }

    /** An available real backend. */
    static TestProvider real(String name, int priority) {
        return new TestProvider(name, priority, false);
    }

    /** An available simulator. */
    static TestProvider simulator(String name, int priority) {
        return new TestProvider(name, priority, true);
    }

    TestProvider unavailable(String reason) {
        availability = () -> Availability.unavailable(reason);
        return this;
    }

    TestProvider unavailable(String reason, Throwable cause) {
        availability = () -> Availability.unavailable(reason, cause);
        return this;
    }

    TestProvider availabilityThrows(RuntimeException e) {
        availability = () -> {
            throw e;
        };
        return this;
    }

    TestProvider availabilityThrowsError(Error e) {
        availability = () -> {
            throw e;
        };
        return this;
    }

    TestProvider availabilityReturnsNull() {
        availability = () -> null;
        return this;
    }

    TestProvider creating(WNetBackend backend) {
        creator = () -> backend;
        return this;
    }

    TestProvider createThrows(RuntimeException e) {
        creator = () -> {
            throw e;
        };
        return this;
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
    public boolean isSimulator() {
        return simulator;
    }

    @Override
    public Availability availability() {
        availabilityCalls.incrementAndGet();
        return availability.get();
    }

    @Override
    public WNetBackend create() {
        createCalls.incrementAndGet();
        return creator.get();
    }
}
