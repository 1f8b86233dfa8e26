package io.github.ntmlib.testkit.quicktheories;

import io.github.ntmlib.testkit.Gen;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Runs a testkit {@link Gen} under QuickTheories. Every draw the generator makes ({@code
 * nextInt(bound)}, {@code nextLong(bound)}, {@code nextBoolean()} ...) becomes a QuickTheories draw
 * constrained to the same range, so QuickTheories shrinks each one towards its lower bound: a failing
 * hierarchy shrinks to fewer districts, communes and villages, a failing dataset to values nearer
 * the first choice.
 *
 * <pre>{@code
 * qt().forAll(QtGens.of(Hierarchies.snapshots(date, reach))).checkAssert(snapshot -> ...);
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class QtGens {

    private QtGens() {
    }

    /**
     * The QuickTheories generator drawing through a testkit generator.
     *
     * @param gen the testkit generator
     * @param <T> the type
     * @return the QuickTheories generator
     */
    public static <T> org.quicktheories.core.Gen<T> of(Gen<T> gen) {
        return in -> gen.next(new Drawn(in));
    }

    /** A random generator whose every bounded draw is a shrinkable QuickTheories draw. */
    private static final class Drawn implements RandomGenerator {
        private final RandomnessSource in;

        Drawn(RandomnessSource in) {
            this.in = in;
        }

        @Override
        public long nextLong() {
            return in.next(Constraint.none());
        }

        @Override
        public long nextLong(long bound) {
            if (bound <= 0) {
                throw new IllegalArgumentException("bound must be positive: " + bound);
            }
            return in.next(Constraint.between(0, bound - 1));
        }

        @Override
        public long nextLong(long origin, long bound) {
            if (bound <= origin) {
                throw new IllegalArgumentException("empty range: " + origin + " to " + bound);
            }
            return in.next(Constraint.between(origin, bound - 1));
        }

        @Override
        public int nextInt(int bound) {
            return (int) nextLong(bound);
        }

        @Override
        public int nextInt(int origin, int bound) {
            return (int) nextLong(origin, bound);
        }

        @Override
        public boolean nextBoolean() {
            return in.next(Constraint.between(0, 1)) == 1;
        }

        @Override
        public double nextDouble() {
            return in.next(Constraint.between(0, (1L << 53) - 1)) * 0x1.0p-53;
        }
    }
}
