package io.github.wnet4j.reliability;

import io.github.wnet4j.ConnectRequest;
import io.github.wnet4j.Credentials;
import io.github.wnet4j.ResourceType;
import io.github.wnet4j.WNetFunction;
import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.fake.ProfileFault;
import io.github.wnet4j.fake.SimulatedNetwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The connect sequences' steps, their random generation and shrinking, and the simulated network they run
 * against: {@code \\nas} with a disk share {@code backup} and a printer {@code laser}, the accounts
 * {@code svc} and {@code ops} ({@code ops} denied {@code backup}); {@code \\old}, unreachable; every other
 * server open (every share, every account). Local drive {@code C:}.
 */
final class ConnectSteps {

    /** The passwords these tests use; {@link PasswordLeakTest} looks for each in everything the tests capture. */
    static final String SVC_PASSWORD = "Svc-Pa55-7731-kestrel";
    static final String OPS_PASSWORD = "Ops-Pa55-5520-heron";
    static final String WRONG_PASSWORD = "Wrong-Pa55-9042-osprey";
    static final String OWN_PASSWORD = "Own-Pa55-3318-plover";
    static final List<String> PASSWORDS = List.of(SVC_PASSWORD, OPS_PASSWORD, WRONG_PASSWORD, OWN_PASSWORD);

    /** The logon's local drives (C3: 85, never picked, C15). */
    static final Set<String> LOCAL_DRIVES = Set.of("C:");

    /** The network every connect sequence runs against. */
    static final SimulatedNetwork NETWORK = SimulatedNetwork.builder()
            .server("nas", s -> s.share("backup").share("laser", SimulatedNetwork.ShareType.PRINT)
                    .account("svc", SVC_PASSWORD.toCharArray()).account("ops", OPS_PASSWORD.toCharArray())
                    .deny("ops", "backup"))
            .server("old", s -> s.unreachable())
            .build();

    static final List<String> DEVICES = List.of("Z:", "Y:", "z:", "LPT1:", "C:", "ZZ:");
    static final List<String> REMOTES = List.of("\\\\nas\\backup", "\\\\fs1\\apps", "\\\\NAS\\Backup", "\\\\nas\\laser",
            "\\\\nas\\IPC$", "\\\\fs1\\apps\\sub", "\\\\nas\\missing", "\\\\old\\data", "\\\\FS1\\APPS", "\\\\fs1", "fs1share");

    /** Who connects: the logon's own credentials, or explicit ones. */
    enum Cred {
        OWN(null, null), SVC("svc", SVC_PASSWORD), SVC_NO_PASSWORD("svc", null), SVC_WRONG("svc", WRONG_PASSWORD),
        OPS("ops", OPS_PASSWORD), GHOST("ghost", WRONG_PASSWORD), OWN_WITH_PASSWORD(null, OWN_PASSWORD);

        final String user;
        final String password;

        Cred(String user, String password) {
            this.user = user;
            this.password = password;
        }

        /** Fresh credentials for one request (the caller closes them), or null for the logon's own. */
        Credentials make() {
            if (user == null) {
                return password == null ? null : Credentials.password(password.toCharArray());
            }
            return password == null ? Credentials.user(user) : Credentials.of(user, password.toCharArray());
        }
    }

    /** How a connection is asked for. */
    enum Kind { DEVICE, DEVICE_ADD3, DEVICE_USE, DEVICELESS, ANY_FREE, ANY_FREE_PRINT, LEGACY, LEGACY_DEVICELESS }

    /** A step. */
    sealed interface Step {
    }

    /** A connect call. */
    record Connect(Kind kind, String device, String remoteName, Cred cred, boolean remembered) implements Step {
        /** The request (with fresh credentials the caller closes), or throws for a combination the api refuses. */
        ConnectRequest request(Credentials credentials) {
            ConnectRequest r = switch (kind) {
                case DEVICE -> ConnectRequest.device(device, remoteName);
                case DEVICE_ADD3 -> ConnectRequest.device(device, remoteName).using(WNetFunction.ADD_CONNECTION3);
                case DEVICE_USE -> ConnectRequest.device(device, remoteName).using(WNetFunction.USE_CONNECTION);
                case DEVICELESS -> ConnectRequest.deviceless(remoteName);
                case ANY_FREE -> ConnectRequest.anyFreeDevice(remoteName);
                case ANY_FREE_PRINT -> ConnectRequest.anyFreeDevice(remoteName).ofType(ResourceType.PRINT);
                case LEGACY -> ConnectRequest.legacy(remoteName, device);
                case LEGACY_DEVICELESS -> ConnectRequest.legacy(remoteName, null);
            };
            if (credentials != null) {
                r = r.with(credentials);
            }
            return remembered ? r.remembered() : r;
        }

        boolean legacy() {
            return kind == Kind.LEGACY || kind == Kind.LEGACY_DEVICELESS;
        }

        /** The device named in the call, or null. */
        String named() {
            return switch (kind) {
                case DEVICE, DEVICE_ADD3, DEVICE_USE, LEGACY -> device;
                default -> null;
            };
        }
    }

    /** WNetCancelConnection2 with flags 0 or CONNECT_UPDATE_PROFILE, no force. */
    record Cancel(String name, boolean updateProfile) implements Step {
    }

    record NetworkPresent(boolean present) implements Step {
    }

    record Busy(boolean busy) implements Step {
    }

    /** A provider error armed to fire once. */
    record ProviderFails() implements Step {
    }

    /** A profile fault armed (null: cleared). */
    record Fault(ProfileFault fault) implements Step {
    }

    record NextLogon() implements Step {
    }

    /** Later calls are made in the other session of the user (the desktop session or its elevated twin). */
    record UseSession() implements Step {
    }

    /** One case: the profile, the user's sessions (the desktop alone, or with its elevated twin, linked or not), and the steps. */
    record Sequence(BehaviourProfile profile, ModelSequences.Twin twin, List<Step> steps) {
        @Override
        public String toString() {
            return steps.size() + " steps under " + profile + (twin == ModelSequences.Twin.NONE ? "" : " with the elevated twin " + twin)
                    + ": " + steps;
        }
    }

    static final int STEPS = 30;

    private ConnectSteps() {
    }

    static Step random(SplittableRandom r, boolean twin) {
        if (twin && r.nextInt(10) == 0) {
            return new UseSession();
        }
        int k = r.nextInt(100);
        if (k < 60) {
            Kind kind = PropertyCheck.pick(r, List.of(Kind.values()));
            Cred cred = PropertyCheck.pick(r, List.of(Cred.values()));
            if ((kind == Kind.LEGACY || kind == Kind.LEGACY_DEVICELESS) && cred.user != null) {
                cred = r.nextBoolean() ? Cred.OWN : Cred.OWN_WITH_PASSWORD;
            }
            boolean remembered = !(kind == Kind.LEGACY || kind == Kind.LEGACY_DEVICELESS) && r.nextInt(3) == 0;
            return new Connect(kind, PropertyCheck.pick(r, DEVICES), PropertyCheck.pick(r, REMOTES), cred, remembered);
        }
        if (k < 85) {
            List<String> names = new ArrayList<>(DEVICES);
            names.addAll(REMOTES.subList(0, 6));
            return new Cancel(PropertyCheck.pick(r, names), r.nextBoolean());
        }
        return switch (r.nextInt(7)) {
            case 0 -> new NetworkPresent(r.nextInt(3) > 0);
            case 1 -> new Busy(r.nextInt(3) == 0);
            case 2 -> new ProviderFails();
            case 3, 4 -> new Fault(r.nextBoolean() ? null : PropertyCheck.pick(r, List.of(ProfileFault.values())));
            default -> new NextLogon();
        };
    }

    /** Simpler versions of a step: the first device and remote name, the logon's own credentials, not remembered. */
    static List<Step> simpler(Step step) {
        if (!(step instanceof Connect c)) {
            return List.of();
        }
        List<Step> out = new ArrayList<>();
        PropertyCheck.before(DEVICES, c.device()).forEach(d -> out.add(new Connect(c.kind(), d, c.remoteName(), c.cred(), c.remembered())));
        PropertyCheck.before(REMOTES, c.remoteName()).forEach(n -> out.add(new Connect(c.kind(), c.device(), n, c.cred(), c.remembered())));
        if (c.cred() != Cred.OWN) {
            out.add(new Connect(c.kind(), c.device(), c.remoteName(), Cred.OWN, c.remembered()));
        }
        if (c.remembered()) {
            out.add(new Connect(c.kind(), c.device(), c.remoteName(), c.cred(), false));
        }
        return out;
    }

    /**
     * Sequences of {@link #STEPS} steps under the profile {@code profiles} draws, shrunk by steps and arguments
     * (the profile and the sessions kept); with {@code twins}, one in three in the desktop session alone and
     * the others with its elevated twin, linked or not, {@link UseSession} steps moving the calls between them.
     */
    static PropertyCheck<Sequence> over(String property, java.util.function.Function<SplittableRandom, BehaviourProfile> profiles,
                                        boolean twins) {
        PropertyCheck.Shrinker<List<Step>> steps = PropertyCheck.list(ConnectSteps::simpler);
        return PropertyCheck.of(property,
                r -> {
                    BehaviourProfile profile = profiles.apply(r);
                    ModelSequences.Twin twin = twins ? PropertyCheck.pick(r, List.of(ModelSequences.Twin.values())) : ModelSequences.Twin.NONE;
                    boolean two = twin != ModelSequences.Twin.NONE;
                    return new Sequence(profile, twin, IntStream.range(0, STEPS).mapToObj(i -> random(r, two)).toList());
                },
                s -> steps.simpler(s.steps()).stream().map(shorter -> new Sequence(s.profile(), s.twin(), shorter)).toList());
    }

    /** A profile with each of the connect side's two disputed points (C12, C18) drawn, over a drawn preset. */
    static BehaviourProfile anyConnectCombination(SplittableRandom r) {
        BehaviourProfile preset = PropertyCheck.pick(r, BehaviourProfile.presets());
        boolean logonFailure = r.nextBoolean();
        boolean temporary = r.nextBoolean();
        return preset.toBuilder(preset.name() + (logonFailure ? "-lf" : "") + (temporary ? "-tmp" : ""))
                .logonFailureForBadPassword(logonFailure).legacyAddTemporary(temporary).build();
    }

    /**
     * The test's own reading of {@link #NETWORK}'s answer (C11, C12 and C13's kinds), in the order of the
     * specification's steps 8 and 9.
     *
     * @param printDevice whether the device is a printer port; null for no device
     */
    static int access(String server, String share, Boolean printDevice, String user, String password, BehaviourProfile profile) {
        String s = ReferenceModel.key(server);
        String sh = ReferenceModel.key(share);
        if (s.equals("OLD")) {
            return ConnectReferenceModel.BAD_NETPATH;
        }
        boolean nas = s.equals("NAS");
        if (nas && !sh.equals("IPC$") && !sh.equals("BACKUP") && !sh.equals("LASER")) {
            return ConnectReferenceModel.BAD_NET_NAME;
        }
        if (printDevice != null && (sh.equals("IPC$") || nas && printDevice != sh.equals("LASER"))) {
            return ConnectReferenceModel.BAD_DEV_TYPE;
        }
        if (!nas || user == null) {
            return ConnectReferenceModel.NO_ERROR;
        }
        String u = ReferenceModel.key(user);
        String expected = u.equals("SVC") ? SVC_PASSWORD : u.equals("OPS") ? OPS_PASSWORD : null;
        if (expected == null) {
            return ConnectReferenceModel.LOGON_FAILURE;
        }
        if (password != null && !password.equals(expected)) {
            return profile.logonFailureForBadPassword() ? ConnectReferenceModel.LOGON_FAILURE : ConnectReferenceModel.INVALID_PASSWORD;
        }
        return u.equals("OPS") && sh.equals("BACKUP") ? ConnectReferenceModel.ACCESS_DENIED : ConnectReferenceModel.NO_ERROR;
    }
}
