package io.github.ntmlib.report.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.github.ntmlib.base.InvalidDataException;
import io.github.ntmlib.base.Labels;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.report.Report;
import io.github.ntmlib.report.ReportException;
import io.github.ntmlib.report.ReportRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The report as one self-contained HTML page: inline CSS, inline SVG charts with titles, legends
 * and text alternatives ({@code role="img"}, {@code <title>}, {@code <desc>}), nothing fetched; a
 * print stylesheet (A4, a page per section, the phụ lục in landscape, table headers repeated on
 * each page). Every text is escaped for its context by the precompiled jte templates, so a unit
 * named {@code <script>} shows as text.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HtmlReport implements ReportRenderer {

    private static final HtmlReport INSTANCE = new HtmlReport();
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            HtmlReport.class.getClassLoader(), "io.github.ntmlib.report.html.generated");

    private HtmlReport() {
    }

    /**
     * The HTML renderer.
     *
     * @return the renderer
     */
    public static HtmlReport create() {
        return INSTANCE;
    }

    /**
     * The page as text.
     *
     * @param report the report
     * @return the HTML document
     */
    public String toHtml(Report report) {
        Objects.requireNonNull(report, "report");
        StringOutput out = new StringOutput();
        boolean vi = report.language() == Language.VIETNAMESE;
        ENGINE.render("report.jte", Map.of("report", report, "lang", vi ? "vi" : "en", "vi", vi), out);
        return out.toString();
    }

    @Override
    public void render(Report report, OutputStream out) {
        try {
            out.write(toHtml(report).getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new ReportException(Labels.of("không ghi được báo cáo HTML: " + InvalidDataException.excerpt(e.getMessage()),
                            "cannot write the HTML report: " + e.getMessage()), e);
        }
    }
}
