package io.github.ntmlib.core.report;

import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.engine.UnitResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The distance of units to standards: what each lacks, and which are closest.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Gaps {

    private Gaps() {
    }

    /**
     * What a unit lacks for a standard.
     *
     * @param evaluation the evaluation
     * @param unit       the unit code
     * @param standard   the standard id
     * @return the gap, or empty if the standard does not apply or is attained
     * @throws io.github.ntmlib.core.locality.UnknownUnitException      for an unknown unit
     * @throws io.github.ntmlib.core.engine.UnknownStandardException for an unknown standard
     */
    public static Optional<Gap> of(Evaluation evaluation, String unit, String standard) {
        return evaluation.result(unit, standard).filter(r -> r.verdict() != Verdict.MET)
                .map(r -> new Gap(unit, standard, missing(r)));
    }

    private static List<CriterionResult> missing(StandardResult r) {
        return r.criteria().stream().filter(c -> c.verdict() != Verdict.MET).collect(Collectors.toList());
    }

    /**
     * The next standard a unit does not attain, following the nesting (NTM, then nâng cao, then
     * kiểu mẫu), with what it lacks.
     *
     * @param evaluation the evaluation
     * @param unit       the unit code
     * @return the gap to the lowest standard not attained, or empty if all are attained
     * @throws io.github.ntmlib.core.locality.UnknownUnitException for an unknown unit
     */
    public static Optional<Gap> next(Evaluation evaluation, String unit) {
        CriteriaSet set = evaluation.criteriaSet();
        return evaluation.unit(unit).standards().stream().filter(s -> s.verdict() != Verdict.MET)
                .min(Comparator.comparingInt(s -> set.requiredBy(s.standard()).size()))
                .map(s -> new Gap(unit, s.standard(), missing(s)));
    }

    /**
     * The units not attaining a standard, closest first: fewest criteria missing (not met or not
     * assessed), then fewest not assessed, then by code. Units whose required standard is not
     * attained are included, with their own criteria only.
     *
     * @param evaluation the evaluation
     * @param standard   the standard id
     * @return the ranking
     * @throws io.github.ntmlib.core.engine.UnknownStandardException for an unknown standard
     */
    public static List<Gap> ranking(Evaluation evaluation, String standard) {
        evaluation.standard(standard);
        List<Gap> gaps = new ArrayList<>();
        for (UnitResult u : evaluation.units()) {
            u.standard(standard).filter(r -> r.verdict() != Verdict.MET)
                    .ifPresent(r -> gaps.add(new Gap(u.unit(), standard, missing(r))));
        }
        gaps.sort(Comparator.comparingInt((Gap g) -> g.missing().size()).thenComparingInt(Gap::notAssessed)
                .thenComparing(Gap::unit));
        return gaps;
    }
}
