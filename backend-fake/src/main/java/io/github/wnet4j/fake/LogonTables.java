package io.github.wnet4j.fake;

import java.util.TreeMap;

/**
 * The mutable state of one {@link FakeLogon}. Only touched under the logon's lock: by
 * {@link FakeLogon} for seeding and queries, and by {@link CancelRules} for calls.
 */
final class LogonTables {

    /** A live connection; immutable, replaced when seeding changes it. */
    record Link(String device, String remoteName, int openFiles, boolean inUse) {
        Link withOpenFiles(int count) {
            return new Link(device, remoteName, count, inUse);
        }

        Link withInUse(boolean used) {
            return new Link(device, remoteName, openFiles, used);
        }
    }

    /** Live redirections, keyed by normalised device ({@code "Z:"}, {@code "LPT1:"}). */
    final TreeMap<String, Link> devices = new TreeMap<>();
    /** Deviceless connections, keyed by {@link CancelRules#fold(String)} of the remote name: at most one each. */
    final TreeMap<String, Link> deviceless = new TreeMap<>();
    /** The profile ({@code HKCU\Network}): normalised device to remote name. */
    final TreeMap<String, String> remembered = new TreeMap<>();

    boolean networkPresent = true;
    /** Null when the profile is healthy. */
    ProfileFault profileFault;
    /** Null when no provider error is armed. */
    ProviderError providerError;
    /** Calls that reached the provider since {@link #providerError} was armed. */
    int providerCalls;
}
