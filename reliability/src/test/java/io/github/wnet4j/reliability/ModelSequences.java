package io.github.wnet4j.reliability;

import io.github.wnet4j.behaviour.BehaviourProfile;
import io.github.wnet4j.CancelFlag;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Random model-based sequences for {@link PropertyCheck}: a profile and {@link #MAX_STEPS} steps,
 * shrunk by deleting steps and simplifying their arguments (the profile is kept). Shared by the fake's
 * and the natives' properties, with the tallies the figures report.
 */
final class ModelSequences {

    /** Sequences per property. */
    static final int TRIES = 1000;
    /** Steps per generated sequence. */
    static final int MAX_STEPS = 40;

    private static final Map<String, ModelHarness.Tally> TALLIES = new TreeMap<>();

    /** The sessions of the user a sequence runs in: the desktop session alone, or with its elevated twin. */
    enum Twin {
        /** The desktop session only ({@code FakeLogon.create()}); the natives' double serves one session. */
        NONE,
        /** An elevated twin without linked connections: a device map of its own (S3). */
        UNLINKED,
        /** An elevated twin with EnableLinkedConnections: one device map with the desktop session (S4). */
        LINKED
    }

    /** One case: the profile the logons are made with, the user's sessions, and the steps. */
    record Sequence(BehaviourProfile profile, Twin twin, List<Op> steps) {
        Sequence(BehaviourProfile profile, List<Op> steps) {
            this(profile, Twin.NONE, steps);
        }

        @Override
        public String toString() {
            return steps.size() + " steps under " + profile + (twin == Twin.NONE ? "" : " with the elevated twin " + twin)
                    + ": " + steps;
        }
    }

    private ModelSequences() {
    }

    /** The running count of what {@code property} ran. */
    static ModelHarness.Tally tally(String property) {
        synchronized (TALLIES) {
            return TALLIES.computeIfAbsent(property, p -> new ModelHarness.Tally());
        }
    }

    /** The tally as "sequences / steps (cancels / reads)", or "not run". */
    static String describe(String property) {
        synchronized (TALLIES) {
            ModelHarness.Tally t = TALLIES.get(property);
            return t == null ? "not run" : t.sequences + " / " + t.steps + " (" + t.calls + " / " + t.reads + ")";
        }
    }

    /** The two-session tallies of {@code properties} together, as "linked / unlinked sequences; elevated steps; S5 traps". */
    static String describeSessions(List<String> properties) {
        long linked = 0;
        long unlinked = 0;
        long elevated = 0;
        long traps = 0;
        synchronized (TALLIES) {
            for (String property : properties) {
                ModelHarness.Tally t = TALLIES.get(property);
                if (t != null) {
                    linked += t.linked;
                    unlinked += t.unlinked;
                    elevated += t.elevatedSteps;
                    traps += t.traps;
                }
            }
        }
        return linked + unlinked == 0 ? "not run" : linked + " / " + unlinked + "; " + elevated + "; " + traps;
    }

    /** Sequences whose profile {@code profiles} draws, with every kind of step, reads included. */
    static PropertyCheck<Sequence> over(String property, Function<SplittableRandom, BehaviourProfile> profiles) {
        return over(property, profiles, Op.ONE_SESSION_KINDS);
    }

    /**
     * Sequences in two sessions of one user, the desktop session and its elevated twin, linked or not
     * (one in two each), with every kind of step; a {@link Op.UseSession} step moves later steps to
     * the other session. The twin is kept while shrinking.
     */
    static PropertyCheck<Sequence> inTwoSessions(String property, Function<SplittableRandom, BehaviourProfile> profiles) {
        PropertyCheck.Shrinker<List<Op>> steps = PropertyCheck.list(Op::simpler);
        return PropertyCheck.of(property,
                r -> new Sequence(profiles.apply(r), r.nextBoolean() ? Twin.LINKED : Twin.UNLINKED,
                        IntStream.range(0, MAX_STEPS).mapToObj(i -> Op.random(r)).toList()),
                s -> steps.simpler(s.steps()).stream().map(shorter -> new Sequence(s.profile(), s.twin(), shorter)).toList());
    }

    /** Sequences whose profile {@code profiles} draws, of the first {@code kinds} kinds of step ({@link Op#random(SplittableRandom, int)}). */
    static PropertyCheck<Sequence> over(String property, Function<SplittableRandom, BehaviourProfile> profiles, int kinds) {
        return over(property, profiles, kinds, op -> false);
    }

    /** As {@link #over(String, Function, int)}, drawing again each step {@code leftOut} takes (and shrinking to none). */
    static PropertyCheck<Sequence> over(String property, Function<SplittableRandom, BehaviourProfile> profiles, int kinds,
                                        Predicate<Op> leftOut) {
        PropertyCheck.Shrinker<List<Op>> steps = PropertyCheck.list(op -> Op.simpler(op).stream().filter(leftOut.negate()).toList());
        return PropertyCheck.of(property,
                r -> new Sequence(profiles.apply(r), IntStream.range(0, MAX_STEPS).mapToObj(i -> draw(r, kinds, leftOut)).toList()),
                s -> steps.simpler(s.steps()).stream().map(shorter -> new Sequence(s.profile(), shorter)).toList());
    }

    private static Op draw(SplittableRandom r, int kinds, Predicate<Op> leftOut) {
        Op op = Op.random(r, kinds);
        while (leftOut.test(op)) {
            op = Op.random(r, kinds);
        }
        return op;
    }

    /** Sequences under one profile. */
    static PropertyCheck<Sequence> over(String property, BehaviourProfile profile) {
        return over(property, r -> profile);
    }

    /** Sequences under one profile in two sessions ({@link #inTwoSessions(String, Function)}). */
    static PropertyCheck<Sequence> inTwoSessions(String property, BehaviourProfile profile) {
        return inTwoSessions(property, r -> profile);
    }

    /** Runs every step of {@code sequence} on the harness {@code harness} makes for its profile, then counts it. */
    static ModelHarness run(Sequence sequence, Function<BehaviourProfile, ModelHarness> harness) {
        return run(sequence, (profile, twin) -> harness.apply(profile));
    }

    /** As {@link #run(Sequence, Function)}, the harness made for the sequence's profile and sessions. */
    static ModelHarness run(Sequence sequence, java.util.function.BiFunction<BehaviourProfile, Twin, ModelHarness> harness) {
        ModelHarness h = harness.apply(sequence.profile(), sequence.twin());
        sequence.steps().forEach(h::apply);
        h.finish();
        return h;
    }

    /** Each of the 2 x 2 x 2 readings of rows 1, 3 and 9, as a custom profile. */
    static BehaviourProfile anyCombination(SplittableRandom r) {
        return combination(r.nextBoolean(), PropertyCheck.pick(r, List.of(BehaviourProfile.RemoteNameScope.values())),
                r.nextBoolean());
    }

    /** The custom profile with these readings of rows 1, 3 and 9. */
    static BehaviourProfile combination(boolean legacyUpdates, BehaviourProfile.RemoteNameScope scope, boolean forceOverrides) {
        return BehaviourProfile.builder("custom")
                .legacyCancelFlags(legacyUpdates ? Set.of(CancelFlag.CONNECT_UPDATE_PROFILE) : Set.of())
                .remoteNameScope(scope)
                .forceOverridesDeviceInUse(forceOverrides)
                .build();
    }
}
