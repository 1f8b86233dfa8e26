package io.github.ntmlib.examples;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.registry.CriteriaChoice;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusEvent;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.locality.LocalityHistory;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.gso.GsoLists;
import io.github.ntmlib.core.report.CarryOver;
import io.github.ntmlib.core.report.CarryOverPolicy;
import io.github.ntmlib.core.report.StatusCarrier;
import io.github.ntmlib.criteria2021.NationalCriteria2021;
import io.github.ntmlib.criteria2026.NationalCriteria2026;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The swap of criteria-set plugins, shown: the same code evaluates 2024 data on the units of 1 March
 * 2025 with the 2021-2025 set and 2026 data on the units of 1 July 2025 with the 2026-2030 set — the
 * registry picks the plugin by data year and date — and a report puts a new commune's 2021-2025
 * status, carried over from its predecessors, beside its 2026-2030 assessment.
 *
 * <p>{@link #main} runs it on Hà Tĩnh's Xã Hương Sơn (18133, formed on 1 July 2025 from Thị trấn
 * Phố Châu and four xã) with <b>made-up</b> data and recognitions, labelled as such.
 */
public final class PeriodSwap {

    private PeriodSwap() {
    }

    /**
     * An evaluation with the set the registry picked, and why it picked it.
     *
     * @param choice     the registry's choice
     * @param evaluation the evaluation
     */
    public record Judged(CriteriaChoice choice, Evaluation evaluation) {
    }

    /**
     * Evaluates a data year as of a date with whichever set the registry picks: the same code for
     * every period.
     *
     * @param registry the plugins on the path
     * @param history  the hierarchy with its reorganisations
     * @param dataYear the data year
     * @param date     the evaluation date (the units in force on it are judged)
     * @param data     the data
     * @param register the official statuses under the picked set's standards
     * @return the evaluation and the choice
     */
    public static Judged evaluate(CriteriaRegistry registry, LocalityHistory history, int dataYear, LocalDate date,
            Dataset data, StatusRegister register) {
        return evaluate(registry, history.asOf(date), dataYear, date, data, register);
    }

    /**
     * Evaluates a data year as of a date on given units (already classified further, by commune
     * group say) with whichever set the registry picks; the plugins' classification tables are
     * added, keeping the values the units have.
     *
     * @param registry the plugins on the path
     * @param units    the units in force on {@code date}
     * @param dataYear the data year
     * @param date     the evaluation date
     * @param data     the data
     * @param register the official statuses under the picked set's standards
     * @return the evaluation and the choice
     */
    public static Judged evaluate(CriteriaRegistry registry, Snapshot units, int dataYear, LocalDate date,
            Dataset data, StatusRegister register) {
        CriteriaChoice choice = registry.pick(dataYear, date);
        Snapshot snapshot = registry.classify(units);
        Evaluation evaluation = Evaluator.of(choice.set()).evaluate(EvaluationRequest.of(date, dataYear, CountingMode.COMPUTED), snapshot, data, register);
        return new Judged(choice, evaluation);
    }

    /**
     * One report line: a new unit's status of the old period carried over, beside its assessment of
     * the new period.
     *
     * @param before   the carry-over of the old standard to the unit
     * @param after    the unit's result of the new standard
     * @param language the language
     * @return the line
     */
    public static String beside(CarryOver before, StandardResult after, Language language) {
        return before.unit() + " | 2021-2025 " + before.standard() + ": " + before.explanation(language)
                + " | 2026-2030 " + after.standard() + ": " + after.verdict().label(language) + " ("
                + after.count(io.github.ntmlib.core.criteria.Verdict.MET) + " met, "
                + after.count(io.github.ntmlib.core.criteria.Verdict.NOT_MET) + " not met, "
                + after.count(io.github.ntmlib.core.criteria.Verdict.NOT_ASSESSED) + " not assessed of "
                + after.criteria().size() + ")";
    }

    /**
     * Runs the Hà Tĩnh demonstration with made-up data.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /** The four xã that went wholly into Xã Hương Sơn (18133) on 1 July 2025. */
    static final List<String> HUONG_SON_XA = List.of("18175", "18187", "18190", "18217");

    /**
     * Runs the demonstration.
     *
     * @param out where to print
     * @return the line for Xã Hương Sơn
     */
    static String run(PrintStream out) {
        CriteriaRegistry registry = CriteriaRegistry.load();
        LocalityHistory haTinh = GsoLists.haTinh();
        DataSource madeUp = DataSource.of("MADE-UP demonstration data", "not a real report");
        List<StatusEvent> recognitions = new ArrayList<>();
        for (String xa : HUONG_SON_XA) {
            recognitions.add(StatusEvent.recognised(xa, NationalCriteria2021.COMMUNE_NTM, LocalDate.of(2023, 6, 1),
                    "MADE-UP QĐ " + xa, "Chủ tịch UBND tỉnh"));
        }
        StatusRegister old = StatusRegister.of(recognitions);

        Judged y2024 = evaluate(registry, haTinh, 2024, LocalDate.of(2025, 3, 1), Dataset.builder()
                .add(Observation.of("18175", "3.1", 2024, Value.Ratio.of(85, 100), madeUp)).build(), old);
        Dataset.Builder outcomes = Dataset.builder();
        for (int c = 1; c <= 7; c++) {
            outcomes.add(RecordedOutcome.of("18133", NationalCriteria2026.COMMUNE_NTM, String.valueOf(c),
                    c == 7 ? Assessment.NOT_MET : Assessment.MET, LocalDate.of(2026, 11, 30), madeUp));
        }
        // statuses under the 2026-2030 standards: none yet (codes are reused, so the old register is not passed)
        Judged y2026 = evaluate(registry, haTinh, 2026, LocalDate.of(2026, 12, 31), outcomes.build(),
                StatusRegister.empty());

        out.println("2024 data: " + y2024.choice());
        out.println("2026 data: " + y2026.choice());
        CarryOver carried = StatusCarrier.of(haTinh, old, y2024.choice().set(), CarryOverPolicy.ALL_FULL_PREDECESSORS)
                .carry("18133", GsoLists.TWO_LEVEL_GOVERNMENT, NationalCriteria2021.COMMUNE_NTM);
        String line = beside(carried, y2026.evaluation().result("18133", NationalCriteria2026.COMMUNE_NTM)
                .orElseThrow(), Language.ENGLISH);
        out.println(line);
        return line;
    }
}
