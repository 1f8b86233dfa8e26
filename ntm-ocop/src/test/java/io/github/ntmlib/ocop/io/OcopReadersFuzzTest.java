package io.github.ntmlib.ocop.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ntmlib.base.fuzz.ReaderContract;
import io.github.ntmlib.ocop.Instrument;
import io.github.ntmlib.ocop.certificate.ProductCode;
import io.github.ntmlib.ocop.sheet.Sheet;
import io.github.ntmlib.ocop.sheet.SheetCatalog;

/** Fuzz targets of the OCOP CSV readers and product codes (issue 15); seeds in {@code OcopReadersFuzzTestInputs}. */
class OcopReadersFuzzTest {

    private static final Sheet SHEET_1 = SheetCatalog.of(Instrument.QD_26_2026).sheet(1);

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void certificatesCsv(byte[] data) {
        ReaderContract.csv("certificates.csv", () -> CertificateCsv.read(ReaderContract.reader(data),
                "certificates.csv"));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void scorecardCsv(byte[] data) {
        ReaderContract.csv("scores.csv", () -> ScorecardCsv.read(ReaderContract.reader(data), "scores.csv", SHEET_1,
                "Cam Khe Mây"));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void productCode(byte[] data) {
        ReaderContract.text(() -> ProductCode.parse(ReaderContract.text(data)));
    }
}
