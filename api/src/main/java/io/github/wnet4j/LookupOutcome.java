package io.github.wnet4j;

import io.github.wnet4j.spi.Names;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@code WNetGetConnection} answered for one device (specification rows R1-R6): connected, with
 * the remote name; remembered but not connected ({@code ERROR_CONNECTION_UNAVAIL}), with the
 * remembered remote name where the backend returns it (R2); not connected
 * ({@code ERROR_NOT_CONNECTED}); or a failure. Immutable.
 *
 * <pre>{@code
 * LookupOutcome z = reader.getConnection("Z:");
 * if (z.pointsAt("\\\\fileserver\\deploy")) { ... }   // ours
 * z.remoteName().ifPresent(System.out::println);        // whatever it points at
 * }</pre>
 */
public final class LookupOutcome implements WNetOutcome {
    private final String device;
    private final int code;
    private final String remoteName;
    private final ExtendedError extendedError;

    private LookupOutcome(String device, int code, String remoteName, ExtendedError extendedError) {
        this.device = Objects.requireNonNull(device, "device");
        this.code = code;
        boolean carriesName = code == ErrorCode.NO_ERROR.value() || code == ErrorCode.ERROR_CONNECTION_UNAVAIL.value();
        this.remoteName = carriesName ? remoteName : null; // a name written beside any other code means nothing
        this.extendedError = Outcomes.checkExtendedError(code, extendedError);
    }

    /** An outcome; only the validating reader makes them. */
    static LookupOutcome of(String device, int code, String remoteName, ExtendedError extendedError) {
        return new LookupOutcome(device, code, remoteName, extendedError);
    }

    /**
     * The device that was looked up, as it was passed.
     *
     * @return the device, as passed
     */
    public String device() {
        return device;
    }

    /**
     * The remote name the device points at: for {@code NO_ERROR} the live connection's (R1), for
     * {@code ERROR_CONNECTION_UNAVAIL} the remembered entry's when the backend returned it (R2);
     * empty otherwise. Spelled as the connection was made (R18).
     *
     * @return the remote name, or empty
     */
    public Optional<String> remoteName() {
        return Optional.ofNullable(remoteName);
    }

    /**
     * Whether the device is connected now ({@code NO_ERROR}).
     *
     * @return whether the device is connected now
     */
    public boolean isConnected() {
        return isSuccess();
    }

    /**
     * Whether the device is remembered but not connected in this logon session ({@code ERROR_CONNECTION_UNAVAIL}).
     *
     * @return whether the device is remembered only
     */
    public boolean isRememberedOnly() {
        return is(ErrorCode.ERROR_CONNECTION_UNAVAIL);
    }

    /**
     * Whether the device is neither connected nor remembered ({@code ERROR_NOT_CONNECTED}).
     *
     * @return whether the device is not connected
     */
    public boolean isNotConnected() {
        return is(ErrorCode.ERROR_NOT_CONNECTED);
    }

    /**
     * Whether the device is connected, or remembered only, to {@code expectedRemoteName}, compared
     * as Windows compares names (case-insensitively, one UTF-16 unit at a time; row 13).
     *
     * @param expectedRemoteName a remote name, {@code \\server\share}
     * @return whether the device points at it
     */
    public boolean pointsAt(String expectedRemoteName) {
        Objects.requireNonNull(expectedRemoteName, "expectedRemoteName");
        return remoteName != null && Names.same(remoteName, expectedRemoteName);
    }

    @Override
    public WNetFunction function() {
        return WNetFunction.GET_CONNECTION;
    }

    @Override
    public int code() {
        return code;
    }

    @Override
    public Optional<ExtendedError> extendedError() {
        return Optional.ofNullable(extendedError);
    }

    /** {@code WNetGetConnection("Z:")}. */
    @Override
    public String describeCall() {
        return "WNetGetConnection(" + Outcomes.quote(device) + ")";
    }

    /**
     * Returns this outcome if the device is connected, and otherwise throws.
     *
     * @return this outcome, if the device is connected
     * @throws WNetException naming the call, the code, its meaning and what to do
     */
    public LookupOutcome orThrow() {
        if (!isSuccess()) {
            throw new WNetException(this);
        }
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LookupOutcome other && device.equals(other.device) && code == other.code
                && Objects.equals(remoteName, other.remoteName) && Objects.equals(extendedError, other.extendedError);
    }

    @Override
    public int hashCode() {
        return Objects.hash(device, code, remoteName, extendedError);
    }

    /** {@link #describe()}, with the remote name when there is one. */
    @Override
    public String toString() {
        return describe() + (remoteName == null ? "" : " [remote name " + Outcomes.quote(remoteName) + "]");
    }
}
