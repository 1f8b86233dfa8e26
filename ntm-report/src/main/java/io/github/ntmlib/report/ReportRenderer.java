package io.github.ntmlib.report;

import java.io.OutputStream;
import org.apiguardian.api.API;

/**
 * Writes a report in one format: {@code HtmlReport}, {@code PdfReport}, {@code XlsxReport},
 * {@code DocxReport}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ReportRenderer {

    /**
     * Writes the report; the stream is flushed, not closed.
     *
     * @param report the report
     * @param out    where to write
     * @throws ReportException when writing fails
     */
    void render(Report report, OutputStream out);
}
