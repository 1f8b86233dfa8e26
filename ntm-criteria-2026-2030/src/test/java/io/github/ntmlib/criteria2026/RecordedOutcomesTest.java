package io.github.ntmlib.criteria2026;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.Origin;
import io.github.ntmlib.core.criteria.Verdict;
import io.github.ntmlib.core.data.Assessment;
import io.github.ntmlib.core.data.DataSource;
import io.github.ntmlib.core.data.Dataset;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.StandardResult;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Usable today: the sector departments' outcomes per criterion decide; the rest is not assessed. */
class RecordedOutcomesTest {

    private static final DataSource SOURCE = DataSource.of("Sở NN&MT (test)", "báo cáo 2026");

    private static Dataset outcomes(String unit, int met, Assessment last) {
        Dataset.Builder b = Dataset.builder();
        for (int c = 1; c <= met; c++) {
            b.add(RecordedOutcome.of(unit, NationalCriteria2026.COMMUNE_NTM, String.valueOf(c),
                    c == met ? last : Assessment.MET, LocalDate.of(2026, 11, 30), SOURCE));
        }
        return b.build();
    }

    private static StandardResult commune(Dataset data) {
        Evaluation e = Fixtures2026.evaluate(NationalCriteria2026.criteriaSet(), Fixtures2026.snapshot(), data);
        return e.result("1", NationalCriteria2026.COMMUNE_NTM).orElseThrow();
    }

    @Test
    void tenRecordedOutcomesOfDatDecideTheStandard() {
        StandardResult r = commune(outcomes("1", 10, Assessment.MET));
        assertThat(r.verdict()).isEqualTo(Verdict.MET);
        assertThat(r.criteria()).allSatisfy(c -> assertThat(c.origin()).isEqualTo(Origin.RECORDED));
    }

    @Test
    void oneChuaDatMakesItNotMet() {
        StandardResult r = commune(outcomes("1", 10, Assessment.NOT_MET));
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(r.criterion("10").orElseThrow().verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void aCriterionWithoutOutcomeIsNotAssessedNeverMet() {
        StandardResult r = commune(outcomes("1", 9, Assessment.MET));
        CriterionResult tenth = r.criterion("10").orElseThrow();
        assertThat(tenth.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
        StandardResult none = commune(Dataset.builder().build());
        assertThat(none.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
        assertThat(none.count(Verdict.NOT_ASSESSED)).isEqualTo(10);
    }
}
