package io.github.ntmlib.core.report;

import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.Fraction;
import io.github.ntmlib.base.Language;
import java.math.BigInteger;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A comparison's later result against a target: a share of the units a standard applies to (the
 * 2021-2025 program's "≥ 80% of communes NTM", Decision 263/QĐ-TTg), a number of units, or a
 * year's plan ({@link Progress}). Reached or not, and by how many units, exactly: a share target
 * needs the least whole number of units whose share is at least the target.
 *
 * @param standard the standard id
 * @param measure  what the target counts
 * @param target   the share (for {@link Measure#SHARE}) or the number of units
 * @param total    the units the standard applies to on the later date (for a plan, the plan's target)
 * @param required the units needed
 * @param actual   the units holding the standard (for a plan, recognised in the plan's year)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TargetStatus(String standard, Measure measure, Fraction target, int total, int required, int actual) {

    /** What a target counts. */
    public enum Measure {
        /** A share of the units the standard applies to (tỷ lệ). */
        SHARE,
        /** A number of units holding the standard. */
        COUNT,
        /** A year's plan: units newly recognised in the year (kế hoạch). */
        PLAN
    }

    /**
     * Validates the components: the units needed follow from the target.
     *
     * @param standard the standard
     * @param measure  the measure
     * @param target   the target
     * @param total    the units counted
     * @param required the units needed
     * @param actual   the units holding it
     */
    public TargetStatus {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(target, "target");
        if (total < 0 || actual < 0) {
            throw new IllegalArgumentException("negative count in target of " + standard);
        }
        if (measure == Measure.SHARE && (target.numerator().signum() < 0 || target.compareTo(Fraction.of(1)) > 0)) {
            throw new IllegalArgumentException("a share target lies between 0 and 1: " + target);
        }
        if (measure != Measure.SHARE && (target.denominator().compareTo(BigInteger.ONE) != 0 || target.numerator().signum() <= 0)) {
            throw new IllegalArgumentException("a count target is a whole number above 0: " + target);
        }
        if (required != needed(measure, target, total)) {
            throw new IllegalArgumentException("target " + target + " of " + total + " needs "
                    + needed(measure, target, total) + " units, not " + required);
        }
    }

    private static int needed(Measure measure, Fraction target, int total) {
        Fraction t = target.reduced();
        if (measure != Measure.SHARE) {
            return t.numerator().intValueExact();
        }
        BigInteger[] qr = t.numerator().multiply(BigInteger.valueOf(total)).divideAndRemainder(t.denominator());
        return qr[0].add(qr[1].signum() > 0 ? BigInteger.ONE : BigInteger.ZERO).intValueExact();
    }

    /**
     * A share target for the later date of a comparison.
     *
     * @param standard the standard compared
     * @param share    the share, between 0 and 1 (4/5 for 80%)
     * @return the status
     */
    public static TargetStatus share(StandardComparison standard, Fraction share) {
        int total = standard.totalAfter();
        return new TargetStatus(standard.standard(), Measure.SHARE, share.reduced(), total,
                needed(Measure.SHARE, share, total), standard.after());
    }

    /**
     * A target number of units holding the standard on the later date.
     *
     * @param standard the standard compared
     * @param units    the number, above 0
     * @return the status
     */
    public static TargetStatus count(StandardComparison standard, int units) {
        return new TargetStatus(standard.standard(), Measure.COUNT, Fraction.of(units), standard.totalAfter(), units,
                standard.after());
    }

    /**
     * A year's plan and how it went.
     *
     * @param progress the plan's progress
     * @return the status
     */
    public static TargetStatus plan(Progress progress) {
        int target = progress.plan().target();
        return new TargetStatus(progress.plan().standard(), Measure.PLAN, Fraction.of(target), target, target,
                progress.achieved().size());
    }

    /**
     * Whether the target is reached.
     *
     * @return true if at least the units needed hold the standard
     */
    public boolean reached() {
        return actual >= required;
    }

    /**
     * By how many units the target is exceeded (positive) or missed (negative).
     *
     * @return actual minus required
     */
    public int margin() {
        return actual - required;
    }

    /**
     * The status as a report line: "Mục tiêu ≥ 80%: 85/100 xã, cần 80 xã: đạt, vượt 5 xã", "Target ≥ 80%:
     * 85/100 communes, needed 80 communes: reached, 5 communes above"; for a plan "Kế hoạch: 15/20 xã: chưa đạt,
     * còn thiếu 5 xã".
     *
     * @param language      the language
     * @param standardLabel the standard's name in the language
     * @param unitWord      the word for the units counted ("xã", "communes")
     * @return the line
     */
    public String format(Language language, String standardLabel, String unitWord) {
        boolean vi = language == Language.VIETNAMESE;
        java.util.Locale locale = language.locale();
        String head;
        String counts;
        switch (measure) {
            case SHARE:
                head = (vi ? "Mục tiêu " : "Target ") + standardLabel + " ≥ " + Figures.formatPercent(
                        new java.math.BigDecimal(target.numerator()), new java.math.BigDecimal(target.denominator()), 2,
                        locale);
                counts = Figures.format(actual, locale) + "/" + Figures.format(total, locale) + " " + unitWord
                        + (vi ? ", cần " : ", needed ") + Figures.format(required, locale) + " " + unitWord;
                break;
            case COUNT:
                head = (vi ? "Mục tiêu " : "Target ") + standardLabel + " " + Figures.format(required, locale) + " "
                        + unitWord;
                counts = Figures.format(actual, locale) + " " + unitWord;
                break;
            default:
                head = (vi ? "Kế hoạch " : "Plan ") + standardLabel;
                counts = Figures.format(actual, locale) + "/" + Figures.format(required, locale) + " " + unitWord
                        + (vi ? " được công nhận trong năm" : " recognised in the year");
                break;
        }
        int m = Math.abs(margin());
        String verdict = reached()
                ? (vi ? "đạt" : "reached") + (m == 0 ? "" : vi ? ", vượt " + Figures.format(m, locale) + " " + unitWord
                        : ", " + Figures.format(m, locale) + " " + unitWord + " above")
                : (vi ? "chưa đạt, còn thiếu " + Figures.format(m, locale) + " " + unitWord
                        : "not reached, " + Figures.format(m, locale) + " " + unitWord + " short");
        return head + ": " + counts + ": " + verdict;
    }
}
