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
     * Reads a target as the command line and the server write it: {@code +20} (20 more units),
     * {@code 40%} or {@code 40,5%} / {@code 40.5%} (a share), {@code all}, or
     * {@code req:STANDARD/CRITERION} (a requirement of the scope's standard). A share with exactly
     * three digits after its separator ({@code 1.205%}) reads as a thousands group in one style and a
     * decimal in the other, and is refused rather than guessed.
     *
     * @param text the text
     * @return the target
     * @throws io.github.ntmlib.base.InvalidDataException if the text is none of these (naming the field "target")
     */
    static Target parse(String text) {
        String t = text.strip();
        io.github.ntmlib.base.Labels bad = io.github.ntmlib.base.Labels.of("mục tiêu '"
                + io.github.ntmlib.base.InvalidDataException.excerpt(t) + "' không hợp lệ (viết '+20', '40%', 'all' hoặc"
                + " 'req:mức-chuẩn/tiêu-chí')", "the target '" + io.github.ntmlib.base.InvalidDataException.excerpt(t)
                + "' is not valid (write '+20', '40%', 'all' or 'req:standard/criterion')");
        try {
            if (t.equals("all")) {
                return all();
            }
            if (t.startsWith("req:") && t.indexOf('/') > 4 && t.indexOf('/') < t.length() - 1) {
                int slash = t.indexOf('/');
                return requirement(t.substring(4, slash), t.substring(slash + 1));
            }
            if (t.startsWith("+") && t.length() <= 7 && t.substring(1).chars().allMatch(Character::isDigit)
                    && t.length() > 1) {
                return more(Integer.parseInt(t.substring(1)));
            }
            if (t.endsWith("%") && t.length() <= 12 && t.length() > 1
                    && t.substring(0, t.length() - 1).matches("[0-9]{1,3}([.,]([0-9]{1,2}|[0-9]{4,6}))?")) {
                // three digits after the separator read as a thousands group in one style: never guessed
                return share(new BigDecimal(t.substring(0, t.length() - 1).replace(',', '.')));
            }
        } catch (IllegalArgumentException e) {
            throw new io.github.ntmlib.base.InvalidDataException(io.github.ntmlib.base.SourcePosition.API, null, "target",
                    bad, e);
        }
        throw new io.github.ntmlib.base.InvalidDataException(io.github.ntmlib.base.SourcePosition.API, null, "target",
                bad);
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
