package io.github.wnet4j;

import io.github.wnet4j.spi.ConnectionAnswer;
import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.UniversalNameAnswer;
import io.github.wnet4j.spi.WNetBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static io.github.wnet4j.ScriptedReadBackend.disk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the door's reads pass to the backend, what it reads back, and the read outcomes' messages. */
class WNetReadTest {
    private static final ExtendedError PROVIDER_ERROR = new ExtendedError(53, "The network path was not found.", "Microsoft Windows Network");

    private final ScriptedReadBackend backend = new ScriptedReadBackend();
    private final ConnectionReader reader = WNet.over("scripted", backend);

    @Test
    void aConnectedDeviceAnswersItsRemoteName() {
        backend.lookups.put("z:", new ConnectionAnswer(0, "\\\\Srv\\Share"));
        LookupOutcome z = reader.getConnection("z:");
        assertTrue(z.isConnected());
        assertEquals(Optional.of("\\\\Srv\\Share"), z.remoteName());
        assertTrue(z.pointsAt("\\\\SRV\\share"), "compared as Windows compares names");
        assertFalse(z.pointsAt("\\\\srv\\other"));
        assertEquals("WNetGetConnection(\"z:\") succeeded (NO_ERROR)", z.describe());
        assertSame(z, z.orThrow());
        assertEquals(List.of("getConnection z:"), backend.calls);
    }

    @Test
    void aRememberedOnlyDeviceKeepsTheRememberedNameAndANameBesideAnotherCodeIsDropped() {
        backend.lookups.put("Y:", new ConnectionAnswer(1201, "\\\\srv\\old"));
        backend.lookups.put("X:", new ConnectionAnswer(2250, "\\\\srv\\garbage"));
        LookupOutcome y = reader.getConnection("Y:");
        assertTrue(y.isRememberedOnly());
        assertEquals(Optional.of("\\\\srv\\old"), y.remoteName());
        assertTrue(y.pointsAt("\\\\srv\\old"));
        LookupOutcome x = reader.getConnection("X:");
        assertTrue(x.isNotConnected());
        assertEquals(Optional.empty(), x.remoteName());
        WNetException e = assertThrows(WNetException.class, y::orThrow);
        assertEquals("WNetGetConnection(\"Y:\") failed with ERROR_CONNECTION_UNAVAIL (1201): "
                + ErrorCode.ERROR_CONNECTION_UNAVAIL.meaning() + " " + ErrorCode.ERROR_CONNECTION_UNAVAIL.remedy(), e.getMessage());
        assertEquals("Y:", e.name());
        assertEquals(WNetFunction.GET_CONNECTION, e.function());
        assertSame(y, e.outcome());
    }

    @Test
    void theExtendedErrorIsReadOnTheCallingThreadRightAfter1208ForEveryRead() {
        backend.extendedError = PROVIDER_ERROR;
        backend.lookups.put("Z:", new ConnectionAnswer(1208, null));
        backend.listings.put(NetResource.RESOURCE_CONNECTED, new EnumerationAnswer(1208, "WNetEnumResource", List.of()));
        backend.universal.put("Z:\\f 1", new UniversalNameAnswer(1208, null, null, null));
        String thread = Thread.currentThread().getName();
        assertEquals(Optional.of(PROVIDER_ERROR), reader.getConnection("Z:").extendedError());
        ListingOutcome listing = reader.connections();
        assertEquals(Optional.of(PROVIDER_ERROR), listing.extendedError());
        assertEquals(WNetFunction.ENUM_RESOURCE, listing.function());
        assertEquals(Optional.of(PROVIDER_ERROR), reader.universalName("Z:\\f").extendedError());
        assertEquals(List.of("getConnection Z:", "lastExtendedError " + thread, "enumerate 1 0 0", "lastExtendedError " + thread,
                "getUniversalName Z:\\f 1", "lastExtendedError " + thread), backend.calls);
        String m = assertThrows(WNetException.class, listing::orThrow).getMessage();
        assertTrue(m.startsWith("WNetEnumResource after WNetOpenEnum(RESOURCE_CONNECTED, RESOURCETYPE_ANY) failed with "
                + "ERROR_EXTENDED_ERROR (1208)"), m);
        assertTrue(m.contains(PROVIDER_ERROR.describe()), m);
    }

    @Test
    void noOtherCodeReadsTheExtendedError() {
        backend.lookups.put("Z:", new ConnectionAnswer(1222, null));
        assertEquals(Optional.empty(), reader.getConnection("Z:").extendedError());
        assertEquals(List.of("getConnection Z:"), backend.calls);
    }

    @Test
    void listingsAskForTheScopeWithTypeAnyAndKeepEveryField() {
        NetResource print = new NetResource(1, 2, 3, 1, "LPT1:", "\\\\srv\\printer", null, "Microsoft Windows Network");
        NetResource deviceless = new NetResource(1, 1, 3, 1, null, "\\\\srv\\IPC$", null, null);
        backend.connected(disk(1, "Z:", "\\\\srv\\share"), print, deviceless);
        backend.remembered(disk(3, "Y:", "\\\\srv\\old"));
        ListingOutcome connected = reader.connections();
        assertEquals(ReadArgument.CONNECTED, connected.scope());
        assertEquals(List.of(
                NetworkConnection.of("Z:", "\\\\srv\\share", ResourceType.DISK, "Microsoft Windows Network"),
                NetworkConnection.of("LPT1:", "\\\\srv\\printer", ResourceType.PRINT, "Microsoft Windows Network"),
                NetworkConnection.of(null, "\\\\srv\\IPC$", ResourceType.DISK, "")), connected.connections());
        assertEquals(Optional.empty(), connected.connections().get(2).device());
        assertEquals("srv", connected.connections().get(2).server());
        assertEquals(3, connected.to("\\\\SRV").size());
        assertEquals(0, connected.to("other").size());
        ListingOutcome remembered = reader.rememberedConnections();
        assertEquals(ReadArgument.REMEMBERED, remembered.scope());
        assertEquals("Y:", remembered.connections().get(0).device().orElseThrow());
        assertEquals(List.of("enumerate 1 0 0", "enumerate 3 0 0"), backend.calls);
        assertEquals("WNetOpenEnum(RESOURCE_REMEMBERED, RESOURCETYPE_ANY) succeeded (NO_ERROR)", remembered.describe());
    }

    @Test
    void aFailedListingHasNoEntriesAndNamesItsFailingCall() {
        backend.listings.put(NetResource.RESOURCE_CONNECTED, new EnumerationAnswer(1222, "WNetOpenEnum", List.of()));
        ListingOutcome listing = reader.connections();
        assertEquals(WNetFunction.OPEN_ENUM, listing.function());
        assertEquals(List.of(), listing.connections());
        assertTrue(listing.is(ErrorCode.ERROR_NO_NETWORK));
        assertEquals(null, assertThrows(WNetException.class, listing::orThrow).name(), "an enumeration takes no name");
    }

    @Test
    void anEntryWithoutARemoteNameIsABackendDefectNamedAsSuch() {
        backend.connected(new NetResource(1, 1, 3, 1, "Z:", null, null, null));
        IllegalStateException e = assertThrows(IllegalStateException.class, reader::connections);
        assertTrue(e.getMessage().contains("backend scripted listed an entry with no remote name"), e.getMessage());
    }

    @Test
    void universalNamesAtBothLevels() {
        backend.universal.put("Z:\\dir\\f.txt 1", new UniversalNameAnswer(0, "\\\\srv\\share\\dir\\f.txt", null, null));
        backend.universal.put("Z:\\dir\\f.txt 2", new UniversalNameAnswer(0, "\\\\srv\\share\\dir\\f.txt", "\\\\srv\\share", "\\dir\\f.txt"));
        UniversalNameOutcome one = reader.universalName("Z:\\dir\\f.txt");
        assertEquals(ReadArgument.UNIVERSAL_NAME_INFO, one.level());
        assertEquals(Optional.of("\\\\srv\\share\\dir\\f.txt"), one.universalName());
        assertEquals(Optional.empty(), one.connectionName());
        UniversalNameOutcome two = reader.remoteNameInfo("Z:\\dir\\f.txt");
        assertEquals(Optional.of("\\\\srv\\share"), two.connectionName());
        assertEquals(Optional.of("\\dir\\f.txt"), two.remainingPath());
        UniversalNameOutcome failed = reader.remoteNameInfo("C:\\Windows");
        assertEquals(Optional.empty(), failed.universalName());
        assertEquals("WNetGetUniversalName(\"C:\\Windows\", REMOTE_NAME_INFO_LEVEL) failed with ERROR_NOT_CONNECTED (2250): "
                + ErrorCode.ERROR_NOT_CONNECTED.meaning() + " Nothing is redirected there (the device is not mapped, or is a local"
                + " disk), so there is no remote name to read.", assertThrows(WNetException.class, failed::orThrow).getMessage());
        assertTrue(reader.getConnection("Q:").describe().endsWith("so there is no remote name to read."),
                "a read's ERROR_NOT_CONNECTED does not speak of cancelling");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Z:\u0000x", "Z:\uD800", "\uDC00"})
    void badNamesNeverReachTheBackend(String name) {
        for (Consumer<String> call : List.<Consumer<String>>of(reader::getConnection, reader::universalName, reader::remoteNameInfo)) {
            assertThrows(IllegalArgumentException.class, () -> call.accept(name));
        }
        assertThrows(IllegalArgumentException.class, () -> reader.getConnection("x".repeat(32_768)));
        assertEquals(List.of(), backend.calls);
    }

    @Test
    void nullNamesNeverReachTheBackend() {
        assertThrows(NullPointerException.class, () -> reader.getConnection(null));
        assertThrows(NullPointerException.class, () -> reader.universalName(null));
        assertThrows(NullPointerException.class, () -> reader.remoteNameInfo(null));
        assertEquals(List.of(), backend.calls);
    }

    @Test
    void aBackendThatCannotReadAnswersNotSupportedAndTheOutcomesSaySo() {
        ConnectionReader r = WNet.over("cancel-only", RecordingBackend.answering(WNetBackend.ERROR_NOT_SUPPORTED));
        assertTrue(r.getConnection("Z:").is(ErrorCode.ERROR_NOT_SUPPORTED));
        assertTrue(r.connections().is(ErrorCode.ERROR_NOT_SUPPORTED));
        assertTrue(r.universalName("Z:\\f").is(ErrorCode.ERROR_NOT_SUPPORTED));
        assertEquals("cancel-only", r.backendName());
    }

    @Test
    void theBackendContractHasNoDefaultMethods() {
        // A backend states every function; one it cannot perform answers ERROR_NOT_SUPPORTED itself.
        assertEquals(List.of(), Arrays.stream(WNetBackend.class.getMethods()).filter(Method::isDefault).map(Method::getName).toList());
    }

    @Test
    void aNullAnswerIsABackendDefectNamedAsSuch() {
        WNetBackend broken = new RecordingBackend() {
            @Override
            public ConnectionAnswer getConnection(String localName) {
                return null;
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WNet.over("broken", broken).getConnection("Z:"));
        assertTrue(e.getMessage().contains("backend broken returned null from getConnection"), e.getMessage());
    }

    @Test
    void everyReadOutcomeIsAWNetOutcomeAndOnly1208CarriesAnExtendedError() {
        assertInstanceOf(WNetOutcome.class, reader.getConnection("Z:"));
        assertThrows(IllegalArgumentException.class, () -> LookupOutcome.of("Z:", 2250, null, PROVIDER_ERROR));
        assertThrows(IllegalArgumentException.class, () -> ListingOutcome.of(ReadArgument.CONNECTED, WNetFunction.OPEN_ENUM, 0, List.of(), PROVIDER_ERROR));
        assertThrows(IllegalArgumentException.class, () -> new WNetException(reader.connections()), "NO_ERROR is not a failure");
    }
}
