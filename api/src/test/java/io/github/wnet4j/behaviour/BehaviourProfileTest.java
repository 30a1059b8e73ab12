package io.github.wnet4j.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wnet4j.CancelFlag;
import io.github.wnet4j.behaviour.BehaviourProfile.RemoteNameScope;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The named profiles for the disputed rows 1, 3 and 9, the builder's checks, and equality. */
class BehaviourProfileTest {

    @Test
    void documentedIsTheDefaultDecisionOfEachDisputedRow() {
        BehaviourProfile p = BehaviourProfile.documented();
        assertEquals("documented", p.name());
        assertEquals(Set.of(), p.legacyCancelFlags());
        assertEquals(RemoteNameScope.DEVICELESS_ONLY, p.remoteNameScope());
        assertFalse(p.forceOverridesDeviceInUse());
    }

    @Test
    void legacyDocumentationTakesTheOlderReadings() {
        BehaviourProfile p = BehaviourProfile.legacyDocumentation();
        assertEquals("legacy-documentation", p.name());
        assertEquals(Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), p.legacyCancelFlags());
        assertEquals(RemoteNameScope.ALL_CONNECTIONS, p.remoteNameScope());
        assertFalse(p.forceOverridesDeviceInUse());
    }

    @Test
    void forceOverridesInUseDiffersFromDocumentedOnlyInRowNine() {
        BehaviourProfile p = BehaviourProfile.forceOverridesInUse();
        assertEquals("force-overrides-in-use", p.name());
        assertEquals(Set.of(), p.legacyCancelFlags());
        assertEquals(RemoteNameScope.DEVICELESS_ONLY, p.remoteNameScope());
        assertTrue(p.forceOverridesDeviceInUse());
    }

    @Test
    void presetsAreTheThreeNamedProfilesDocumentedFirst() {
        assertEquals(List.of(BehaviourProfile.documented(), BehaviourProfile.legacyDocumentation(),
                BehaviourProfile.forceOverridesInUse()), BehaviourProfile.presets());
        assertThrows(UnsupportedOperationException.class, () -> BehaviourProfile.presets().clear());
    }

    @Test
    void presetsCoverEachReadingOfEachDisputedPoint() {
        List<BehaviourProfile> all = BehaviourProfile.presets();
        assertEquals(Set.of(Set.of(), Set.of(CancelFlag.CONNECT_UPDATE_PROFILE)),
                new HashSet<>(all.stream().map(BehaviourProfile::legacyCancelFlags).toList()));
        assertEquals(Set.of(RemoteNameScope.values()),
                new HashSet<>(all.stream().map(BehaviourProfile::remoteNameScope).toList()));
        assertEquals(Set.of(true, false),
                new HashSet<>(all.stream().map(BehaviourProfile::forceOverridesDeviceInUse).toList()));
    }

    @Test
    void namedFindsEachPreset() {
        for (BehaviourProfile p : BehaviourProfile.presets()) {
            assertSame(p, BehaviourProfile.named(p.name()));
        }
    }

    @Test
    void namedRejectsAnUnknownNameListingThePresets() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BehaviourProfile.named("windows-11"));
        assertEquals("no behaviour profile named \"windows-11\"; the profiles are"
                + " [documented, legacy-documentation, force-overrides-in-use]", e.getMessage());
        // Names are exact: report files are named after them.
        assertThrows(IllegalArgumentException.class, () -> BehaviourProfile.named("Documented"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-x", "Upper", "has space", "under_score", "dot.ted", "slash/x", "x\n"})
    void builderRejectsNamesThatCannotNameAReportFile(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BehaviourProfile.builder(name));
        assertTrue(e.getMessage().contains("lower-case letters, digits and '-'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BehaviourProfile.documented().toBuilder(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "7", "win-11", "x-"})
    void builderAcceptsLowerCaseDigitsAndDashes(String name) {
        assertEquals(name, BehaviourProfile.builder(name).build().name());
    }

    @Test
    void builderRejectsNulls() {
        assertEquals("name", assertThrows(NullPointerException.class, () -> BehaviourProfile.builder(null)).getMessage());
        BehaviourProfile.Builder b = BehaviourProfile.builder("custom");
        assertThrows(NullPointerException.class, () -> b.legacyCancelFlags(null));
        assertThrows(NullPointerException.class,
                () -> b.legacyCancelFlags(new HashSet<>(Arrays.asList(CancelFlag.CONNECT_UPDATE_PROFILE, null))));
        assertEquals("scope", assertThrows(NullPointerException.class, () -> b.remoteNameScope(null)).getMessage());
    }

    @Test
    void aRejectedBuilderCallChangesNothing() {
        BehaviourProfile.Builder b = BehaviourProfile.builder("custom")
                .legacyCancelFlags(Set.of(CancelFlag.CONNECT_UPDATE_PROFILE))
                .remoteNameScope(RemoteNameScope.ALL_CONNECTIONS);
        assertThrows(NullPointerException.class,
                () -> b.legacyCancelFlags(new HashSet<>(Arrays.asList(CancelFlag.CONNECT_UPDATE_PROFILE, null))));
        assertThrows(NullPointerException.class, () -> b.remoteNameScope(null));
        BehaviourProfile p = b.build();
        assertEquals(Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), p.legacyCancelFlags());
        assertEquals(RemoteNameScope.ALL_CONNECTIONS, p.remoteNameScope());
    }

    @Test
    void builderStartsFromDocumented() {
        BehaviourProfile p = BehaviourProfile.builder("custom").build();
        assertEquals(BehaviourProfile.documented().legacyCancelFlags(), p.legacyCancelFlags());
        assertEquals(BehaviourProfile.documented().remoteNameScope(), p.remoteNameScope());
        assertEquals(BehaviourProfile.documented().forceOverridesDeviceInUse(), p.forceOverridesDeviceInUse());
    }

    @Test
    void toBuilderCopiesEverythingButTheName() {
        BehaviourProfile legacy = BehaviourProfile.legacyDocumentation();
        BehaviourProfile copy = legacy.toBuilder("copy").build();
        assertEquals("copy", copy.name());
        assertEquals(legacy.legacyCancelFlags(), copy.legacyCancelFlags());
        assertEquals(legacy.remoteNameScope(), copy.remoteNameScope());
        assertEquals(legacy.forceOverridesDeviceInUse(), copy.forceOverridesDeviceInUse());
        assertEquals(legacy, copy.toBuilder("legacy-documentation").build());

        BehaviourProfile changed = legacy.toBuilder("changed").forceOverridesDeviceInUse(true).build();
        assertTrue(changed.forceOverridesDeviceInUse());
        assertFalse(legacy.forceOverridesDeviceInUse(), "the original is untouched");
    }

    @Test
    void aProfileKeepsItsOwnCopyOfTheFlags() {
        Set<CancelFlag> flags = new HashSet<>(Set.of(CancelFlag.CONNECT_UPDATE_PROFILE));
        BehaviourProfile.Builder b = BehaviourProfile.builder("custom").legacyCancelFlags(flags);
        BehaviourProfile p = b.build();
        flags.clear();
        b.legacyCancelFlags(Set.of());
        assertEquals(Set.of(CancelFlag.CONNECT_UPDATE_PROFILE), p.legacyCancelFlags(), "neither the set nor the builder reach the profile");
        assertThrows(UnsupportedOperationException.class, () -> p.legacyCancelFlags().clear());
    }

    @Test
    void profilesAreEqualWhenNameAndEveryReadingAreEqual() {
        BehaviourProfile a = BehaviourProfile.builder("custom").remoteNameScope(RemoteNameScope.ALL_CONNECTIONS).build();
        BehaviourProfile b = BehaviourProfile.builder("custom").remoteNameScope(RemoteNameScope.ALL_CONNECTIONS).build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a.toString(), b.toString());
        assertNotEquals(a, null);
        assertNotEquals(a, "custom");
        assertNotEquals(a, a.toBuilder("other").build(), "the name is part of a profile");
        assertNotEquals(a, a.toBuilder("custom").remoteNameScope(RemoteNameScope.DEVICELESS_ONLY).build());
        assertNotEquals(a, a.toBuilder("custom").forceOverridesDeviceInUse(true).build());
        assertNotEquals(a, a.toBuilder("custom").legacyCancelFlags(Set.of(CancelFlag.CONNECT_UPDATE_PROFILE)).build());
        assertEquals(BehaviourProfile.documented(), BehaviourProfile.builder("documented").build());
    }

    @Test
    void theConstructorChecksAsTheBuilderDoes() {
        Set<CancelFlag> flags = new HashSet<>(Set.of(CancelFlag.CONNECT_UPDATE_PROFILE));
        BehaviourProfile built = new BehaviourProfile("custom", flags, RemoteNameScope.ALL_CONNECTIONS, true, true, false);
        flags.clear();
        assertEquals(BehaviourProfile.builder("custom").legacyCancelFlags(Set.of(CancelFlag.CONNECT_UPDATE_PROFILE))
                .remoteNameScope(RemoteNameScope.ALL_CONNECTIONS).forceOverridesDeviceInUse(true)
                .logonFailureForBadPassword(true).build(), built);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BehaviourProfile("Upper", Set.of(), RemoteNameScope.DEVICELESS_ONLY, false, false, false));
        assertTrue(e.getMessage().contains("lower-case letters, digits and '-'"), e.getMessage());
        assertThrows(NullPointerException.class, () -> new BehaviourProfile("custom",
                new HashSet<>(Arrays.asList(CancelFlag.CONNECT_UPDATE_PROFILE, null)), RemoteNameScope.DEVICELESS_ONLY, false, false, false));
        assertThrows(NullPointerException.class, () -> new BehaviourProfile("custom", Set.of(), null, false, false, false));
    }

    @Test
    void toStringShowsTheNameAndEachReading() {
        assertEquals("legacy-documentation[legacyCancelFlags=[CONNECT_UPDATE_PROFILE], remoteNameScope=ALL_CONNECTIONS,"
                + " forceOverridesDeviceInUse=false, logonFailureForBadPassword=false, legacyAddTemporary=false]",
                BehaviourProfile.legacyDocumentation().toString());
    }
}
