package io.github.ntmlib.plan.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ntmlib.base.fuzz.ReaderContract;
import io.github.ntmlib.intake.WorkbookLimits;
import io.github.ntmlib.intake.XlsxReader;

/**
 * Fuzz targets of the planner's readers (issue 23): a province's cost model is a file people write by
 * hand, as JSON or as a workbook; anything but a model or a typed error naming the file is a
 * finding. Seeds in {@code PlanReadersFuzzTestInputs}: for the workbook, the example, the blank
 * template and an empty model (written by {@code CostModelXlsxTest} with {@code
 * -Dntm.writeExamples=true}).
 */
class PlanReadersFuzzTest {

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void costModelJson(byte[] data) {
        ReaderContract.json("costs.json", () -> CostModelJson.read(ReaderContract.stream(data), "costs.json"));
    }

    /** The workbook bounds of the fuzz run, small (as ntm-intake's own fuzz targets). */
    private static final WorkbookLimits LIMITS = WorkbookLimits.defaults().withMaxFileBytes(256 * 1024)
            .withZip(50, 2 << 20).withShape(8, 2_000, 64, 20_000).withText(5_000, 100_000, 4_096);

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void costModelXlsx(byte[] data) {
        ReaderContract.json("costs.xlsx", () -> CostModelXlsx.intake(XlsxReader.read(ReaderContract.stream(data),
                "costs.xlsx", LIMITS)));
    }
}
