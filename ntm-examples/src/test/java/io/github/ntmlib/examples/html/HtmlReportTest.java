package io.github.ntmlib.examples.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.examples.demo.DemoReport;
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
}
