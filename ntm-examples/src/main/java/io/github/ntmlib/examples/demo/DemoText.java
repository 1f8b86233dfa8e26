package io.github.ntmlib.examples.demo;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.report.Gap;
import java.time.LocalDate;
import java.util.stream.Collectors;

/** What both demo reports print alike: the report date and what a unit short of a standard lacks. */
final class DemoText {

    private DemoText() {
    }

    /**
     * A date as the report prints it.
     *
     * @param date     the date
     * @param language the language
     * @return "31/12/2024" in Vietnamese, "2024-12-31" in English
     */
    static String date(LocalDate date, Language language) {
        return language.format(date);
    }

    /**
     * The criteria a unit lacks, each with its verdict.
     *
     * @param gap      the unit's gap to a standard
     * @param language the language
     * @return e.g. "17 Môi trường (chưa đạt); 19 Quốc phòng (chưa đánh giá)"
     */
    static String lacking(Gap gap, Language language) {
        return gap.missing().stream()
                .map(c -> c.code() + " " + c.labels().in(language) + " (" + c.verdict().labels().in(language) + ")")
                .collect(Collectors.joining("; "));
    }
}
