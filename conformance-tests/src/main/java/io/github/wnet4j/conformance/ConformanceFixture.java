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

    /**
     * The backend's name, used in reports ({@code target/conformance/<backend>-<profile>.json}).
     *
     * @return the name, such as {@code fake} or {@code jna-double}
     */
    String backendName();

    /**
     * The backend under test, acting on the state this fixture seeds.
     *
     * @return the backend the suite calls
     */
    WNetBackend backend();

    /**
     * What this fixture can seed and observe.
     *
     * @return the capabilities; a clause needing another is reported skipped
     */
    Set<Capability> capabilities();

    /**
     * The device to use where the suite wants {@code wanted}; by default {@code wanted}.
     *
     * @param wanted the device the suite names, for example {@code "Z:"}
     * @return the device this fixture uses in its place
     */
    default String device(String wanted) {
        return wanted;
    }

    /**
     * The remote name to use where the suite wants {@code wanted}; by default {@code wanted}.
     *
     * @param wanted the remote name the suite names, for example {@code \\srv\share}
     * @return the remote name this fixture uses in its place
     */
    default String remoteName(String wanted) {
        return wanted;
    }

    // ---- seeding ----

    /**
     * Redirects {@code device} to {@code remoteName} as {@code spec} says (persistent also remembers it).
     *
     * @param device the local device, such as {@code Z:} or {@code LPT1:}
     * @param remoteName the remote name it is redirected to
     * @param spec persistence, open files and use by a process
     */
    void connectDevice(String device, String remoteName, ConnectionSpec spec);

    /**
     * Connects to {@code remoteName} with no local device; {@code spec.persistent()} is not used.
     *
     * @param remoteName the remote name to connect to
     * @param spec open files and use by a process
     */
    void connectDeviceless(String remoteName, ConnectionSpec spec);

    /**
     * Adds a remembered profile entry for {@code device} with no live connection.
     *
     * @param device the local device the entry is for
     * @param remoteName the remote name the entry restores
     */
    void remember(String device, String remoteName);

    /**
     * Makes every later call that must update the profile fail with {@code fault}
     * ({@link ErrorCode#ERROR_CANNOT_OPEN_PROFILE} or {@link ErrorCode#ERROR_BAD_PROFILE}).
     *
     * @param fault the code those calls fail with
     */
    void armProfileFault(ErrorCode fault);

    /**
     * Makes the provider fail the next call only with {@code error}.
     *
     * @param error the provider's code, text and name that the call reports
     */
    void armProviderErrorOnce(ExtendedError error);

    /**
     * Makes the provider fail every later call with {@code error}, until {@link #disarmProviderError()}.
     *
     * @param error the provider's code, text and name that the calls report
     */
    void armProviderErrorAlways(ExtendedError error);

    /** Ends an armed provider error. */
    void disarmProviderError();

    /**
     * Takes the network away (every call then answers ERROR_NO_NETWORK), or brings it back.
     *
     * @param present {@code false} to take the network away, {@code true} to bring it back
     */
    void setNetworkPresent(boolean present);

    /** The next logon: live connections end, remembered entries are restored. */
    void nextLogon();

    // ---- observing ----

    /**
     * The remote name {@code device} is redirected to now.
     *
     * @param device the local device
     * @return its remote name, or empty if it is not connected
     */
    Optional<String> deviceConnection(String device);

    /**
     * Whether the profile remembers {@code device}, connected or not.
     *
     * @param device the local device
     * @return {@code true} if a remembered entry for it exists
     */
    boolean isRemembered(String device);

    /**
     * Whether there is a deviceless connection to {@code remoteName}.
     *
     * @param remoteName the remote name
     * @return {@code true} if such a connection exists
     */
    boolean hasDevicelessConnection(String remoteName);

    /**
     * Open files (or print jobs) on a connection.
     *
     * @param name a device, or for a deviceless connection its remote name
     * @return the count; 0 if none or if there is no such connection
     */
    int openFiles(String name);

    /** Releases what the fixture seeded. */
    @Override
    void close();
}
