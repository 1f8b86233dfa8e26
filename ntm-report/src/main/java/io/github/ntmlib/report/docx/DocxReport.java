package io.github.ntmlib.report.docx;

import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.report.BarChart;
import io.github.ntmlib.report.Block;
import io.github.ntmlib.report.Cell;
import io.github.ntmlib.report.OfficialHeader;
import io.github.ntmlib.report.Paragraph;
import io.github.ntmlib.report.Report;
import io.github.ntmlib.report.ReportException;
import io.github.ntmlib.report.ReportRenderer;
import io.github.ntmlib.report.Section;
import io.github.ntmlib.report.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apiguardian.api.API;

/**
 * The report body as a Word document (.docx) for officials to edit before signing: the official
 * header (issuing body and number beside the national title, motto, place and date), the title,
 * every section with its paragraphs and tables (header rows repeated on each page, the total row
 * in bold, verdict cells shaded), each chart as its text alternative, and the signature block.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DocxReport implements ReportRenderer {

    private static final DocxReport INSTANCE = new DocxReport();
    private static final String FONT = "Times New Roman";

    private DocxReport() {
    }

    /**
     * The document renderer.
     *
     * @return the renderer
     */
    public static DocxReport create() {
        return INSTANCE;
    }

    @Override
    public void render(Report report, OutputStream out) {
        try (XWPFDocument doc = new XWPFDocument()) {
            header(doc, report);
            for (Section section : report.sections()) {
                XWPFParagraph heading = doc.createParagraph();
                heading.setPageBreak(true);
                run(heading, section.title(), true, false, 13);
                for (Block b : section.blocks()) {
                    if (b instanceof Paragraph p) {
                        run(doc.createParagraph(), p.text(), false, false, 12);
                    } else if (b instanceof Table t) {
                        table(doc, t);
                    } else if (b instanceof BarChart c) {
                        run(doc.createParagraph(), c.description(), false, true, 11);
                    }
                }
            }
            signature(doc, report);
            doc.write(out);
            out.flush();
        } catch (IOException e) {
            throw new ReportException(Labels.of("không ghi được văn bản: " + InvalidDataException.excerpt(e.getMessage()),
                            "cannot write the document: " + e.getMessage()), e);
        }
    }

    private static void header(XWPFDocument doc, Report report) {
        Language lang = report.language();
        OfficialHeader h = report.header();
        XWPFTable t = doc.createTable(1, 2);
        t.removeBorders();
        XWPFTableRow row = t.getRow(0);
        lines(row.getCell(0), List.of(h.issuer(), h.numberLine(lang)), List.of(true, false), List.of(false, false));
        lines(row.getCell(1), List.of(OfficialHeader.nation(lang), OfficialHeader.motto(lang), h.placeAndDate(lang)),
                List.of(true, true, false), List.of(false, false, true));
        XWPFParagraph title = doc.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        run(title, h.title(), true, false, 14);
        XWPFParagraph subtitle = doc.createParagraph();
        subtitle.setAlignment(ParagraphAlignment.CENTER);
        run(subtitle, report.subtitle(), false, true, 12);
    }

    private static void lines(XWPFTableCell cell, List<String> texts, List<Boolean> bold, List<Boolean> italic) {
        XWPFParagraph first = cell.getParagraphs().get(0);
        for (int i = 0; i < texts.size(); i++) {
            XWPFParagraph p = i == 0 ? first : cell.addParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, texts.get(i), bold.get(i), italic.get(i), 12);
        }
    }

    private static void table(XWPFDocument doc, Table table) {
        XWPFParagraph caption = doc.createParagraph();
        run(caption, table.caption(), true, false, 12);
        XWPFTable t = doc.createTable(1 + table.rows().size(), table.header().size());
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        for (int c = 0; c < table.header().size(); c++) {
            XWPFTableCell cell = head.getCell(c);
            cell.setColor("E8E8E8");
            run(cell.getParagraphs().get(0), table.header().get(c), true, false, 10);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Table.Row row = table.rows().get(r);
            XWPFTableRow x = t.getRow(r + 1);
            x.setCantSplitRow(true);
            for (int c = 0; c < row.cells().size(); c++) {
                Cell cell = row.cells().get(c);
                XWPFTableCell target = x.getCell(c);
                String fill = switch (cell.tone()) {
                    case MET -> "D8F0D2";
                    case NOT_MET -> "F6D3D0";
                    case NOT_ASSESSED -> "FBEFC4";
                    case PLAIN -> "";
                };
                if (!fill.isEmpty()) {
                    target.setColor(fill);
                }
                XWPFParagraph p = target.getParagraphs().get(0);
                if (cell.number().isPresent()) {
                    p.setAlignment(ParagraphAlignment.RIGHT);
                }
                run(p, cell.text(), row.total(), false, 10);
            }
        }
        t.setWidth("100%");
        doc.createParagraph();
    }

    private static void signature(XWPFDocument doc, Report report) {
        XWPFTable t = doc.createTable(1, 2);
        t.removeBorders();
        OfficialHeader h = report.header();
        lines(t.getRow(0).getCell(1), List.of(h.signerTitle(), "", "", h.signerName()), List.of(true, false, false, true),
                List.of(false, false, false, false));
    }

    private static void run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text);
    }
}
