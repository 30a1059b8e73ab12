package io.github.wnet4j;

import java.util.Optional;

/**
 * One line of discovery's diagnostics: a provider that was found, and whether it can be used.
 *
 * @param name the provider's name, or its class name if it could not be read that far
 * @param priority the provider's priority (0 if it could not be read)
 * @param simulator whether it simulates Windows
 * @param available whether it can be used here
 * @param reason what was found, or what was tried and why it failed: for a provider whose code did not
 *     return in time, the call that did not return ("its constructor did not return within 5000 ms")
 * @param failure the failure behind an unavailable provider, or null
 */
public record ProviderStatus(String name, int priority, boolean simulator, boolean available, String reason,
                             Throwable failure) {

    /**
     * The failure behind an unavailable provider.
     *
     * @return the failure behind an unavailable provider
     */
    public Optional<Throwable> cause() {
        return Optional.ofNullable(failure);
    }

    /** {@code jna (priority 200): unavailable: ...}. */
    @Override
    public String toString() {
        return name + " (priority " + priority + (simulator ? ", simulator" : "") + "): "
                + (available ? "available: " : "unavailable: ") + reason;
    }
}
