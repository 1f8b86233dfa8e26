package io.github.ntmlib.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.engine.Evaluation;
import io.github.ntmlib.core.locality.UnitKind;
import io.github.ntmlib.core.report.Plan;
import io.github.ntmlib.finance.allocation.Allocation;
import io.github.ntmlib.finance.allocation.ApportionmentMethod;
import io.github.ntmlib.finance.allocation.Claimant;
import io.github.ntmlib.finance.money.Vnd;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The words the report writes itself (headings, captions, column headings, legends, total rows,
 * the header lines and the plan explanation) are in the report's language: a small stop list each
 * way. Names coming from the catalogue (units, standards, criteria) are the catalogue's business.
 */
class LanguageTest {

    private static final Evaluation HA_TINH = Worlds.haTinh();
    private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(the|of|and|total|share|unit|units|standard|plan|"
            + "appendix|results?|district|criterion|criteria|met|not|assessed|recognised|number|closest|missing|"
            + "allocation|overall|requirements|code|under|directly)\\b");
    private static final Pattern VIETNAMESE = Pattern.compile("[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợ"
            + "ùúủũụưứừửữựỳýỷỹỵ]", Pattern.CASE_INSENSITIVE);

    /** The report's own words, with the catalogue's names taken out. */
    static List<String> ownWords(Report report, Evaluation evaluation, Language lang) {
        List<String> texts = new ArrayList<>();
        texts.add(report.header().numberLine(lang).replace(report.header().number(), ""));
        texts.add(OfficialHeader.nation(lang));
        texts.add(OfficialHeader.motto(lang));
        texts.add(report.header().placeAndDate(lang).replace(report.header().place(), ""));
        for (Section s : report.sections()) {
            texts.add(s.title());
            for (Block b : s.blocks()) {
                if (b instanceof Table t) {
                    texts.add(t.caption());
                    texts.add(t.sheet());
                    texts.addAll(t.header());
                    t.rows().stream().filter(Table.Row::total).forEach(r -> texts.add(r.cells().get(0).text()));
                } else if (b instanceof BarChart c) {
                    texts.add(c.title());
                    texts.addAll(c.series());
                } else if (b instanceof Paragraph p && (s.id().equals("plans")
                        || s.id().equals("appendix") && !p.text().contains(":"))) {
                    texts.add(p.text());
                }
            }
        }
        List<String> names = new ArrayList<>();
        evaluation.units().forEach(u -> names.add(u.name()));
        evaluation.criteriaSet().standards().forEach(st -> names.add(st.labels().in(lang)));
        for (UnitKind k : UnitKind.values()) {
            names.add(k.labels().in(lang));
        }
        names.sort((a, b) -> b.length() - a.length());
        List<String> own = new ArrayList<>();
        for (String t : texts) {
            String x = t;
            for (String n : names) {
                x = x.replace(n, " ");
            }
            own.add(x.replaceAll("matrix-[\\w-]+|[A-Z]{2,}\\b|\\d+", " "));
        }
        return own;
    }

    private static Report full(Language lang) {
        var districts = HA_TINH.children("42");
        return Report.of(ReportRequest.builder(HA_TINH, Worlds.HEADER).language(lang)
                .plan(new Plan("42", "commune-ntm", Set.of(UnitKind.COMMUNE), 2024, 20))
                .finance(Allocation.of(Vnd.ofMillions(100), List.of(Claimant.withPoints(districts.get(0).unit(), "x",
                        BigDecimal.ONE)), ApportionmentMethod.LARGEST_REMAINDER)).build());
    }

    @Test
    void theVietnameseReportHasNoEnglishWordOfItsOwn() {
        List<String> own = ownWords(full(Language.VIETNAMESE), HA_TINH, Language.VIETNAMESE);
        assertThat(own).hasSizeGreaterThan(30);
        assertThat(own).noneMatch(t -> ENGLISH.matcher(t).find());
        assertThat(String.join(" ", own)).contains("Toàn", "Tổng hợp", "Phụ lục", "kể cả các năm trước");
    }

    @Test
    void theEnglishReportHasNoVietnameseWordOfItsOwn() {
        List<String> own = ownWords(full(Language.ENGLISH), HA_TINH, Language.ENGLISH);
        assertThat(own).noneMatch(t -> VIETNAMESE.matcher(t).find());
        assertThat(own).noneMatch(t -> t.toLowerCase(Locale.ROOT).matches(".*\\b(xã|huyện|tỉnh|đạt|chưa|kế hoạch)\\b.*"));
        assertThat(String.join(" ", own)).contains("Province total", "Tallies", "Appendix");
    }
}
