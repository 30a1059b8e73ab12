package io.github.wnet4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The outcomes as records: a test outside the library builds them with their public constructors to
 * stub the API, and they then equal, describe and throw as the ones the library makes (through the
 * factories its validating calls use); the checks each constructor makes.
 */
class OutcomeRecordsTest {
    private static final ExtendedError PROVIDER_ERROR = new ExtendedError(53, "The network path was not found.", "Microsoft Windows Network");
    private static final NetworkConnection Z = NetworkConnection.of("Z:", "\\\\srv\\share", ResourceType.DISK, "");
    private static final NetworkConnection IPC = NetworkConnection.of(null, "\\\\srv\\IPC$", ResourceType.DISK, "");

    @Test
    void aCancelOutcomeAUserBuildsIsTheOneTheLibraryMakes() {
        CancelOutcome built = new CancelOutcome(WNetFunction.CANCEL_CONNECTION2, "Z:",
                new HashSet<>(Set.of(CancelFlag.CONNECT_UPDATE_PROFILE)), false, 2401, Optional.empty());
        CancelOutcome made = CancelOutcome.of(WNetFunction.CANCEL_CONNECTION2, "Z:",
                Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), false, 2401, null);
        assertEquals(made, built);
        assertEquals(made.hashCode(), built.hashCode());
        assertEquals("WNetCancelConnection2(\"Z:\", CONNECT_UPDATE_PROFILE, force=false) failed with ERROR_OPEN_FILES (2401): "
                + ErrorCode.ERROR_OPEN_FILES.meaning() + " " + ErrorCode.ERROR_OPEN_FILES.remedy(), built.describe());
        assertEquals(built.describe(), built.toString());
        WNetException e = assertThrows(WNetException.class, built::orThrow);
        assertEquals(built.describe(), e.getMessage());
        assertSame(built, e.outcome());
        assertEquals("Z:", e.name());
        assertThrows(WNetException.class, built::orThrowUnlessNotConnected);
        CancelOutcome gone = new CancelOutcome(WNetFunction.CANCEL_CONNECTION, "Z:", Set.of(), true, 2250, Optional.empty());
        assertSame(gone, gone.orThrowUnlessNotConnected());
        assertTrue(gone.isSuccessOrNotConnected());
        assertEquals(Optional.of(ErrorCode.ERROR_NOT_CONNECTED), gone.knownCode());
    }

    @Test
    void aCancelOutcomeRefusesWhatNoCancelAnswers() {
        assertThrows(IllegalArgumentException.class, () -> new CancelOutcome(WNetFunction.GET_CONNECTION, "Z:", Set.of(), false, 0, Optional.empty()));
        IllegalArgumentException legacy = assertThrows(IllegalArgumentException.class, () -> new CancelOutcome(WNetFunction.CANCEL_CONNECTION,
                "Z:", Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), false, 0, Optional.empty()));
        assertTrue(legacy.getMessage().contains("takes no flags"), legacy.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CancelOutcome(WNetFunction.CANCEL_CONNECTION2, "Z:", Set.of(), false, 2250,
                Optional.of(PROVIDER_ERROR)));
        NullPointerException none = assertThrows(NullPointerException.class, () -> new CancelOutcome(WNetFunction.CANCEL_CONNECTION2, "Z:",
                Set.of(), false, 0, null));
        assertTrue(none.getMessage().contains("Optional.empty()"), none.getMessage());
        assertThrows(NullPointerException.class, () -> new CancelOutcome(WNetFunction.CANCEL_CONNECTION2, null, Set.of(), false, 0, Optional.empty()));
        assertThrows(NullPointerException.class, () -> new CancelOutcome(WNetFunction.CANCEL_CONNECTION2, "Z:", null, false, 0, Optional.empty()));
        CancelOutcome extended = new CancelOutcome(WNetFunction.CANCEL_CONNECTION2, "Z:", Set.of(), false, 1208, Optional.of(PROVIDER_ERROR));
        assertTrue(extended.describe().contains(PROVIDER_ERROR.describe()), extended.describe());
    }

    @Test
    void aLookupAUserBuildsDropsANameBesideACodeThatCarriesNone() {
        LookupOutcome built = new LookupOutcome("Z:", 0, Optional.of("\\\\srv\\share"), Optional.empty());
        assertEquals(LookupOutcome.of("Z:", 0, "\\\\srv\\share", null), built);
        assertTrue(built.pointsAt("\\\\SRV\\SHARE"));
        assertSame(built, built.orThrow());
        assertEquals("WNetGetConnection(\"Z:\") succeeded (NO_ERROR) [remote name \"\\\\srv\\share\"]", built.toString());
        LookupOutcome notConnected = new LookupOutcome("Z:", 2250, Optional.of("\\\\srv\\share"), Optional.empty());
        assertEquals(Optional.empty(), notConnected.remoteName());
        assertFalse(notConnected.pointsAt("\\\\srv\\share"));
        assertEquals(LookupOutcome.of("Z:", 2250, null, null), notConnected);
        WNetException e = assertThrows(WNetException.class, notConnected::orThrow);
        assertEquals(WNetFunction.GET_CONNECTION, e.function());
        assertEquals(Optional.of("\\\\srv\\old"), new LookupOutcome("Y:", 1201, Optional.of("\\\\srv\\old"), Optional.empty()).remoteName());
        assertThrows(NullPointerException.class, () -> new LookupOutcome("Z:", 2250, null, Optional.empty()));
    }

    @Test
    void aListingCopiesItsEntriesAndKeepsNoneOnFailure() {
        List<NetworkConnection> entries = new ArrayList<>(List.of(Z, IPC));
        ListingOutcome built = new ListingOutcome(ReadArgument.CONNECTED, WNetFunction.OPEN_ENUM, 0, entries, Optional.empty());
        entries.clear();
        assertEquals(List.of(Z, IPC), built.connections());
        assertThrows(UnsupportedOperationException.class, () -> built.connections().clear());
        assertEquals(ListingOutcome.of(ReadArgument.CONNECTED, WNetFunction.OPEN_ENUM, 0, List.of(Z, IPC), null), built);
        assertEquals(List.of(Z, IPC), built.to("\\\\SRV"));
        assertEquals(List.of(), built.to("other"));
        ListingOutcome failed = new ListingOutcome(ReadArgument.REMEMBERED, WNetFunction.ENUM_RESOURCE, 1208, List.of(Z),
                Optional.of(PROVIDER_ERROR));
        assertEquals(List.of(), failed.connections());
        assertEquals("WNetEnumResource after WNetOpenEnum(RESOURCE_REMEMBERED, RESOURCETYPE_ANY)", failed.describeCall());
        WNetException e = assertThrows(WNetException.class, failed::orThrow);
        assertEquals(Optional.of(PROVIDER_ERROR), e.extendedError());
    }

    @Test
    void aListingRefusesAnArgumentOrFunctionThatIsNotAnEnumerations() {
        IllegalArgumentException level = assertThrows(IllegalArgumentException.class, () -> new ListingOutcome(ReadArgument.REMOTE_NAME_INFO,
                WNetFunction.OPEN_ENUM, 0, List.of(), Optional.empty()));
        assertEquals("scope REMOTE_NAME_INFO is an argument of WNetGetUniversalName, not of WNetOpenEnum", level.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ListingOutcome(ReadArgument.CONNECTED, WNetFunction.GET_CONNECTION, 2250,
                List.of(), Optional.empty()));
        assertThrows(NullPointerException.class, () -> new ListingOutcome(ReadArgument.CONNECTED, WNetFunction.OPEN_ENUM, 0, null, Optional.empty()));
        List<NetworkConnection> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> new ListingOutcome(ReadArgument.CONNECTED, WNetFunction.OPEN_ENUM, 0, withNull, Optional.empty()));
    }

    @Test
    void aUniversalNameKeepsTheNamesItsLevelAndCodeCarry() {
        UniversalNameOutcome remote = new UniversalNameOutcome("Z:\\d\\f", ReadArgument.REMOTE_NAME_INFO, 0,
                Optional.of("\\\\srv\\share\\d\\f"), Optional.of("\\\\srv\\share"), Optional.of("\\d\\f"), Optional.empty());
        assertEquals(UniversalNameOutcome.of("Z:\\d\\f", ReadArgument.REMOTE_NAME_INFO, 0, "\\\\srv\\share\\d\\f", "\\\\srv\\share",
                "\\d\\f", null), remote);
        assertEquals("WNetGetUniversalName(\"Z:\\d\\f\", REMOTE_NAME_INFO_LEVEL)", remote.describeCall());
        UniversalNameOutcome universal = new UniversalNameOutcome("Z:\\d\\f", ReadArgument.UNIVERSAL_NAME_INFO, 0,
                Optional.of("\\\\srv\\share\\d\\f"), Optional.of("\\\\srv\\share"), Optional.of("\\d\\f"), Optional.empty());
        assertEquals(Optional.empty(), universal.connectionName(), "UNIVERSAL_NAME_INFO_LEVEL carries the universal name alone");
        assertEquals(Optional.empty(), universal.remainingPath());
        UniversalNameOutcome failed = new UniversalNameOutcome("Z:\\d\\f", ReadArgument.REMOTE_NAME_INFO, 1201,
                Optional.of("\\\\srv\\share\\d\\f"), Optional.of("\\\\srv\\share"), Optional.of("\\d\\f"), Optional.empty());
        assertEquals(Optional.empty(), failed.universalName());
        assertEquals("Z:\\d\\f", assertThrows(WNetException.class, failed::orThrow).name());
        assertThrows(IllegalArgumentException.class, () -> new UniversalNameOutcome("Z:", ReadArgument.CONNECTED, 0,
                Optional.of("\\\\srv\\share\\"), Optional.empty(), Optional.empty(), Optional.empty()));
        assertThrows(NullPointerException.class, () -> new UniversalNameOutcome("Z:", ReadArgument.UNIVERSAL_NAME_INFO, 2250,
                Optional.empty(), null, Optional.empty(), Optional.empty()));
    }

    @Test
    void eachReadArgumentNamesTheFunctionThatTakesItAndTheValuePassed() {
        assertEquals(WNetFunction.OPEN_ENUM, ReadArgument.CONNECTED.function());
        assertEquals(1, ReadArgument.CONNECTED.value());
        assertEquals(3, ReadArgument.REMEMBERED.value());
        assertEquals(WNetFunction.GET_UNIVERSAL_NAME, ReadArgument.UNIVERSAL_NAME_INFO.function());
        assertEquals(1, ReadArgument.UNIVERSAL_NAME_INFO.value());
        assertEquals(2, ReadArgument.REMOTE_NAME_INFO.value());
        assertEquals("REMOTE_NAME_INFO_LEVEL", ReadArgument.REMOTE_NAME_INFO.win32Name());
    }

    @Test
    void aGuardedCancelHasACancelExactlyWhenItDecidedToCancel() {
        LookupOutcome lookup = LookupOutcome.of("Z:", 0, "\\\\srv\\share", null);
        CancelOutcome cancel = CancelOutcome.of(WNetFunction.CANCEL_CONNECTION2, "Z:", Set.of(), false, 0, null);
        GuardedCancelOutcome done = new GuardedCancelOutcome("\\\\srv\\share", lookup, GuardedCancelOutcome.Decision.CANCELLED,
                Optional.of(cancel));
        assertTrue(done.isDone());
        assertSame(done, done.orThrow());
        assertEquals(done, new GuardedCancelOutcome("\\\\srv\\share", lookup, GuardedCancelOutcome.Decision.CANCELLED, Optional.of(cancel)));
        assertThrows(IllegalArgumentException.class, () -> new GuardedCancelOutcome("\\\\srv\\share", lookup,
                GuardedCancelOutcome.Decision.CANCELLED, Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new GuardedCancelOutcome("\\\\srv\\other", lookup,
                GuardedCancelOutcome.Decision.POINTS_ELSEWHERE, Optional.of(cancel)));
        LookupOutcome noNetwork = LookupOutcome.of("Z:", 1222, null, null);
        GuardedCancelOutcome failed = new GuardedCancelOutcome("\\\\srv\\share", noNetwork, GuardedCancelOutcome.Decision.LOOKUP_FAILED,
                Optional.empty());
        assertFalse(failed.isDone());
        assertSame(noNetwork, assertThrows(WNetException.class, failed::orThrow).outcome());
    }

    @Test
    void aServerCleanupCopiesItsCancelsAndTakesEachListingOfItsOwnScope() {
        ListingOutcome connected = ListingOutcome.of(ReadArgument.CONNECTED, WNetFunction.OPEN_ENUM, 0, List.of(Z), null);
        ListingOutcome remembered = ListingOutcome.of(ReadArgument.REMEMBERED, WNetFunction.OPEN_ENUM, 0, List.of(), null);
        List<ServerCleanupOutcome.Cancelled> cancels = new ArrayList<>(List.of(new ServerCleanupOutcome.Cancelled(Z,
                CancelOutcome.of(WNetFunction.CANCEL_CONNECTION2, "Z:", Set.of(), false, 2401, null))));
        ServerCleanupOutcome built = new ServerCleanupOutcome("srv", connected, Optional.of(remembered), cancels);
        cancels.clear();
        assertEquals(1, built.cancels().size());
        assertFalse(built.isDone());
        assertEquals(ErrorCode.ERROR_OPEN_FILES.value(), assertThrows(WNetException.class, built::orThrow).code());
        assertThrows(IllegalArgumentException.class, () -> new ServerCleanupOutcome("srv", remembered, Optional.empty(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ServerCleanupOutcome("srv", connected, Optional.of(connected), List.of()));
        assertThrows(NullPointerException.class, () -> new ServerCleanupOutcome("srv", connected, null, List.of()));
        assertTrue(new ServerCleanupOutcome("srv", connected, Optional.empty(), List.of()).isDone());
    }

    @Test
    void aNetworkConnectionIsAValueWithItsServer() {
        NetworkConnection built = new NetworkConnection(Optional.of("Z:"), "\\\\srv\\share", ResourceType.DISK, "");
        assertEquals(Z, built);
        assertEquals(Z.hashCode(), built.hashCode());
        assertNotEquals(Z, NetworkConnection.of("Y:", "\\\\srv\\share", ResourceType.DISK, ""));
        assertEquals("srv", built.server());
        assertEquals("(no device) -> \\\\srv\\IPC$ (DISK)", IPC.toString());
        assertThrows(NullPointerException.class, () -> new NetworkConnection(null, "\\\\srv\\share", ResourceType.DISK, ""));
        assertThrows(NullPointerException.class, () -> NetworkConnection.of("Z:", "\\\\srv\\share", ResourceType.DISK, null));
    }
}
