package io.github.wnet4j.fake;

import io.github.wnet4j.ExtendedError;

import java.util.Objects;

/**
 * A provider failure to arm with {@link FakeLogon#armProviderError}: the call answers
 * {@code ERROR_EXTENDED_ERROR} (1208), the calling thread's extended error becomes {@link #error()},
 * and nothing else changes (specification row 11, the provider fails).
 *
 * <pre>{@code
 * logon.armProviderError(ProviderError.of(53, "The network path was not found.", "Microsoft Windows Network").once());
 * }</pre>
 *
 * <p>{@link #of} alone fails every call, like {@link #always()}; {@link #once()} fails the next call
 * only; {@link #afterCalls(long)} lets calls pass first. Only calls that reach the provider count:
 * while the network is absent a call answers {@code ERROR_NO_NETWORK} before any provider is asked.
 *
 * @param error what {@code WNetGetLastError} reports after the failure
 * @param mode when the armed error fires
 * @param passingCalls how many calls after arming pass first ({@link Mode#AFTER_CALLS}; 0 otherwise)
 */
public record ProviderError(ExtendedError error, Mode mode, long passingCalls) {

    /** When an armed error fires. */
    public enum Mode {
        /** The next call only; then the error disarms itself. */
        ONCE,
        /** Every call, until disarmed. */
        ALWAYS,
        /** Every call after the first {@code passingCalls}, until disarmed. */
        AFTER_CALLS
    }

    /**
     * Checks that the error and the mode are present, and that only {@link Mode#AFTER_CALLS} lets
     * calls pass, 0 or more.
     *
     * @param error what {@code WNetGetLastError} reports after the failure
     * @param mode when the armed error fires
     * @param passingCalls how many calls pass first
     * @throws IllegalArgumentException if {@code passingCalls} is negative, or not 0 outside {@link Mode#AFTER_CALLS}
     */
    public ProviderError {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(mode, "mode");
        if (passingCalls < 0) {
            throw new IllegalArgumentException("afterCalls needs a count of calls to let pass, 0 or more: " + passingCalls);
        }
        if (passingCalls != 0 && mode != Mode.AFTER_CALLS) {
            throw new IllegalArgumentException("only an AFTER_CALLS error lets calls pass, not " + mode + ": use afterCalls("
                    + passingCalls + ")");
        }
    }

    /**
     * A provider error reporting these details through {@code WNetGetLastError}; it fails every call
     * until disarmed unless narrowed with {@link #once()} or {@link #afterCalls(long)}.
     *
     * @return a provider error that fails every call until disarmed
     * @param providerCode the provider's own error code
     * @param text the provider's description (may be empty, not null)
     * @param providerName the provider's name (may be empty, not null)
     */
    public static ProviderError of(int providerCode, String text, String providerName) {
        return of(new ExtendedError(providerCode, text, providerName));
    }

    /**
     * {@return a provider error reporting {@code error} through {@code WNetGetLastError}; see {@link #of(int, String, String)}}
     *
     * @param error what {@code WNetGetLastError} reports after the failure
     */
    public static ProviderError of(ExtendedError error) {
        return new ProviderError(error, Mode.ALWAYS, 0);
    }

    /** {@return the same error, failing only the next call that reaches the provider} */
    public ProviderError once() {
        return new ProviderError(error, Mode.ONCE, 0);
    }

    /** {@return the same error, failing every call until {@link FakeLogon#disarmProviderError()}} */
    public ProviderError always() {
        return new ProviderError(error, Mode.ALWAYS, 0);
    }

    /**
     * The same error, letting the first {@code calls} calls after arming pass and failing every later
     * call until disarmed. The count is a {@code long}: a long-running program's error still fires
     * after 2^31 calls.
     *
     * @param calls how many calls pass first, 0 to {@link Long#MAX_VALUE}
     * @return the same error, letting the first {@code calls} calls after arming pass and failing every later call until disarmed
     * @throws IllegalArgumentException if {@code calls} is negative
     */
    public ProviderError afterCalls(long calls) {
        return new ProviderError(error, Mode.AFTER_CALLS, calls);
    }

    /** For example {@code ProviderError[provider "Microsoft Windows Network" reported error 53: ..., once]}. */
    @Override
    public String toString() {
        String when = switch (mode) {
            case ONCE -> "once";
            case ALWAYS -> "always";
            case AFTER_CALLS -> "after " + passingCalls + " calls";
        };
        return "ProviderError[" + error.describe() + ", " + when + "]";
    }
}
