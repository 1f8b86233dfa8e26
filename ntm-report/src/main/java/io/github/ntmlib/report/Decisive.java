package io.github.ntmlib.report;

import io.github.ntmlib.base.Figures;
import io.github.ntmlib.base.Language;
import io.github.ntmlib.core.criteria.AggregateTrace;
import io.github.ntmlib.core.criteria.CriterionResult;
import io.github.ntmlib.core.criteria.IndicatorTrace;
import io.github.ntmlib.core.data.Value;
import java.util.Optional;

/** The text of a criterion's cell in the matrix: its verdict and the value that decided it. */
final class Decisive {

    private Decisive() {
    }

    /**
     * "đạt (86%)": the verdict's label, then the value of the first indicator whose verdict is the
     * criterion's (the one that decided it), or the count of an aggregate criterion.
     */
    static String text(CriterionResult c, Language lang) {
        String label = c.verdict().labels().in(lang);
        return value(c, lang).map(v -> label + " (" + v + ")").orElse(label);
    }

    static Optional<String> value(CriterionResult c, Language lang) {
        for (IndicatorTrace t : c.indicators()) {
            if (t.verdict() == c.verdict() && t.observation().isPresent()) {
                return Optional.of(format(t.observation().orElseThrow().value(), lang));
            }
        }
        Optional<AggregateTrace> a = c.aggregate();
        if (a.isPresent()) {
            return Optional.of(a.get().count() + "/" + a.get().total());
        }
        return Optional.empty();
    }

    static String format(Value value, Language lang) {
        if (value instanceof Value.Quantity q) {
            return Figures.format(q.amount(), lang.locale()) + (q.unit().isEmpty() ? "" : " " + q.unit());
        }
        if (value instanceof Value.Ratio r) {
            return r.denominator().signum() == 0 ? Figures.format(r.numerator(), lang.locale()) + "/0"
                    : Figures.formatPercent(r.numerator(), r.denominator(), ReportFacts.DECIMALS, lang.locale());
        }
        if (value instanceof Value.Count n) {
            return Figures.format(n.count(), lang.locale());
        }
        if (value instanceof Value.Grade g) {
            return g.grade();
        }
        if (value instanceof Value.Flag flag) {
            return flag.met() ? (lang == Language.VIETNAMESE ? "có" : "yes") : (lang == Language.VIETNAMESE ? "không" : "no");
        }
        return value.toString();
    }
}
