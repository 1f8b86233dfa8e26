package io.github.ntmlib.finance.allocation;

import io.github.ntmlib.base.Labelled;
import org.apiguardian.api.API;

/**
 * How rounded shares are made to sum exactly to the pool (phương pháp làm tròn phân bổ).
 *
 * <p>By the Balinski-Young impossibility theorem no method both satisfies the quota rule and is
 * population monotone, so each method states which guarantee it gives:
 *
 * <ul>
 *   <li>{@link #LARGEST_REMAINDER} (Hamilton) satisfies the <em>quota rule</em>: every share is
 *       its exact quota rounded down or up. It is not population monotone (the Alabama and
 *       population paradoxes can occur).</li>
 *   <li>{@link #D_HONDT} (Jefferson) and {@link #SAINTE_LAGUE} (Webster) are divisor methods:
 *       they are <em>population monotone</em> (raising one unit's points, others fixed, never
 *       lowers its share) and house monotone, but may break the quota rule.</li>
 * </ul>
 *
 * <p>Ties are broken the same way in every method, so the result never depends on input order:
 * the unit with more points first, then the smaller unit code (string order).
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ApportionmentMethod implements Labelled {
    /**
     * Largest remainder (Hamilton; phương pháp số dư lớn nhất): every unit gets its quota rounded
     * down, and the units left over go one each to the largest remainders. The default.
     */
    LARGEST_REMAINDER,
    /** D'Hondt / Jefferson divisor method (divisors 1, 2, 3, ...): leans towards larger units. */
    D_HONDT,
    /** Sainte-Laguë / Webster divisor method (divisors 1, 3, 5, ...; rounding at one half). */
    SAINTE_LAGUE;

}
