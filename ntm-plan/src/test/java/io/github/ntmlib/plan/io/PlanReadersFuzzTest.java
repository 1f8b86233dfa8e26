package io.github.ntmlib.plan.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ntmlib.base.fuzz.ReaderContract;
import io.github.ntmlib.intake.WorkbookLimits;
import io.github.ntmlib.intake.XlsxReader;

/**
 * Fuzz targets of the planner's readers (issue 23): a province's cost model is a file people write by
 * hand, as JSON or as a workbook; anything but a model or a typed error naming the file is a
 * finding. Seeds in {@code PlanReadersFuzzTestInputs}: for the workbook, the example and the blank
 * template as compact packages under 8 KiB, the fuzz run's bound (written by {@code
 * CostModelXlsxTest} with {@code -Dntm.writeExamples=true}).
 */
class PlanReadersFuzzTest {

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void costModelJson(byte[] data) {
        ReaderContract.json("costs.json", () -> CostModelJson.read(ReaderContract.stream(data), "costs.json"));
    }

    /** The workbook bounds of the fuzz run, small (as ntm-intake's own fuzz targets). */
    private static final WorkbookLimits LIMITS = WorkbookLimits.defaults().withMaxFileBytes(256 * 1024)
            .withZip(50, 2 << 20).withShape(8, 2_000, 64, 20_000).withText(5_000, 100_000, 4_096);

    /** The description sheet every package of {@link #costSheetXml} has. */
    private static final byte[] DESCRIPTION = ("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
            + "main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Field</t></is></c><c r=\"B1\" "
            + "t=\"inlineStr\"><is><t>Value</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Format"
            + "</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>ntm.plan-costs/1</t></is></c></row><row r=\"3\"><c "
            + "r=\"A3\" t=\"inlineStr\"><is><t>Synthetic</t></is></c><c r=\"B3\" t=\"b\"><v>1</v></c></row>"
            + "</sheetData></worksheet>").getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private static final String[] SHEETS = {CostModelXlsx.INDICATORS, CostModelXlsx.CRITERIA, CostModelXlsx.EXCLUSIONS};

    /**
     * A minimal package: the description sheet and a cost sheet of the given XML, the first byte
     * choosing which (0 indicators, 1 criteria, 2 exclusions, modulo 3).
     */
    static byte[] withSheet(byte[] data) {
        String sheet = SHEETS[data.length == 0 ? 0 : Math.floorMod(data[0], 3)];
        byte[] xml = data.length == 0 ? data : java.util.Arrays.copyOfRange(data, 1, data.length);
        return CostModelXlsxTest.pkg(java.util.List.of(CostModelXlsx.DESCRIPTION, sheet),
                java.util.List.of(DESCRIPTION, xml));
    }

    /**
     * A cost sheet's XML itself fuzzed inside a well-formed minimal package, so that the fuzzer
     * works on rows, cells, types and values rather than on the zip's checksums.
     */
    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void costSheetXml(byte[] data) {
        ReaderContract.json("costs.xlsx", () -> CostModelXlsx.intake(XlsxReader.read(ReaderContract.stream(
                withSheet(data)), "costs.xlsx", LIMITS)));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void costModelXlsx(byte[] data) {
        ReaderContract.json("costs.xlsx", () -> CostModelXlsx.intake(XlsxReader.read(ReaderContract.stream(data),
                "costs.xlsx", LIMITS)));
    }
}
