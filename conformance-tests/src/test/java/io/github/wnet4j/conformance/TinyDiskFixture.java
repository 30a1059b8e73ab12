package io.github.wnet4j.conformance;

import io.github.wnet4j.spi.UseConnectionAnswer;

import io.github.wnet4j.spi.NetResource;

import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.ConnectionAnswer;
import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.UniversalNameAnswer;
import io.github.wnet4j.spi.WNetBackend;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fixture for the self-tests: plain disk-device redirections and nothing else, so it can honestly
 * declare at most {@link Capability#DISK_DEVICES}. Its backend is either right about that much, or
 * deliberately wrong (answers NO_ERROR to everything and changes nothing).
 */
final class TinyDiskFixture implements ConformanceFixture {
    private final Set<Capability> capabilities;
    private final boolean alwaysSucceeds;
    private final Map<String, String> redirections = new ConcurrentHashMap<>();

    /** What {@link #whyNot} says of {@link Capability#LOGON_SESSIONS}; empty: nothing. */
    private final String whyNoSessions;

    TinyDiskFixture(Set<Capability> capabilities, boolean alwaysSucceeds) {
        this(capabilities, alwaysSucceeds, "");
    }

    TinyDiskFixture(Set<Capability> capabilities, boolean alwaysSucceeds, String whyNoSessions) {
        this.capabilities = Set.copyOf(capabilities);
        this.alwaysSucceeds = alwaysSucceeds;
        this.whyNoSessions = whyNoSessions;
    }

    @Override
    public String whyNot(Capability capability) {
        return capability == Capability.LOGON_SESSIONS ? whyNoSessions : "";
    }

    @Override
    public String backendName() {
        return alwaysSucceeds ? "always-succeeds" : "tiny";
    }

    @Override
    public WNetBackend backend() {
        return new WNetBackend() {
            @Override
            public int cancelConnection2(String name, int flags, boolean force) {
                return cancel(name);
            }

            @Override
            public int cancelConnection(String name, boolean force) {
                return cancel(name);
            }

            @Override
            public ExtendedError lastExtendedError() {
                return new ExtendedError(0, "", "");
            }

            // Plain redirections only: the fixture declares no read capability, so it reads nothing.
            @Override
            public ConnectionAnswer getConnection(String localName) {
                return new ConnectionAnswer(ERROR_NOT_SUPPORTED, null);
            }

            @Override
            public EnumerationAnswer enumerate(int scope, int type, int usage) {
                return new EnumerationAnswer(ERROR_NOT_SUPPORTED, "WNetOpenEnum", List.of());
            }

            @Override
            public UniversalNameAnswer getUniversalName(String localPath, int infoLevel) {
                return new UniversalNameAnswer(ERROR_NOT_SUPPORTED, null, null, null);
            }
        
            // Connecting is not this double's subject: every connect answers ERROR_NOT_SUPPORTED.

            @Override
            public int addConnection2(NetResource resource, char[] password, String userName, int flags) {
                return ERROR_NOT_SUPPORTED;
            }

            @Override
            public int addConnection3(NetResource resource, char[] password, String userName, int flags) {
                return ERROR_NOT_SUPPORTED;
            }

            @Override
            public UseConnectionAnswer useConnection(NetResource resource, char[] password, String userName, int flags) {
                return new UseConnectionAnswer(ERROR_NOT_SUPPORTED, null, 0);
            }

            @Override
            public int addConnection(String remoteName, char[] password, String localName) {
                return ERROR_NOT_SUPPORTED;
            }
        };
    }

    private int cancel(String name) {
        if (alwaysSucceeds) {
            return ErrorCode.NO_ERROR.value();
        }
        return redirections.remove(key(name)) != null ? ErrorCode.NO_ERROR.value() : ErrorCode.ERROR_NOT_CONNECTED.value();
    }

    private static String key(String device) {
        return device.toUpperCase(Locale.ROOT);
    }

    @Override
    public Set<Capability> capabilities() {
        return capabilities;
    }

    @Override
    public void connectDevice(String device, String remoteName, ConnectionSpec spec) {
        if (!spec.equals(ConnectionSpec.plain()) || !device.matches("[A-Za-z]:")) {
            throw new UnsupportedOperationException("the tiny fixture holds plain disk devices only: " + device + " " + spec);
        }
        redirections.put(key(device), remoteName);
    }

    @Override
    public void connectDeviceless(String remoteName, ConnectionSpec spec) {
        throw new UnsupportedOperationException("not declared: DEVICELESS_CONNECTIONS");
    }

    @Override
    public void remember(String device, String remoteName) {
        throw new UnsupportedOperationException("not declared: REMEMBERED_ONLY_ENTRIES");
    }

    @Override
    public void armProfileFault(ErrorCode fault) {
        throw new UnsupportedOperationException("not declared: PROFILE_FAULTS");
    }

    @Override
    public void armProviderErrorOnce(ExtendedError error) {
        throw new UnsupportedOperationException("not declared: PROVIDER_ERRORS");
    }

    @Override
    public void armProviderErrorAlways(ExtendedError error) {
        throw new UnsupportedOperationException("not declared: PROVIDER_ERRORS");
    }

    @Override
    public void disarmProviderError() {
        throw new UnsupportedOperationException("not declared: PROVIDER_ERRORS");
    }

    @Override
    public void setNetworkPresent(boolean present) {
        throw new UnsupportedOperationException("not declared: NETWORK_ABSENCE");
    }

    @Override
    public void nextLogon() {
        throw new UnsupportedOperationException("not declared: NEXT_LOGON");
    }

    @Override
    public Optional<String> deviceConnection(String device) {
        return Optional.ofNullable(redirections.get(key(device)));
    }

    @Override
    public boolean isRemembered(String device) {
        return false;
    }

    @Override
    public boolean hasDevicelessConnection(String remoteName) {
        return false;
    }

    @Override
    public int openFiles(String name) {
        return 0;
    }

    @Override
    public void close() {
        redirections.clear();
    }
}
