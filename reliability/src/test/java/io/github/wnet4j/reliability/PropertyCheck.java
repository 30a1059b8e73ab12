package io.github.wnet4j.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The module's own property runner (the one maintained Java library with stateful testing asks
 * not to be used by AI coding agents; junit-quickcheck and QuickTheories have had no release since
 * 2020 and 2019). It generates cases from seeds, runs each, and on a failure shrinks the case greedily
 * (taking the first simpler candidate that still fails the same way, until none does) and throws a
 * {@link Failure} naming the seed that replays the case: {@code -Dwnet4j.seed=SEED} runs exactly the
 * case that seed generates, then shrinks it again to the same minimal case.
 *
 * @param <T> a case: a sequence of steps, a name, a file and its damage
 */
final class PropertyCheck<T> {

    /** The system property that replays one case. */
    static final String SEED_PROPERTY = "wnet4j.seed";
    /** Shrinking stops after this many runs of simpler candidates, so a slow case cannot hang the build. */
    static final int MAX_SHRINK_RUNS = 20_000;

    /** Makes a case from a random source; the same seed must give the same case. */
    interface Generator<T> {
        /** The case for this random source. */
        T generate(SplittableRandom random);
    }

    /** Simpler versions of a case, the most promising first (an empty list: nothing simpler). */
    interface Shrinker<T> {
        /** Candidates, each strictly simpler than {@code value}. */
        List<T> simpler(T value);
    }

    /** A property that failed: the seed that replays it, the case as generated and shrunk. */
    static final class Failure extends AssertionError {
        private static final long serialVersionUID = 1L;
        private final transient Object original;
        private final transient Object minimal;
        private final long seed;

        Failure(String property, long seed, int tryNumber, Object original, Object minimal, int shrinkRuns, Throwable cause) {
            super(property + " failed on try " + tryNumber + "; replay with -D" + SEED_PROPERTY + "=" + seed
                    + "\nminimal case (after " + shrinkRuns + " shrinking runs): " + minimal
                    + "\nas generated: " + original
                    + "\nfailure of the minimal case: " + cause, cause);
            this.seed = seed;
            this.original = original;
            this.minimal = minimal;
        }

        /** The seed that generates the failing case again. */
        long seed() {
            return seed;
        }

        /** The case as first generated. */
        Object original() {
            return original;
        }

        /** The case after shrinking. */
        Object minimal() {
            return minimal;
        }
    }

    private final String property;
    private final Generator<T> generator;
    private final Shrinker<T> shrinker;

    private PropertyCheck(String property, Generator<T> generator, Shrinker<T> shrinker) {
        this.property = Objects.requireNonNull(property);
        this.generator = Objects.requireNonNull(generator);
        this.shrinker = Objects.requireNonNull(shrinker);
    }

    /** A property named {@code property} (used in the failure's message) over the cases {@code generator} makes. */
    static <T> PropertyCheck<T> of(String property, Generator<T> generator, Shrinker<T> shrinker) {
        return new PropertyCheck<>(property, generator, shrinker);
    }

    /**
     * Runs {@code tries} cases through {@code check} (which throws on failure), or, with
     * {@code -Dwnet4j.seed} set, the one case that seed makes. Returns the number of cases run.
     */
    int run(int tries, Consumer<T> check) {
        String replay = System.getProperty(SEED_PROPERTY);
        if (replay != null && !replay.isBlank()) {
            return run(1, check, Long.parseLong(replay.strip()), true);
        }
        return run(tries, check, new SplittableRandom().nextLong(), false);
    }

    /**
     * Runs {@code tries} cases, the first from {@code seed} and each next from the seed drawn from
     * the previous one; with {@code replay}, {@code seed} is the one case's own seed. For the
     * runner's own tests, which fix the seed.
     */
    int run(int tries, Consumer<T> check, long seed, boolean replay) {
        SplittableRandom seeds = new SplittableRandom(seed);
        for (int i = 1; i <= tries; i++) {
            long caseSeed = replay ? seed : seeds.nextLong();
            T value = generator.generate(new SplittableRandom(caseSeed));
            Throwable failure = failureOf(check, value);
            if (failure != null) {
                shrinkAndThrow(i, caseSeed, value, failure, check);
            }
        }
        return tries;
    }

    private void shrinkAndThrow(int tryNumber, long seed, T original, Throwable failure, Consumer<T> check) {
        T current = original;
        Throwable currentFailure = failure;
        int runs = 0;
        boolean progress = true;
        while (progress && runs < MAX_SHRINK_RUNS) {
            progress = false;
            for (T candidate : shrinker.simpler(current)) {
                if (++runs > MAX_SHRINK_RUNS) {
                    break;
                }
                Throwable f = failureOf(check, candidate);
                if (f != null && f.getClass() == failure.getClass()) { // the same kind of failure, not another bug
                    current = candidate;
                    currentFailure = f;
                    progress = true;
                    break;
                }
            }
        }
        throw new Failure(property, seed, tryNumber, original, current, Math.min(runs, MAX_SHRINK_RUNS), currentFailure);
    }

    private static <T> Throwable failureOf(Consumer<T> check, T value) {
        try {
            check.accept(value);
            return null;
        } catch (Exception | AssertionError e) {
            return e;
        }
    }

    // ------------------------------------------------------------------ shrinkers

    /** A shrinker that finds nothing simpler. */
    static <T> Shrinker<T> noShrinking() {
        return v -> List.of();
    }

    /**
     * Shrinks a list: first by deleting runs of elements (halves, quarters, ..., single elements, the
     * later ones first, since later steps depend on earlier ones), then by replacing one element with
     * a simpler one.
     */
    static <E> Shrinker<List<E>> list(Function<E, List<E>> simplerElement) {
        return list -> {
            List<List<E>> out = new ArrayList<>();
            for (int size = list.size() / 2; size >= 1; size /= 2) {
                for (int from = list.size() - size; from >= 0; from -= size) {
                    List<E> shorter = new ArrayList<>(list.subList(0, from));
                    shorter.addAll(list.subList(from + size, list.size()));
                    out.add(shorter);
                }
            }
            for (int i = 0; i < list.size(); i++) {
                for (E e : simplerElement.apply(list.get(i))) {
                    List<E> changed = new ArrayList<>(list);
                    changed.set(i, e);
                    out.add(changed);
                }
            }
            return out;
        };
    }

    /** Shrinks a string by deleting runs of UTF-16 units, as {@link #list} does. */
    static Shrinker<String> string() {
        Shrinker<List<Character>> units = list(c -> List.of());
        return s -> {
            List<Character> chars = new ArrayList<>();
            for (char c : s.toCharArray()) {
                chars.add(c);
            }
            List<String> out = new ArrayList<>();
            for (List<Character> shorter : units.simpler(chars)) {
                StringBuilder b = new StringBuilder();
                shorter.forEach(b::append);
                out.add(b.toString());
            }
            return out;
        };
    }

    /** One of {@code pool}, uniformly. */
    static <E> E pick(SplittableRandom random, List<E> pool) {
        return pool.get(random.nextInt(pool.size()));
    }

    /** Elements of {@code pool} that come before {@code value}: the simpler choices, the simplest first. */
    static <E> List<E> before(List<E> pool, E value) {
        int at = pool.indexOf(value);
        return at <= 0 ? List.of() : pool.subList(0, at);
    }
}
