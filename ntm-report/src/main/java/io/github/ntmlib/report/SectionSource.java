package io.github.ntmlib.report;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Builds one section of a report from the facts computed once for it; the extension point for a
 * new section (a year-over-year comparison, say): write a source and pass it to
 * {@link Report#of(ReportRequest, java.util.List)}, nothing else changes.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface SectionSource {

    /**
     * The section, or empty when the request gives it nothing to show (no plan, no OCOP data).
     *
     * @param facts the request and what was computed from it
     * @return the section, if any
     */
    Optional<Section> build(ReportFacts facts);
}
