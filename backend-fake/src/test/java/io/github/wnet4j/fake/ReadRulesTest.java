package io.github.wnet4j.fake;

import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.fake.ReadRules.Read;
import io.github.wnet4j.fake.UserState.DeviceMap;
import io.github.wnet4j.spi.Names;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.UniversalNameAnswer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The read rules' contract: deciding a read changes nothing at all, and the only change a read's
 * verdict asks for is the armed provider error's count (every read, in every state).
 */
class ReadRulesTest {
    private static final String SHARE = "\\\\srv\\share";
    private static final ExtendedError PROVIDER = new ExtendedError(53, "The network path was not found.", "test");
    private static final List<String> NAMES = List.of("Z:", "z:", "Y:", "X:", "W:", "LPT1", "LPT1:", "ZZ:", SHARE, "Z:\\dir\\f.txt",
            "Z:\\", "Zx", "X:\\a", "LPT1:\\x", "\\\\srv\\share\\x");

    @Test
    void decidingAReadChangesNothingAndAsksOnlyForTheProviderCount() {
        int decided = 0;
        for (Consumer<UserState> variant : variants()) {
            UserState t = seeded();
            DeviceMap desktop = t.desktopMap();
            variant.accept(t);
            List<Function<UserState, Read<?>>> reads = new ArrayList<>();
            for (String name : NAMES) {
                reads.add(state -> ReadRules.lookup(state, desktop, Names.device(name)));
                for (int level : new int[] {0, UniversalNameAnswer.UNIVERSAL_NAME_INFO_LEVEL, UniversalNameAnswer.REMOTE_NAME_INFO_LEVEL, 3}) {
                    reads.add(state -> ReadRules.universalName(state, desktop, name, level));
                }
            }
            for (int scope : new int[] {0, 1, 2, 3, 5}) {
                for (int type : new int[] {0, 1, 2, 3, 8}) {
                    reads.add(state -> ReadRules.enumerate(state, desktop, scope, type));
                }
            }
            for (Function<UserState, Read<?>> read : reads) {
                LogonState before = t.snapshot(desktop);
                ProviderError armed = t.providerError;
                long calls = t.providerCalls;
                Read<?> r = read.apply(t);
                assertEquals(before, t.snapshot(desktop), "a read changed the state: " + r);
                assertSame(armed, t.providerError, "deciding disarmed the provider error: " + r);
                assertEquals(calls, t.providerCalls, "deciding counted the call: " + r);
                assertEquals(CancelRules.providerEffect(t), r.provider(), "every read reaches the armed provider error: " + r);
                assertFalse(r.verdict().changesState(), r.toString());
                assertTrue((r.extendedError() != null) == (r.code() == ErrorCode.ERROR_EXTENDED_ERROR.value()), r.toString());
                decided++;
            }
        }
        assertEquals(variants().size() * (NAMES.size() * 5 + 25), decided);
    }

    @Test
    void anEnumerationListsDevicesInLockOrderThenDevicelessByRemoteName() {
        UserState t = seeded();
        DeviceMap desktop = t.desktopMap();
        List<NetResource> connected = ReadRules.enumerate(t, desktop, NetResource.RESOURCE_CONNECTED, 0).answer().resources();
        assertEquals(List.of("LPT1:", "Y:", "Z:", "(none)"), connected.stream()
                .map(r -> r.localName() == null ? "(none)" : r.localName()).toList());
        List<NetResource> remembered = ReadRules.enumerate(t, desktop, NetResource.RESOURCE_REMEMBERED, 0).answer().resources();
        assertEquals(List.of("X:", "Z:"), remembered.stream().map(NetResource::localName).toList());
        assertEquals(List.of("LPT1:"), ReadRules.enumerate(t, desktop, NetResource.RESOURCE_CONNECTED, 2).answer().resources().stream()
                .map(NetResource::localName).toList());
    }

    /** Z: persistent with open files, Y: in use, LPT1: a printer, a deviceless connection to SHARE, X: remembered only. */
    private static UserState seeded() {
        UserState t = new UserState();
        t.connectDevice(t.desktopMap(), "Z:", SHARE, o -> o.persistent().openFiles(2));
        t.connectDevice(t.desktopMap(), "Y:", SHARE, ConnectionOptions::usedByProcess);
        t.connectDevice(t.desktopMap(), "LPT1:", "\\\\srv\\printer", o -> { });
        t.connectDeviceless(t.desktopMap(), SHARE, o -> o.openFiles(1));
        t.remember(t.desktopMap(), "X:", "\\\\srv\\old");
        return t;
    }

    private static List<Consumer<UserState>> variants() {
        return List.of(t -> { }, t -> t.networkPresent = false,
                t -> t.providerError = ProviderError.of(PROVIDER).once(),
                t -> t.providerError = ProviderError.of(PROVIDER).always(),
                t -> t.providerError = ProviderError.of(PROVIDER).afterCalls(1));
    }
}
