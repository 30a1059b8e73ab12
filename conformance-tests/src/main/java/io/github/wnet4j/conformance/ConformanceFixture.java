package io.github.wnet4j.conformance;

import io.github.wnet4j.Credentials;
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

    /** {@return the backend's name, used in reports ({@code target/conformance/<backend>-<profile>.json})} */
    String backendName();

    /** {@return the backend under test, acting on the state this fixture seeds} */
    WNetBackend backend();

    /** {@return what this fixture can seed and observe} */
    Set<Capability> capabilities();

    /**
     * {@return the device to use where the suite wants {@code wanted}; by default {@code wanted}}
     *
     * @param wanted the device the suite asks for, for example {@code "Z:"}
     */
    default String device(String wanted) {
        return wanted;
    }

    /**
     * {@return the remote name to use where the suite wants {@code wanted}; by default {@code wanted}}
     *
     * @param wanted the remote name the suite asks for, for example {@code \\srv\share}
     */
    default String remoteName(String wanted) {
        return wanted;
    }

    /**
     * The credentials to connect with where the suite wants the account {@code userName} with
     * {@code password}; by default exactly those. A fixture over a real machine substitutes accounts
     * of its own, with passwords it generated, for the suite's test accounts (as it substitutes drive
     * letters and shares), so that no account with a password printed in the suite's source exists on
     * the machine; a password other than the one declared for that account (in
     * {@link #declareNetwork(NetworkSpec)}) passes as it is, so a wrong password stays wrong.
     *
     * @param userName the suite's account name, such as {@code "alice"}
     * @param password the suite's password for it; not kept (the caller clears it)
     * @return credentials the caller closes after the call
     */
    default Credentials credentials(String userName, char[] password) {
        return Credentials.of(userName, password);
    }

    // ---- seeding ----

    /**
     * Redirects {@code device} to {@code remoteName} as {@code spec} says (persistent also remembers it).
     * If the profile remembers {@code device} to another remote name, the fixture refuses, as
     * WNetAddConnection2 does, with an exception whose message names the code 1202
     * (ERROR_DEVICE_ALREADY_REMEMBERED), and changes nothing (specification row 16).
     *
     * @param device the device to redirect
     * @param remoteName the remote name to redirect it to
     * @param spec persistent, open files, in use
     */
    void connectDevice(String device, String remoteName, ConnectionSpec spec);

    /**
     * Connects to {@code remoteName} with no local device; {@code spec.persistent()} is not used.
     *
     * @param remoteName the remote name to connect to
     * @param spec open files, in use
     */
    void connectDeviceless(String remoteName, ConnectionSpec spec);

    /**
     * A remembered profile entry for {@code device} with no live connection.
     *
     * @param device the device to remember
     * @param remoteName the remote name it is remembered to
     */
    void remember(String device, String remoteName);

    /**
     * Makes every later call that must update the profile fail with {@code fault}
     * ({@link ErrorCode#ERROR_CANNOT_OPEN_PROFILE} or {@link ErrorCode#ERROR_BAD_PROFILE}).
     *
     * @param fault the code such calls answer
     */
    void armProfileFault(ErrorCode fault);

    /**
     * Makes the provider fail the next call only with {@code error}.
     *
     * @param error what WNetGetLastError then reports
     */
    void armProviderErrorOnce(ExtendedError error);

    /**
     * Makes the provider fail every later call with {@code error}, until {@link #disarmProviderError()}.
     *
     * @param error what WNetGetLastError then reports
     */
    void armProviderErrorAlways(ExtendedError error);

    /** Ends an armed provider error. */
    void disarmProviderError();

    /**
     * Takes the network away (every call then answers ERROR_NO_NETWORK), or brings it back.
     *
     * @param present whether the network is there
     */
    void setNetworkPresent(boolean present);

    /** The next logon: live connections end, remembered entries are restored. */
    void nextLogon();

    /**
     * Replaces the simulated network the connect clauses meet with {@code network}: what it does not
     * declare answers as the fixture's default (every server exists and is reachable, has every
     * share, and accepts the logon's own credentials). The suite calls it only when the fixture
     * declares every capability of {@link NetworkSpec#needs()}; the same clause may call it again
     * (for example to end {@link NetworkSpec#busy()}).
     *
     * @param network the servers, shares, accounts, unreachable servers, denied shares, local drives
     *     and whether the network is busy
     * @throws UnsupportedOperationException if the fixture cannot simulate a network
     */
    default void declareNetwork(NetworkSpec network) {
        throw new UnsupportedOperationException(getClass().getName() + " simulates no network; declare none of "
                + "DECLARED_SHARES, DECLARED_ACCOUNTS, UNREACHABLE_SERVERS, DENIED_SHARES, LOCAL_DRIVES, NETWORK_BUSY");
    }

    // ---- observing ----

    /**
     * {@return the remote name {@code device} is redirected to now, or empty if it is not connected}
     *
     * @param device the device to look at
     */
    Optional<String> deviceConnection(String device);

    /**
     * {@return whether the profile remembers {@code device}, connected or not}
     *
     * @param device the device to look at
     */
    boolean isRemembered(String device);

    /**
     * {@return whether there is a deviceless connection to {@code remoteName}}
     *
     * @param remoteName the remote name to look for
     */
    boolean hasDevicelessConnection(String remoteName);

    /**
     * {@return open files (or print jobs) on the connection named by {@code name}; 0 if none}
     *
     * @param name a device, or for a deviceless connection its remote name
     */
    int openFiles(String name);

    /**
     * A drive letter that is a local disk of this machine, not redirected (for row R15), where the
     * fixture declares {@link Capability#LOCAL_DRIVE}; by default there is none.
     *
     * @return the local drive, such as {@code "C:"}
     * @throws UnsupportedOperationException if the fixture has no local drive to name
     */
    default String localDrive() {
        throw new UnsupportedOperationException(getClass().getName() + " names no local drive; do not declare LOCAL_DRIVE");
    }

    /**
     * The enumeration handles the backend opened and has not closed yet, where the fixture declares
     * {@link Capability#ENUMERATION_HANDLES} (row R12: the library closes every handle it opens).
     *
     * @return the number of open handles
     * @throws UnsupportedOperationException if the fixture cannot count them
     */
    default int openEnumerationHandles() {
        throw new UnsupportedOperationException(getClass().getName() + " cannot count enumeration handles; do not declare ENUMERATION_HANDLES");
    }

    /**
     * The provider name every listed entry carries (row R10); by default the SMB provider's.
     *
     * @return {@code "Microsoft Windows Network"} by default
     */
    default String providerName() {
        return "Microsoft Windows Network";
    }

    /**
     * A fixture for another logon session, where the fixture declares {@link Capability#LOGON_SESSIONS}:
     * this fixture's session is the user's desktop session, and the one returned is of the kind
     * asked for, seeded and observed in its own session (its profile is the same user's, except for
     * {@link SessionKind#OTHER_USER}). Asking twice for one kind gives the same session; this fixture's
     * {@link #close()} releases it too.
     *
     * @param kind the session wanted
     * @return a fixture over that session, whose backend calls from it
     * @throws UnsupportedOperationException if the fixture cannot make sessions
     */
    default ConformanceFixture session(SessionKind kind) {
        throw new UnsupportedOperationException(getClass().getName() + " makes no further logon sessions; do not declare LOGON_SESSIONS");
    }

    /**
     * What the fixture or its backend has written where a person can read it (a journal of calls, a
     * log, the simulated network's description): the connect clauses check that it holds none of
     * their passwords. By default nothing.
     *
     * @return that text, or an empty string
     */
    default String recordedText() {
        return "";
    }

    /**
     * Why this fixture does not declare {@code capability}, for the report of every clause skipped
     * for want of it; by default no reason beyond the capability's name.
     *
     * @param capability a capability this fixture does not declare
     * @return the reason, or an empty string
     */
    default String whyNot(Capability capability) {
        return "";
    }

    /** Releases what the fixture seeded. */
    @Override
    void close();
}
