package io.github.wnet4j.fake;

import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ConnectionCanceller;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.WNetFunction;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import static io.github.wnet4j.ErrorCode.ERROR_BAD_PROFILE;
import static io.github.wnet4j.ErrorCode.ERROR_CANNOT_OPEN_PROFILE;
import static io.github.wnet4j.ErrorCode.ERROR_DEVICE_IN_USE;
import static io.github.wnet4j.ErrorCode.ERROR_EXTENDED_ERROR;
import static io.github.wnet4j.ErrorCode.ERROR_NOT_CONNECTED;
import static io.github.wnet4j.ErrorCode.ERROR_NO_NETWORK;
import static io.github.wnet4j.ErrorCode.ERROR_OPEN_FILES;
import static io.github.wnet4j.ErrorCode.NO_ERROR;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FakeLogonTest {
    private static final String SHARE = "\\\\srv\\share";
    private static final String OTHER = "\\\\srv\\other";
    private static final Set<CancelFlag> NO_FLAGS = Set.of();
    private static final Set<CancelFlag> UPDATE = Set.of(CancelFlag.CONNECT_UPDATE_PROFILE);
    private static final ExtendedError E1 = new ExtendedError(53, "Der Netzwerkpfad wurde nicht gefunden.", "Microsoft Windows Network");
    private static final ExtendedError E2 = new ExtendedError(64, "The specified network name is no longer available.", "Other Provider");

    private final FakeLogon logon = FakeLogon.create();
    private final ConnectionCanceller canceller = logon.canceller();

    private static ErrorCode code(CancelOutcome outcome) {
        return outcome.knownCode().orElseThrow();
    }

    /** Asserts that the call returned {@code expected} and, if it failed, left the state as it was. */
    private static void assertCall(FakeLogon logon, ErrorCode expected, Supplier<CancelOutcome> call) {
        LogonState before = logon.snapshot();
        CancelOutcome outcome = call.get();
        assertEquals(expected, code(outcome), () -> outcome.describe() + " on " + before);
        if (expected != NO_ERROR) {
            assertEquals(before, logon.snapshot(), "a failed call changed the state");
        }
    }

    @Nested
    class Seeding {
        @Test
        void rejectsNamesThatAreNotDevicesAndNamesTheFix() {
            for (String bad : List.of("Z", "Z:\\", "ZZ:", "LPT0:", "LPT10:", "1:", "COM1:", SHARE)) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> logon.connectDevice(bad, SHARE), bad);
                assertTrue(e.getMessage().contains("is not a device") && e.getMessage().contains("\"A:\" to \"Z:\""), e.getMessage());
            }
        }

        @Test
        void rejectsRemoteNamesWithoutLeadingBackslashes() {
            for (String bad : List.of("srv\\share", "\\srv\\share", "\\\\", "Z:")) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> logon.connectDeviceless(bad), bad);
                assertTrue(e.getMessage().contains("\\\\server\\share"), e.getMessage());
            }
            assertThrows(IllegalArgumentException.class, () -> logon.connectDevice("Z:", "srv"));
            assertThrows(IllegalArgumentException.class, () -> logon.remember("Z:", "srv"));
        }

        @Test
        void rejectsASecondRedirectionOfTheSameDeviceWhateverItsCase() {
            logon.connectDevice("Z:", SHARE);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> logon.connectDevice("z:", OTHER));
            assertTrue(e.getMessage().contains("Z: is already redirected to " + SHARE), e.getMessage());
            assertEquals(Optional.of(SHARE), logon.remoteNameOf("Z:"), "the failed seeding changed nothing");
        }

        @Test
        void rejectsASecondDevicelessConnectionToTheSameRemoteName() {
            logon.connectDeviceless(SHARE);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> logon.connectDeviceless("\\\\SRV\\Share"));
            assertTrue(e.getMessage().contains("at most one per remote name"), e.getMessage());
        }

        @Test
        void rejectsAPersistentDevicelessConnection() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> logon.connectDeviceless(SHARE, ConnectionOptions::persistent));
            assertTrue(e.getMessage().contains("remembers only devices"), e.getMessage());
            assertFalse(logon.hasDevicelessConnection(SHARE));
        }

        @Test
        void rejectsRememberingADeviceThatIsRedirectedOrRemembered() {
            logon.connectDevice("Z:", SHARE).remember("Y:", OTHER);
            assertTrue(assertThrows(IllegalArgumentException.class, () -> logon.remember("Z:", SHARE))
                    .getMessage().contains("o -> o.persistent()"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> logon.remember("y:", SHARE))
                    .getMessage().contains("already remembered"));
            assertEquals(Optional.of(OTHER), logon.rememberedRemoteName("Y:"));
            assertFalse(logon.isRemembered("Z:"));
        }

        @Test
        void rejectsOpenFilesAndInUseOnNoLiveConnectionAndNegativeCounts() {
            logon.remember("Z:", SHARE);
            assertTrue(assertThrows(IllegalArgumentException.class, () -> logon.openFiles("Z:", 1))
                    .getMessage().contains("no live connection named \"Z:\""));
            assertThrows(IllegalArgumentException.class, () -> logon.usedByProcess(SHARE, true));
            logon.connectDevice("Y:", SHARE);
            assertThrows(IllegalArgumentException.class, () -> logon.openFiles("Y:", -1));
            assertThrows(IllegalArgumentException.class, () -> logon.connectDevice("X:", SHARE, o -> o.printJobs(-2)));
            assertEquals(0, logon.openFiles("Y:"));
        }

        @Test
        void acceptsLptWithoutColonAndNormalisesDevices() {
            logon.connectDevice("lpt1", "\\\\srv\\printer", o -> o.printJobs(3)).connectDevice("z:", SHARE);
            assertEquals(List.of(new Connection(Optional.of("LPT1:"), "\\\\srv\\printer", false, 3, false),
                    new Connection(Optional.of("Z:"), SHARE, false, 0, false)), logon.connections());
            assertEquals(3, logon.openFiles("LPT1:"));
        }

        @Test
        void optionsAndLaterChangesShowInTheConnection() {
            logon.connectDevice("Z:", SHARE, o -> o.persistent().openFiles(2).usedByProcess())
                    .connectDeviceless(OTHER, o -> o.openFiles(1))
                    .openFiles("Z:", 5).usedByProcess("Z:", false).usedByProcess(OTHER, true);
            assertEquals(List.of(new Connection(Optional.of("Z:"), SHARE, true, 5, false), new Connection(Optional.empty(), OTHER, false, 1, true)),
                    logon.connections());
        }

        @Test
        void aPersistentConnectionNeverReplacesWhatTheProfileRememberedForTheDevice() {
            // Specification row 16: this used to replace the entry; SeedingIntegrityTest has the full set.
            logon.remember("Z:", OTHER);
            assertThrows(IllegalArgumentException.class, () -> logon.connectDevice("Z:", SHARE, ConnectionOptions::persistent));
            assertEquals(Optional.of(OTHER), logon.rememberedRemoteName("Z:"));
        }
    }

    @Nested
    class Queries {
        @Test
        void namesCompareCaseInsensitively() {
            logon.connectDevice("Z:", "\\\\Sërver\\Share", ConnectionOptions::persistent).connectDeviceless("\\\\srv\\共有")
                    .connectDevice("Y:", "\\\\SËRVER\\share");
            assertTrue(logon.isConnected("z:"));
            assertEquals(Optional.of("\\\\Sërver\\Share"), logon.remoteNameOf("z:"), "the remote name as seeded");
            assertTrue(logon.isRemembered("z:"));
            assertTrue(logon.hasDevicelessConnection("\\\\SRV\\共有"));
            assertEquals(List.of("Y:", "Z:"), logon.connectionsTo("\\\\sërver\\SHARE").stream()
                    .map(c -> c.device().orElseThrow()).toList());
        }

        @Test
        void rememberedOnlyIsNotConnected() {
            logon.remember("Z:", SHARE);
            assertFalse(logon.isConnected("Z:"));
            assertEquals(Optional.empty(), logon.remoteNameOf("Z:"));
            assertTrue(logon.isRemembered("Z:"));
            assertEquals(List.of(), logon.connections());
        }

        @Test
        void namesThatAreNotDevicesAreNeitherConnectedNorRemembered() {
            logon.connectDevice("Z:", SHARE, ConnectionOptions::persistent);
            assertFalse(logon.isConnected("Z:\\"));
            assertFalse(logon.isRemembered("Z"));
            assertEquals(0, logon.openFiles("\\\\srv\\nothing"));
        }

        @Test
        void snapshotIsAnImmutableValue() {
            logon.connectDevice("Z:", SHARE, ConnectionOptions::persistent).remember("Y:", OTHER).connectDeviceless(OTHER);
            LogonState state = logon.snapshot();
            FakeLogon twin = FakeLogon.create().connectDeviceless(OTHER).remember("Y:", OTHER)
                    .connectDevice("Z:", SHARE, ConnectionOptions::persistent);
            assertEquals(state, twin.snapshot(), "seeding order does not matter");
            assertEquals(state.hashCode(), twin.snapshot().hashCode());
            assertEquals(Map.of("Y:", OTHER, "Z:", SHARE), state.rememberedEntries());
            assertThrows(UnsupportedOperationException.class, () -> state.rememberedEntries().clear());
            assertThrows(UnsupportedOperationException.class, () -> state.deviceConnections().clear());

            canceller.cancelConnection2("Z:", NO_FLAGS, false);
            assertNotEquals(state, logon.snapshot());
            assertEquals(1, state.deviceConnections().size(), "a snapshot does not follow later changes");
        }

        @Test
        void toStringShowsTheState() {
            logon.connectDevice("Z:", SHARE, o -> o.persistent().openFiles(2).usedByProcess()).networkPresent(false)
                    .armProfileFault(ProfileFault.MALFORMED);
            String text = logon.toString();
            assertTrue(text.contains("documented"), text);
            assertTrue(text.contains("Z: -> \\\\srv\\share (persistent, 2 open files, in use)"), text);
            assertTrue(text.contains("remembered {Z:=\\\\srv\\share}"), text);
            assertTrue(text.contains("network absent"), text);
            assertTrue(text.contains("MALFORMED"), text);
        }
    }

    /** One or two cases per step of the decision procedure; the conformance suite covers the rest. */
    @Nested
    class Rules {
        @Test
        void row12NoNetworkAnswersEveryNameFirst() {
            logon.connectDevice("Z:", SHARE).networkPresent(false).armProviderError(ProviderError.of(E1));
            for (String name : List.of("Z:", SHARE, "Q:", "nonsense")) {
                assertCall(logon, ERROR_NO_NETWORK, () -> canceller.cancelConnection2(name, UPDATE, true));
            }
            logon.networkPresent(true).disarmProviderError();
            assertCall(logon, NO_ERROR, () -> canceller.cancelConnection2("Z:", NO_FLAGS, false));
        }

        @Test
        void row11ProviderErrorComesBeforeEverythingElseAndChangesNothing() {
            logon.connectDevice("Z:", SHARE).armProviderError(ProviderError.of(E1).once());
            CancelOutcome outcome = canceller.cancelConnection2("Z:", NO_FLAGS, false);
            assertEquals(ERROR_EXTENDED_ERROR, code(outcome));
            assertEquals(Optional.of(E1), outcome.extendedError());
            assertTrue(logon.isConnected("Z:"));
        }

        @Test
        void rows4And6FlagsZeroBreaksButRemembers() {
            logon.connectDevice("Z:", SHARE, ConnectionOptions::persistent).connectDevice("Y:", OTHER);
            assertCall(logon, NO_ERROR, () -> canceller.cancelConnection2("Z:", NO_FLAGS, false));
            assertCall(logon, NO_ERROR, () -> canceller.cancelConnection2("Y:", UPDATE, false));
            assertFalse(logon.isConnected("Z:"));
            assertFalse(logon.isConnected("Y:"));
            assertEquals(Optional.of(SHARE), logon.rememberedRemoteName("Z:"));
        }

        @Test
        void row5UpdateProfileForgetsAPersistentDevice() {
            logon.connectDevice("Z:", SHARE, ConnectionOptions::persistent);
            assertCall(logon, NO_ERROR, () -> canceller.cancelConnection2("z:", UPDATE, false));
            assertEquals(new LogonState(List.of(), List.of(), new TreeMap<>(), true), logon.snapshot());
        }

        @Test
        void row7RememberedOnlyIsForgottenOnlyWithUpdateProfile() {
            logon.remember("Z:", SHARE);
            assertCall(logon, ERROR_NOT_CONNECTED, () -> canceller.cancelConnection2("Z:", NO_FLAGS, true));
            assertCall(logon, NO_ERROR, () -> canceller.cancelConnection2("Z:", UPDATE, false));
            assertFalse(logon.isRemembered("Z:"));
            assertCall(logon, ERROR_NOT_CONNECTED, () -> canceller.cancelConnection2("Z:", UPDATE, false));
        }

        @Test
        void row8OpenFilesRefuseWithoutForceAndCloseWithIt() {
            logon.connectDevice("LPT2:", "\\\\srv\\printer", o -> o.printJobs(4));
            assertCall(logon, ERROR_OPEN_FILES, () -> canceller.cancelConnection2("LPT2", NO_FLAGS, false));
            assertEquals(4, logon.openFiles("LPT2:"));
            assertCall(logon, NO_ERROR, () -> canceller.cancelConnection2("LPT2", NO_FLAGS, true));
            assertEquals(0, logon.openFiles("LPT2:"));
        }

        @Test
        void row9InUseIsCheckedBeforeOpenFilesAndForceDoesNotOverrideIt() {
            logon.connectDevice("Z:", SHARE, o -> o.openFiles(1).usedByProcess());
            assertCall(logon, ERROR_DEVICE_IN_USE, () -> canceller.cancelConnection2("Z:", NO_FLAGS, false));
            assertCall(logon, ERROR_DEVICE_IN_USE, () -> canceller.cancelConnection2("Z:", NO_FLAGS, true));
        }

        @Test
        void row9ForceOverridesInUseUnderThatProfile() {
            FakeLogon other = FakeLogon.create(BehaviourProfile.forceOverridesInUse()).connectDevice("Z:", SHARE, o -> o.openFiles(1).usedByProcess());
            assertCall(other, ERROR_DEVICE_IN_USE, () -> other.canceller().cancelConnection2("Z:", NO_FLAGS, false));
            assertCall(other, NO_ERROR, () -> other.canceller().cancelConnection2("Z:", NO_FLAGS, true));
            assertFalse(other.isConnected("Z:"));
        }

        @Test
        void row10ProfileFaultFailsOnlyCallsThatUpdateTheProfile() {
            logon.connectDevice("Z:", SHARE, ConnectionOptions::persistent).connectDevice("Y:", OTHER).remember("X:", OTHER)
                    .armProfileFault(ProfileFault.CANNOT_OPEN);
            assertCall(logon, ERROR_CANNOT_OPEN_PROFILE, () -> canceller.cancelConnection2("Z:", UPDATE, true));
            assertCall(logon, ERROR_CANNOT_OPEN_PROFILE, () -> canceller.cancelConnection2("X:", UPDATE, false));
            assertCall(logon, NO_ERROR, () -> canceller.cancelConnection2("Y:", UPDATE, false)); // not remembered
            logon.armProfileFault(ProfileFault.MALFORMED);
            assertCall(logon, ERROR_BAD_PROFILE, () -> canceller.cancelConnection2("Z:", UPDATE, false));
            assertCall(logon, NO_ERROR, () -> canceller.cancelConnection2("Z:", NO_FLAGS, false));
            assertTrue(logon.isRemembered("Z:"));
            logon.clearProfileFault();
            assertCall(logon, NO_ERROR, () -> canceller.cancelConnection2("Z:", UPDATE, false));
            assertFalse(logon.isRemembered("Z:"));
        }

        @Test
        void row10ProfileFaultDoesNotHideOpenFilesOrInUse() {
            logon.connectDevice("Z:", SHARE, o -> o.persistent().openFiles(1)).armProfileFault(ProfileFault.MALFORMED);
            assertCall(logon, ERROR_OPEN_FILES, () -> canceller.cancelConnection2("Z:", UPDATE, false));
        }

        @Test
        void row3RemoteNameCancelsOnlyTheDevicelessConnectionAndNeverTheProfile() {
            logon.connectDevice("Z:", SHARE, ConnectionOptions::persistent).connectDeviceless(SHARE);
            assertCall(logon, NO_ERROR, () -> canceller.cancelConnection2("\\\\SRV\\SHARE", UPDATE, false));
            assertFalse(logon.hasDevicelessConnection(SHARE));
            assertTrue(logon.isConnected("Z:"));
            assertTrue(logon.isRemembered("Z:"));
            assertCall(logon, ERROR_NOT_CONNECTED, () -> canceller.cancelConnection2(SHARE, NO_FLAGS, false));
        }

        @Test
        void row3RemoteNameCancelsAllConnectionsUnderTheLegacyProfile() {
            FakeLogon old = FakeLogon.create(BehaviourProfile.legacyDocumentation())
                    .connectDevice("Z:", SHARE, ConnectionOptions::persistent).connectDevice("Y:", SHARE, o -> o.openFiles(1))
                    .connectDevice("X:", OTHER).connectDeviceless(SHARE);
            assertCall(old, ERROR_OPEN_FILES, () -> old.canceller().cancelConnection2(SHARE, UPDATE, false));
            assertCall(old, NO_ERROR, () -> old.canceller().cancelConnection2(SHARE, UPDATE, true));
            assertEquals(List.of(new Connection(Optional.of("X:"), OTHER, false, 0, false)), old.connections());
            assertTrue(old.isRemembered("Z:"), "a remote name never touches the profile");
        }

        @Test
        void row3OnlyDevicesUnderTheLegacyProfileStillNeedAMatch() {
            FakeLogon old = FakeLogon.create(BehaviourProfile.legacyDocumentation()).connectDevice("Z:", SHARE);
            assertCall(old, NO_ERROR, () -> old.canceller().cancelConnection2(SHARE, NO_FLAGS, false));
            assertCall(old, ERROR_NOT_CONNECTED, () -> old.canceller().cancelConnection2(SHARE, NO_FLAGS, false));
        }

        @Test
        void row14TrailingBackslashAndNonDevicesAreNotConnected() {
            logon.connectDevice("Z:", SHARE).connectDeviceless(OTHER).connectDevice("LPT1:", "\\\\srv\\p");
            for (String name : List.of("Z:\\", "Z", "ZZ:", "LPT0:", "LPT10:", OTHER + "\\", "\\\\", "\\\\srv")) {
                assertCall(logon, ERROR_NOT_CONNECTED, () -> canceller.cancelConnection2(name, UPDATE, true));
            }
            assertCall(logon, NO_ERROR, () -> canceller.cancelConnection2("lpt1", NO_FLAGS, false));
        }

        @Test
        void flagBitsOtherThanUpdateProfileAreIgnored() {
            logon.connectDevice("Z:", SHARE, ConnectionOptions::persistent).connectDevice("Y:", OTHER, ConnectionOptions::persistent);
            assertEquals(NO_ERROR.value(), logon.backend().cancelConnection2("Z:", 0xFF000000, false));
            assertTrue(logon.isRemembered("Z:"));
            assertEquals(NO_ERROR.value(), logon.backend().cancelConnection2("Y:", 0xFF000001, false));
            assertFalse(logon.isRemembered("Y:"));
        }

        @Test
        void row1LegacyFunctionActsWithTheProfilesFlags() {
            logon.connectDevice("Z:", SHARE, ConnectionOptions::persistent);
            assertCall(logon, NO_ERROR, () -> canceller.cancelConnection("Z:", false));
            assertTrue(logon.isRemembered("Z:"), "documented: the legacy function implies no flags");

            FakeLogon old = FakeLogon.create(BehaviourProfile.legacyDocumentation()).connectDevice("Z:", SHARE, ConnectionOptions::persistent);
            assertCall(old, NO_ERROR, () -> old.canceller().cancelConnection("Z:", false));
            assertFalse(old.isRemembered("Z:"), "legacy documentation: it implies CONNECT_UPDATE_PROFILE");
        }
    }

    @Nested
    class Journal {
        @Test
        void recordsEveryCallInOrderWithItsOutcome() {
            logon.connectDevice("Z:", SHARE, o -> o.openFiles(1));
            canceller.cancelConnection2("Z:", UPDATE, false);
            canceller.cancelConnection("Z:", true);
            logon.armProviderError(ProviderError.of(E1).once());
            canceller.cancelConnection2("Q:", NO_FLAGS, false);
            String thread = Thread.currentThread().getName();
            assertEquals(List.of(
                    new JournalEntry(1, WNetFunction.CANCEL_CONNECTION2, "Z:", 1, false, ERROR_OPEN_FILES.value(), null, thread),
                    new JournalEntry(2, WNetFunction.CANCEL_CONNECTION, "Z:", 0, true, NO_ERROR.value(), null, thread),
                    new JournalEntry(3, WNetFunction.CANCEL_CONNECTION2, "Q:", 0, false, ERROR_EXTENDED_ERROR.value(), E1, thread)),
                    logon.journal());
            assertTrue(logon.journal().get(2).toString().contains("ERROR_EXTENDED_ERROR (1208)"), logon.journal().get(2).toString());
        }

        @Test
        void legacyEntriesRecordTheFlagsTheProfileImplies() {
            FakeLogon old = FakeLogon.create(BehaviourProfile.legacyDocumentation());
            old.canceller().cancelConnection("Z:", false);
            assertEquals(CancelFlag.CONNECT_UPDATE_PROFILE.bit(), old.journal().get(0).flags());
        }

        @Test
        void seedingAndRejectedNamesAreNotJournaled() {
            logon.connectDevice("Z:", SHARE).nextLogon().networkPresent(false);
            assertThrows(IllegalArgumentException.class, () -> canceller.cancelConnection2("Z:\u0000x", NO_FLAGS, false));
            assertEquals(List.of(), logon.journal());
        }

        @Test
        void clearingKeepsTheSequenceCounting() {
            canceller.cancelConnection2("Z:", NO_FLAGS, false);
            logon.clearJournal();
            assertEquals(List.of(), logon.journal());
            canceller.cancelConnection2("Z:", NO_FLAGS, false);
            assertEquals(2, logon.journal().get(0).sequence());
        }

        @Test
        void anExtendedErrorComesOnlyWith1208() {
            assertThrows(IllegalArgumentException.class,
                    () -> new JournalEntry(1, WNetFunction.CANCEL_CONNECTION2, "Z:", 0, false, 0, E1, "t"));
            assertThrows(IllegalArgumentException.class,
                    () -> new JournalEntry(1, WNetFunction.CANCEL_CONNECTION2, "Z:", 0, false, 1208, null, "t"));
        }
    }

    @Nested
    class NextLogon {
        @Test
        void liveConnectionsEndAndRememberedOnesComeBackPlain() {
            logon.connectDevice("Z:", SHARE, o -> o.persistent().openFiles(3).usedByProcess())
                    .connectDevice("Y:", OTHER).connectDeviceless(OTHER).remember("X:", OTHER)
                    .nextLogon();
            assertEquals(List.of(new Connection(Optional.of("X:"), OTHER, true, 0, false), new Connection(Optional.of("Z:"), SHARE, true, 0, false)),
                    logon.connections());
            assertEquals(Map.of("X:", OTHER, "Z:", SHARE), logon.snapshot().rememberedEntries());
        }

        @Test
        void withoutNetworkRememberedEntriesStayRememberedOnly() {
            logon.connectDevice("Z:", SHARE, ConnectionOptions::persistent).networkPresent(false).nextLogon();
            assertFalse(logon.isConnected("Z:"));
            assertTrue(logon.isRemembered("Z:"));
            logon.networkPresent(true).nextLogon();
            assertTrue(logon.isConnected("Z:"));
        }

        @Test
        void showsWhatPersistentMeans() {
            logon.connectDevice("Z:", SHARE, ConnectionOptions::persistent).connectDevice("Y:", OTHER, ConnectionOptions::persistent);
            canceller.cancelConnection2("Z:", NO_FLAGS, false);
            canceller.cancelConnection2("Y:", UPDATE, false);
            logon.nextLogon();
            assertTrue(logon.isConnected("Z:"));
            assertFalse(logon.isConnected("Y:"));
        }
    }

    @Nested
    class ProviderErrors {
        private int call() {
            return logon.backend().cancelConnection2("Q:", 0, false);
        }

        @Test
        void onceFailsTheNextCallOnly() {
            logon.armProviderError(ProviderError.of(1, "x", "p").once());
            assertEquals(List.of(1208, 2250, 2250), List.of(call(), call(), call()));
        }

        @Test
        void alwaysFailsUntilDisarmed() {
            logon.armProviderError(ProviderError.of(1, "x", "p").always());
            assertEquals(List.of(1208, 1208, 1208), List.of(call(), call(), call()));
            logon.disarmProviderError();
            assertEquals(2250, call());
        }

        @Test
        void ofAloneFailsEveryCall() {
            logon.armProviderError(ProviderError.of(E2));
            assertEquals(List.of(1208, 1208), List.of(call(), call()));
        }

        @Test
        void afterCallsLetsTheFirstCallsPassThenFailsEveryLaterCall() {
            logon.armProviderError(ProviderError.of(E2).afterCalls(2));
            assertEquals(List.of(2250, 2250, 1208, 1208), List.of(call(), call(), call(), call()));
            logon.armProviderError(ProviderError.of(E2).afterCalls(1));
            assertEquals(List.of(2250, 1208), List.of(call(), call()), "arming again counts from then");
            assertThrows(IllegalArgumentException.class, () -> ProviderError.of(E2).afterCalls(-1));
        }

        @Test
        void callsWithoutNetworkDoNotReachTheProvider() {
            logon.armProviderError(ProviderError.of(E2).once()).networkPresent(false);
            assertEquals(ERROR_NO_NETWORK.value(), call());
            logon.networkPresent(true);
            assertEquals(ERROR_EXTENDED_ERROR.value(), call());
        }

        @Test
        void valuesAndText() {
            assertEquals(ProviderError.of(E1).once(), ProviderError.of(E1.providerCode(), E1.text(), E1.providerName()).once());
            assertNotEquals(ProviderError.of(E1).once(), ProviderError.of(E1).always());
            assertEquals("ProviderError[provider \"p\" reported error 7: x, after 3 calls]",
                    ProviderError.of(7, "x", "p").afterCalls(3).toString());
            assertSame(E1, ProviderError.of(E1).error());
        }
    }

    @Nested
    class ExtendedErrors {
        @Test
        void aThreadThatNeverFailedGetsZeroAndEmptyStrings() {
            assertEquals(new ExtendedError(0, "", ""), logon.backend().lastExtendedError());
        }

        @Test
        void keptPerThreadAndUntilTheThreadsNext1208() throws InterruptedException {
            logon.armProviderError(ProviderError.of(E1).once());
            logon.backend().cancelConnection2("Z:", 0, false);

            ExtendedError[] seenOnOther = new ExtendedError[2];
            Thread other = new Thread(() -> {
                seenOnOther[0] = logon.backend().lastExtendedError();
                logon.armProviderError(ProviderError.of(E2).once());
                logon.backend().cancelConnection2("Z:", 0, false);
                seenOnOther[1] = logon.backend().lastExtendedError();
            });
            other.start();
            other.join();

            assertEquals(new ExtendedError(0, "", ""), seenOnOther[0]);
            assertEquals(E2, seenOnOther[1]);
            logon.backend().cancelConnection2("Z:", 0, false); // a later call that does not fail with 1208
            assertEquals(E1, logon.backend().lastExtendedError(), "this thread still has its own error");
        }

        @Test
        void keptPerLogon() {
            FakeLogon second = FakeLogon.create();
            logon.armProviderError(ProviderError.of(E1).once());
            logon.backend().cancelConnection2("Z:", 0, false);
            assertEquals(new ExtendedError(0, "", ""), second.backend().lastExtendedError());
        }
    }

    @Test
    void profileAndCancellerName() {
        assertSame(BehaviourProfile.documented(), logon.profile());
        assertSame(BehaviourProfile.legacyDocumentation(), FakeLogon.create(BehaviourProfile.legacyDocumentation()).profile());
        assertEquals("fake", canceller.backendName());
        assertAll(
                () -> assertThrows(NullPointerException.class, () -> FakeLogon.create(null)),
                () -> assertThrows(NullPointerException.class, () -> logon.armProfileFault(null)),
                () -> assertThrows(NullPointerException.class, () -> logon.armProviderError(null)));
    }
}
