package io.github.wnet4j.fake;

import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.WNetFunction;
import io.github.wnet4j.fake.CancelRules.Verdict;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The decision procedure's own contract: deciding reads the state and changes nothing (the adapter
 * applies the verdict), and a verdict that fails a call changes nothing but an armed provider
 * error's count. The behaviour itself is checked through the public API by FakeLogonTest and the
 * conformance suite.
 */
class CancelRulesTest {

    private static final String SHARE = "\\\\srv\\share";
    private static final List<String> NAMES = List.of("Z:", "y:", "X:", "W:", "LPT1", SHARE.toUpperCase(),
            "\\\\srv\\none", "Z:\\", "ZZ:");
    private static final java.util.List<WNetFunction> CANCELS = java.util.List.of(WNetFunction.CANCEL_CONNECTION2, WNetFunction.CANCEL_CONNECTION);
    private static final ExtendedError PROVIDER = new ExtendedError(53, "The network path was not found.", "test");

    @Test
    void decidingChangesNothingAndAFailedVerdictChangesOnlyTheProviderCount() {
        int decided = 0;
        for (BehaviourProfile profile : BehaviourProfile.presets()) {
            for (Consumer<LogonTables> variant : variants()) {
                LogonTables t = seeded();
                variant.accept(t);
                for (WNetFunction function : CANCELS) {
                    for (String name : NAMES) {
                        for (int flags : new int[] {0, 1, 0xFF}) {
                            for (boolean force : new boolean[] {false, true}) {
                                LogonState before = t.snapshot(0);
                                ProviderError armed = t.providerError;
                                long calls = t.providerCalls;
                                ProfileFault fault = t.profileFault;

                                Verdict v = CancelRules.decide(t, profile, function, name,
                                        LogonTables.deviceIndex(name), 0, flags, force);

                                String call = profile.name() + " " + function + "(" + name + ", " + flags + ", " + force + ")";
                                assertEquals(before, t.snapshot(0), call + " changed the state");
                                assertSame(armed, t.providerError, call + " changed the armed provider error");
                                assertEquals(calls, t.providerCalls, call + " changed the provider's call count");
                                assertSame(fault, t.profileFault, call + " changed the profile fault");
                                if (v.code() != ErrorCode.NO_ERROR.value()) {
                                    int stateChanges = v.changes()
                                            & ~(Verdict.COUNT_PROVIDER_CALL | Verdict.DISARM_PROVIDER_ERROR);
                                    assertEquals(0, stateChanges, call + " failed with " + v + " but changes the state");
                                    assertEquals(0L, v.devices(), call + " failed but ends devices");
                                    assertNull(v.deviceless(), call + " failed but ends a deviceless connection");
                                }
                                assertTrue((v.extendedError() != null) == (v.code() == ErrorCode.ERROR_EXTENDED_ERROR.value()),
                                        call + ": an extended error comes with 1208 and only with it: " + v);
                                decided++;
                            }
                        }
                    }
                }
            }
        }
        assertEquals(BehaviourProfile.presets().size() * variants().size() * CANCELS.size()
                * NAMES.size() * 3 * 2, decided);
    }

    @Test
    void inASessionWithoutTheConnectionsACancelOnlyForgetsOrAnswersNotConnected() {
        for (BehaviourProfile profile : BehaviourProfile.presets()) {
            LogonTables t = seeded();
            int otherSession = t.newDeviceMap();
            for (WNetFunction function : CANCELS) {
                for (String name : NAMES) {
                    for (int flags : new int[] {0, 1, 0xFF}) {
                        for (boolean force : new boolean[] {false, true}) {
                            Verdict v = CancelRules.decide(t, profile, function, name, LogonTables.deviceIndex(name),
                                    otherSession, flags, force);
                            String call = profile.name() + " " + function + "(" + name + ", " + flags + ", " + force + ") in another session";
                            assertEquals(0, v.changes() & Verdict.DROP_LIVE, call + " ends a connection it does not have");
                            assertEquals(0L, v.devices(), call);
                            assertNull(v.deviceless(), call);
                            // S5: row 7 (remembered, CONNECT_UPDATE_PROFILE) forgets; everything else finds nothing.
                            boolean forgets = (v.changes() & Verdict.FORGET) != 0;
                            assertEquals(forgets ? ErrorCode.NO_ERROR.value() : ErrorCode.ERROR_NOT_CONNECTED.value(), v.code(), call);
                            boolean remembered = List.of("Z:", "X:").contains(name);
                            boolean updates = (CancelRules.actingFlags(profile, function, flags) & 1) != 0;
                            assertEquals(remembered && updates, forgets, call);
                        }
                    }
                }
            }
        }
    }

    /** Z: persistent with open files, Y: in use, both and a deviceless connection to SHARE, X: remembered only. */
    private static LogonTables seeded() {
        LogonTables t = new LogonTables();
        Seeding.device(t, 0, LogonTables.deviceIndex("Z:"), SHARE, options(o -> o.persistent().openFiles(2)));
        Seeding.device(t, 0, LogonTables.deviceIndex("Y:"), SHARE, options(ConnectionOptions::usedByProcess));
        Seeding.deviceless(t, 0, SHARE, options(o -> o.openFiles(1)));
        Seeding.remember(t, 0, LogonTables.deviceIndex("X:"), "\\\\srv\\old");
        return t;
    }

    private static List<Consumer<LogonTables>> variants() {
        List<Consumer<LogonTables>> all = new ArrayList<>();
        all.add(t -> { });
        all.add(t -> t.profileFault = ProfileFault.MALFORMED);
        all.add(t -> t.networkPresent = false);
        all.add(t -> t.providerError = ProviderError.of(PROVIDER).once());
        all.add(t -> t.providerError = ProviderError.of(PROVIDER).afterCalls(1));
        all.add(t -> {
            t.providerError = ProviderError.of(PROVIDER).afterCalls(1);
            t.providerCalls = 1;
        });
        return all;
    }

    private static ConnectionOptions options(Consumer<ConnectionOptions> set) {
        return Seeding.options(set);
    }
}
