package io.github.wnet4j.reliability;

import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.fake.ProfileFault;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.List;

/**
 * One step of a model-based sequence: seeding, faults, a call, or the next logon. Names come from
 * small pools so that steps meet each other (the same device in different spellings, a remote name in
 * two cases, names that are no device at all).
 */
sealed interface Op {

    /** Devices the sequences seed, in several spellings of the same few devices. */
    List<String> DEVICES = List.of("Z:", "z:", "Y:", "X:", "LPT1:", "lpt1", "LPT2");
    /** Remote names, some equal but for case, one with non-ASCII letters. */
    List<String> REMOTE_NAMES = List.of("\\\\srv\\share", "\\\\SRV\\Share", "\\\\srv\\other", "\\\\sérvér\\dàta",
            "\\\\SÉRVÉR\\DÀTA");
    /** Names that look close to a connection but name none (row 14). */
    List<String> NOT_NAMES = List.of("Z", "Z:\\", "ZZ:", "LPT0:", "LPT10:", "\\\\srv\\share\\", "\\\\", "\\\\srv", " ");
    /** dwFlags values for the raw calls: no flag, CONNECT_UPDATE_PROFILE, and bits these functions do not define. */
    List<Integer> RAW_FLAGS = List.of(0, 1, 2, 3, 0x40000, 0xFF000000, 0xFF000001, -1);

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

    // ------------------------------------------------------------------ generators

    static Arbitrary<Op> any() {
        Arbitrary<String> device = Arbitraries.of(DEVICES);
        Arbitrary<String> remote = Arbitraries.of(REMOTE_NAMES);
        Arbitrary<String> callName = Arbitraries.oneOf(device, remote, Arbitraries.of(NOT_NAMES));
        Arbitrary<Integer> files = Arbitraries.integers().between(0, 2);
        Arbitrary<Boolean> bool = Arbitraries.of(false, true);
        Arbitrary<Op> connectDevice = Combinators.combine(device, remote, bool, files, bool)
                .as(ConnectDevice::new);
        Arbitrary<Op> connectDeviceless = Combinators.combine(remote, files, bool).as(ConnectDeviceless::new);
        Arbitrary<Op> remember = Combinators.combine(device, remote).as(Remember::new);
        Arbitrary<Op> setOpenFiles = Combinators.combine(Arbitraries.oneOf(device, remote), files).as(SetOpenFiles::new);
        Arbitrary<Op> setInUse = Combinators.combine(Arbitraries.oneOf(device, remote), bool).as(SetInUse::new);
        Arbitrary<Op> profileFault = Arbitraries.of(ProfileFault.CANNOT_OPEN, ProfileFault.MALFORMED)
                .injectNull(0.34).map(ProfileFaultOp::new);
        Arbitrary<Op> providerError = Combinators.combine(
                Arbitraries.of(ReferenceModel.Firing.class).injectNull(0.25),
                Arbitraries.integers().between(0, 3)).as(ProviderErrorOp::new);
        Arbitrary<Op> network = bool.map(Network::new);
        Arbitrary<Op> cancel2 = Combinators.combine(callName, bool, bool).as(Cancel2::new);
        Arbitrary<Op> cancel = Combinators.combine(callName, bool).as(Cancel::new);
        Arbitrary<Op> raw = Combinators.combine(callName, Arbitraries.of(RAW_FLAGS), bool).as(RawCancel2::new);
        return Arbitraries.frequencyOf(
                Tuple.of(8, connectDevice),
                Tuple.of(4, connectDeviceless),
                Tuple.of(3, remember),
                Tuple.of(2, setOpenFiles),
                Tuple.of(2, setInUse),
                Tuple.of(1, profileFault),
                Tuple.of(1, providerError),
                Tuple.of(1, network),
                Tuple.of(2, Arbitraries.just(new NextLogon())),
                Tuple.of(10, cancel2),
                Tuple.of(5, cancel),
                Tuple.of(4, raw));
    }
}
