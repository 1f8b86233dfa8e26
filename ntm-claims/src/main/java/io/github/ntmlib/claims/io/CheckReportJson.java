package io.github.ntmlib.claims.io;

import io.github.ntmlib.base.Language;
import io.github.ntmlib.base.internal.ExactJson;
import io.github.ntmlib.claims.AmountSum;
import io.github.ntmlib.claims.Claim;
import io.github.ntmlib.claims.LineIndex;
import io.github.ntmlib.claims.PartsSum;
import io.github.ntmlib.claims.ReportClaims;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The JSON document of a checked report ({@value #SCHEMA}, docs/formats.md; JSON Schema
 * {@code docs/schemas/check-report-1.schema.json}): every claim {@link ReportClaims#scan} found, with
 * its line, kind, hedge, text, numerator, denominator, printed and recomputed percentages (decimal
 * strings) and status {@code ok} or {@code mismatch}; then a warning for every total whose parts do
 * not add up, in line order. The warnings' {@code message} is in the language asked for; nothing
 * else depends on it.
 *
 * <p>A rendered view with no reader: claims are found by scanning the text, and the document holds
 * their line and stripped text, not their offsets, so no {@link ReportClaims.Result} equal to the
 * scan's can be restored from it; scan the text again.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CheckReportJson {

    /** The schema id. */
    public static final String SCHEMA = "ntm.check-report/1";

    private CheckReportJson() {
    }

    /**
     * Writes the document, indented, and a line break.
     *
     * @param text     the report's text the claims were found in (for their lines)
     * @param result   what {@link ReportClaims#scan} found in it
     * @param language the language of the warnings' messages
     * @param out      where to write; flushed, not closed
     */
    public static void write(String text, ReportClaims.Result result, Language language, Writer out) {
        LineIndex lines = LineIndex.of(text);
        ExactJson.Obj d = ExactJson.document(SCHEMA);
        ExactJson.Arr claims = d.array("claims");
        for (Claim c : result.claims()) {
            claims.object().put("line", lines.line(c.offset())).put("kind", c.kind().name()).put("hedge", c.hedge().name())
                    .put("text", c.text().strip()).decimal("numerator", c.part()).decimal("denominator", c.whole())
                    .decimal("printed", c.printed()).decimal("recomputed", c.recomputed())
                    .put("status", c.isConsistent() ? "ok" : "mismatch");
        }
        record Warning(int line, int order, Object sum) {
        }
        List<Warning> warnings = new ArrayList<>();
        for (PartsSum sum : result.sums()) {
            if (!sum.isConsistent()) {
                warnings.add(new Warning(lines.line(sum.offset()), warnings.size(), sum));
            }
        }
        for (AmountSum sum : result.amounts()) {
            if (!sum.isConsistent()) {
                warnings.add(new Warning(lines.line(sum.offset()), warnings.size(), sum));
            }
        }
        warnings.sort(Comparator.comparingInt(Warning::line).thenComparingInt(Warning::order));
        ExactJson.Arr array = d.array("warnings");
        for (Warning w : warnings) {
            ExactJson.Obj n = array.object().put("line", w.line());
            if (w.sum() instanceof PartsSum s) {
                n.put("text", s.text()).decimal("statedNumerator", s.statedPart()).decimal("sumOfNumerators", s.partsSum())
                        .decimal("statedDenominator", s.statedWhole()).decimal("sumOfDenominators", s.wholesSum())
                        .put("message", message(s, language));
            } else if (w.sum() instanceof AmountSum s) {
                n.put("text", s.text()).put("unit", s.unit()).decimal("statedTotal", s.stated())
                        .decimal("sumOfParts", s.partsSum()).put("parts", s.parts())
                        .put("status", s.exceedsTotal() ? "parts-exceed-total" : "parts-short-of-total")
                        .put("message", message(s, language));
            }
        }
        d.write(out);
    }

    /**
     * The message of a warning about a total of ratios whose parts do not add up.
     *
     * @param sum      the total
     * @param language the language
     * @return the message
     */
    public static String message(PartsSum sum, Language language) {
        return language == Language.VIETNAMESE ? "tổng các phần khác số tổng đã nêu"
                : "the parts do not add up to the stated total";
    }

    /**
     * The message of a warning about a total of amounts whose parts do not add up.
     *
     * @param sum      the total
     * @param language the language
     * @return the message: the parts exceed the total, or fall short of it (perhaps a partial list)
     */
    public static String message(AmountSum sum, Language language) {
        boolean vi = language == Language.VIETNAMESE;
        return sum.exceedsTotal()
                ? (vi ? "tổng các phần vượt số tổng đã nêu" : "the parts add up to more than the stated total")
                : (vi ? "tổng các phần nhỏ hơn số tổng đã nêu (danh sách có thể chưa đủ)"
                        : "the parts add up to less than the stated total (the list may be partial)");
    }
}
