package io.github.wnet4j.nativetesting;

import io.github.wnet4j.conformance.Capability;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the real-Windows fixture declares, and for every capability it does not, the reason, one
 * sentence each: the report of every clause skipped for want of it carries that sentence.
 */
final class WindowsCapabilities {
    /** What {@link WindowsFixture} seeds and observes on the machine itself: every capability it has no reason against. */
    static final Set<Capability> DECLARED = declared();

    private WindowsCapabilities() {
    }

    private static Set<Capability> declared() {
        Set<Capability> declared = EnumSet.noneOf(Capability.class);
        for (Capability c : Capability.values()) {
            if (whyNot(c).isEmpty()) {
                declared.add(c);
            }
        }
        return Collections.unmodifiableSet(declared);
    }

    /**
     * {@return why the fixture does not declare {@code capability}: one sentence of its own; empty for a
     * capability it declares (the first case)}
     *
     * @param capability any capability
     */
    static String whyNot(Capability capability) {
        // Exhaustive without a default, so a capability added to the suite does not compile until it is answered here.
        return switch (capability) {
            case DISK_DEVICES, PERSISTENT_CONNECTIONS, REMEMBERED_ONLY_ENTRIES, DEVICELESS_CONNECTIONS, OPEN_FILES,
                 CONNECTION_LOOKUP, ENUMERATION, UNIVERSAL_NAMES, LOCAL_DRIVE, MAKE_CONNECTIONS, DECLARED_SHARES,
                 DECLARED_ACCOUNTS, UNREACHABLE_SERVERS, DENIED_SHARES -> "";
            case PRINT_DEVICES -> "redirecting LPT1: needs a shared print queue, and the fixture installs no printer to"
                    + " share, so it never redirects a printer port";
            case PRINT_SHARES -> "sharing a print queue needs a printer installed on the machine; the fixture installs"
                    + " none, so it cannot declare a print share";
            case DEVICE_IN_USE -> "a drive in use needs a second process whose current directory is on it; the fixture"
                    + " starts none";
            case PROFILE_FAULTS -> "making Windows fail to open the user's profile (1205, 1206) would mean damaging the"
                    + " account's own registry hive, which the fixture does not do";
            case PROVIDER_ERRORS -> "a provider error (1208) needs a network provider of the fixture's own in the"
                    + " machine's provider order, and it installs none";
            case NETWORK_ABSENCE -> "ERROR_NO_NETWORK needs the Workstation service stopped, which would end the"
                    + " fixture's own connections too; taking a network adapter down does not give it (evidence E43)";
            case NEXT_LOGON -> "the next logon needs the user logged off and on again, which a process cannot do to the"
                    + " session it runs in";
            case ARBITRARY_REMOTE_NAMES -> "the fixture connects only to the shares it makes on this machine, under the"
                    + " machine's own names, so it cannot seed a connection to any server and share name the suite writes";
            case ENUMERATION_HANDLES -> "Windows does not tell a process how many WNetOpenEnum handles it holds open,"
                    + " so the fixture cannot count them";
            case LOGON_SESSIONS -> RealWindowsConformanceKit.NO_SESSIONS;
            case ISOLATED_STATE -> "a real machine has connections of its own beside the clause's, so the fixture"
                    + " cannot promise a listing holds nothing else, nor that Z: is the first free letter";
            case LOCAL_DRIVES -> "the machine's local disks are the ones it has: the fixture cannot make Z: a local"
                    + " drive (it names its real system drive through LOCAL_DRIVE instead)";
            case NETWORK_BUSY -> "ERROR_BUSY comes from a network provider still starting, a moment the fixture cannot"
                    + " bring about on a machine already running";
        };
    }
}
