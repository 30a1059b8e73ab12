package io.github.wnet4j.conformance;

import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.WNetBackend;

import java.util.Optional;
import java.util.Set;

/**
 * How the suite seeds connection state for a backend and observes it afterwards. One fixture serves
 * one clause: the suite asks {@link ConformanceKit#newFixture} for a fresh one and closes it after.
 *
 * <p>The suite calls a seeding method only if {@link #capabilities()} declares what it needs; a
 * clause that needs more is reported skipped with the reason. Names pass through
 * {@link #device(String)} and {@link #remoteName(String)} first, so a fixture for real Windows can
 * substitute a free drive letter or a share it created.
 *
 * <p>Names in seeding and observing methods compare case-insensitively, as on Windows.
 */
public interface ConformanceFixture extends AutoCloseable {

    /** The backend's name, used in reports ({@code target/conformance/<backend>-<profile>.json}). */
    String backendName();

    /** The backend under test, acting on the state this fixture seeds. */
    WNetBackend backend();

    /** What this fixture can seed and observe. */
    Set<Capability> capabilities();

    /** The device to use where the suite wants {@code wanted} (for example {@code "Z:"}); by default {@code wanted}. */
    default String device(String wanted) {
        return wanted;
    }

    /** The remote name to use where the suite wants {@code wanted}; by default {@code wanted}. */
    default String remoteName(String wanted) {
        return wanted;
    }

    // ---- seeding ----

    /**
     * Redirects {@code device} to {@code remoteName} as {@code spec} says (persistent also remembers it).
     * If the profile remembers {@code device} to another remote name, the fixture refuses, as
     * WNetAddConnection2 does, with an exception whose message names the code 1202
     * (ERROR_DEVICE_ALREADY_REMEMBERED), and changes nothing (specification row 16).
     */
    void connectDevice(String device, String remoteName, ConnectionSpec spec);

    /** Connects to {@code remoteName} with no local device; {@code spec.persistent()} is not used. */
    void connectDeviceless(String remoteName, ConnectionSpec spec);

    /** A remembered profile entry for {@code device} with no live connection. */
    void remember(String device, String remoteName);

    /**
     * Makes every later call that must update the profile fail with {@code fault}
     * ({@link ErrorCode#ERROR_CANNOT_OPEN_PROFILE} or {@link ErrorCode#ERROR_BAD_PROFILE}).
     */
    void armProfileFault(ErrorCode fault);

    /** Makes the provider fail the next call only with {@code error}. */
    void armProviderErrorOnce(ExtendedError error);

    /** Makes the provider fail every later call with {@code error}, until {@link #disarmProviderError()}. */
    void armProviderErrorAlways(ExtendedError error);

    /** Ends an armed provider error. */
    void disarmProviderError();

    /** Takes the network away (every call then answers ERROR_NO_NETWORK), or brings it back. */
    void setNetworkPresent(boolean present);

    /** The next logon: live connections end, remembered entries are restored. */
    void nextLogon();

    // ---- observing ----

    /** The remote name {@code device} is redirected to now, or empty if it is not connected. */
    Optional<String> deviceConnection(String device);

    /** Whether the profile remembers {@code device}, connected or not. */
    boolean isRemembered(String device);

    /** Whether there is a deviceless connection to {@code remoteName}. */
    boolean hasDevicelessConnection(String remoteName);

    /** Open files (or print jobs) on the connection named by a device or, for a deviceless one, a remote name; 0 if none. */
    int openFiles(String name);

    /** Releases what the fixture seeded. */
    @Override
    void close();
}
