package io.github.wnet4j.reliability;

import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.fake.Connection;
import io.github.wnet4j.fake.FakeLogon;
import io.github.wnet4j.fake.LogonState;
import io.github.wnet4j.nativetesting.MprDouble;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs one name through one backend on a freshly seeded logon, and says what happened in a form that
 * can be compared between backends: the exception (class and message) or the outcome, and which
 * seeded items changed. Shared by the corpus test and the random-string property.
 */
final class HostileNames {

    /** The ways each name is called: both functions, both flag values, both force values. */
    enum Variant {
        CANCEL2_NO_FLAGS_NO_FORCE, CANCEL2_UPDATE_PROFILE_FORCE, LEGACY_NO_FORCE, LEGACY_FORCE;

        CancelOutcome call(ConnectionCanceller c, String name) {
            return switch (this) {
                case CANCEL2_NO_FLAGS_NO_FORCE -> c.cancelConnection2(name, Set.of(), false);
                case CANCEL2_UPDATE_PROFILE_FORCE -> c.cancelConnection2(name, Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), true);
                case LEGACY_NO_FORCE -> c.cancelConnection(name, false);
                case LEGACY_FORCE -> c.cancelConnection(name, true);
            };
        }
    }

    /**
     * What a call did: {@code thrown} is "ClassName: message" or null; {@code outcome} the outcome
     * (null if thrown); {@code touched} the seeded items whose state changed ("live Z:",
     * "remembered Z:", "deviceless \\SRV\SHARE").
     */
    record Result(String thrown, CancelOutcome outcome, Set<String> touched) {
    }

    private HostileNames() {
    }

    /** The logon every hostile name meets: connections it must not cancel unless it names them. */
    static FakeLogon seededLogon() {
        return FakeLogon.create()
                .connectDevice("Z:", "\\\\srv\\share", o -> o.persistent())
                .connectDevice("X:", "\\\\srv\\busy", o -> o.openFiles(2))
                .connectDevice("LPT1:", "\\\\srv\\printer")
                .connectDeviceless("\\\\srv\\share")
                .connectDeviceless("\\\\srv\\straße")
                .connectDeviceless("\\\\srv\\ﬀ")
                .connectDeviceless("\\\\srv\\ı")
                .connectDeviceless("\\\\srv\\İ")
                .remember("Y:", "\\\\srv\\old");
    }

    /**
     * Calls {@code name} through {@code backend} ("fake", or a native backend over the double) on a
     * fresh seeded logon, and checks what holds for every backend: a rejected name reaches no backend
     * and changes nothing; a name that passes reaches the backend (and the double) exactly as given;
     * a failed call changes nothing; nothing changes that the name does not name.
     */
    static Result run(String backend, String name, Variant variant) {
        FakeLogon logon = seededLogon();
        ConnectionCanceller canceller;
        MprDouble mpr = null;
        if (backend.equals("fake")) {
            canceller = logon.canceller();
        } else {
            mpr = NativeBackends.mpr();
            mpr.serve(logon.backend());
            canceller = NativeBackends.named(backend).canceller();
        }
        LogonState before = logon.snapshot();
        String thrown = null;
        CancelOutcome outcome = null;
        try {
            outcome = variant.call(canceller, name);
        } catch (NullPointerException | IllegalArgumentException e) {
            thrown = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        LogonState after = logon.snapshot();
        String what = backend + " " + variant + " " + describe(name);
        if (thrown != null) {
            assertEquals(List.of(), logon.journal(), what + ": a rejected name must reach no backend");
            if (mpr != null) {
                assertEquals(List.of(), mpr.receivedCalls(), what + ": a rejected name must not cross to native code");
            }
        } else {
            assertEquals(1, logon.journal().size(), what + ": one call journaled");
            assertEquals(name, logon.journal().get(0).name(), what + ": the name reached the model unchanged");
            if (mpr != null) {
                assertEquals(1, mpr.receivedCalls().size(), what + ": one call crossed to native code");
                assertEquals(name, mpr.receivedCalls().get(0).name(), what + ": the name crossed unchanged, unit for unit");
            }
            if (!outcome.isSuccess()) {
                assertEquals(before, after, what + ": a failed call changes nothing");
            }
        }
        Set<String> touched = touched(before, after);
        Set<String> allowed = namedBy(name);
        assertTrue(allowed.containsAll(touched), what + ": changed " + touched + " but names only " + allowed);
        return new Result(thrown, outcome, touched);
    }

    /** The seeded items a name legitimately names, by the test's own reading (documented profile). */
    static Set<String> namedBy(String name) {
        if (name == null) {
            return Set.of();
        }
        Optional<String> device = ReferenceModel.device(name);
        if (device.isPresent()) {
            return Set.of("live " + device.get(), "remembered " + device.get());
        }
        return ReferenceModel.isRemoteName(name) ? Set.of("deviceless " + ReferenceModel.key(name)) : Set.of();
    }

    /** Which items differ between two states. */
    static Set<String> touched(LogonState before, LogonState after) {
        Set<String> items = new TreeSet<>();
        items.addAll(differing(before.deviceConnections(), after.deviceConnections(), "live "));
        items.addAll(differing(before.devicelessConnections(), after.devicelessConnections(), "deviceless "));
        Set<String> devices = new TreeSet<>(before.rememberedEntries().keySet());
        devices.addAll(after.rememberedEntries().keySet());
        for (String d : devices) {
            if (!Objects.equals(before.rememberedEntries().get(d), after.rememberedEntries().get(d))) {
                items.add("remembered " + d);
            }
        }
        return items;
    }

    private static Set<String> differing(List<Connection> before, List<Connection> after, String prefix) {
        Set<String> items = new TreeSet<>();
        List<Connection> all = new ArrayList<>(before);
        all.addAll(after);
        for (Connection c : all) {
            if (before.contains(c) != after.contains(c)) {
                items.add(prefix + c.device().orElseGet(() -> ReferenceModel.key(c.remoteName())));
            }
        }
        return items;
    }

    /** A name as a readable label: short names escaped, long ones summarised. */
    static String describe(String name) {
        if (name == null) {
            return "null";
        }
        StringBuilder s = new StringBuilder("\"");
        String shown = name.length() > 40 ? name.substring(0, 20) : name;
        for (char c : shown.toCharArray()) {
            s.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        s.append('"');
        return name.length() > 40 ? s + "... (" + name.length() + " units)" : s.toString();
    }
}
