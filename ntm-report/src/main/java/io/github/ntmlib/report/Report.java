package io.github.ntmlib.report;

import io.github.ntmlib.base.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The report of an evaluation, computed once from the core's results and rendered by any
 * {@link ReportRenderer}: the official header and its sections — overall results with the total
 * row, results by district, the requirements of the unit reported on, plan progress, the units
 * closest to each standard, OCOP and finance when their data is given, and the phụ lục criterion
 * matrix.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Report {

    private static final List<String> ROMAN = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
            "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX");

    private final OfficialHeader header;
    private final Language language;
    private final String subtitle;
    private final List<Section> sections;

    private Report(OfficialHeader header, Language language, String subtitle, List<Section> sections) {
        this.header = header;
        this.language = language;
        this.subtitle = subtitle;
        this.sections = List.copyOf(sections);
    }

    /**
     * The report of a request with the standard sections.
     *
     * @param request the request
     * @return the report
     */
    public static Report of(ReportRequest request) {
        return of(request, List.of());
    }

    /**
     * The report of a request with the standard sections and more, placed before the phụ lục; the
     * sections present are numbered in order (I., II., ...), the phụ lục is not.
     *
     * @param request the request
     * @param extra   further section sources, in order
     * @return the report
     */
    public static Report of(ReportRequest request, List<SectionSource> extra) {
        ReportFacts facts = ReportFacts.of(request);
        List<SectionSource> sources = new ArrayList<>(StandardSections.body());
        sources.addAll(List.copyOf(extra));
        sources.add(StandardSections.appendix());
        List<Section> sections = new ArrayList<>();
        SectionSource appendix = sources.get(sources.size() - 1);
        for (SectionSource source : sources) {
            Optional<Section> built = source.build(facts);
            if (built.isPresent() && source != appendix) {
                // the body's sections numbered in order (I., II., ...), whichever are present
                Section s = built.get();
                sections.add(new Section(s.id(), ROMAN.get(Math.min(sections.size(), ROMAN.size() - 1)) + ". " + s.title(),
                        s.blocks()));
            } else {
                built.ifPresent(sections::add);
            }
        }
        return new Report(request.header(), request.language(), StandardSections.subtitle(facts), sections);
    }

    /**
     * The official header.
     *
     * @return the header
     */
    public OfficialHeader header() {
        return header;
    }

    /**
     * The language.
     *
     * @return the language
     */
    public Language language() {
        return language;
    }

    /**
     * The line under the title: the unit reported on, the criteria set, the date and the data year.
     *
     * @return the line
     */
    public String subtitle() {
        return subtitle;
    }

    /**
     * The sections, in order.
     *
     * @return the sections
     */
    public List<Section> sections() {
        return sections;
    }

    /**
     * A section by its identifier.
     *
     * @param id the identifier, e.g. "districts"
     * @return the section, if the report has it
     */
    public Optional<Section> section(String id) {
        Objects.requireNonNull(id, "id");
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * Writes the report through a renderer.
     *
     * @param renderer the renderer
     * @param out      where to write
     * @throws ReportException when writing fails
     */
    public void render(ReportRenderer renderer, java.io.OutputStream out) {
        renderer.render(this, out);
    }
}
