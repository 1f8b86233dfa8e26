package io.github.ntmlib.criteria2021;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.criteria.IndicatorCriterion;
import io.github.ntmlib.core.criteria.IndicatorDefinition;
import io.github.ntmlib.core.criteria.Provenance;
import io.github.ntmlib.core.criteria.Standard;
import io.github.ntmlib.core.criteria.ThresholdRule;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: a legal citation is printed in Vietnamese as the documents write themselves, and in
 * English with its citation words rendered (no "ngày", "Phụ lục", "sửa đổi bởi" in an English
 * text); document numbers stay as written. Checked over every citation of the 2021-2025 set.
 */
class CitationLanguageTest {

    private static final List<String> VIETNAMESE_WORDS = List.of(" ngày ", "Phụ lục", "sửa đổi", "tiêu chí",
            "điều kiện", "Quyết định", "Điều ", "hiệu lực");

    private static Set<Provenance> citations() {
        Set<Provenance> all = new LinkedHashSet<>();
        all.add(Fixtures.SET.provenance());
        for (Standard s : Fixtures.SET.standards()) {
            all.add(s.provenance());
            s.criteria().stream().filter(c -> c instanceof IndicatorCriterion)
                    .flatMap(c -> ((IndicatorCriterion) c).indicators().stream())
                    .flatMap((IndicatorDefinition i) -> i.rules().stream()).map(ThresholdRule::threshold)
                    .forEach(t -> all.add(t.provenance()));
        }
        return all;
    }

    @Test
    void everyCitationReadsInEachLanguage() {
        Set<Provenance> all = citations();
        assertThat(all).hasSizeGreaterThan(10);
        int rendered = 0;
        for (Provenance p : all) {
            assertThat(p.toString()).startsWith(p.cite(Language.VIETNAMESE));
            String english = p.cite(Language.ENGLISH);
            for (String word : VIETNAMESE_WORDS) {
                assertThat(english).as(p.toString()).doesNotContain(word);
            }
            if (!english.equals(p.toString())) {
                rendered++;
            }
        }
        assertThat(rendered).isGreaterThan(10);
        assertThat(new Provenance("321/QĐ-TTg ngày 08/3/2022, sửa đổi bởi Quyết định 125/QĐ-TTg", "Phụ lục I",
                "tiêu chí 5", "").cite(Language.ENGLISH))
                .isEqualTo("321/QĐ-TTg of 08/3/2022, amended by Decision 125/QĐ-TTg, Appendix I, criterion 5");
        assertThat(Provenance.CALLER.cite(Language.VIETNAMESE)).isEqualTo("do ứng dụng cung cấp");
        assertThat(Provenance.CALLER.cite(Language.ENGLISH)).isEqualTo("supplied by the caller");
    }
}
