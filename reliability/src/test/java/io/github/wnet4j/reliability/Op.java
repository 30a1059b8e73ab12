package io.github.wnet4j.reliability;

import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.fake.ProfileFault;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import static io.github.wnet4j.reliability.PropertyCheck.before;
import static io.github.wnet4j.reliability.PropertyCheck.pick;

/**
 * One step of a model-based sequence: seeding, faults, a call, or the next logon. Names come from
 * small pools so that steps meet each other (the same device in different spellings, a remote name in
 * two cases, names that are no device at all).
 */
sealed interface Op {

    /** Devices the sequences seed, in several spellings of the same few devices. */
    List<String> DEVICES = List.of("Z:", "z:", "Y:", "X:", "LPT1:", "lpt1", "LPT2");
    /**
     * Remote names, some equal but for case, some with non-ASCII letters, and pairs that are equal
     * only when folded per unit ({@code ſ} and {@code S}, {@code ı} and {@code I}) or only when
     * folded a whole string at a time ({@code ß} and {@code SS}, {@code ﬀ} and {@code FF}): row 13.
     */
    List<String> REMOTE_NAMES = List.of("\\\\srv\\share", "\\\\SRV\\Share", "\\\\srv\\other", "\\\\sérvér\\dàta",
            "\\\\SÉRVÉR\\DÀTA", "\\\\srv\\ſhare", "\\\\srv\\straße", "\\\\SRV\\STRASSE", "\\\\srv\\ı",
            "\\\\SRV\\I", "\\\\srv\\İ", "\\\\srv\\ﬀ", "\\\\SRV\\FF");
    /** Names that look close to a connection but name none (row 14). */
    List<String> NOT_NAMES = List.of("Z", "Z:\\", "ZZ:", "LPT0:", "LPT10:", "\\\\srv\\share\\", "\\\\", "\\\\srv", " ");
    /** dwFlags values for the raw calls: no flag, CONNECT_UPDATE_PROFILE, and bits these functions do not define. */
    List<Integer> RAW_FLAGS = List.of(0, 1, 2, 3, 0x40000, 0xFF000000, 0xFF000001, -1);

    /**
     * Names the api rejects before any backend runs, for the reads: null, empty, U+0000 alone, at the
     * end and in the middle, unpaired high and low surrogates, and 32,768 units; beside a legitimate
     * 32,767-unit path (the longest a call may pass) and a properly paired surrogate.
     */
    List<String> HOSTILE = java.util.Arrays.asList(null, "", "\0", "Z:\0", "Z:\0\\srv", "Z:\uD800", "\uDC00Z:",
            "Z:\\" + "a".repeat(32_764), "Z:\\" + "a".repeat(32_765), "Z:\\\uD83D\uDE00");
    /**
     * Paths for WNetGetUniversalName: drive-based (R13, R14), with {@code ..} that is passed on as it
     * is, {@code Z:} vs {@code Z:\} vs {@code Z:\\}, and paths that are not drive-based: a drive-relative
     * path, a UNC path, a server without a share, a printer port (R15), a forward slash.
     */
    List<String> PATHS = List.of("Z:\\dir\\f.txt", "Z:", "Z:\\", "Z:\\\\", "z:\\DIR\\..\\..\\f.txt", "Y:\\..",
            "X:\\a\\.\\b", "LPT1:", "LPT1:\\x", "Z:dir", "\\\\srv\\share\\dir", "\\\\srv", "Z", "ZZ:\\x", "Z:/x");

    ExtendedError ACCESS_DENIED = new ExtendedError(5, "Zugriff verweigert", "Microsoft Windows Network");

    /** {@code connectDevice(device, remoteName, options)}. */
    record ConnectDevice(String device, String remoteName, boolean persistent, int openFiles, boolean inUse) implements Op {
    }

    /** {@code connectDeviceless(remoteName, options)}. */
    record ConnectDeviceless(String remoteName, int openFiles, boolean inUse) implements Op {
    }

    /** {@code remember(device, remoteName)}. */
    record Remember(String device, String remoteName) implements Op {
    }

    /** {@code openFiles(name, count)}. */
    record SetOpenFiles(String name, int count) implements Op {
    }

    /** {@code usedByProcess(name, inUse)}. */
    record SetInUse(String name, boolean inUse) implements Op {
    }

    /** {@code armProfileFault(fault)}, or {@code clearProfileFault()} for null. */
    record ProfileFaultOp(ProfileFault fault) implements Op {
    }

    /** {@code armProviderError(...)} with a firing rule, or {@code disarmProviderError()} when {@code how} is null. */
    record ProviderErrorOp(ReferenceModel.Firing how, int passingCalls) implements Op {
    }

    /** {@code networkPresent(present)}. */
    record Network(boolean present) implements Op {
    }

    /** {@code nextLogon()}. */
    record NextLogon() implements Op {
    }

    /** {@code cancelConnection2} through the api, with {@code Set.of()} or {@code CONNECT_UPDATE_PROFILE}. */
    record Cancel2(String name, boolean updateProfile, boolean force) implements Op {
    }

    /** The legacy {@code cancelConnection} through the api. */
    record Cancel(String name, boolean force) implements Op {
    }

    /** {@code WNetCancelConnection2W} through the backend SPI with any dwFlags bits. */
    record RawCancel2(String name, int flags, boolean force) implements Op {
    }

    /** Later steps are made in the elevated twin ({@code true}) or the desktop session: a step picks its session. */
    record UseSession(boolean elevated) implements Op {
    }

    /** A read: it changes nothing, and the harness checks so. */
    sealed interface Read extends Op {
    }

    /** {@code ConnectionReader.getConnection(name)}. */
    record GetConnection(String name) implements Read {
        @Override
        public String toString() {
            return "GetConnection[" + show(name) + "]";
        }
    }

    /** {@code connections()}, or {@code rememberedConnections()} when {@code remembered}. */
    record Enumerate(boolean remembered) implements Read {
    }

    /** {@code universalName(path)}, or {@code remoteNameInfo(path)} when {@code remoteLevel}. */
    record UniversalName(String path, boolean remoteLevel) implements Read {
        @Override
        public String toString() {
            return "UniversalName[" + show(path) + (remoteLevel ? ", REMOTE_NAME_INFO" : ", UNIVERSAL_NAME_INFO") + "]";
        }
    }

    /**
     * Whether a step asks for the universal name of a path so long that the answer would pass 32,767
     * units (the connection name comes before the path's remainder). The C double carries at most
     * 32,767 units each way and records such an answer as a model failure; the specification does not
     * say what Windows answers. Until it does, the natives' properties draw no such step (the fake's
     * still do).
     */
    static boolean universalNameBeyondTheDouble(Op op) {
        return op instanceof UniversalName u && u.path() != null && u.path().length() > LONGEST_PATH_THE_DOUBLE_ANSWERS;
    }

    /** 32,767 units less the longest remote name the pools seed (13 units) and the drive's two. */
    int LONGEST_PATH_THE_DOUBLE_ANSWERS = 32_767 - 13 + 2;

    /** A name as a failure message shows it: long names by their length and ends, so the steps stay readable. */
    static String show(String name) {
        return name == null || name.length() <= 80 ? String.valueOf(name)
                : name.substring(0, 12) + "...(" + name.length() + " units)..." + name.substring(name.length() - 12);
    }

    // ------------------------------------------------------------------ generation and shrinking

    /** How often each kind of step is drawn, in the order of {@link #random}'s switch. */
    int[] WEIGHTS = {8, 4, 3, 2, 2, 1, 1, 1, 2, 10, 5, 4, 4, 3, 4, 5};
    /** How many of {@link #WEIGHTS}' kinds are seeding and cancels, the mix the sequences had before the reads. */
    int CANCEL_SIDE_KINDS = 12;
    /** How many kinds a logon with one session draws: all but {@link UseSession}, the last. */
    int ONE_SESSION_KINDS = 15;

    /** A random step of any kind, reads included. */
    static Op random(SplittableRandom r) {
        return random(r, WEIGHTS.length);
    }

    /** A random step of the first {@code kinds} kinds: {@link #CANCEL_SIDE_KINDS} for seeding and cancels only. */
    static Op random(SplittableRandom r, int kinds) {
        int total = 0;
        for (int w : java.util.Arrays.copyOf(WEIGHTS, kinds)) {
            total += w;
        }
        int roll = r.nextInt(total);
        int kind = 0;
        while (roll >= WEIGHTS[kind]) {
            roll -= WEIGHTS[kind++];
        }
        return switch (kind) {
            case 0 -> new ConnectDevice(pick(r, DEVICES), pick(r, REMOTE_NAMES), r.nextBoolean(), r.nextInt(3), r.nextBoolean());
            case 1 -> new ConnectDeviceless(pick(r, REMOTE_NAMES), r.nextInt(3), r.nextBoolean());
            case 2 -> new Remember(pick(r, DEVICES), pick(r, REMOTE_NAMES));
            case 3 -> new SetOpenFiles(r.nextBoolean() ? pick(r, DEVICES) : pick(r, REMOTE_NAMES), r.nextInt(3));
            case 4 -> new SetInUse(r.nextBoolean() ? pick(r, DEVICES) : pick(r, REMOTE_NAMES), r.nextBoolean());
            case 5 -> new ProfileFaultOp(r.nextInt(3) == 0 ? null : pick(r, List.of(ProfileFault.CANNOT_OPEN, ProfileFault.MALFORMED)));
            case 6 -> new ProviderErrorOp(r.nextInt(4) == 0 ? null : pick(r, List.of(ReferenceModel.Firing.values())), r.nextInt(4));
            case 7 -> new Network(r.nextBoolean());
            case 8 -> new NextLogon();
            case 9 -> new Cancel2(callName(r), r.nextBoolean(), r.nextBoolean());
            case 10 -> new Cancel(callName(r), r.nextBoolean());
            case 11 -> new RawCancel2(callName(r), pick(r, RAW_FLAGS), r.nextBoolean());
            case 12 -> new GetConnection(r.nextInt(6) == 0 ? pick(r, HOSTILE) : callName(r));
            case 13 -> new Enumerate(r.nextBoolean());
            case 14 -> new UniversalName(r.nextInt(6) == 0 ? pick(r, HOSTILE) : pick(r, PATHS), r.nextBoolean());
            default -> new UseSession(r.nextBoolean());
        };
    }

    /** A name to call: a device, a remote name or a name that names nothing, one time in three each. */
    private static String callName(SplittableRandom r) {
        return switch (r.nextInt(3)) {
            case 0 -> pick(r, DEVICES);
            case 1 -> pick(r, REMOTE_NAMES);
            default -> pick(r, NOT_NAMES);
        };
    }

    /**
     * Simpler versions of a step, for shrinking: each argument moved towards its simplest value (the
     * pool's first name, no open files, false), one argument at a time.
     */
    static List<Op> simpler(Op op) {
        List<Op> out = new ArrayList<>();
        if (op instanceof ConnectDevice c) {
            simplerName(c.device(), DEVICES, d -> out.add(new ConnectDevice(d, c.remoteName(), c.persistent(), c.openFiles(), c.inUse())));
            simplerName(c.remoteName(), REMOTE_NAMES, n -> out.add(new ConnectDevice(c.device(), n, c.persistent(), c.openFiles(), c.inUse())));
            if (c.persistent()) {
                out.add(new ConnectDevice(c.device(), c.remoteName(), false, c.openFiles(), c.inUse()));
            }
            for (int f = 0; f < c.openFiles(); f++) {
                out.add(new ConnectDevice(c.device(), c.remoteName(), c.persistent(), f, c.inUse()));
            }
            if (c.inUse()) {
                out.add(new ConnectDevice(c.device(), c.remoteName(), c.persistent(), c.openFiles(), false));
            }
        } else if (op instanceof ConnectDeviceless c) {
            simplerName(c.remoteName(), REMOTE_NAMES, n -> out.add(new ConnectDeviceless(n, c.openFiles(), c.inUse())));
            for (int f = 0; f < c.openFiles(); f++) {
                out.add(new ConnectDeviceless(c.remoteName(), f, c.inUse()));
            }
            if (c.inUse()) {
                out.add(new ConnectDeviceless(c.remoteName(), c.openFiles(), false));
            }
        } else if (op instanceof Remember m) {
            simplerName(m.device(), DEVICES, d -> out.add(new Remember(d, m.remoteName())));
            simplerName(m.remoteName(), REMOTE_NAMES, n -> out.add(new Remember(m.device(), n)));
        } else if (op instanceof SetOpenFiles f) {
            for (int n = 0; n < f.count(); n++) {
                out.add(new SetOpenFiles(f.name(), n));
            }
        } else if (op instanceof SetInUse u && u.inUse()) {
            out.add(new SetInUse(u.name(), false));
        } else if (op instanceof UseSession u && u.elevated()) {
            out.add(new UseSession(false));
        } else if (op instanceof ProviderErrorOp p && p.passingCalls() > 0) {
            out.add(new ProviderErrorOp(p.how(), 0));
        } else if (op instanceof Cancel2 c) {
            simplerCallName(c.name(), n -> out.add(new Cancel2(n, c.updateProfile(), c.force())));
            if (c.updateProfile()) {
                out.add(new Cancel2(c.name(), false, c.force()));
            }
            if (c.force()) {
                out.add(new Cancel2(c.name(), c.updateProfile(), false));
            }
        } else if (op instanceof Cancel c) {
            simplerCallName(c.name(), n -> out.add(new Cancel(n, c.force())));
            if (c.force()) {
                out.add(new Cancel(c.name(), false));
            }
        } else if (op instanceof GetConnection g) {
            if (HOSTILE.contains(g.name())) {
                simplerName(g.name(), HOSTILE, n -> out.add(new GetConnection(n)));
            } else {
                simplerCallName(g.name(), n -> out.add(new GetConnection(n)));
            }
        } else if (op instanceof UniversalName u) {
            simplerName(u.path(), HOSTILE.contains(u.path()) ? HOSTILE : PATHS, p -> out.add(new UniversalName(p, u.remoteLevel())));
            if (u.remoteLevel()) {
                out.add(new UniversalName(u.path(), false));
            }
        } else if (op instanceof RawCancel2 c) {
            out.add(new Cancel2(c.name(), (c.flags() & 1) != 0, c.force())); // the api call is the simpler step
            before(RAW_FLAGS, c.flags()).forEach(f -> out.add(new RawCancel2(c.name(), f, c.force())));
            if (c.force()) {
                out.add(new RawCancel2(c.name(), c.flags(), false));
            }
        }
        return out;
    }

    private static void simplerName(String name, List<String> pool, Consumer<String> add) {
        before(pool, name).forEach(add);
    }

    private static void simplerCallName(String name, Consumer<String> add) {
        for (List<String> pool : List.of(DEVICES, REMOTE_NAMES, NOT_NAMES)) {
            simplerName(name, pool, add);
        }
    }
}
