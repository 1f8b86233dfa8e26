package io.github.ntmlib.core.data;

import io.github.ntmlib.base.SourcePosition;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Who reported a value or outcome, in which document, and where it was read.
 *
 * @param reporter  the body that reported it, e.g. "Sở Nông nghiệp và PTNT Hà Tĩnh"
 * @param reference the document reference, e.g. "Báo cáo số 15/BC-UBND"; may be empty
 * @param position  the file and line it was read from, or {@link SourcePosition#API}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record DataSource(String reporter, String reference, SourcePosition position) {

    /** A value given through the API with no further source. */
    public static final DataSource API = new DataSource("api", "", SourcePosition.API);

    /**
     * Validates the components.
     *
     * @param reporter  the reporter
     * @param reference the reference
     * @param position  the position
     */
    public DataSource {
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(position, "position");
    }

    /**
     * A source named by reporter and document.
     *
     * @param reporter  the reporter
     * @param reference the document
     * @return the source
     */
    public static DataSource of(String reporter, String reference) {
        return new DataSource(reporter, reference, SourcePosition.API);
    }
}
