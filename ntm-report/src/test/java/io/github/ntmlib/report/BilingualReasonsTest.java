package io.github.ntmlib.report;

import static io.github.ntmlib.testkit.BilingualErrors.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.report.pdf.PdfException;
import io.github.ntmlib.report.pdf.PdfReport;
import io.github.ntmlib.testkit.BilingualErrors;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.generators.SourceDSL;

/**
 * Issue 21: a bad report header and a failed rendering are reported in Vietnamese and English;
 * the English message is unchanged.
 */
class BilingualReasonsTest {

    private static final String VALID = ReportHeaderJsonTest.VALID;

    private static void header(String json) {
        ReportHeaderJson.read(json, "header.json");
    }

    @Test
    void aBadHeaderIsRefusedInBothLanguages() {
        InvalidDataException e = thrownBy(() -> header(VALID.replace("2026-12-05", "05/12/2026")));
        assertThat(e.field()).contains("date");
        assertThat(e.getMessage()).isEqualTo("header.json field 'date': not a date yyyy-mm-dd: \"'05/12/2026'\"");
        assertThat(e.message(Language.VIETNAMESE)).isEqualTo("header.json trường 'date': không phải là ngày dạng "
                + "năm-tháng-ngày: '05/12/2026'");
        thrownBy(() -> header(VALID.replace("\"issuer\": \"UBND TỈNH HÀ TĨNH\",",
                "\"issuer\": \"UBND TỈNH HÀ TĨNH\", \"seal\": \"x\",")));
        thrownBy(() -> header(VALID.replace("\"number\": \"123/BC-UBND\",", "")));
        thrownBy(() -> header(VALID.replace(", \"name\": \"Nguyễn Văn A\"", "")));
        thrownBy(() -> header(VALID.replace("\"name\": \"Nguyễn Văn A\"", "\"name\": 5")));
        thrownBy(() -> header(VALID.replace("BÁO CÁO Kết quả xây dựng nông thôn mới năm 2026", "  ")));
        assertThat(thrownBy(() -> header(VALID.replace("ntm.report-header/1", "ntm.report-header/2")))
                .reason(Language.VIETNAMESE))
                .isEqualTo("cần 'ntm.report-header/1', không phải 'ntm.report-header/2'");
        thrownBy(() -> header(VALID.replace("{\"title\": \"CHỦ TỊCH\", \"name\": \"Nguyễn Văn A\"}", "1")));
        thrownBy(() -> header("{"));
        thrownBy(() -> header("[]"));
        thrownBy(() -> header(" ".repeat(70_000)));
    }

    @Test
    void everyDateThatIsNotADateIsRefusedInBothLanguages() {
        qt().forAll(SourceDSL.strings().betweenCodePoints('0', '9').ofLengthBetween(1, 12))
                .checkAssert(digits -> thrownBy(() -> header(VALID.replace("2026-12-05", digits + "-x"))));
    }

    @Test
    void aReportErrorHasItsMessageInEachLanguage() {
        ReportException e = new ReportException(Labels.of("không ghi được báo cáo", "cannot write the report"));
        assertThat(e.getMessage()).isEqualTo("cannot write the report");
        assertThat(e.message(Language.ENGLISH)).isEqualTo("cannot write the report");
        assertThat(e.message(Language.VIETNAMESE)).isEqualTo("không ghi được báo cáo");
        ReportException one = new ReportException("only English");
        assertThat(one.message(Language.VIETNAMESE)).isEqualTo("only English");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aFailedPrintIsReportedInBothLanguagesWithTheBrowsersOutputQuoted(@TempDir Path dir) throws IOException {
        Path s = dir.resolve("fake-chromium");
        Files.writeString(s, "#!/bin/sh\necho 'ERROR: no display' >&2; exit 3\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(s, PosixFilePermissions.fromString("rwx------"));
        Report report = Worlds.report(Worlds.bare(Worlds.generated().next(new java.util.Random(3)).snapshot()),
                Language.VIETNAMESE);
        PdfException e = catchThrowableOfType(PdfException.class,
                () -> PdfReport.chromium().withExecutable(s).render(report, new ByteArrayOutputStream()));
        assertThat(e.getMessage()).endsWith("failed to print the PDF (exit 3); browser output: ERROR: no display");
        assertThat(e.message(Language.VIETNAMESE)).endsWith("in PDF không thành công (mã thoát 3); đầu ra của trình "
                + "duyệt: 'ERROR: no display'");
        assertThat(BilingualErrors.leaks(e.message(Language.VIETNAMESE))).isEmpty();
    }
}
