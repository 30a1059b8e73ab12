package io.github.wnet4j;

import java.util.List;

/**
 * No usable backend: none was found, the one asked for is missing or unavailable, or on Windows
 * only a simulator was. The message lists every provider found, its priority and why it is or is
 * not available; the failure of the backend asked for by name (or else the first failure found) is
 * the cause, and the others are suppressed. A provider whose code threw, or did not return within
 * its bound ({@code wnet4j.provider.timeout.ms} for reading its class, constructor, name, priority
 * and kind, default 5,000; {@code wnet4j.availability.timeout.ms} for its availability and the
 * backend's creation, default 30,000), is listed with the call that failed as its reason.
 */
public final class NoBackendException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final transient List<ProviderStatus> providers;

    NoBackendException(String message, List<ProviderStatus> providers) {
        this(message, providers, null);
    }

    /**
     * @param primary the failure of the backend asked for by name, made the cause whatever its
     *     priority; null to use the first failure found
     */
    NoBackendException(String message, List<ProviderStatus> providers, Throwable primary) {
        super(message + describe(providers));
        this.providers = List.copyOf(providers);
        Throwable cause = primary;
        if (cause != null) {
            initCause(cause);
        }
        for (ProviderStatus p : providers) {
            Throwable failure = p.failure();
            if (failure == null || failure == cause) {
                continue;
            }
            if (cause == null) {
                cause = failure;
                initCause(cause);
            } else {
                addSuppressed(failure);
            }
        }
    }

    /**
     * Every provider discovery found, with its status.
     *
     * @return every provider discovery found, with its status
     */
    public List<ProviderStatus> providers() {
        return providers;
    }

    static String describe(List<ProviderStatus> providers) {
        if (providers.isEmpty()) {
            return "\n  no provider of io.github.wnet4j.spi.BackendProvider was found on the class path or module path;"
                    + " add wnet4j-backend-jna, wnet4j-backend-jnr or wnet4j-backend-fake";
        }
        StringBuilder s = new StringBuilder("\nProviders found:");
        for (ProviderStatus p : providers) {
            s.append("\n  ").append(p);
        }
        return s.toString();
    }
}
