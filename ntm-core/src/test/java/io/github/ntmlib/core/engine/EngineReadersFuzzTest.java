package io.github.ntmlib.core.engine;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ntmlib.base.fuzz.ReaderContract;
import io.github.ntmlib.core.criteria.io.CriteriaJson;
import io.github.ntmlib.core.data.io.DataCsv;
import io.github.ntmlib.core.report.io.EvaluationJson;
import java.util.Map;

/**
 * Fuzz targets of the criteria, data and evaluation readers (issue 15; the report-claim
 * parser's targets are in ntm-claims); seeds in {@code EngineReadersFuzzTestInputs}.
 */
class EngineReadersFuzzTest {

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void criteriaSetJson(byte[] data) {
        ReaderContract.json("set.json", () -> CriteriaJson.readSet(ReaderContract.reader(data), "set.json",
                Map.of("always-met", CriteriaDefinitionTest.ALWAYS_MET)));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void overlayJson(byte[] data) {
        ReaderContract.json("overlay.json", () -> CriteriaJson.readOverlay(ReaderContract.reader(data),
                "overlay.json"));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void evaluationJson(byte[] data) {
        ReaderContract.json("evaluation.json", () -> EvaluationJson.read(ReaderContract.reader(data),
                "evaluation.json", SmallSet.set(), SmallSet.snapshot()));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void observationsCsv(byte[] data) {
        ReaderContract.csv("values.csv", () -> DataCsv.readObservations(ReaderContract.reader(data), "values.csv"));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void outcomesCsv(byte[] data) {
        ReaderContract.csv("outcomes.csv", () -> DataCsv.readOutcomes(ReaderContract.reader(data), "outcomes.csv"));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void statusesCsv(byte[] data) {
        ReaderContract.csv("register.csv", () -> DataCsv.readStatuses(ReaderContract.reader(data), "register.csv"));
    }
}
