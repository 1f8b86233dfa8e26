package io.github.ntmlib.testkit;

import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * A generator: a plain function of a {@link RandomGenerator}, independent of any property-testing
 * library. Use it with {@code new SplittableRandom(seed)} in a loop, or through the QuickTheories
 * adapter ({@code io.github.ntmlib.testkit.quicktheories.QtGens}), where every draw shrinks.
 *
 * @param <T> the generated type
 * @since 0.1
 */
@FunctionalInterface
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface Gen<T> {

    /**
     * Generates a value.
     *
     * @param random the source of randomness
     * @return the value
     */
    T next(RandomGenerator random);

    /**
     * This generator with its values transformed.
     *
     * @param f   the transformation
     * @param <R> the new type
     * @return the generator
     */
    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return r -> f.apply(next(r));
    }
}
