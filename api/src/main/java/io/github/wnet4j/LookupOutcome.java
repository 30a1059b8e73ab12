package io.github.wnet4j;

import io.github.wnet4j.spi.Names;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@code WNetGetConnection} answered for one device (specification rows R1-R6): connected, with
 * the remote name; remembered but not connected ({@code ERROR_CONNECTION_UNAVAIL}), with the
 * remembered remote name where the backend returns it (R2); not connected
 * ({@code ERROR_NOT_CONNECTED}); or a failure.
 *
 * <pre>{@code
 * LookupOutcome z = reader.getConnection("Z:");
 * if (z.pointsAt("\\\\fileserver\\deploy")) { ... }   // ours
 * z.remoteName().ifPresent(System.out::println);        // whatever it points at
 * }</pre>
 *
 * @param device the device that was looked up, as it was passed
 * @param code the Win32 code as the function returned it
 * @param remoteName the remote name the device points at: for {@code NO_ERROR} the live connection's
 *     (R1), for {@code ERROR_CONNECTION_UNAVAIL} the remembered entry's when the backend returned it
 *     (R2); empty otherwise. Spelled as the connection was made (R18)
 * @param extendedError the provider's own error for {@code ERROR_EXTENDED_ERROR}; empty for every other code
 */
public record LookupOutcome(String device, int code, Optional<String> remoteName,
                            Optional<ExtendedError> extendedError) implements WNetOutcome {
    /**
     * Checks the outcome; a remote name given beside a code that carries none is dropped, as it
     * means nothing there.
     *
     * @param device the device looked up
     * @param code the Win32 code
     * @param remoteName the remote name, kept only for {@code NO_ERROR} and {@code ERROR_CONNECTION_UNAVAIL}
     * @param extendedError the provider's error, present only for {@code ERROR_EXTENDED_ERROR}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an extended error is given for another code
     */
    public LookupOutcome {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(remoteName, "remoteName: pass Optional.empty() for none");
        boolean carriesName = code == ErrorCode.NO_ERROR.value() || code == ErrorCode.ERROR_CONNECTION_UNAVAIL.value();
        remoteName = carriesName ? remoteName : Optional.empty();
        Outcomes.checkExtendedError(code, extendedError);
    }

    /** An outcome with the remote name and the provider's error, each {@code null} when there is none. */
    static LookupOutcome of(String device, int code, String remoteName, ExtendedError extendedError) {
        return new LookupOutcome(device, code, Optional.ofNullable(remoteName), Optional.ofNullable(extendedError));
    }

    /** {@return whether the device is connected now ({@code NO_ERROR})} */
    public boolean isConnected() {
        return isSuccess();
    }

    /** {@return whether the device is remembered but not connected in this logon session ({@code ERROR_CONNECTION_UNAVAIL})} */
    public boolean isRememberedOnly() {
        return is(ErrorCode.ERROR_CONNECTION_UNAVAIL);
    }

    /** {@return whether the device is neither connected nor remembered ({@code ERROR_NOT_CONNECTED})} */
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
        return remoteName.isPresent() && Names.same(remoteName.get(), expectedRemoteName);
    }

    /** {@return {@link WNetFunction#GET_CONNECTION}} */
    @Override
    public WNetFunction function() {
        return WNetFunction.GET_CONNECTION;
    }

    /** {@return the call as it would be written: {@code WNetGetConnection("Z:")}} */
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
        return Outcomes.orThrow(this, isSuccess());
    }

    /** {@return {@link #describe()}, with the remote name when there is one} */
    @Override
    public String toString() {
        return describe() + remoteName.map(name -> " [remote name " + Outcomes.quote(name) + "]").orElse("");
    }
}
