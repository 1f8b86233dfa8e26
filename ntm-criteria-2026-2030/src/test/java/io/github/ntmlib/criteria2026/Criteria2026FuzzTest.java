package io.github.ntmlib.criteria2026;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ntmlib.base.fuzz.ReaderContract;

/**
 * Fuzz targets of the 2026-2030 plugin's readers (issue 15): the set loader, a transcription of
 * appendix I (read and applied to the set in one call) and the province's group facts; seeds in
 * {@code Criteria2026FuzzTestInputs}.
 */
class Criteria2026FuzzTest {

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void setJson(byte[] data) {
        ReaderContract.json("vn.json", () -> NationalCriteria2026.read(ReaderContract.reader(data), "vn.json"));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void appendixOneJson(byte[] data) {
        ReaderContract.json("appendix.json", () -> NationalCriteria2026.withOfficialTable(ReaderContract.reader(data),
                "appendix.json"));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void groupFactsCsv(byte[] data) {
        ReaderContract.csv("facts.csv", () -> GroupFactsCsv.read(ReaderContract.reader(data), "facts.csv"));
    }
}
