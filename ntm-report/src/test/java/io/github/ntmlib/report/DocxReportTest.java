package io.github.ntmlib.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.UnitResult;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.report.Tallies;
import io.github.ntmlib.core.report.Tally;
import io.github.ntmlib.report.docx.DocxReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/** The Word document reopened by POI: the header block, the sections, the tables and their figures. */
class DocxReportTest {

    private static final Evaluation HA_TINH = Worlds.haTinh();

    @Test
    void theDocumentCarriesTheHeaderTheTotalRowAndTheMatrix() throws IOException {
        Report report = Worlds.report(HA_TINH, Language.VIETNAMESE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxReport.create().render(report, out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            XWPFTable header = doc.getTables().get(0);
            assertThat(header.getRow(0).getCell(0).getText()).contains("UBND TỈNH HÀ TĨNH", "Số: 123/BC-UBND");
            assertThat(header.getRow(0).getCell(1).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Hà Tĩnh, ngày 05 tháng 12 năm 2026");
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("BÁO CÁO Kết quả xây dựng nông thôn mới năm 2024", "I. Kết quả chung",
                    "II. Kết quả theo đơn vị cấp huyện", "PHỤ LỤC: Ma trận kết quả theo tiêu chí");
            Tally t = Tallies.of(HA_TINH).tally("42", "commune-ntm", Tally.Scope.DESCENDANTS, Set.of(UnitKind.COMMUNE));
            XWPFTableRow total = doc.getTables().stream().flatMap(x -> x.getRows().stream())
                    .filter(r -> r.getCell(0).getText().equals("Toàn tỉnh")).findFirst().orElseThrow();
            assertThat(total.getCell(1).getText()).isEqualTo(String.valueOf(t.total()));
            assertThat(total.getCell(2).getText()).isEqualTo(String.valueOf(t.recognised()));
            assertThat(doc.getTables().stream().flatMap(x -> x.getRows().stream()).filter(XWPFTableRow::isRepeatHeader))
                    .as("table headers repeat on each page").isNotEmpty();
            UnitResult commune = HA_TINH.units(UnitKind.COMMUNE).get(0);
            XWPFTableRow matrixRow = doc.getTables().stream().flatMap(x -> x.getRows().stream())
                    .filter(r -> r.getCell(0).getText().equals(commune.unit())).findFirst().orElseThrow();
            assertThat(matrixRow.getCell(1).getText()).isEqualTo(commune.name());
            assertThat(matrixRow.getCell(2).getText()).isIn(commune.standards().stream()
                    .map(s -> s.verdict().labels().in(Language.VIETNAMESE)).toList());
            XWPFTable signature = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(signature.getRow(0).getCell(1).getText()).contains("CHỦ TỊCH", "Nguyễn Văn A");
        }
    }
}
