package io.github.ntmlib.examples.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.examples.demo.DemoReport;
import io.github.ntmlib.examples.demo.DemoReport2026;
import java.util.Map;

/**
 * Renders a {@link DemoReport} as one self-contained HTML page (inline CSS and SVG charts, nothing
 * fetched) through the precompiled jte template {@code report.jte}, which escapes every value by
 * its context: a unit name containing {@code <script>} shows as text.
 */
public final class HtmlReport {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            HtmlReport.class.getClassLoader(), "io.github.ntmlib.examples.html.generated");

    private HtmlReport() {
    }

    /**
     * Renders the report.
     *
     * @param report the report
     * @return the HTML page
     */
    public static String render(DemoReport report) {
        StringOutput out = new StringOutput();
        boolean vi = report.language() == Language.VIETNAMESE;
        ENGINE.render("report.jte", Map.of("report", report, "lang", vi ? "vi" : "en", "vi", vi), out);
        return out.toString();
    }

    /**
     * Renders the 2026-2030 report through the sibling template {@code report2026.jte}.
     *
     * @param report the report
     * @return the HTML page
     */
    public static String render(DemoReport2026 report) {
        StringOutput out = new StringOutput();
        boolean vi = report.language() == Language.VIETNAMESE;
        ENGINE.render("report2026.jte", Map.of("report", report, "lang", vi ? "vi" : "en", "vi", vi), out);
        return out.toString();
    }
}
