package io.github.ntmlib.core.report;

import io.github.ntmlib.base.Figures;

import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.StatusStep;
import io.github.ntmlib.core.locality.AdminUnit;
import io.github.ntmlib.core.locality.Snapshot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a plan is going: the units newly recognised in the plan's year against its target, "15/20,
 * đạt 75% KH".
 *
 * @param plan     the plan
 * @param achieved the codes of the units recognised in the year
 */
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
     * The progress of a plan from the register: units of the plan's kinds under its unit whose
     * recognition for the standard is dated in the plan's year.
     *
     * @param plan     the plan
     * @param register the status register
     * @param snapshot the hierarchy
     * @return the progress
     */
    public static Progress of(Plan plan, StatusRegister register, Snapshot snapshot) {
        List<String> done = new ArrayList<>();
        for (AdminUnit unit : snapshot.descendants(plan.unit())) {
            if (!plan.kinds().contains(unit.kind())) {
                continue;
            }
            for (StatusEvent e : register.history(snapshot, unit.code(), plan.standard(),
                    java.time.LocalDate.of(plan.year(), 12, 31))) {
                if (e.step() == StatusStep.RECOGNISED && e.date().getYear() == plan.year()) {
                    done.add(unit.code());
                    break;
                }
            }
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
}
