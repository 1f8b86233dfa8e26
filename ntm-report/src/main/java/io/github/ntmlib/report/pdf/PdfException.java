package io.github.ntmlib.report.pdf;

import io.github.ntmlib.base.Labels;
import io.github.ntmlib.report.ReportException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The browser could not print the PDF: it could not start, failed, printed nothing or ran past
 * the timeout. The message ends with an excerpt of the browser's error output, quoted in the
 * Vietnamese message.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PdfException extends ReportException {

    private static final long serialVersionUID = 1L;

    /** The excerpt of the browser's error output. */
    private final String browserOutput;

    PdfException(Labels reason, String browserOutput, @Nullable Throwable cause) {
        super(Labels.of(reason.vietnamese() + (browserOutput.isEmpty() ? ""
                : "; đầu ra của trình duyệt: '" + browserOutput + "'"),
                reason.english() + (browserOutput.isEmpty() ? "" : "; browser output: " + browserOutput)), cause);
        this.browserOutput = browserOutput;
    }

    /**
     * The end of the browser's error output (at most 2,000 characters), possibly empty.
     *
     * @return the excerpt
     */
    public String browserOutput() {
        return browserOutput;
    }
}
