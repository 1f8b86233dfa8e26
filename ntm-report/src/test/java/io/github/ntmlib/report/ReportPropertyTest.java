package io.github.ntmlib.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.engine.UnitResult;
import io.github.ntmlib.report.html.HtmlReport;
import io.github.ntmlib.testkit.quicktheories.QtGens;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Over generated evaluations: the matrix lists every unit once, the total row is the sum, names are text. */
class ReportPropertyTest {

    @Test
    void everyUnitOfAStandardIsInItsMatrixExactlyOnce() {
        qt().withExamples(40).forAll(QtGens.of(Worlds.generated())).checkAssert(evaluation -> {
            Report report = Worlds.report(evaluation, Language.VIETNAMESE);
            Section appendix = report.section("appendix").orElseThrow();
            for (Standard s : evaluation.criteriaSet().standards()) {
                List<String> holders = evaluation.units().stream().filter(u -> u.standard(s.id()).isPresent())
                        .map(UnitResult::unit).toList();
                List<String> rows = appendix.tables().stream().filter(t -> t.id().equals("matrix-" + s.id()))
                        .flatMap(t -> t.rows().stream()).map(r -> r.cells().get(0).text()).toList();
                assertThat(rows).as(s.id()).containsExactlyInAnyOrderElementsOf(holders);
            }
        });
    }

    @Test
    void theTotalRowIsTheSumOfTheRowsAbove() {
        qt().withExamples(40).forAll(QtGens.of(Worlds.generated())).checkAssert(evaluation -> {
            Report report = Worlds.report(evaluation, Language.ENGLISH);
            report.section("districts").ifPresent(section -> {
                Table t = section.tables().get(0);
                Table.Row total = t.rows().get(t.rows().size() - 1);
                assertThat(total.total()).isTrue();
                assertThat(total.cells().get(0).text()).isEqualTo("Province total");
                for (int c = 1; c < t.header().size(); c++) {
                    if (t.header().get(c).endsWith("(%)")) {
                        continue;
                    }
                    BigDecimal sum = BigDecimal.ZERO;
                    for (Table.Row r : t.rows().subList(0, t.rows().size() - 1)) {
                        sum = sum.add(r.cells().get(c).numberOrNull());
                    }
                    assertThat(total.cells().get(c).numberOrNull()).as(t.header().get(c)).isEqualByComparingTo(sum);
                }
            });
            assertThat(report.section("overall")).isPresent();
        });
    }

    /** jte's HTML escaping of text content (quotes are escaped in attribute values only). */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Test
    void anyUnitNameIsPrintedAsText() {
        Evaluation base = Worlds.bare(Worlds.generated().next(new java.util.Random(7)).snapshot());
        qt().withExamples(60).forAll(SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(1, 24),
                SourceDSL.strings().allPossible().ofLengthBetween(0, 12)).checkAssert((ascii, any) -> {
                    String name = "<" + ascii + any + ">&\"'";
                    List<String> names = new ArrayList<>();
                    Evaluation e = Worlds.bare(Worlds.renamed(base.snapshot(), n -> {
                        names.add(n);
                        return names.size() == 2 ? name : n;
                    }));
                    String html = HtmlReport.create().toHtml(Worlds.report(e, Language.VIETNAMESE));
                    assertThat(html).doesNotContain(name).contains(escape(name));
                });
    }
}
