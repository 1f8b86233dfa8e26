package io.github.ntmlib.core.criteria;

import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.data.RecordedOutcome;
import io.github.ntmlib.core.data.Value;
import io.github.ntmlib.core.locality.UnitKind;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one formatter of verdict texts: renders indicator traces, criterion results and standard
 * verdicts from their facts, in Vietnamese or English. Figures go through {@link Figures}
 * (vi-VN "79,9%", English "79.9%"); a share is printed with as many digits as its comparison
 * with the threshold needs, so a printed figure never contradicts its verdict.
 *
 * @since 0.1
 */
final class VerdictText {

    private static final int DIGITS = 1;

    private VerdictText() {
    }

    private static String t(Language language, String vietnamese, String english) {
        return language == Language.VIETNAMESE ? vietnamese : english;
    }

    /**
     * How a text names an indicator: by its code when the code is the legal document's numbering
     * ("3.1", "2.1a", "K2"); by its name in the language when the library named the code with
     * words ("10.income", "T2.tree-lined"), so that no English word of an id shows in Vietnamese.
     *
     * @param code     the indicator code
     * @param labels   its names
     * @param language the language
     * @return the code or the name
     */
    static String name(String code, io.github.ntmlib.base.Labels labels, Language language) {
        return Glossary.libraryCode(code) ? labels.in(language) : code;
    }

    /**
     * An indicator's verdict: value, comparison, threshold, why this rule, distance, source.
     *
     * @param trace    the trace
     * @param language the language
     * @return e.g. "3.1: 799/1,000 = 79.9% does not meet ≥ 80% (national), 0.1 short [318/QĐ-TTg]"
     */
    static String indicator(IndicatorTrace trace, Language language) {
        StringBuilder text = new StringBuilder(name(trace.indicator(), trace.labels(), language)).append(": ");
        BigDecimal bound = trace.threshold().flatMap(Threshold::value).orElse(null);
        String unit = "";
        if (trace.verdict() == Verdict.NOT_ASSESSED) {
            trace.observation().ifPresent(o -> text.append(value(o.value(), null, language)).append("; "));
            text.append(trace.reasons().stream().map(r -> r.label(language))
                    .collect(Collectors.joining(t(language, " và ", " and "))));
        } else if (trace.note().isPresent()) {
            // judged by a criterion written in code (income ≥ 110% of a level, say): its note states
            // the comparison it made, with the real threshold and its sources; the distance is the
            // gap to that threshold, never to the indicator's own
            text.append(trace.note().get().in(language));
            trace.distance().ifPresent(d -> text.append(t(language, ", còn thiếu ", ", short by "))
                    .append(Figures.formatNumber(d, 2, language)));
            return text.toString();
        } else {
            Value value = trace.observation().orElseThrow().value();
            Threshold threshold = trace.threshold().orElseThrow();
            if (threshold.comparison() == Comparison.MET) {
                // a yes/no requirement: the recorded answer and whether it meets it, said once
                // ("ghi nhận Đạt, đạt yêu cầu", never "Đạt đạt yêu cầu Đạt")
                text.append(t(language, "ghi nhận ", "recorded ")).append(value(value, bound, language))
                        .append(trace.verdict() == Verdict.MET ? t(language, ", đạt yêu cầu", ", meets the requirement")
                                : t(language, ", chưa đạt yêu cầu", ", does not meet the requirement"));
                trace.choice().ifPresent(c -> text.append(" (").append(choice(c, language)).append(")"));
                text.append(" [").append(threshold.provenance().cite(language)).append("]");
                trace.note().ifPresent(n -> text.append("; ").append(n.in(language)));
                return text.toString();
            }
            text.append(value(value, bound, language))
                    .append(trace.verdict() == Verdict.MET ? t(language, " đạt ", " meets ")
                            : t(language, " chưa đạt ", " does not meet "))
                    .append(threshold(threshold, value, language));
            trace.distance().ifPresent(d -> text.append(t(language, ", còn thiếu ", ", short by ")).append(
                    Figures.formatNumber(d, 2, language)).append(value instanceof Value.Ratio
                            ? t(language, " điểm %", " percentage points") : ""));
        }
        trace.choice().ifPresent(c -> text.append(" (").append(choice(c, language)).append(")"));
        trace.threshold().ifPresent(th -> text.append(" [").append(th.provenance().cite(language)).append("]"));
        trace.note().ifPresent(n -> text.append("; ").append(n.in(language)));
        return text.append(unit).toString();
    }

    private static String choice(RuleChoice c, Language language) {
        StringBuilder text = new StringBuilder(c.origin().label(language));
        if (!c.conditions().isEmpty()) {
            text.append(": ").append(entries(c.conditions()));
        }
        if (c.overrideApplied()) {
            text.append(t(language, "; áp dụng quy định thay thế: ", "; override applied: "));
            text.append(c.overridden().entrySet().stream().map(e -> e.getKey() + " " + (e.getValue().isEmpty() ? "–"
                    : e.getValue()) + " → " + c.read().get(e.getKey())).collect(Collectors.joining(", ")));
            String triggers = c.read().entrySet().stream().filter(e -> !c.overridden().containsKey(e.getKey()))
                    .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "));
            if (!triggers.isEmpty()) {
                text.append(t(language, " vì ", " because ")).append(triggers);
            }
        } else if (!c.read().isEmpty()) {
            text.append(t(language, "; phân loại đã đọc: ", "; classification read: ")).append(entries(c.read()));
        }
        c.setAside().ifPresent(s -> text.append(t(language, "; ngưỡng của tỉnh ", "; territorial threshold "))
                .append(s).append(t(language, " không áp dụng vì lỏng hơn ngưỡng quốc gia",
                        " set aside: looser than the national one")));
        return text.toString();
    }

    private static String entries(Map<String, String> map) {
        return map.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "));
    }

    static String threshold(Threshold threshold, Value value, Language language) {
        if (threshold.comparison() == Comparison.MET) {
            return t(language, "yêu cầu Đạt", "the requirement (Đạt)");
        }
        String unit = value instanceof Value.Ratio ? "%" : value instanceof Value.Quantity
                ? " " + Glossary.UNITS.in(language, ((Value.Quantity) value).unit()) : "";
        return threshold.comparison().symbol() + " " + Figures.format(threshold.value().orElseThrow(),
                language.locale()) + unit;
    }

    /**
     * A value as printed; a share is printed consistently with the bound it is compared with.
     *
     * @param value    the value
     * @param bound    the threshold compared with, or {@code null}
     * @param language the language
     * @return e.g. "799/1.000 = 79,9%"
     */
    static String value(Value value, @org.jspecify.annotations.Nullable BigDecimal bound, Language language) {
        if (value instanceof Value.Flag) {
            return ((Value.Flag) value).met() ? t(language, "Đạt", "met (Đạt)") : t(language, "Không đạt",
                    "not met (Không đạt)");
        }
        if (value instanceof Value.Ratio) {
            Value.Ratio r = (Value.Ratio) value;
            String share = r.denominator().signum() == 0 ? "–" : bound == null
                    ? Figures.formatPercent(r.numerator(), r.denominator(), 2, language.locale())
                    : Figures.formatPercentConsistent(r.numerator(), r.denominator(), bound, 2, language);
            return Figures.format(r.numerator(), language.locale()) + "/" + Figures.format(r.denominator(),
                    language.locale()) + " = " + share;
        }
        if (value instanceof Value.Quantity) {
            return Figures.format(((Value.Quantity) value).amount(), language.locale()) + " "
                    + Glossary.UNITS.in(language, ((Value.Quantity) value).unit());
        }
        if (value instanceof Value.Count) {
            return Figures.format(((Value.Count) value).count(), language.locale());
        }
        return ((Value.Grade) value).grade();
    }

    /**
     * A criterion's verdict, from its indicator traces, aggregate count, recorded outcome or rule.
     *
     * @param result   the result
     * @param language the language
     * @return the explanation
     */
    static String criterion(CriterionResult result, Language language) {
        switch (result.origin()) {
            case RECORDED:
                return recorded(result.recorded().orElseThrow(), language);
            case AGGREGATE:
                return aggregate(result.labels(), result.aggregate().orElseThrow(), language);
            case RULE:
                return result.note().orElseThrow().in(language);
            default:
                return result.indicators().stream().map(i -> indicator(i, language))
                        .collect(Collectors.joining("; "));
        }
    }

    private static String recorded(RecordedOutcome outcome, Language language) {
        String completion = outcome.completionLow().map(low -> ", " + Figures.format(low, language.locale())
                + outcome.completionHigh().filter(h -> h.compareTo(low) != 0)
                        .map(h -> "-" + Figures.format(h, language.locale())).orElse("")
                + t(language, "% mức yêu cầu", "% of the requirement")).orElse("");
        return t(language, "ghi nhận ", "recorded ") + outcome.assessment().label(language)
                + t(language, "", " (" + outcome.assessment().vietnamese() + ")") + completion
                + t(language, " bởi ", " by ") + outcome.source().reporter()
                + (outcome.source().reference().isEmpty() ? "" : ", " + outcome.source().reference())
                + t(language, " ngày ", " on ") + language.format(outcome.date());
    }

    /**
     * An aggregate condition, named by the criterion (its name says which standard is counted, in
     * the language asked, never the standard's id): "Tỷ lệ xã đạt chuẩn NTM nâng cao: 69/171 xã được
     * công nhận (40,4%), yêu cầu ≥ 40% […]"; a condition over no unit at all says so.
     */
    private static String aggregate(io.github.ntmlib.base.Labels name, AggregateTrace a, Language language) {
        String kinds = a.kinds().stream().sorted().map(k -> kind(k, language)).collect(Collectors.joining("/"));
        StringBuilder text = new StringBuilder(name.in(language)).append(": ");
        text.append(a.count()).append("/").append(a.total()).append(" ").append(kinds)
                .append(t(language, a.mode() == CountingMode.OFFICIAL ? " được công nhận" : " đạt",
                        a.mode() == CountingMode.OFFICIAL ? " recognised" : " attaining it"));
        if (a.total() > 0) {
            text.append(" (").append(Figures.formatPercentConsistent(BigDecimal.valueOf(a.count()),
                    BigDecimal.valueOf(a.total()), a.percent(), DIGITS, language)).append(")");
        } else {
            text.append(t(language, " (không có đơn vị nào thuộc diện này)", " (there is no such unit)"));
        }
        text.append(t(language, ", yêu cầu ", ", required ")).append(a.comparison().symbol()).append(" ")
                .append(Figures.formatNumber(a.percent(), 4, language)).append("% [").append(a.provenance().cite(language))
                .append("]");
        if (a.needed() > 0 && a.comparison() == Comparison.AT_LEAST) {
            text.append(t(language, "; cần thêm ", "; ")).append(a.needed()).append(t(language, "", " more needed"));
        } else if (a.needed() > 0) {
            text.append("; ").append(a.needed()).append(t(language, " vượt mức", " too many"));
        }
        if (!a.notAssessed().isEmpty()) {
            text.append("; ").append(a.notAssessed().size()).append(t(language, " chưa đánh giá: ",
                    " not assessed: ")).append(String.join(", ", a.notAssessed()));
        }
        return text.toString();
    }

    /** Kinds are named in Vietnamese in both languages, as the legal texts name them (xã, phường). */
    private static String kind(UnitKind kind, Language language) {
        return kind.vietnamese();
    }
}
