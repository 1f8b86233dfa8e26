package io.github.ntmlib.plan;

import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.Fraction;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.finance.money.ReportUnit;
import io.github.ntmlib.finance.money.Vnd;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A cost, exact: whole đồng under a cost model, or a normalised distance (a fraction; a criterion
 * assessed as a whole counts 1, an indicator the share of its threshold still missing) without one.
 * Costs of the two kinds never mix.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Cost implements Comparable<Cost> {

    private static final Fraction ZERO_FRACTION = Fraction.of(0);

    private final Fraction amount;
    private final boolean money;

    private Cost(Fraction amount, boolean money) {
        // a whole amount (every cost in đồng) is already in lowest terms: no gcd to take
        this.amount = amount.denominator().equals(BigInteger.ONE) ? amount : amount.reduced();
        this.money = money;
        if (amount.numerator().signum() < 0) {
            throw new IllegalArgumentException("a negative cost: " + amount);
        }
    }

    /**
     * A cost in whole đồng.
     *
     * @param amount the amount
     * @return the cost
     */
    public static Cost of(Vnd amount) {
        return new Cost(Fraction.of(amount.dong()), true);
    }

    /**
     * A normalised distance.
     *
     * @param distance the distance, never negative
     * @return the cost
     */
    public static Cost normalised(Fraction distance) {
        return new Cost(distance, false);
    }

    /**
     * Nothing, of a kind.
     *
     * @param money whether in đồng
     * @return the zero cost
     */
    public static Cost zero(boolean money) {
        return new Cost(ZERO_FRACTION, money);
    }

    /**
     * Whether this cost is in đồng.
     *
     * @return true for money, false for a normalised distance
     */
    public boolean isMoney() {
        return money;
    }

    /**
     * The amount, exact (whole đồng, or the distance).
     *
     * @return the amount
     */
    public Fraction amount() {
        return amount;
    }

    /**
     * The amount in đồng.
     *
     * @return the money, or empty for a normalised distance
     */
    public Optional<Vnd> money() {
        return money ? Optional.of(Vnd.ofDong(amount.numerator().longValueExact())) : Optional.empty();
    }

    /**
     * The sum.
     *
     * @param other a cost of the same kind
     * @return the sum
     * @throws IllegalArgumentException if the kinds differ
     */
    public Cost plus(Cost other) {
        same(other);
        if (isWhole() && other.isWhole()) {
            return new Cost(Fraction.of(amount.numerator().add(other.amount.numerator()), BigInteger.ONE), money);
        }
        return new Cost(amount.plus(other.amount), money);
    }

    /**
     * The difference, never negative.
     *
     * @param other a cost of the same kind, at most this one
     * @return this minus other
     * @throws IllegalArgumentException if the kinds differ or the result is negative
     */
    public Cost minus(Cost other) {
        same(other);
        if (isWhole() && other.isWhole()) {
            return new Cost(Fraction.of(amount.numerator().subtract(other.amount.numerator()), BigInteger.ONE), money);
        }
        BigInteger n = amount.numerator().multiply(other.amount.denominator())
                .subtract(other.amount.numerator().multiply(amount.denominator()));
        return new Cost(Fraction.of(n, amount.denominator().multiply(other.amount.denominator())), money);
    }

    private boolean isWhole() {
        return amount.denominator().equals(BigInteger.ONE);
    }

    private void same(Cost other) {
        if (other.money != money) {
            throw new IllegalArgumentException("a cost in đồng and a normalised distance do not add up");
        }
    }

    /**
     * Whether this is nothing.
     *
     * @return true for zero
     */
    public boolean isZero() {
        return amount.numerator().signum() == 0;
    }

    /**
     * As a double, for the optimiser's model only (every answer is checked on the exact amounts).
     *
     * @return the nearest double
     */
    double approximate() {
        return amount.toDecimal(12).doubleValue();
    }

    /**
     * As printed, exactly: "1.250 triệu đồng" in Vietnamese, "1250 million VND" in English (the
     * library's plain English figures; whole đồng under a million), or a normalised distance with
     * two decimals, half-up ("1,35").
     *
     * @param language the language
     * @return the text
     */
    public String format(Language language) {
        if (money) {
            Vnd v = money().orElseThrow();
            ReportUnit unit = v.dong() != 0 && Math.abs(v.dong()) < 1_000_000 ? ReportUnit.DONG : ReportUnit.MILLION;
            return v.format(unit, language);
        }
        return Figures.format(amount.toDecimal(2).setScale(2, RoundingMode.HALF_UP), language.locale());
    }

    @Override
    public int compareTo(Cost o) {
        same(o);
        if (isWhole() && o.isWhole()) {
            return amount.numerator().compareTo(o.amount.numerator());
        }
        return amount.compareTo(o.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cost c && c.money == money && c.amount.equals(amount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, money);
    }

    @Override
    public String toString() {
        return money ? amount.numerator() + " đồng" : amount + " (normalised)";
    }
}
