package io.github.ntmlib.examples;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.criteria.CountingMode;
import io.github.ntmlib.core.registry.CriteriaRegistry;
import io.github.ntmlib.core.criteria.CriteriaSet;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.Observation;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.StatusRegister;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.Evaluator;
import io.github.ntmlib.core.engine.EvaluationRequest;
import io.github.ntmlib.core.engine.StandardResult;
import io.github.ntmlib.core.locality.Snapshot;
import io.github.ntmlib.core.locality.gso.GsoLists;
import io.github.ntmlib.criteria2021.NationalCriteria2021;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * Embedding example: evaluate one commune (xã Tân Lộc, 18409) against the 2021-2025 commune NTM
 * standard from a few values and sector outcomes, and print every criterion's verdict and why.
 */
public final class EvaluateOneCommune {

    private EvaluateOneCommune() {
    }

    /**
     * Runs the example.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        print(System.out);
    }

    /**
     * Evaluates the commune and prints the result.
     *
     * @param out where to print
     * @return the commune's commune-NTM result
     */
    public static StandardResult print(PrintStream out) {
        LocalDate date = LocalDate.of(2024, 12, 31);
        CriteriaSet set = CriteriaRegistry.load().byId(NationalCriteria2021.SET_ID);
        Snapshot haTinh = GsoLists.haTinh().asOf(date);
        DataSource report = DataSource.of("Sở NN&PTNT Hà Tĩnh", "Báo cáo 2024");
        Dataset data = Dataset.builder()
                .add(Observation.of("18409", "3.1", 2024, Value.Ratio.of(86, 100), report))
                .add(Observation.of("18409", "3.2", 2024, new Value.Flag(true), report))
                .add(RecordedOutcome.of("18409", NationalCriteria2021.COMMUNE_NTM, "2", Assessment.MET, date, report))
                .add(RecordedOutcome.of("18409", NationalCriteria2021.COMMUNE_NTM, "4", Assessment.NOT_MET, date, report))
                .build();
        Evaluation e = Evaluator.of(set).evaluate(EvaluationRequest.of(date, 2024, CountingMode.COMPUTED), haTinh, data, StatusRegister.empty());
        StandardResult ntm = e.result("18409", NationalCriteria2021.COMMUNE_NTM).orElseThrow();
        out.println(haTinh.require("18409").name() + ": " + ntm.verdict().labels().in(Language.ENGLISH));
        for (CriterionResult c : ntm.criteria()) {
            out.println("  " + c.code() + " " + c.labels().in(Language.ENGLISH) + ": " + c.explanation(Language.ENGLISH));
        }
        return ntm;
    }
}
