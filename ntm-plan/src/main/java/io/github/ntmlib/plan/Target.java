package io.github.ntmlib.plan;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How many units of the scope a goal asks for: k more than counted today, a share of the units the
 * standard applies to, all of them (a district's requirement "every xã NTM"), or what a requirement
 * of the scope's own standard still needs (an aggregate criterion such as "≥ 40% of xã nâng cao").
 * Units are counted as the evaluation's request counts them (recognised, or computed).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Target permits Target.More, Target.Share, Target.All, Target.Requirement {

    /**
     * k more units than are counted today.
     *
     * @param units how many more, at least 1
     * @return the target
     * @throws IllegalArgumentException if {@code units < 1}
     */
    static Target more(int units) {
        return new More(units);
    }

    /**
     * At least a share of the units of the scope the standard applies to, rounded up to whole units.
     *
     * @param percent the share in percent, over 0 and at most 100
     * @return the target
     * @throws IllegalArgumentException if the share is not in (0, 100]
     */
    static Target share(BigDecimal percent) {
        return new Share(percent);
    }

    /**
     * Every unit of the scope the standard applies to.
     *
     * @return the target
     */
    static Target all() {
        return new All();
    }

    /**
     * What a requirement of the scope's own standard still needs: the aggregate criterion
     * {@code criterion} of standard {@code standard} of the scope unit (for instance requirement 5
     * of the province set), counting the goal's standard.
     *
     * @param standard  the scope's standard holding the requirement
     * @param criterion the requirement's criterion code
     * @return the target
     */
    static Target requirement(String standard, String criterion) {
        return new Requirement(standard, criterion);
    }

    /**
     * k more units.
     *
     * @param units how many more, at least 1
     */
    record More(int units) implements Target {
        /**
         * Validates.
         *
         * @param units how many more
         */
        public More {
            if (units < 1) {
                throw new IllegalArgumentException("a target of " + units + " more units: at least 1");
            }
        }
    }

    /**
     * A share of the units, in percent.
     *
     * @param percent the share, in (0, 100]
     */
    record Share(BigDecimal percent) implements Target {
        /**
         * Validates.
         *
         * @param percent the share
         */
        public Share {
            Objects.requireNonNull(percent, "percent");
            if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("a share of " + percent.toPlainString() + "%: over 0 and at most 100");
            }
        }
    }

    /** Every unit. */
    record All() implements Target {
    }

    /**
     * A requirement of the scope's standard.
     *
     * @param standard  the scope's standard id
     * @param criterion the requirement's criterion code
     */
    record Requirement(String standard, String criterion) implements Target {
        /**
         * Validates.
         *
         * @param standard  the scope's standard id
         * @param criterion the criterion code
         */
        public Requirement {
            Objects.requireNonNull(standard, "standard");
            Objects.requireNonNull(criterion, "criterion");
        }
    }
}
