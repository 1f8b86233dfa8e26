package io.github.ntmlib.core.locality;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ntmlib.base.fuzz.ReaderContract;
import io.github.ntmlib.core.locality.io.ChangesCsv;
import io.github.ntmlib.core.locality.io.ClassificationCsv;
import io.github.ntmlib.core.locality.io.LocalityJson;
import io.github.ntmlib.core.locality.io.MergeMapCsv;
import io.github.ntmlib.core.locality.io.UnitsCsv;
import io.github.ntmlib.core.locality.io.UnitsDiffJson;
import java.time.LocalDate;
import java.util.List;

/** Fuzz targets of the locality readers (issue 15); seeds in {@code LocalityReadersFuzzTestInputs}. */
class LocalityReadersFuzzTest {

    private static final LocalDate DATE = LocalDate.of(2025, 7, 1);

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void unitsCsv(byte[] data) {
        ReaderContract.csv("units.csv", () -> UnitsCsv.read(ReaderContract.reader(data), "units.csv", DATE));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void unitVersionsCsv(byte[] data) {
        ReaderContract.csv("versions.csv", () -> UnitsCsv.readVersions(ReaderContract.reader(data), "versions.csv",
                List.of()));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void mergeMapCsv(byte[] data) {
        ReaderContract.csv("merge.csv", () -> MergeMapCsv.read(ReaderContract.reader(data), "merge.csv", DATE));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void changesCsv(byte[] data) {
        ReaderContract.csv("changes.csv", () -> ChangesCsv.read(ReaderContract.reader(data), "changes.csv"));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void classificationCsv(byte[] data) {
        ReaderContract.csv("regions.csv", () -> ClassificationCsv.read(ReaderContract.reader(data), "regions.csv",
                TestSchemes.REGION, "province_code", "ntm_region"));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void snapshotJson(byte[] data) {
        ReaderContract.json("snapshot.json", () -> LocalityJson.readSnapshot(ReaderContract.reader(data),
                "snapshot.json"));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void historyJson(byte[] data) {
        ReaderContract.json("history.json", () -> LocalityJson.readHistory(ReaderContract.reader(data),
                "history.json"));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void unitsDiffJson(byte[] data) {
        ReaderContract.json("diff.json", () -> UnitsDiffJson.read(ReaderContract.reader(data), "diff.json"));
    }
}
