package io.github.ntmlib.examples.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.examples.demo.DemoReport;
import io.github.ntmlib.examples.demo.DemoReport2026;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The template escapes by context without a browser: text, attributes and SVG text. */
class HtmlReportTest {

    private static DemoReport report(String name) {
        return new DemoReport(Language.ENGLISH, "Title & \"more\"", List.of("note <b>"), List.of("1/2 <i>"),
                List.of(new DemoReport.DistrictRow(name, 2, 2, 1, 0, 10, 5, "—", "50%", 500)),
                List.of(new DemoReport.Requirement("1", "req", false, "not met", "a < b")), List.of("plan"),
                List.of("ocop"), List.of(new DemoReport.MoneyRow("total", "1", "2", "50%", 500)),
                List.of(new DemoReport.GapRow("Xã <x>", "d", 1, "MT")));
    }

    @Test
    void everyValueIsEscapedAndNothingIsFetched() {
        String html = HtmlReport.render(report("<script>alert('x')</script> Huyện \"Thử\""));
        assertThat(html).doesNotContain("<script", "<b>", "<i>", "<x>", "http:", "https:", "src=");
        assertThat(html).contains("<td>&lt;script&gt;alert('x')&lt;/script&gt; Huyện \"Thử\"</td>")
                .contains("<text x=\"0\" y=\"17\">&lt;script&gt;alert('x')&lt;/script&gt; Huyện \"Thử\"</text>")
                .contains("<title>Title &amp; \"more\"</title>", "<html lang=\"en\">", "a &lt; b")
                .contains("<rect class=\"bar\" x=\"230\" y=\"4\" width=\"225\"");
    }

    @Test
    void the2026TemplateEscapesEveryValueToo() {
        String name = "<script>alert('x')</script> Xã \"Thử\"";
        DemoReport2026 report = new DemoReport2026(Language.VIETNAMESE, "Title & more", List.of("note <b>"),
                List.of("1/2 <i>"), List.of(new DemoReport2026.UnitRow(name, "nhóm 2", "OTHERWISE", "Xã <p> (toàn bộ)",
                        "NTM", "a < b", "đạt", "met\" onclick=\"x", "10/10 đạt")),
                List.of(new DemoReport2026.Bar("đạt <u>", "1/1 (100%)", "met", 1000)),
                List.of(new DemoReport.Requirement("III", "cond", false, "chưa đánh giá", "c > d")), List.of("plan <s>"),
                List.of(new DemoReport2026.GapRow("Xã <x>", "nhóm 1", 1, "1 Quy hoạch")));
        String html = HtmlReport.render(report);
        assertThat(html).doesNotContain("<script", "<b>", "<i>", "<p>", "<u>", "<s>", "<x>", "\" onclick", "http:",
                "https:", "src=");
        assertThat(html).contains("<td>&lt;script&gt;alert('x')&lt;/script&gt; Xã \"Thử\"</td>")
                .contains("<title>Title &amp; more</title>", "<html lang=\"vi\">", "a &lt; b", "c &gt; d")
                .contains("<text x=\"0\" y=\"17\">đạt &lt;u&gt;</text>")
                .contains("<rect class=\"met\" x=\"230\" y=\"4\" width=\"450\"");
    }
}
