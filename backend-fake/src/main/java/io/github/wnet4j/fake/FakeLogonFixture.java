package io.github.wnet4j.fake;

import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.conformance.Capability;
import io.github.wnet4j.conformance.ConformanceFixture;
import io.github.wnet4j.conformance.ConnectionSpec;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A conformance fixture that seeds and observes a {@link FakeLogon}, while the suite calls
 * {@code backend}. For the fake itself {@code backend} is the logon's own; the native backends'
 * tests pass their backend, which reaches the same logon through the C test double of mpr.dll.
 * Every capability is declared: the logon can model all of them.
 */
public class FakeLogonFixture implements ConformanceFixture {
    private final String backendName;
    private final FakeLogon logon;
    private final WNetBackend backend;

    /**
     * A fixture whose calls go through {@code backend} and whose state lives in {@code logon}.
     *
     * @param backendName the name reports are filed under ({@code "jna"}, {@code "jnr"}, {@code "fake"})
     * @param logon the state the backend acts on
     * @param backend the backend under test
     */
    public FakeLogonFixture(String backendName, FakeLogon logon, WNetBackend backend) {
        this.backendName = Objects.requireNonNull(backendName, "backendName");
        this.logon = Objects.requireNonNull(logon, "logon");
        this.backend = Objects.requireNonNull(backend, "backend");
    }

    /**
     * A fixture over the fake itself: backend {@code "fake"}, {@code logon.backend()}.
     *
     * @param logon the logon to serve
     */
    public FakeLogonFixture(FakeLogon logon) {
        this("fake", logon, logon.backend());
    }

    /** {@return the logon this fixture seeds and observes} */
    public FakeLogon logon() {
        return logon;
    }

    @Override
    public String backendName() {
        return backendName;
    }

    @Override
    public WNetBackend backend() {
        return backend;
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.allOf(Capability.class);
    }

    @Override
    public void connectDevice(String device, String remoteName, ConnectionSpec spec) {
        logon.connectDevice(device, remoteName, options(spec, true));
    }

    @Override
    public void connectDeviceless(String remoteName, ConnectionSpec spec) {
        // The contract: spec.persistent() is not used for a deviceless connection.
        logon.connectDeviceless(remoteName, options(spec, false));
    }

    @Override
    public void remember(String device, String remoteName) {
        logon.remember(device, remoteName);
    }

    @Override
    public void armProfileFault(ErrorCode fault) {
        ProfileFault matching = Arrays.stream(ProfileFault.values()).filter(f -> f.code() == fault).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("a profile fault is ERROR_CANNOT_OPEN_PROFILE or ERROR_BAD_PROFILE, not " + fault));
        logon.armProfileFault(matching);
    }

    @Override
    public void armProviderErrorOnce(ExtendedError error) {
        logon.armProviderError(ProviderError.of(error).once());
    }

    @Override
    public void armProviderErrorAlways(ExtendedError error) {
        logon.armProviderError(ProviderError.of(error).always());
    }

    @Override
    public void disarmProviderError() {
        logon.disarmProviderError();
    }

    @Override
    public void setNetworkPresent(boolean present) {
        logon.networkPresent(present);
    }

    @Override
    public void nextLogon() {
        logon.nextLogon();
    }

    @Override
    public Optional<String> deviceConnection(String device) {
        return logon.remoteNameOf(device);
    }

    @Override
    public boolean isRemembered(String device) {
        return logon.isRemembered(device);
    }

    @Override
    public boolean hasDevicelessConnection(String remoteName) {
        return logon.hasDevicelessConnection(remoteName);
    }

    @Override
    public int openFiles(String name) {
        return logon.openFiles(name);
    }

    /** Nothing to release: the logon lives in memory and each clause gets a fresh one. */
    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return "FakeLogonFixture[" + backendName + " over " + logon + "]";
    }

    private static Consumer<ConnectionOptions> options(ConnectionSpec spec, boolean device) {
        return o -> {
            if (device && spec.persistent()) {
                o.persistent();
            }
            o.openFiles(spec.openFiles());
            if (spec.inUse()) {
                o.usedByProcess();
            }
        };
    }
}
