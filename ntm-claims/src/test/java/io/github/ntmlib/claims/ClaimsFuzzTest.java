package io.github.ntmlib.claims;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ntmlib.base.fuzz.ReaderContract;
import java.math.BigDecimal;

/**
 * Fuzz targets of the report-claim scanner (issue 15, issue 24); seeds and regression inputs in
 * {@code ClaimsFuzzTestInputs}: among them the time breaches of issue 24 (a long run of digits, a
 * plan clause repeated without a sentence end, a long text without line ends), each a target's
 * regression input that must finish within Jazzer's time bound.
 */
class ClaimsFuzzTest {

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void reportClaimsScan(byte[] data) {
        ReaderContract.text(() -> ReportClaims.scan(ReaderContract.text(data)));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void reportClaimsCheck(byte[] data) {
        ReaderContract.text(() -> ReportClaims.check(new BigDecimal(69), new BigDecimal(169), ReaderContract.text(data)));
    }

    @FuzzTest(maxDuration = ReaderContract.DURATION)
    void lineIndex(byte[] data) {
        String text = ReaderContract.text(data);
        LineIndex lines = LineIndex.of(text);
        int expected = 1;
        for (int i = 0; i < text.length(); i++) {
            if (lines.line(i) != expected) {
                throw new AssertionError("offset " + i + ": line " + lines.line(i) + ", expected " + expected);
            }
            if (text.charAt(i) == '\n') {
                expected++;
            }
        }
    }
}
