package io.github.ntmlib.ocop.sheet;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ntmlib.base.fuzz.ReaderContract;
import io.github.ntmlib.ocop.Instrument;

/** Fuzz target of the scoring-sheet reader (issue 15); seeds in {@code SheetFuzzTestInputs}. */
class SheetFuzzTest {

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void sheetJson(byte[] data) {
        ReaderContract.json("sheet-01.json", () -> SheetCatalog.read(ReaderContract.stream(data),
                Instrument.QD_26_2026, 1, "sheet-01.json"));
    }
}
