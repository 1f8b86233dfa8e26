package io.github.ntmlib.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.report.html.HtmlReport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML page: self-contained, printable, charts with text alternatives, every text escaped. */
class HtmlReportTest {

    private static final Evaluation HA_TINH = Worlds.haTinh();
    private static final String HOSTILE = "<script>alert('x')</script> & \"Xã\"";

    @Test
    void thePageIsSelfContainedAndPrintable() {
        String html = HtmlReport.create().toHtml(Worlds.report(HA_TINH, Language.VIETNAMESE));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"vi\">", "<meta charset=\"utf-8\">");
        assertThat(html).doesNotContain("<link", "<script", "src=\"http", "url(", "@import");
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://", "https://");
        assertThat(html).contains("@page { size: A4;", "thead { display: table-header-group; }",
                "break-before: page", "@media print");
        assertThat(html).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Hà Tĩnh, ngày 05 tháng 12 năm 2026", "Số: 123/BC-UBND", "UBND TỈNH HÀ TĨNH", "Nguyễn Văn A");
        assertThat(html).contains("<tr class=\"total\"><td class=\"text\">Toàn tỉnh</td>");
        assertThat(html).contains("<thead><tr><th scope=\"col\">");
    }

    @Test
    void everyChartHasATitleADescriptionAndALegend() {
        Report report = Worlds.report(HA_TINH, Language.ENGLISH);
        String html = HtmlReport.create().toHtml(report);
        assertThat(html).contains("<html lang=\"en\">");
        Matcher svg = Pattern.compile("<svg [^>]*>").matcher(html);
        int charts = 0;
        while (svg.find()) {
            charts++;
            assertThat(svg.group()).contains("role=\"img\"", "aria-labelledby=");
        }
        long expected = report.sections().stream().flatMap(s -> s.blocks().stream()).filter(BarChart.class::isInstance)
                .count();
        assertThat(charts).isEqualTo(expected).isPositive();
        report.sections().stream().flatMap(s -> s.blocks().stream()).filter(BarChart.class::isInstance)
                .map(BarChart.class::cast).forEach(c -> {
                    assertThat(html).contains("<title id=\"" + c.id() + "-svg-title\">");
                    assertThat(html).contains("<desc id=\"" + c.id() + "-svg-desc\">");
                    c.series().forEach(s -> assertThat(html).contains(">" + s.replace("&", "&amp;") + "</text>"));
                });
    }

    @Test
    void aUnitNameIsTextWhereverItIsPrinted() {
        Evaluation evaluation = Worlds.bare(Worlds.renamed(HA_TINH.snapshot(),
                n -> n.startsWith("Huyện") ? HOSTILE + n : n));
        String html = HtmlReport.create().toHtml(Worlds.report(evaluation, Language.VIETNAMESE));
        assertThat(html).doesNotContain("<script").doesNotContain(HOSTILE);
        assertThat(html).contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"Xã\"");
    }
}
