package io.github.wnet4j.fake;

import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.WNetFunction;
import io.github.wnet4j.fake.CancelRules.Verdict;
import io.github.wnet4j.fake.UserState.DeviceMap;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
            for (Consumer<UserState> variant : variants()) {
                UserState t = seeded();
                DeviceMap desktop = t.desktopMap();
                variant.accept(t);
                for (WNetFunction function : CANCELS) {
                    for (String name : NAMES) {
                        for (int flags : new int[] {0, 1, 0xFF}) {
                            for (boolean force : new boolean[] {false, true}) {
                                LogonState before = t.snapshot(desktop);
                                ProviderError armed = t.providerError;
                                long calls = t.providerCalls;
                                ProfileFault fault = t.profileFault;

                                Verdict v = CancelRules.decide(t, desktop, profile, function, name, flags, force);

                                String call = profile.name() + " " + function + "(" + name + ", " + flags + ", " + force + ")";
                                assertEquals(before, t.snapshot(desktop), call + " changed the state");
                                assertSame(armed, t.providerError, call + " changed the armed provider error");
                                assertEquals(calls, t.providerCalls, call + " changed the provider's call count");
                                assertSame(fault, t.profileFault, call + " changed the profile fault");
                                if (v.code() != ErrorCode.NO_ERROR.value()) {
                                    assertFalse(v.changesState(), call + " failed with " + v + " but changes the state");
                                    assertEquals(List.of(), v.endedDevices(), call + " failed but ends devices");
                                    assertNull(v.endedDeviceless(), call + " failed but ends a deviceless connection");
                                    assertNull(v.forgottenDevice(), call + " failed but forgets a remembered entry");
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
            UserState t = seeded();
            DeviceMap otherSession = t.newDeviceMap();
            for (WNetFunction function : CANCELS) {
                for (String name : NAMES) {
                    for (int flags : new int[] {0, 1, 0xFF}) {
                        for (boolean force : new boolean[] {false, true}) {
                            Verdict v = CancelRules.decide(t, otherSession, profile, function, name, flags, force);
                            String call = profile.name() + " " + function + "(" + name + ", " + flags + ", " + force + ") in another session";
                            assertEquals(List.of(), v.endedDevices(), call + " ends a connection it does not have");
                            assertNull(v.endedDeviceless(), call);
                            // S5 (a cancel in a session that does not have the connection): row 7 (a remembered
                            // device that is not connected, CONNECT_UPDATE_PROFILE) forgets; everything else finds nothing.
                            boolean forgets = v.forgottenDevice() != null;
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
    private static UserState seeded() {
        UserState t = new UserState();
        t.connectDevice(t.desktopMap(), "Z:", SHARE, o -> o.persistent().openFiles(2));
        t.connectDevice(t.desktopMap(), "Y:", SHARE, ConnectionOptions::usedByProcess);
        t.connectDeviceless(t.desktopMap(), SHARE, o -> o.openFiles(1));
        t.remember(t.desktopMap(), "X:", "\\\\srv\\old");
        return t;
    }

    private static List<Consumer<UserState>> variants() {
        List<Consumer<UserState>> all = new ArrayList<>();
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
}
