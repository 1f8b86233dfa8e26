package io.github.ntmlib.core.data;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An indicator value (giá trị chỉ tiêu): met/not met, a quantity with its unit, a ratio kept as
 * its two parts, a count, or a grade. Values are exact: no binary floating point is ever involved.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public sealed interface Value {

    /**
     * The kind of this value.
     *
     * @return the kind
     */
    ValueKind kind();

    /**
     * Met or not met (đạt / không đạt), for indicators assessed as a yes/no fact.
     *
     * @param met whether the requirement is met
     */
    record Flag(boolean met) implements Value {
        @Override
        public ValueKind kind() {
            return ValueKind.FLAG;
        }
    }

    /**
     * A quantity with a unit: 5.27 m²/person, 66 million VND/person/year, 907.58 km.
     *
     * @param amount the amount, exact
     * @param unit   the unit, as the indicator declares it
     */
    record Quantity(BigDecimal amount, String unit) implements Value {
        /**
         * Validates the components.
         *
         * @param amount the amount
         * @param unit   the unit
         */
        public Quantity {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(unit, "unit");
        }

        @Override
        public ValueKind kind() {
            return ValueKind.QUANTITY;
        }

        /**
         * Equal to a quantity of the same amount, whatever its written scale (5.0 and 5.00 are one
         * value), in the same unit.
         *
         * @param o another object
         * @return true for the same amount and unit
         */
        @Override
        public boolean equals(Object o) {
            return o instanceof Quantity && ((Quantity) o).amount.compareTo(amount) == 0
                    && ((Quantity) o).unit.equals(unit);
        }

        @Override
        public int hashCode() {
            return 31 * amount.stripTrailingZeros().hashCode() + unit.hashCode();
        }
    }

    /**
     * A ratio kept as its two parts: 69 of 169 communes, 907.58 of 1,246.15 km.
     *
     * @param numerator   the part, at least 0
     * @param denominator the whole, above 0
     */
    record Ratio(BigDecimal numerator, BigDecimal denominator) implements Value {
        /**
         * Validates the components.
         *
         * @param numerator   the part, at least 0
         * @param denominator the whole, above 0
         * @throws IllegalArgumentException for a negative part or a whole that is not positive
         */
        public Ratio {
            Objects.requireNonNull(numerator, "numerator");
            Objects.requireNonNull(denominator, "denominator");
            if (denominator.signum() <= 0) {
                throw new IllegalArgumentException("ratio denominator must be above 0: " + denominator.toPlainString());
            }
            if (numerator.signum() < 0) {
                throw new IllegalArgumentException("ratio numerator must not be negative: " + numerator.toPlainString());
            }
        }

        /**
         * A ratio of two whole counts.
         *
         * @param part  the part
         * @param whole the whole
         * @return the ratio
         */
        public static Ratio of(long part, long whole) {
            return new Ratio(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
        }

        /**
         * Whether the part is larger than the whole.
         *
         * @return true if numerator &gt; denominator
         */
        public boolean exceedsWhole() {
            return numerator.compareTo(denominator) > 0;
        }

        /**
         * The ratio as an exact fraction of its parts.
         *
         * @return numerator/denominator, exactly
         */
        public io.github.ntmlib.base.Fraction toFraction() {
            return io.github.ntmlib.base.Fraction.of(numerator, denominator);
        }

        /**
         * Equal to a ratio of the same two parts, whatever their written scale (69.0/169 and 69/169
         * are one value); the parts are kept, so 1/2 and 2/4 are different observations.
         *
         * @param o another object
         * @return true for the same parts
         */
        @Override
        public boolean equals(Object o) {
            return o instanceof Ratio && ((Ratio) o).numerator.compareTo(numerator) == 0
                    && ((Ratio) o).denominator.compareTo(denominator) == 0;
        }

        @Override
        public int hashCode() {
            return 31 * numerator.stripTrailingZeros().hashCode() + denominator.stripTrailingZeros().hashCode();
        }

        @Override
        public ValueKind kind() {
            return ValueKind.RATIO;
        }
    }

    /**
     * A count of things: 1 bus station, 12 smart villages.
     *
     * @param count the count, at least 0
     */
    record Count(long count) implements Value {
        /**
         * Validates the count.
         *
         * @param count the count, at least 0
         */
        public Count {
            if (count < 0) {
                throw new IllegalArgumentException("count must not be negative: " + count);
            }
        }

        @Override
        public ValueKind kind() {
            return ValueKind.COUNT;
        }
    }

    /**
     * A grade on the indicator's ordered scale, such as a bus station of "type IV".
     *
     * @param grade the grade, one of the scale's values
     */
    record Grade(String grade) implements Value {
        /**
         * Validates the grade.
         *
         * @param grade the grade
         */
        public Grade {
            Objects.requireNonNull(grade, "grade");
        }

        @Override
        public ValueKind kind() {
            return ValueKind.GRADE;
        }
    }
}
