package io.github.ntmlib.core.report;

import io.github.ntmlib.base.Figures;

import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.engine.UnitResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How a plan is going: the units newly recognised in the plan's year against its target, "15/20,
 * đạt 75% KH".
 *
 * @param plan     the plan
 * @param achieved the codes of the units recognised in the year
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Progress(Plan plan, List<String> achieved) {

    /**
     * Validates the components.
     *
     * @param plan     the plan
     * @param achieved the units recognised
     */
    public Progress {
        Objects.requireNonNull(plan, "plan");
        achieved = List.copyOf(achieved);
    }

    /**
     * The progress of a plan from an evaluation made within the plan's year: units of the plan's
     * kinds under its unit whose recognition in force on the evaluation date is dated in the
     * plan's year.
     *
     * @param plan       the plan
     * @param evaluation an evaluation as of a date in the plan's year
     * @return the progress up to the evaluation date
     * @throws IllegalArgumentException if the evaluation is not of the plan's year
     * @throws io.github.ntmlib.core.engine.UnknownStandardException for a plan on an unknown standard
     * @throws io.github.ntmlib.core.locality.UnknownUnitException     for a plan on an unknown unit
     */
    public static Progress of(Plan plan, Evaluation evaluation) {
        if (evaluation.request().asOf().getYear() != plan.year()) {
            throw new IllegalArgumentException("a plan for " + plan.year() + " needs an evaluation as of a date in "
                    + plan.year() + ", not " + evaluation.request().asOf());
        }
        evaluation.standard(plan.standard());
        List<String> done = new ArrayList<>();
        for (UnitResult unit : evaluation.descendants(plan.unit())) {
            if (!plan.kinds().contains(unit.kind())) {
                continue;
            }
            unit.standard(plan.standard()).flatMap(StandardResult::recognition)
                    .filter(e -> e.date().getYear() == plan.year()).ifPresent(e -> done.add(unit.unit()));
        }
        return new Progress(plan, done);
    }

    /**
     * The share of the target reached, exact then rounded half-up.
     *
     * @param decimals the digits
     * @return the percentage
     */
    public BigDecimal percent(int decimals) {
        return Figures.percent(achieved.size(), plan.target(), decimals);
    }

    /**
     * The progress as a report prints it: "15/20, đạt 75% KH" or "15/20, 75% of plan".
     *
     * @param decimals the most digits of the percentage
     * @param locale   the locale
     * @return the sentence
     */
    public String format(int decimals, Locale locale) {
        boolean vi = "vi".equals(locale.getLanguage());
        String pct = Figures.formatPercent(achieved.size(), plan.target(), decimals, locale);
        return achieved.size() + "/" + plan.target() + (vi ? ", đạt " + pct + " KH" : ", " + pct + " of plan");
    }

    /**
     * Why this progress and a tally of the same units differ, when they do: the plan counts the
     * recognitions of its year, a tally every recognition in force (or every unit attaining the
     * standard), earlier years included — so that "0% KH" beside a tally of "1/3" is explained.
     *
     * @param tally    the tally of the plan's unit, standard and kinds
     * @param mode     the tally's counting
     * @param language the language
     * @return the sentence, or empty when both count the same number of units
     */
    public java.util.Optional<String> differenceFrom(Tally tally, io.github.ntmlib.core.criteria.CountingMode mode,
            io.github.ntmlib.base.Language language) {
        int counted = tally.count(mode);
        if (achieved.size() == counted) {
            return java.util.Optional.empty();
        }
        boolean official = mode == io.github.ntmlib.core.criteria.CountingMode.OFFICIAL;
        return java.util.Optional.of(language == io.github.ntmlib.base.Language.VIETNAMESE
                ? "Kế hoạch năm " + plan.year() + " tính " + achieved.size() + " đơn vị được công nhận trong năm "
                        + plan.year() + "; phần tổng hợp đếm " + counted + "/" + tally.total() + " đơn vị "
                        + (official ? "được công nhận" : "đạt theo tính toán") + ", kể cả các năm trước."
                : "The " + plan.year() + " plan counts the " + achieved.size() + " units recognised in " + plan.year()
                        + "; the tallies count " + counted + "/" + tally.total() + " units "
                        + (official ? "recognised" : "attaining it") + ", earlier years included.");
    }
}
